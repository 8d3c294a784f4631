// Damaged text that strings figures together without a full stop must give a result in linear time: the
// work and the names one figure passes on to the next are bounded (docs/extraction.md, limits). No timed
// assertions: a run that is quadratic again fails on the bounds it would break (or on the test timeout).
import { describe, expect, it } from 'vitest';
import { PLAN } from '../../../test/helpers/statements';
import { MAX_NAME } from './build';
import { readContext } from './context';
import { extractStatements } from './index';
import { MAX_SENTENCE, paragraphMentions } from './mentions';
import { findQuantities, MAX_FIGURES } from './quantities';
import { bulletLinesAfter, coresHeld } from './rules';

describe('dense runs of figures', () => {
  it('a run of growth rates without a full stop names no figure longer than MAX_NAME', () => {
    // Each bare 增长 takes the name of the figure before; without the bound the 20,000th name had 40,000 characters.
    const r = extractStatements(PLAN + '增长6%，'.repeat(20_000));
    expect(r.targets.length).toBe(20_000);
    expect(Math.max(...r.targets.map((s) => s.indicator.length))).toBeLessThanOrEqual(MAX_NAME);
    expect(r.targets.at(-1)?.indicator.endsWith('增长')).toBe(true);
  });

  it('a sentence longer than MAX_SENTENCE is read in parts cut at a clause mark', () => {
    const text = `${PLAN}城镇新增就业${'增长6%，'.repeat(3000)}。`;
    const punctuation: number[] = [];
    const quantities = findQuantities(text, punctuation);
    const para = readContext(text).paragraphs.find((p) => !p.heading)!;
    const mentions = paragraphMentions(text, para, quantities, true, punctuation);
    expect(mentions.length).toBe(3000);
    // Every figure looks back over at most MAX_SENTENCE characters and a clause for its sentence.
    expect(Math.max(...mentions.map((m) => m.q.start - m.sentStart))).toBeLessThanOrEqual(MAX_SENTENCE + 10);
    expect(new Set(mentions.map((m) => m.sentenceIndex)).size).toBeGreaterThan(10);
  });

  it('a run with no clause mark at all is cut every 2 × MAX_SENTENCE characters', () => {
    // 分别在5% strung together: each 分别 list read back over every figure of the paragraph (quadratic).
    const text = `${PLAN}${'分别在5%'.repeat(3000)}。`;
    const punctuation: number[] = [];
    const quantities = findQuantities(text, punctuation);
    const para = readContext(text).paragraphs.find((p) => !p.heading)!;
    const mentions = paragraphMentions(text, para, quantities, true, punctuation);
    expect(mentions.length).toBe(3000);
    expect(Math.max(...mentions.map((m) => m.q.start - m.sentStart))).toBeLessThan(2 * MAX_SENTENCE);
    expect(mentions.every((m) => m.clauseStart >= m.sentStart && m.clauseEnd >= m.q.end)).toBe(true);
  });

  it('keeps a long sentence of real length whole', () => {
    const sentence = `城镇新增就业${'增长6%，'.repeat(100)}。`; // 606 characters, longer than any in the corpus
    const text = PLAN + sentence;
    const punctuation: number[] = [];
    const quantities = findQuantities(text, punctuation);
    const para = readContext(text).paragraphs.find((p) => !p.heading)!;
    const mentions = paragraphMentions(text, para, quantities, true, punctuation);
    expect(new Set(mentions.map((m) => m.sentStart))).toEqual(new Set([para.start]));
  });

  it.each([
    ['a count and a bracket', '5个（'],
    ['counts joined by 、', '5个、'],
    ['counts with no marks at all', '5个'],
  ])('figures in a clause longer than the clause window share it: %s', (_, unit) => {
    // The words of each figure start where the figure before's ended, not 300 characters back.
    const r = extractStatements(PLAN + unit.repeat(5000));
    expect(r.targets.length).toBe(5000);
    expect(Math.max(...r.targets.map((s) => s.span.length))).toBeLessThanOrEqual(10);
  });
});

describe('inputs that threw', () => {
  it.each([
    ['和 inside a word before a lone figure after 分别', '和谐社区分别达到5个。', '和谐社区'],
    ['与 inside a word', '参与率分别达到60%。', '参与率'],
  ])('%s gives one item, not a TypeError', (_, body, indicator) => {
    const r = extractStatements(PLAN + body);
    expect(r.targets.map((s) => s.indicator)).toEqual([indicator]);
  });
});

describe('the figure limit', () => {
  it('reads at most MAX_FIGURES figures and says where it stopped', () => {
    // A text within MAX_REPORT_BYTES can hold millions of figures; their statements would exhaust memory.
    const text = PLAN + '新建学校5所。'.repeat(MAX_FIGURES + 10);
    const r = extractStatements(text);
    expect(r.targets.length).toBe(MAX_FIGURES);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ code: 'too_many_figures', start: r.targets.at(-1)!.start + 4 });
  });

  it('gives no warning below the limit', () => {
    expect(extractStatements(PLAN + '新建学校5所。'.repeat(1000)).warnings).toEqual([]);
  });
});

describe('names passed along a run of figures', () => {
  it.each([
    ['amounts', '5亿元，', '金额'],
    ['counts', '5个', '数量'],
  ])('a bare figure after another of its measure does not repeat the measure: %s', (_, unit, name) => {
    // Each took the name before and added its measure: 金额金额金额…, up to MAX_NAME characters.
    const r = extractStatements(PLAN + unit.repeat(1000));
    const names = new Set(r.targets.map((s) => s.indicator));
    names.delete(''); // the first figure of a block has no words at all
    expect(names).toEqual(new Set([name]));
  });
});

describe('counts before dash-led lines', () => {
  it('reads the dash-led lines after a count only as far as the count (a quadratic run fails on the test timeout)', () => {
    // Each count read every following line while count lines and dash-led lines alternated: 8,000 pairs took 6-10 s.
    const r = extractStatements(PLAN + '新建学校5所。\n——推进工作\n'.repeat(20_000));
    // All but the count with exactly five dash-led lines after it (read across the count lines between).
    expect(r.targets.length).toBe(19_999);
  });

  it('stops counting dash-led lines past the count it is compared with', () => {
    const text = `重点抓好3个方面。\n${'——推进工作\n'.repeat(1000)}`;
    expect(bulletLinesAfter(text, text.indexOf('。'), 3)).toEqual([4, 4]);
  });

  it.each([
    ['as many lines as the count', '重点抓好3个方面。\n——稳增长\n——促改革\n——惠民生\n', 0],
    ['more lines than the count', '重点抓好2个方面。\n——稳增长\n——促改革\n——惠民生\n', 1],
  ])('a count heading dash-led lines still heads them: %s', (_, body, n) => {
    expect(extractStatements(PLAN + body).targets.length).toBe(n);
  });
});

describe('caches of one run', () => {
  it('keeps no text after a run (the same report read again compared both texts on every count: quadratic)', () => {
    extractStatements(PLAN + '新建学校5所。\n——推进工作\n'.repeat(100));
    expect(coresHeld()).toBe(0);
  });
});
