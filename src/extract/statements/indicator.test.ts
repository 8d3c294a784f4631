import { describe, expect, it } from 'vitest';
import { extractStatements } from './index';
import { resolveBareHead, topicBefore } from './indicator';

describe('resolveBareHead finds the named subject of the same kind', () => {
  it.each([
    [
      'a park named by a sentence before',
      '园区',
      ['县经济技术开发区新签约项目12个', '道路通车'],
      '县经济技术开发区',
    ],
    ['the nearest name wins', '企业', ['东方纺织企业扩产', '南岭建材企业投产'], '南岭建材企业'],
    ['a name of another kind is skipped', '园区', ['城投集团完成融资', '河西物流园区开工'], '河西物流园区'],
    ['only names of another kind: none', '园区', ['城投集团完成融资'], undefined],
    ['a sentence opening with an action is not a name', '园区', ['加快建设产业园区'], undefined],
    ['a name with a number is not a name', '园区', ['3个产业园区开工'], undefined],
  ])('%s', (_name, head, before, expected) => {
    expect(resolveBareHead(head, before)).toBe(expected);
  });
});

describe('topicBefore finds the topic a lone measure belongs to', () => {
  it.each([
    ['an industry', ['纺织产业加快转型'], '纺织产业'],
    ['a company', ['县城投公司完成改制'], '县城投公司'],
    ['an action is not a topic', ['推动纺织产业转型'], undefined],
  ])('%s', (_name, before, expected) => {
    expect(topicBefore(before)).toBe(expected);
  });
});

describe('a figure before 的 and a count names the counted noun', () => {
  it.each([
    [
      'an investment',
      '开工总投资8亿元的6个水利项目。',
      [
        ['水利项目总投资', 8, '亿元'],
        ['开工水利项目', 6, '个'],
      ],
    ],
    [
      'a length',
      '改造全长15公里的4条主干道。',
      [
        ['主干道全长', 15, '公里'],
        ['改造主干道', 4, '条'],
      ],
    ],
    [
      'an area',
      '新建面积2万平方米的3所学校。',
      [
        ['学校面积', 2, '万平方米'],
        ['新建学校', 3, '所'],
      ],
    ],
  ])('%s', (_name, body, expected) => {
    const r = extractStatements(`## 二、2026年工作安排\n${body}`);
    expect(r.targets.map((s) => [s.indicator, s.value, s.unit])).toEqual(expected);
  });
});
