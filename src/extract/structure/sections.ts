// Parts (一、), areas ((一)) and unnumbered markdown headings, in order, with their extents. Ordinals must
// run in sequence, so a numbered list inside a paragraph or an appendix does not open a new part.
import type { Section, Warning } from '../types';
import type { TextLine } from './lines';
import { ordinalValue } from './ordinals';
import { type Role, roleOfArea, roleOfFirstPart, roleOfTitle } from './roles';

export interface SectionScan {
  /** Offsets into the normalized text. */
  sections: Section[];
  /** Per line: index of the innermost section holding it, -1 before the first one. */
  lineSection: Int32Array;
  /** Per section: index of its part (itself for a part), -1 for an area outside any part. */
  parent: number[];
  /** Sections whose heading line carries body text after its title. */
  inlineBody: Set<number>;
  warnings: Warning[];
}

/** The body after a title's colon: a clause of its own (4 characters or more before any stop). */
const COLON_BODY = /^[^，。；：]{4,}/;
const isStop = (c: number): boolean => c === 0x3002 || c === 0xff01 || c === 0xff1f; // 。！？

/**
 * A heading's title: its first sentence when body text follows on the same line. As
 * /^(.{2,80}?)[。！？](.+)$/ (a line holds no line terminator) without matching the rest of a long line.
 */
export function headingTitle(body: string): { title: string; inline: boolean } {
  const last = Math.min(80, body.length - 2);
  for (let k = 2; k <= last; k++) {
    const c = body.charCodeAt(k);
    if (isStop(c)) return { title: body.slice(0, k), inline: body.slice(k + 1).trim() !== '' };
    // 教育提质工程：新建幼儿园3所，…: a short title before a colon with its body after it.
    if (c === 0xff1a && k <= 24 && COLON_BODY.test(body.slice(k + 1)) && !/[，；、]/.test(body.slice(0, k)))
      return { title: body.slice(0, k), inline: true };
  }
  const end = body.charCodeAt(body.length - 1);
  const colon = end === 0xff1a || end === 58; // ：:
  return { title: end === 0x3002 || colon ? body.slice(0, -1) : body, inline: false };
}

class Scanner {
  readonly out: SectionScan;
  private part = -1;
  private area = -1;
  private nextPart = 1;
  private nextArea = 1;
  private appendix = false;
  /** The report numbers its parts 第一部分…: its 一、 lines are then areas. */
  private readonly chapters: boolean;
  private headingLine: TextLine | undefined;
  private heading = { title: '', inline: false };

  constructor(
    private readonly text: string,
    private readonly lines: TextLine[],
  ) {
    this.out = {
      sections: [],
      lineSection: new Int32Array(lines.length),
      parent: [],
      inlineBody: new Set(),
      warnings: [],
    };
    this.chapters = lines.some((l) => l.chapter === true);
  }

  run(): SectionScan {
    for (let i = 0; i < this.lines.length; i++) {
      this.visit(this.lines[i]!, i);
      this.out.lineSection[i] = this.area >= 0 ? this.area : this.part;
    }
    this.close('part', this.lines.length);
    return this.out;
  }

  private visit(line: TextLine, i: number): void {
    if (line.kind === 'appendix') {
      this.openAppendix(line, i);
    } else if (line.kind === 'part' && !this.appendix && this.isPartLine(line) && this.fitsPart(line)) {
      this.openPart(line, i);
    } else if (
      (line.kind === 'area' || (line.kind === 'part' && (this.appendix || !this.isPartLine(line)))) &&
      this.fitsArea(line)
    ) {
      this.openArea(line, i, line.ordinal);
    } else if (line.kind === 'heading' && this.part >= 0) {
      this.openArea(line, i, '');
    }
  }

  /**
   * Whether a part-style line opens a part: in a report of chapters (第一部分 2025年工作回顾 … 一、产业发展…)
   * only the chapters do, and the 一、 lines inside them are its areas.
   */
  private isPartLine(line: TextLine): boolean {
    return !this.chapters || line.chapter === true;
  }

  /** The next part's number, or one past it (a lost heading); never a restart. */
  private fitsPart(line: TextLine): boolean {
    const v = ordinalValue(line.ordinal);
    if (v === undefined || v < this.nextPart || v > this.nextPart + 1 || !this.titleFits(line)) return false;
    if (v > this.nextPart) this.gap(line, 'part', this.nextPart);
    return true;
  }

