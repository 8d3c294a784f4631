import { Parser, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { csvField, planJson, progressCsv, type TargetExportRow, targetsCsv } from './csv';
import {
  decimal,
  planToStratml,
  STRATML_CHILDREN,
  STRATML_ELEMENTS,
  STRATML_NAMESPACE,
  type StratmlPlan,
} from './stratml';

const target: TargetExportRow = {
  targetId: 7,
  area: '生态环境',
  task: '全面构筑绿色发展根基',
  indicator: '造林规模',
  comparator: '>=',
  value: 9500,
  unit: '亩',
  type: 'level',
  modality: 'plain',
  leadUnit: '区林业局',
  cooperatingUnits: ['各镇人民政府', '区自然资源局'],
  deadline: '2024年10月底前',
  latestPeriod: '2024-Q3',
  latestValue: 6000,
  latestYoy: null,
  status: 'behind',
  sentence: '完成年度目标的63.2%,低于序时进度11.8个百分点',
};

describe('CSV', () => {
  it.each([
    ['plain text', '县林业局', '县林业局'],
    ['a comma', '甲,乙', '"甲,乙"'],
    ['a quote', '“生态”"好"', '"“生态”""好"""'],
    ['a line break', '第一行\r\n第二行', '"第一行\n第二行"'],
    ['a formula', '=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['a leading minus in text', '-下降', "'-下降"],
    ['a negative number as text stays a number', '-1.2', '-1.2'],
    ['a number', 9500, '9500'],
    ['null', null, ''],
  ] as const)('field with %s', (_name, v, out) => {
    expect(csvField(v)).toBe(out);
  });

  it('starts with a UTF-8 BOM, uses CRLF and Chinese headers', () => {
    const csv = targetsCsv([target]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      '编号,类别,工作任务,指标,比较,目标值,单位,类型,力度,牵头单位,配合单位,完成时限,最新报告期,最新值,同比(%),状态,研判',
    );
    expect(lines[1]).toBe(
      '7,生态环境,全面构筑绿色发展根基,造林规模,以上,9500,亩,总量,一般,区林业局,各镇人民政府、区自然资源局,2024年10月底前,2024-Q3,6000,,欠进度,"完成年度目标的63.2%,低于序时进度11.8个百分点"',
    );
    expect(lines).toHaveLength(3);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('exports progress with the narrative columns', () => {
    const csv = progressCsv([
      {
        targetId: 7,
        indicator: '造林规模',
        period: '2024-Q3',
        value: 6000,
        yoy: null,
        status: 'approved',
        progress: '已完成春季造林',
        problems: '',
        nextSteps: '秋季补植',
        submittedAt: '2024-09-20T02:00:00Z',
        reviewedAt: null,
      },
    ]);
    expect(csv.split('\r\n')[1]).toBe(
      '7,造林规模,2024-Q3,6000,,已审核,已完成春季造林,,秋季补植,2024-09-20T02:00:00Z,',
    );
  });

  it('exports JSON with a versioned envelope', () => {
    const j = JSON.parse(
      planJson(
        {
          plan: { id: 1, title: '鹤山区2024年政府工作报告', year: 2024, region: '鹤山区' },
          targets: [target],
          progress: [],
        },
        new Date('2024-10-01T00:00:00Z'),
      ),
    );
    expect(j).toMatchObject({
      format: 'duban-plan-export',
      version: 1,
      exportedAt: '2024-10-01T00:00:00.000Z',
      targets: [{ indicator: '造林规模' }],
    });
  });
});

const plan: StratmlPlan = {
  id: 3,
  title: '鹤山区2024年政府工作报告',
  description: '目标任务 <含特殊字符 & "引号">',
  year: 2024,
  organization: { name: '鹤山区人民政府' },
  publicationDate: '2024-01-20',
  source: 'https://example.org/plan?id=3&y=2024',
  goals: [
    {
      title: '(一)全面构筑绿色发展根基',
      objectives: [
        {
          title: '完成造林规模9500亩以上',
          leadUnit: '区林业局',
          cooperatingUnits: ['各镇人民政府'],
          indicators: [
            {
              targetId: 41,
              indicator: '造林规模',
              unit: '亩',
              quantitative: true,
              target: {
                value: 9500,
                description: '造林规模9500亩以上',
                startDate: '2024-01-01',
                endDate: '2024-12-31',
              },
              actuals: [
                {
                  value: 6000,
                  description: '前三季度完成6000亩\u0007',
                  startDate: '2024-01-01',
                  endDate: '2024-09-30',
                },
              ],
            },
          ],
        },
      ],
    },
    { title: '(二)持续增进民生福祉', objectives: [] },
  ],
};

interface Node {
  name: string;
  attribs: Record<string, string>;
  children: Node[];
}

function elements(nodes: readonly unknown[]): Node[] {
  return nodes.filter((n): n is Node => (n as { type?: string }).type === 'tag');
}

function walk(n: Node, visit: (n: Node) => void): void {
  visit(n);
  for (const c of elements(n.children)) walk(c, visit);
}

describe('planToStratml', () => {
  const xml = planToStratml(plan);
  const doc = parseDocument(xml, { xmlMode: true });
  const root = elements(doc.children)[0];
  if (!root) throw new Error('no root element');

  it('is well-formed: every tag closed explicitly, one root, the Part 2 namespace', () => {
    let implied = 0;
    let opened = 0;
    const p = new Parser(
      { onopentag: () => opened++, onclosetag: (_n, isImplied) => (implied += isImplied ? 1 : 0) },
      { xmlMode: true },
    );
    p.end(xml);
    expect(opened).toBeGreaterThan(20);
    expect(implied).toBe(0);
    expect(elements(doc.children)).toHaveLength(1);
    expect(root.name).toBe('PerformancePlanOrReport');
    expect(root.attribs).toEqual({ xmlns: STRATML_NAMESPACE, Type: 'Performance_Report' });
  });

  it('emits only StratML Part 2 element names, children in schema order', () => {
    walk(root, (n) => {
      expect(STRATML_ELEMENTS).toContain(n.name);
      const allowed = STRATML_CHILDREN[n.name];
      const kids = elements(n.children).map((c) => c.name);
      if (!allowed) {
        expect(kids, `${n.name} has no child elements`).toEqual([]);
        return;
      }
      const positions = kids.map((k) => allowed.indexOf(k));
      expect(
        positions.every((p) => p >= 0),
        `${n.name}: ${kids.join(',')}`,
      ).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    });
  });

  it('keeps required elements: Goal Name and Description, PerformanceIndicator dimension and unit, result descriptions', () => {
    const names: string[] = [];
    walk(root, (n) => {
      const kids = elements(n.children).map((c) => c.name);
      if (n.name === 'Goal') expect(kids.slice(0, 2)).toEqual(['Name', 'Description']);
      if (n.name === 'PerformanceIndicator')
        expect(kids).toEqual(expect.arrayContaining(['MeasurementDimension', 'UnitOfMeasurement']));
      if (n.name === 'TargetResult' || n.name === 'ActualResult') expect(kids[0]).toBe('Description');
      if (n.name === 'Identifier') names.push(textOf(n));
    });
    expect(new Set(names).size).toBe(names.length);
    for (const id of names) expect(id).toMatch(/^[A-Za-z_][\w.-]*$/);
  });

  it('escapes text and attributes so they read back unchanged (control characters dropped)', () => {
    const texts: Record<string, string[]> = {};
    walk(root, (n) => {
      texts[n.name] = [...(texts[n.name] ?? []), textOf(n)];
    });
    expect(texts.Description).toContain('目标任务 <含特殊字符 & "引号">');
    expect(texts.Source).toEqual(['https://example.org/plan?id=3&y=2024']);
    expect(texts.NumberOfUnits).toEqual(['9500', '6000']);
    expect(texts.Description).toContain('前三季度完成6000亩');
    expect(xml).not.toContain('\u0007');
  });

  it('is a Performance_Plan before any actual exists', () => {
    const noActuals = {
      ...plan,
      goals: [
        {
          title: 'x',
          objectives: [
            { title: 'y', indicators: [{ ...plan.goals[0]!.objectives[0]!.indicators[0]!, actuals: [] }] },
          ],
        },
      ],
    };
    expect(planToStratml(noActuals)).toContain('Type="Performance_Plan"');
  });

  it.each([
    [1e21, '1000000000000000000000'],
    [0.000001, '0.000001'],
    [-2.5, '-2.5'],
  ])('writes %f as the decimal %s', (n, s) => {
    expect(decimal(n)).toBe(s);
  });
});

function textOf(n: Node): string {
  return (n.children as Array<{ type?: string; data?: string }>)
    .filter((c) => c.type === 'text')
    .map((c) => c.data ?? '')
    .join('');
}
