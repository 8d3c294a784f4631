// Tasks: a paragraph that opens with a short lead phrase ending in 。 (打好招商引资“主动战”。…) is one
// task of the decomposition table (DOMAIN.md §1.2: 工作任务 is usually the report's own sentence); bullet
// lines are tasks too. The review of last year and the targets paragraph hold no tasks.
import type { Task } from '../types';
import type { TextLine } from './lines';
import { namesOnlyTargets } from './roles';
import type { SectionScan } from './sections';

/** An optional 一是 / 1. / (1), then 4–40 characters without clause punctuation, then 。 */
const LEAD =
  /^(?:[一二三四五六七八九十]+是|\d{1,2}[.、．](?!\d)|[（(]\d{1,2}[）)])?\s*([^。！？!?，,；;：:]{4,40}?)。/;
/** A statement about a year (2024年是…之年) or a copula sentence is not an instruction. */
const NOT_A_LEAD = /^\d|是|之年|的一年/;
/** A lead phrase needs a body after it. */
const MIN_BODY = 8;

/** 。！？!?，,；;：: */
const isClauseStop = (c: number): boolean =>
  c === 0x3002 ||
  c === 0xff01 ||
  c === 0xff1f ||
  c === 33 ||
  c === 63 ||
  c === 0xff0c ||
  c === 44 ||
  c === 0xff1b ||
  c === 59 ||
  c === 0xff1a ||
  c === 58;

export function leadPhrase(body: string): string | undefined {
  // Nothing before LEAD's closing 。 stops a clause, so that 。 is the first clause stop of the body.
  let k = 0;
  while (k < body.length && !isClauseStop(body.charCodeAt(k))) k++;
  if (body.charCodeAt(k) !== 0x3002) return undefined;
  const m = LEAD.exec(body);
  if (!m || NOT_A_LEAD.test(m[1]!)) return undefined;
  return body.length - m[0].length >= MIN_BODY ? m[1]!.trim() : undefined;
}

/** Ordinal items written one after another inside a paragraph (一是…。二是…。): each one a task. */
const CN_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
/** The forms of an ordinal item marker written inside a paragraph. */
const ITEM_FORMS: ((n: string) => string)[] = [
  (n) => `${n}是`,
  (n) => `${n}要`,
  (n) => `第${n}，`,
  (n) => `第${n}、`,
];
/** The longest title taken from an item's first clause. */
const MAX_TITLE = 40;

export interface InlineItem {
  title: string;
  /** Offsets into the body: where the item's marker starts and where its text ends. */
  start: number;
  end: number;
}

/**
 * The items of a body that opens an 一是…二是… run at `from` (the body's start, or right after the
 * lead sentence of an area line): two or more, in order, each after a sentence or clause end. Each item
 * is titled by its first clause (一是狠抓项目建设。… → 狠抓项目建设).
 */
export function inlineItems(body: string, from = 0): InlineItem[] {
  // The run keeps the form of its first marker: 一是…二是…, 一要…二要…, 第一，…第二，….
  const form = ITEM_FORMS.find((f) => body.startsWith(f(CN_ORDINALS[0]!), from));
  if (!form) return [];
  const at: number[] = [from];
  const length: number[] = [form(CN_ORDINALS[0]!).length];
  for (let i = 1; i < CN_ORDINALS.length; i++) {
    const marker = form(CN_ORDINALS[i]!);
    let k = body.indexOf(marker, at[at.length - 1]! + 2);
    while (k >= 0 && !'。；;'.includes(body[k - 1] ?? '')) k = body.indexOf(marker, k + 1);
    if (k < 0) break;
    at.push(k);
    length.push(marker.length);
  }
  if (at.length < 2) return [];
  return at.map((start, i) => {
    const textStart = start + length[i]!;
    const end = i + 1 < at.length ? at[i + 1]! : body.length;
    let stop = textStart;
    while (stop < end && !isClauseStop(body.charCodeAt(stop))) stop++;
    const title = body.slice(textStart, Math.min(stop, textStart + MAX_TITLE)).trim();
    return { title, start, end };
  });
}

/** A lead-in promising deliverables (办好十件民生实事：), whose 一是…二是… items are rows of their own. */
const DELIVERABLES = /实事(项目)?$/;

/** The number of a list line: 1. / 1、 / （1） / ①. */
const ITEM_NUMBER = /^(?:\d{1,2}[.、．](?!\d)|[（(]\d{1,2}[）)]|[\u2460-\u2473])\s*/;
/** A glossary of the report's terms: its numbered lines define words, they are no tasks. */
const GLOSSARY = /名词|术语|注释|释义/;

/** True when the line next to it (before or after) is numbered too: a list, not a stray figure. */
function inNumberedRun(lines: TextLine[], i: number): boolean {
  const numbered = (l: TextLine | undefined) => l?.kind === 'paragraph' && ITEM_NUMBER.test(l.body);
  return numbered(lines[i - 1]) || numbered(lines[i + 1]);
}