  /** The next area's number, one past it, or a new run starting at (一). */
  private fitsArea(line: TextLine): boolean {
    const v = ordinalValue(line.ordinal);
    if (
      v === undefined ||
      !(v === 1 || (v >= this.nextArea && v <= this.nextArea + 1)) ||
      !this.titleFits(line)
    ) {
      return false;
    }
    if (v > this.nextArea && v !== 1) this.gap(line, 'area', this.nextArea);
    return true;
  }

  private titleFits(line: TextLine): boolean {
    return this.headingOf(line).title.length <= 80;
  }

  /** headingTitle(line.body), read once per line (a heading line is tried, then opened). */
  private headingOf(line: TextLine): { title: string; inline: boolean } {
    if (this.headingLine !== line) {
      this.headingLine = line;
      this.heading = headingTitle(line.body);
    }
    return this.heading;
  }

  private add(
    line: TextLine,
    level: Section['level'],
    ordinal: string,
    heading: { title: string; inline: boolean },
    role: Role,
  ): number {
    const { title: t, inline } = heading;
    const index = this.out.sections.length;
    this.out.sections.push({ level, ordinal, title: t, start: line.start, end: line.end, role });
    this.out.parent.push(level === 'part' ? index : this.part);
    if (inline) this.out.inlineBody.add(index);
    return index;
  }

  private openPart(line: TextLine, i: number): void {
    this.close('part', i);
    const title = this.headingOf(line).title;
    const first = this.out.sections.every((s) => s.level !== 'part');
    const role = first ? roleOfFirstPart(title, this.opening(i)) : roleOfTitle(title);
    this.part = this.add(line, 'part', line.ordinal, this.headingOf(line), role);
    this.nextPart = (ordinalValue(line.ordinal) ?? this.nextPart) + 1;
    this.nextArea = 1;
  }

  /** The text of line i and the two after it (built only for the first part, whose role may read it). */
  private opening(i: number): string {
    return this.lines
      .slice(i, i + 3)
      .map((l) => l.body)
      .join('');
  }

  private openAppendix(line: TextLine, i: number): void {
    this.close('part', i);
    this.appendix = true;
    const marker = this.text.slice(line.start, line.start + line.bodyAt).replace(/[#:：\s]/g, '');
    const next = this.lines[i + 1];
    const title = line.body || (next && next.body.length <= 40 && !/[。，]/.test(next.body) ? next.body : '');
    this.part = this.add(line, 'part', marker, headingTitle(title), roleOfTitle(title));
    this.nextArea = 1;
  }

  private openArea(line: TextLine, i: number, ordinal: string): void {
    this.close('area', i);
    const title = this.headingOf(line).title;
    const partRole = this.part >= 0 ? this.out.sections[this.part]!.role : undefined;
    this.area = this.add(
      line,
      'area',
      ordinal,
      this.headingOf(line),
      roleOfArea(title, partRole, ordinal !== ''),
    );
    this.nextArea = ordinal === '' ? 1 : (ordinalValue(ordinal) ?? 0) + 1;
  }

  /** Ends the open area (and the part, for level 'part') at the line before line `i`. */
  private close(level: Section['level'], i: number): void {
    const end = this.lines[i - 1]?.end;
    if (this.area >= 0) this.finish(this.area, end);
    this.area = -1;
    if (level === 'part') {
      if (this.part >= 0) this.finish(this.part, end);
      this.part = -1;
    }
  }

  private finish(index: number, end: number | undefined): void {
    const s = this.out.sections[index];
    if (s && end !== undefined && end > s.start) s.end = end;
  }

  private gap(line: TextLine, level: Section['level'], expected: number): void {
    this.out.warnings.push({
      code: 'section_number_gap',
      message: `标题序号跳过了第 ${expected} 个${level === 'part' ? '部分' : '方面'},可能有文字缺失 / a ${level} number was skipped (expected ${expected}): text may be missing`,
      start: line.start,
      end: line.end,
    });
  }
}

export function scanSections(text: string, lines: TextLine[]): SectionScan {
  return new Scanner(text, lines).run();
}
