import { describe, expect, it } from 'vitest';
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
