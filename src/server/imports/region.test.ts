import { describe, expect, it } from 'vitest';
import { guessRegion } from './region';

describe('guessRegion', () => {
  it.each([
    [
      'a district with its city named before it',
      '——在许昌市建安区第二届人民代表大会第三次会议上',
      { name: '许昌市建安区', level: 'district', parent: { name: '许昌市', level: 'city' } },
    ],
    [
      'a district whose city is only in the paper masthead',
      '# 4 | 专题报道\n\n鹤壁日报\n\n——鹤山区第十二届人民代表大会第五次会议政府工作报告摘要',
      { name: '鹤壁市鹤山区', level: 'district', parent: { name: '鹤壁市', level: 'city' } },
    ],
    ['a county without a city', '在泾县第十八届人民代表大会第四次会议上', { name: '泾县', level: 'county' }],
    ['a city', '在聊城市第十七届人民代表大会第三次会议上', { name: '聊城市', level: 'city' }],
  ])('reads %s', (_what, text, expected) => {
    expect(guessRegion(text)).toEqual(expected);
  });

  it('returns null without an adopting congress', () => {
    expect(guessRegion('2024年工作安排')).toBeNull();
  });
});
