// Tasks: a paragraph that opens with a short lead phrase ending in 。 (打好招商引资“主动战”。…) is one
// task of the decomposition table (DOMAIN.md §1.2: 工作任务 is usually the report's own sentence); bullet
// lines are tasks too. The review of last year and the targets paragraph hold no tasks.
import type { Task } from '../types';
import type { TextLine } from './lines';
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

export function findTasks(lines: TextLine[], scan: SectionScan, structured: boolean): Task[] {
  const tasks: Task[] = [];
  const withTasks = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const section = scan.lineSection[i] ?? -1;
    if (!holdsTasks(scan, structured, section)) continue;
    const bodyStart = line.start + line.bodyAt;
    if (line.kind === 'bullet' && line.body !== '') {
      tasks.push({ title: line.body.replace(/[。；;]$/, ''), start: bodyStart, end: line.end, section });
      withTasks.add(section);
    } else if (line.kind === 'paragraph') {
      const title = leadPhrase(line.body);
      if (title === undefined) continue;
      tasks.push({ title, start: bodyStart, end: line.end, section });
      withTasks.add(section);
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