/** Sections outside the review and the targets paragraph hold tasks (all text when nothing is structured). */
function holdsTasks(scan: SectionScan, structured: boolean, section: number): boolean {
  if (section < 0) return !structured;
  const role = scan.sections[section]?.role;
  return role !== 'review' && role !== 'targets';
}

/** The line that starts at `start` (lines are in text order), or undefined. */
function lineAt(lines: TextLine[], start: number): TextLine | undefined {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = lines[mid]!.start;
    if (at === start) return lines[mid];
    if (at < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/**
 * A numbered line of a list without a lead phrase ((1)新建幼儿园2所，新增学位540个；, 3.新增托位500个。):
 * a 民生实事 item or a task in one sentence is a row of its own, titled by its first sentence. Only in a
 * run of numbered lines, and not in a glossary.
 */
function numberedItem(lines: TextLine[], i: number, scan: SectionScan, section: number): string | undefined {
  const line = lines[i]!;
  const number = ITEM_NUMBER.exec(line.body);
  if (!number || !inNumberedRun(lines, i)) return undefined;
  if (section >= 0 && GLOSSARY.test(scan.sections[section]!.title)) return undefined;
  const rest = line.body.slice(number[0].length);
  const stop = rest.search(/[。；;！？]/);
  // 1.抓项目建设：全年实施重点项目80个: a short title before a colon names the task.
  const colon = rest.indexOf('：');
  const end =
    colon >= 4 && colon <= 24 && (stop < 0 || colon < stop) && !/[，、]/.test(rest.slice(0, colon))
      ? colon
      : stop;
  const title = (end < 0 ? rest : rest.slice(0, end)).trim();
  return title.length >= 4 ? title : undefined;
}

export function findTasks(
  lines: TextLine[],
  scan: SectionScan,
  structured: boolean,
  mainTargets?: { start: number; end: number },
): Task[] {
  const tasks: Task[] = [];
  const withTasks = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // The main targets listed one a line (1.地区生产总值增长6.5%左右；) are targets, not task rows.
    if (mainTargets && line.start >= mainTargets.start && line.end <= mainTargets.end) continue;
    const section = scan.lineSection[i] ?? -1;
    if (!holdsTasks(scan, structured, section)) continue;
    const bodyStart = line.start + line.bodyAt;
    if (line.kind === 'bullet' && line.body !== '') {
      // ■ 2026年主要预期目标: a bullet title of the targets paragraph after it holds no task.
      if (namesOnlyTargets(line.body)) continue;
      tasks.push({ title: line.body.replace(/[。；;]$/, ''), start: bodyStart, end: line.end, section });
      withTasks.add(section);
    } else if (line.kind === 'paragraph') {
      // 一是狠抓项目建设。…二是狠抓招商引资。…: a paragraph of ordinal items holds one task per item.
      const items = inlineItems(line.body, 0);
      // 今年办好十件民生实事：一是…；二是…: the items after a lead-in promising deliverables. 实事 is looked
      // for first: V8 finds ： (U+FF1A) by its 0xFF byte, which every full-width mark (，；（）) carries, so
      // a search for it through a paragraph without one costs 3× a search for 实事.
      const colon = items.length === 0 && line.body.includes('实事') ? line.body.indexOf('：') : -1;
      if (
        colon > 0 &&
        DELIVERABLES.test(line.body.slice(0, colon)) &&
        !line.body.slice(0, colon).includes('。')
      )
        items.push(...inlineItems(line.body, colon + 1));
      if (items.length > 0) {
        for (const item of items)
          tasks.push({
            title: item.title,
            start: bodyStart + item.start,
            end: bodyStart + item.end,
            section,
          });
        withTasks.add(section);
        continue;
      }
      const title = leadPhrase(line.body) ?? numberedItem(lines, i, scan, section);
      if (title === undefined) continue;
      tasks.push({ title, start: bodyStart, end: line.end, section });
      withTasks.add(section);
    } else if (line.kind === 'area' && section >= 0) {
      // （一）扩大有效需求。一是…二是…: the items after the area's own title sentence.
      const titleEnd = line.body.indexOf('。');
      const items = titleEnd >= 0 ? inlineItems(line.body, titleEnd + 1) : [];
      for (const item of items)
        tasks.push({ title: item.title, start: bodyStart + item.start, end: bodyStart + item.end, section });
      if (items.length > 0) withTasks.add(section);
    }
  }
  // A numbered area without lead-phrase paragraphs ((一)着力扩大国内需求。把恢复…, or a 民生实事 item)
  // is itself one task.
  scan.sections.forEach((s, index) => {
    if (
      s.level !== 'area' ||
      s.ordinal === '' ||
      withTasks.has(index) ||
      !holdsTasks(scan, structured, index)
    ) {
      return;
    }
    const line = lineAt(lines, s.start);
    if (!line || (s.end <= line.end && !scan.inlineBody.has(index))) return;
    tasks.push({ title: s.title, start: line.start + line.bodyAt, end: s.end, section: index });
  });
  return tasks.sort((a, b) => a.start - b.start);
}
