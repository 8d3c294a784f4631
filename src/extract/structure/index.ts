// Document structure of a report: title, years, parts (一、), areas ((一)), tasks, the main-targets
// paragraph, and warnings where the text looks damaged. Works on the normalized text; every offset it
// returns is into the ORIGINAL text.
import { type NormalizedText, normalizeText } from '../normalize';
import type { Structure, Warning } from '../types';
import { damageWarnings } from './damage';
import { splitLines } from './lines';
import { findMainTargets, findTitle, findYears } from './meta';
import { scanSections } from './sections';
import { findTasks } from './tasks';

export interface StructureResult {
  structure: Structure;
  warnings: Warning[];
}

export function analyzeStructure(raw: string, normalized?: NormalizedText): StructureResult {
  const norm = normalized ?? normalizeText(raw);
  const lines = splitLines(norm.text, norm.lineBreaks);
  const scan = scanSections(norm.text, lines);
  const structured = scan.sections.length > 0;
  const years = findYears(norm.text, lines, scan.sections);
  const title = findTitle(lines, scan.sections[0]?.start ?? -1);
  const mainTargets = findMainTargets(norm.text, lines, scan, years.planYear);
  const tasks = findTasks(lines, scan, structured, mainTargets);
  const bodyStart = scan.sections[0]?.start ?? 0;
  const warnings: Warning[] = scan.warnings.map((w) => ({
    ...w,
    ...norm.toOriginalRange(w.start ?? 0, w.end ?? 0),
  }));
  warnings.push(...damageWarnings(raw, norm, lines, bodyStart));
  if (!structured) {
    warnings.push({
      code: 'no_structure',
      message:
        '未识别出报告结构(一、/(一) 标题),结果仅供参考 / no report structure (一、 / (一) headings) found: results are best effort',
    });
  }
  // Sections and tasks were made for this result alone, so their offsets are mapped in place
  // (no copy of each object); everything that reads normalized offsets has run by now.
  for (const x of [...scan.sections, ...tasks]) {
    const range = norm.toOriginalRange(x.start, x.end);
    x.start = range.start;
    x.end = range.end;
  }
  return {
    structure: {
      ...(title !== undefined ? { title } : {}),
      ...years,
      sections: scan.sections,
      tasks,
      ...(mainTargets ? { mainTargets: norm.toOriginalRange(mainTargets.start, mainTargets.end) } : {}),
    },
    warnings,
  };
}
