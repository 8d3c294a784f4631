// Task rows in forms county reports use (fixtures/county): items written 一是…二是… in one paragraph, and
// numbered 民生实事 lines without a lead phrase. Each on text of its own.
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from './index';
import { inlineItems } from './tasks';

const head = '一、2025年工作回顾\n过去一年，全县经济平稳运行。\n二、2026年工作安排\n';
const titles = (body: string) => analyzeStructure(head + body).structure.tasks.map((t) => t.title);

describe('inlineItems', () => {
  it('splits a run of 一是…二是…三是 after sentence ends, titled by each first clause', () => {
    const body =
      '一是抓实项目建设。全年开工项目30个。二是抓好招商引资，引进项目20个；三是抓牢消费提振。发放消费券。';
    expect(inlineItems(body).map((x) => x.title)).toEqual(['抓实项目建设', '抓好招商引资', '抓牢消费提振']);
  });
  it('not: 二是 inside a clause (这是…, 更是) ends no item', () => {
    expect(inlineItems('一是改善交通，这既是民生工程，二是重要支撑。')).toEqual([]);
  });
  it('not: a body that does not open with 一是', () => {
    expect(inlineItems('扩大有效投资。一是开工项目。二是引进项目。')).toEqual([]);
  });
});

describe('tasks of a county plan', () => {
  it('a paragraph of 一是…二是… items gives one task per item', () => {
    const body =
      '（一）稳住经济基本盘\n一是狠抓项目建设。全年实施重点项目60个。二是狠抓招商引资。招引亿元以上项目20个。\n';
    expect(titles(body)).toEqual(['狠抓项目建设', '狠抓招商引资']);
  });
  it('an area line with its items after its title sentence gives one task per item', () => {
    const body =
      '（一）做强实体经济。一是壮大主导产业，力争产值突破百亿元。二是培育创新主体，新增高企10家。\n';
    expect(titles(body)).toEqual(['壮大主导产业', '培育创新主体']);
  });
  it('not: a paragraph with a lead phrase stays one task', () => {
    const body =
      '（一）稳住经济基本盘\n狠抓项目建设。一是开工一批，全年开工项目30个；二是投产一批，竣工项目12个。\n';
    expect(titles(body)).toEqual(['狠抓项目建设']);
  });
  it('numbered 民生实事 lines without a lead phrase are tasks', () => {
    const body =
      '（二）办好民生实事\n今年办好三件民生实事：\n（1）新建公办幼儿园2所，新增学位360个；\n（2）新增停车位900个；\n（3）改造农贸市场2个。\n';
    expect(titles(body)).toEqual(['新建公办幼儿园2所，新增学位360个', '新增停车位900个', '改造农贸市场2个']);
  });
  it('not: the numbered lines of a glossary', () => {
    const body =
      '（一）扩大投资\n扩大有效投资。全年完成投资80亿元。\n三、附件\n名词解释\n1.规上企业：年主营业务收入2000万元及以上的企业。\n2.限上企业：年零售额500万元及以上的企业。\n';
    expect(titles(body)).toEqual(['扩大有效投资']);
  });
  it('the 一是…二是… items after a lead-in promising 民生实事 are tasks', () => {
    const body =
      '（一）办好民生实事\n今年继续办好三件民生实事：一是新建学校2所；二是新增停车位900个；三是改造农贸市场2个。\n';
    expect(titles(body)).toEqual(['新建学校2所', '新增停车位900个', '改造农贸市场2个']);
  });
  it('not: the 一是…二是… of other lead-ins with a colon (把握以下几点：)', () => {
    const body = '（一）编制说明\n编制中注意把握以下几点：一是对标对表，落实部署。二是问题导向，补齐短板。\n';
    expect(titles(body)).toEqual(['编制说明']);
  });
});

