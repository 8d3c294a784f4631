import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import leadRulesJson from '../../../resources/lead-rules.json' with { type: 'json' };
import { parseCsv } from './csv';
import { parseCooperatingCell, parseKeywordCell, parseLeadCell, parseLeadRulesCsv } from './lead-rules';

describe('parseCsv', () => {
  it('reads quoted fields with commas and doubled quotes', () => {
    expect(parseCsv('a,"b,c","say ""hi"""\r\nd,e,f\n')).toEqual([
      ['a', 'b,c', 'say "hi"'],
      ['d', 'e', 'f'],
    ]);
  });

  it('rejects an unterminated quote', () => {
    expect(() => parseCsv('a,"b\n')).toThrow(/引号未闭合/);
  });
});

describe('parseKeywordCell', () => {
  it.each([
    ['地区生产总值/GDP', ['地区生产总值', 'GDP']],
    ['新增规上工业企业(小升规)', ['新增规上工业企业', '小升规']],
    ['乡镇(街道)属地任务', ['乡镇属地任务', '街道属地任务']],
  ])('reads %s', (cell, keywords) => {
    expect(parseKeywordCell(cell)).toEqual(keywords);
  });
});

describe('parseLeadCell (the unit listed first is the lead, DOMAIN.md §1.2)', () => {
  it.each([
    ['发展和改革局', ['发展和改革局'], ''],
    ['发展和改革局(重点项目办)', ['发展和改革局', '重点项目办'], ''],
    ['发展和改革局(价格)', ['发展和改革局'], '价格'],
    ['林业局(无则自然资源局)', ['林业局', '自然资源局'], ''],
    ['水利局或应急管理局', ['水利局', '应急管理局'], ''],
    ['自然资源(和规划)局', ['自然资源局'], ''],
    ['招商服务中心/投资促进局(无则商务局)', ['招商服务中心', '投资促进局', '商务局'], ''],
    ['工业和信息化局(经信局/科经局/科工局)', ['工业和信息化局', '经信局', '科经局', '科工局'], ''],
    ['卫生健康局(委)', ['卫生健康局'], '委'],
    ['按事项分别由主管部门牵头', [], ''],
  ])('reads %s', (cell, lead, leadNote) => {
    expect(parseLeadCell(cell)).toEqual({ lead, leadNote });
  });
});

describe('parseCooperatingCell', () => {
  it('splits on 、 outside parentheses and on /', () => {
    expect(parseCooperatingCell('各行业主管部门(交通、住建、工信等)、各乡镇、统计局/调查队')).toEqual([
      '各行业主管部门(交通、住建、工信等)',
      '各乡镇',
      '统计局',
      '调查队',
    ]);
  });
});

describe('parseLeadRulesCsv', () => {
  const csv = readFileSync(new URL('../../../resources/lead-departments.csv', import.meta.url), 'utf8');

  it('reads every row of resources/lead-departments.csv', () => {
    expect(parseLeadRulesCsv(csv)).toHaveLength(parseCsv(csv).length - 1);
  });

  it('gives all but the 按事项 row a lead candidate', () => {
    const withoutLead = parseLeadRulesCsv(csv).filter((r) => r.lead.length === 0);
    expect(withoutLead.map((r) => r.keywords[0])).toEqual(['民生实事']);
  });

  it('matches resources/lead-rules.json (rebuild with: node_modules/.bin/tsx scripts/build-lead-rules.ts)', () => {
    expect(leadRulesJson.rules).toEqual(parseLeadRulesCsv(csv));
  });

  it('rejects a file without the expected header', () => {
    expect(() => parseLeadRulesCsv('指标,牵头\nGDP,发改')).toThrow(/表头/);
  });
});
