// guessRegion reads the region from the report's own words. Every place below but the Heshan masthead case is
// made up, so no rule can lean on a known name.
import { describe, expect, it } from 'vitest';
import { guessRegion, levelOfName } from './region';

describe('guessRegion', () => {
  it.each([
    [
      'a district with its city named before it',
      '——在许昌市建安区第二届人民代表大会第三次会议上',
      {
        name: '许昌市建安区',
        level: 'district',
        parent: { name: '许昌市', level: 'city' },
        parentFrom: 'text',
      },
    ],
    [
      'a county of another province with its city, after a date',
      '——2025年1月8日在青岚市云溪县第十七届人民代表大会第三次会议上',
      {
        name: '青岚市云溪县',
        level: 'county',
        parent: { name: '青岚市', level: 'city' },
        parentFrom: 'text',
      },
    ],
    ['a county without a city', '在泾县第十八届人民代表大会第四次会议上', { name: '泾县', level: 'county' }],
    ['a city', '在聊城市第十七届人民代表大会第三次会议上', { name: '聊城市', level: 'city' }],
    [
      'a made-up city',
      '——二〇二五年一月六日在澄江市第九届人民代表大会第五次会议上',
      { name: '澄江市', level: 'city' },
    ],
    ['the short form of the congress', '在云溪县十七届人大三次会议上', { name: '云溪县', level: 'county' }],
    [
      'a province',
      '——2026年1月20日在青岚省第十四届人民代表大会第四次会议上',
      { name: '青岚省', level: 'province' },
    ],
    [
      'an autonomous region',
      '在白岭回族自治区第十三届人民代表大会第三次会议上',
      { name: '白岭回族自治区', level: 'province' },
    ],
    [
      'a congress line broken after 届 by the page layout',
      '——2026年1月26日在青岚省第十四届\n人民代表大会第五次会议上',
      { name: '青岚省', level: 'province' },
    ],
    ['a banner', '在白岭旗第十六届人民代表大会第二次会议上', { name: '白岭旗', level: 'county' }],
    [
      'a district whose city is named elsewhere in the text',
      '——在松川区第五届人民代表大会第二次会议上\n松州市松川区地处平原,全市交通枢纽。',
      {
        name: '松州市松川区',
        level: 'district',
        parent: { name: '松州市', level: 'city' },
        parentFrom: 'text',
      },
    ],
    [
      'a district whose city is only the masthead, a weak hint the text supports',
      '# 4 | 专题报道\n\n鹤壁日报\n\n——鹤山区第十二届人民代表大会第五次会议政府工作报告摘要\n主要指标居全市前列,鹤壁工匠品牌叫响。',
      {
        name: '鹤壁市鹤山区',
        level: 'district',
        parent: { name: '鹤壁市', level: 'city' },
        parentFrom: 'masthead',
      },
    ],
    [
      'a masthead the text never speaks of as a city above it',
      '松州日报\n——松川区第五届人民代表大会第二次会议\n松州风味小吃走向全国。',
      { name: '松川区', level: 'district' },
    ],
    [
      'a national daily’s masthead',
      '人民日报\n——在云溪县第十七届人民代表大会上\n全市人民共同努力。',
      { name: '云溪县', level: 'county' },
    ],
    [
      'a provincial paper’s masthead',
      '江岭日报\n——在云溪县第十七届人民代表大会上\n江岭省全市县域经济考核中位居前列。',
      { name: '云溪县', level: 'county' },
    ],
    [
      '全市 before the name, which is no city’s name',
      '——在云溪县第十七届人民代表大会上\n位居全市云溪县等县区前列。',
      { name: '云溪县', level: 'county' },
    ],
  ])('reads %s', (_what, text, expected) => {
    expect(guessRegion(text)).toEqual(expected);
  });

  it.each([
    ['year first', '2025年云溪县人民政府工作报告', { name: '云溪县', level: 'county' }],
    ['place first', '澄江市2025年政府工作报告', { name: '澄江市', level: 'city' }],
  ])('falls back to the title with the %s', (_what, title, expected) => {
    expect(guessRegion('各位代表:现在,我代表政府向大会报告工作。', title)).toEqual(expected);
  });

  it('returns null without an adopting congress or a named title', () => {
    expect(guessRegion('2024年工作安排', '政府工作报告')).toBeNull();
  });

  it.each([
    [
      'the national congress in the opening lines',
      '政府工作报告\n\n——2025年3月5日在第十五届全国人民代表大会第一次会议上\n\n国务院总理',
    ],
    ['the congress line broken by the layout', '——在第十五届\n全国人民代表大会第一次会议上'],
    ['the State Council as the speaker', '各位代表:\n现在,我代表国务院,向大会报告政府工作,请予审议。'],
  ])('reads the national report from %s', (_what, text) => {
    expect(guessRegion(text, '政府工作报告')).toEqual({ name: '全国', level: 'national' });
  });

  it.each([
    [
      'a county that speaks of the national congress',
      '——在云溪县第十七届人民代表大会上\n认真贯彻第十四届全国人民代表大会第二次会议精神',
      { name: '云溪县', level: 'county' },
    ],
    [
      'a province that quotes the State Council',
      '——在青岚省第十四届人民代表大会上\n我代表国务院派出的督查组',
      { name: '青岚省', level: 'province' },
    ],
  ])('keeps the place of %s', (_what, text, expected) => {
    expect(guessRegion(text)).toEqual(expected);
  });

  it('reads no national report from the national congress named after the opening lines', () => {
    const text = `各位代表:\n${'过去一年,各项工作稳步推进。'.repeat(60)}\n学习贯彻第十四届全国人民代表大会第二次会议精神。`;
    expect(guessRegion(text, '政府工作报告')).toBeNull();
  });
});

describe('levelOfName', () => {
  it.each([
    ['全国', 'national'],
    ['青岚省', 'province'],
    ['白岭回族自治区', 'province'],
    ['澄江市', 'city'],
    ['云溪县', 'county'],
    ['白岭旗', 'county'],
    ['松川区', 'district'],
    ['北岭', null],
    ['国务院', null],
  ])('%s → %s', (name, level) => {
    expect(levelOfName(name)).toBe(level);
  });
});