describe('a numbered area naming only the targets holds no task', () => {
  it('（二）2026年主要预期目标 has role targets', () => {
    const body =
      '（一）2026年主要预期目标\n地区生产总值增长6%，固定资产投资增长7%。\n（二）2026年重点工作\n1.壮大主导产业。新增规上企业20家。\n';
    const s = analyzeStructure(head + body).structure;
    expect(s.sections.map((x) => x.role)).toEqual(['review', 'plan', 'targets', 'plan']);
    expect(s.tasks.map((t) => t.title)).toEqual(['壮大主导产业']);
  });
});

describe('a report of chapters (第一部分 …) numbers its areas 一、', () => {
  const text =
    '第一部分 2025年工作回顾\n一、产业发展量质齐升\n规上工业增加值增长9%。\n二、民生事业全面进步\n城镇新增就业5000人。\n第二部分 2026年工作安排\n一、主要预期目标\n地区生产总值增长6%。\n二、重点工作\n（一）做强工业经济\n壮大主导产业集群。新增规上企业20家。\n第三部分 加强政府自身建设\n坚持依法行政。\n';
  const s = analyzeStructure(text).structure;
  it('parts are the chapters, 一、 lines their areas, （一） a new run of areas', () => {
    expect(s.sections.map((x) => `${x.level}:${x.title}`)).toEqual([
      'part:2025年工作回顾',
      'area:产业发展量质齐升',
      'area:民生事业全面进步',
      'part:2026年工作安排',
      'area:主要预期目标',
      'area:重点工作',
      'area:做强工业经济',
      'part:加强政府自身建设',
    ]);
    expect(s.tasks.map((t) => t.title)).toEqual(['壮大主导产业集群']);
  });
});

describe('bold lead phrases written in markdown', () => {
  it('**（一）…** is an area and **lead。** a task', () => {
    const body = '**（一）扩大有效投资**\n**抓好项目建设。**全年完成固定资产投资88亿元。\n';
    const s = analyzeStructure(head + body).structure;
    expect(s.sections.at(-1)!.title).toBe('扩大有效投资');
    expect(s.tasks.map((t) => t.title)).toEqual(['抓好项目建设']);
  });
});

describe('main targets listed one a line, and 民生实事 titled before a colon', () => {
  const text =
    '一、2025年工作回顾\n全年地区生产总值增长6%。\n二、2026年主要目标任务\n今年经济社会发展主要预期目标：\n1.地区生产总值增长6.5%左右；\n2.固定资产投资增长7%；\n3.城乡居民收入与经济增长同步。\n三、2026年重点工作\n（一）扩大有效投资\n抓好项目建设。全年实施重点项目80个。\n附件\n2026年十件民生实事\n一、教育提质工程：新建幼儿园3所，新增学位900个。\n二、健康惠民工程：为5万名老年人免费体检。\n';
  const s = analyzeStructure(text).structure;
  it('the numbered main targets are no tasks', () => {
    expect(s.mainTargets).toBeDefined();
    expect(s.tasks.map((t) => t.title)).toEqual(['抓好项目建设', '教育提质工程', '健康惠民工程']);
  });
  it('a numbered line with a short title before a colon is titled by it', () => {
    expect(s.sections.slice(-2).map((x) => x.title)).toEqual(['教育提质工程', '健康惠民工程']);
  });
});

describe('more forms of task items', () => {
  const body =
    '（一）扩大有效投资\n1.抓项目建设：全年实施重点项目80个。\n2.抓招商引资：招引亿元以上项目30个。\n（二）壮大产业\n一要做强主导产业。力争产值突破百亿元。二要培育市场主体。新增规上企业20家。\n（三）改善民生\n第一，稳定就业。新增就业5000人。第二，办好教育。新建学校3所。\n';
  it('a numbered line titled before a colon, 一要…二要…, and 第一，…第二，… give one task per item', () => {
    expect(titles(body)).toEqual([
      '抓项目建设',
      '抓招商引资',
      '做强主导产业',
      '培育市场主体',
      '稳定就业',
      '办好教育',
    ]);
  });
});
