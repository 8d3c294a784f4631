// Rules found on prefecture-city reports and newspaper summaries written in the genre (fixtures/city):
// each on a sentence of its own.
import { describe, expect, it } from 'vitest';
import { brief, items } from '../../../test/helpers/statements';

describe('a glossary titled 附：名词解释 gives no items', () => {
  it('drops the definitions after 附： and keeps the report’s figure', () => {
    const got = items('新建游园5个。\n附：名词解释\n1.规上企业：年营业收入500万元及以上的企业。\n');
    expect(got.map(brief)).toEqual([['target', '=', 5, '个']]);
  });
  it('not: a line opening with 附近 is no appendix', () => {
    const got = items('新建游园5个。\n附近村庄新建步道3条。\n');
    expect(got.map(brief)).toEqual([
      ['target', '=', 5, '个'],
      ['target', '=', 3, '条'],
    ]);
  });
});
