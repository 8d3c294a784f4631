import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDictionary, DEFAULT_DEPARTMENTS } from './dictionary';
import { suggestAssignment } from './suggest';

describe('suggestAssignment: lead units attested in DOMAIN.md §2', () => {
  it.each([
    ['地区生产总值增长7%', '发展和改革局'],
    ['一般公共预算收入增长5%', '财政局'],
    ['规模以上工业增加值增长11.5%', '工业和信息化局'],
    ['社会消费品零售总额增长8%', '商务局'],
    ['高新技术企业达到50家', '科学技术局'],
    ['新增高标准农田2万亩', '农业农村局'],
    ['城镇调查失业率控制在5.5%以内', '人力资源和社会保障局'],
  ])('suggests a lead for %s: %s', (text, lead) => {
    expect(suggestAssignment(text)?.lead).toBe(lead);
  });
});

describe('suggestAssignment: matching', () => {
  it('gives the rule’s co-operating units in dictionary names, without the lead', () => {
    expect(suggestAssignment('地区生产总值增长7%')?.cooperating).toEqual([
      '统计局',
      '各乡镇(街道)',
      '开发区管委会',
    ]);
  });

  it('names the keyword that matched and where the rule comes from', () => {
    const s = suggestAssignment('固定资产投资增长9%');
    expect([s?.matchedKeyword, s?.source]).toEqual(['固定资产投资', 'keyword']);
    expect(s?.note).toContain('lead-departments.csv 第4行');
  });

  it('reads text with damaged line breaks', () => {
    expect(suggestAssignment('一\n\n般公共预算收入增长8.5%')?.lead).toBe('财政局');
  });

  it('takes the head of the phrase: an accident rate per unit of GDP goes to 应急', () => {
    expect(suggestAssignment('单位地区生产总值生产安全事故死亡率下降')?.lead).toBe('应急管理局');
  });

  it('falls back to a unit’s remit words when no rule matches', () => {
    const s = suggestAssignment('新增省级乡村民宿3家');
    expect([s?.lead, s?.source]).toEqual(['文化和旅游局', 'function']);
  });

  it('finds a near keyword when nothing matches exactly (超长期国债 ~ 超长期特别国债)', () => {
    const s = suggestAssignment('争取超长期国债资金');
    expect([s?.lead, s?.source, s?.matchedKeyword]).toEqual(['发展和改革局', 'similar', '超长期特别国债']);
  });

  it('returns null when nothing in the text names a remit', () => {
    expect(suggestAssignment('保持平稳向好')).toBeNull();
  });

  it('uses the next candidate a county has (招商服务中心, 无则商务局)', () => {
    const county = createDictionary(
      DEFAULT_DEPARTMENTS.departments.filter((d) => d.id !== 'investment_promotion'),
    );
    expect(suggestAssignment('招商引资到位资金30亿元', { departments: county })?.lead).toBe('商务局');
  });

  it('mentions the alternative lead in the note (水利局或应急管理局)', () => {
    expect(suggestAssignment('做好防汛抗旱工作')?.note).toContain('或由应急管理局牵头');
  });
});

const gold = new URL('../../../../shared/gold/heshan-2024.json', import.meta.url);
if (!existsSync(gold))
  console.warn('skipping the Heshan gold test: ../shared/gold/heshan-2024.json is not present');

describe.skipIf(!existsSync(gold))('suggestAssignment on every Heshan 2024 target (../shared/gold)', () => {
  const targets: { indicator: string }[] = existsSync(gold)
    ? JSON.parse(readFileSync(gold, 'utf8')).targets
    : [];

  it('has the gold targets', () => {
    expect(targets.length).toBeGreaterThan(40);
  });

  it('suggests a lead unit for every target indicator', () => {
    const missing = targets.filter((t) => !suggestAssignment(t.indicator)?.lead).map((t) => t.indicator);
    expect(missing).toEqual([]);
  });
});
