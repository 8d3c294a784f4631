// Warnings where the text looks damaged (newspaper pages converted to text break lines mid-phrase, drop
// words at column seams and jump columns; gold/README.md). Offsets are into the ORIGINAL text.
import type { NormalizedText } from '../normalize';
import type { Warning } from '../types';
import { endsWithAny, hasCode, type TextLine } from './lines';

/** A paragraph ends its last sentence with one of these (a closing quote or bracket may follow). */
const ENDS_SENTENCE = '。！？!?；;…：:';
/** Prose has clause punctuation; a line without any is a title or a by-line, not a cut sentence. */
const PROSE = /[，,。；;、：:]/;
const CLAUSE_BREAK = /[，,。；;、：:！？!?]/g;
const OPENS_MID_SENTENCE = '，,。；;、：:”’）)';
/** Beyond this many joined line breaks, one summary warning stands for the rest. */
const MAX_JOIN_WARNINGS = 20;

const quote = (s: string) => `“${s}”`;

function hasLineBreak(raw: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = raw.charCodeAt(k);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

function lastClauseStart(body: string): number {
  let at = 0;
  for (const m of body.matchAll(CLAUSE_BREAK)) at = (m.index ?? 0) + 1;
  return at;
}

/** Paragraphs that stop mid-sentence, and the ones whose sentence stops at a section heading. */
function cutParagraphs(lines: TextLine[], norm: NormalizedText, bodyStart: number): Warning[] {
  const out: Warning[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.start < bodyStart) continue; // the preamble holds by-lines and dates, not sentences
    // An area title with its text on the same line (（三）提升城市能级。启动…，) is prose like a paragraph.
    const titleEnd = line.kind === 'area' ? line.body.indexOf('。') : -1;
    const prose = line.kind === 'paragraph' || (titleEnd >= 0 && titleEnd < line.body.length - 1);
    if (!prose || endsWithAny(line.body, ENDS_SENTENCE) || !PROSE.test(line.body)) continue;
    const next = lines[i + 1];
    const last = line.body.slice(-1);
    const range = norm.toOriginalRange(line.start + line.bodyAt + lastClauseStart(line.body), line.end);
    if (!next || (next.kind !== 'paragraph' && next.kind !== 'bullet')) {
      out.push({
        code: 'sentence_crosses_section',
        message: `句子在本节末尾断开(以${quote(last)}结尾),后文可能在其他部分或已缺失 / a sentence breaks off at the end of a section (ends in ${quote(last)}): its rest may be in another section or lost`,
        ...range,
      });
    } else {
      out.push({
        code: 'paragraph_cut',
        message: `段落在句中断开(以${quote(last)}结尾,没有句号) / paragraph breaks off mid-sentence (ends in ${quote(last)} with no 。)`,
        ...range,
      });
    }
  }
  return out;
}

/** A paragraph that opens with clause punctuation is the tail of a sentence printed elsewhere. */
function fragmentStarts(lines: TextLine[], norm: NormalizedText): Warning[] {
  const out: Warning[] = [];
  for (const l of lines) {
    if (l.kind !== 'paragraph' || !hasCode(OPENS_MID_SENTENCE, l.body.charCodeAt(0))) continue;
    out.push({
      code: 'paragraph_starts_mid_sentence',
      message:
        '段落以标点开头,可能是别处句子的后半 / paragraph opens mid-sentence: it may be the rest of a sentence printed elsewhere',
      ...norm.toOriginalRange(l.start + l.bodyAt, Math.min(l.end, l.start + l.bodyAt + 10)),
    });
  }
  return out;
}

const isHan = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;
/** A ，,、 followed by a clause of one or two Han characters and clause punctuation. */
const SHORT_CLAUSE = /[，,、](?=[\u4e00-\u9fff]{1,2}[，,、；;。])/g;

/**
 * "理念,念,": a clause that repeats the tail of the one before, left by a column seam. These are the
 * matches of /([\u4e00-\u9fff]{2,})[，,、]([\u4e00-\u9fff]{1,2})(?=[，,、；;。])/g, which are rare and
 * slow to find that way (the regular expression tries every character of every Han run): here each
 * short clause is found first, then the Han run before its comma, which must start after the last match.
 */
function repeatedFragments(lines: TextLine[], norm: NormalizedText): Warning[] {
  const out: Warning[] = [];
  for (const line of lines) {
    if (line.kind !== 'paragraph') continue;
    const { body } = line;
    let matchEnd = -1;
    SHORT_CLAUSE.lastIndex = 0;
    for (let m = SHORT_CLAUSE.exec(body); m; m = SHORT_CLAUSE.exec(body)) {
      const comma = m.index;
      let runStart = comma;
      while (runStart > 0 && isHan(body.charCodeAt(runStart - 1))) runStart--;
      if (comma - runStart < 2 || runStart <= matchEnd) continue;
      let end = comma + 2;
      if (isHan(body.charCodeAt(end))) end++;
      matchEnd = end;
      const again = body.slice(comma + 1, end);
      if (!body.startsWith(again, comma - again.length)) continue;
      const at = line.start + line.bodyAt + comma + 1;
      out.push({
        code: 'repeated_fragment',
        message: `${quote(again)}重复出现,可能是排版接缝处多出的字 / ${quote(again)} repeats the clause before it: likely left over at a column seam`,
        ...norm.toOriginalRange(at, at + again.length),
      });
    }
  }
  return out;
}

/** Line breaks inside a sentence that normalizeText joined: the raw text was cut there. */
function joinedBreaks(raw: string, norm: NormalizedText): Warning[] {
  const out: Warning[] = [];
  const { text } = norm;
  // Only at a seam does the raw text skip characters between two neighbours of the normalized text.
  for (const at of norm.seams) {
    const i = at - 1;
    if (text.charCodeAt(i) === 10 || text.charCodeAt(at) === 10) continue;
    const a = norm.toOriginal(i);
    const b = norm.toOriginal(at);
    if (b - a <= 1 || !hasLineBreak(raw, a + 1, b)) continue;
    out.push({
      code: 'line_break_joined',
      message: `原文在${quote(raw[a] ?? '')}后断行,已与下文接上 / the text broke off after ${quote(raw[a] ?? '')} and was joined to the next line`,
      start: a,
      end: b + 1,
    });
  }
  if (out.length <= MAX_JOIN_WARNINGS) return out;
  const rest = out.length - MAX_JOIN_WARNINGS;
  return [
    ...out.slice(0, MAX_JOIN_WARNINGS),
    {
      code: 'line_break_joined',
      message: `另有 ${rest} 处句中断行已接上 / ${rest} more line breaks inside sentences were joined`,
    },
  ];
}

/** `bodyStart`: normalized offset of the first section heading (0 when there is none). */
export function damageWarnings(
  raw: string,
  norm: NormalizedText,
  lines: TextLine[],
  bodyStart: number,
): Warning[] {
  return [
    ...joinedBreaks(raw, norm),
    ...cutParagraphs(lines, norm, bodyStart),
    ...fragmentStarts(lines, norm),
    ...repeatedFragments(lines, norm),
  ];
}
