// Suggests a lead unit and co-operating units for an indicator or task text, for a person to confirm
// (DOMAIN.md §1.2: each row has one lead unit, the first listed; §2: lead assignments seen in real documents).
// Matches: a keyword of resources/lead-departments.csv in the text, or a word of a unit's remit from
// resources/departments.json; within a clause the match that ends last wins, because Chinese noun phrases put the
// head last (单位地区生产总值生产安全事故死亡率 is about 事故); at the same end the CSV rule wins; the first
// clause with a match wins over later ones. Failing both, a keyword that shares most of its rarer character
// pairs with the text.
import leadRulesData from '../../../resources/lead-rules.json' with { type: 'json' };
import type { Department, DepartmentDictionary } from './dictionary';
import { DEFAULT_DEPARTMENTS, resolveDepartment } from './dictionary';
import type { LeadRule } from './lead-rules';

export interface AssignmentSuggestion {
  /** The lead unit's dictionary name (or the rule's own name when the dictionary lacks it). */
  lead: string;
  leadId: string | null;
  /** Co-operating units, dictionary names where known, the lead left out. */
  cooperating: string[];
  /** The keyword or remit word that matched. */
  matchedKeyword: string;
  /** Alternatives, qualifiers and the rule's note, for the person confirming. */
  note: string;
  source: 'keyword' | 'function' | 'similar';
}

export interface SuggestOptions {
  rules?: readonly LeadRule[];
  departments?: DepartmentDictionary;
}

/** The default rules: resources/lead-rules.json, built from resources/lead-departments.csv. */
export const DEFAULT_LEAD_RULES: readonly LeadRule[] = leadRulesData.rules;

/** Full-width letters and digits to ASCII, Latin upper case, no whitespace (damaged line breaks). */
function norm(s: string): string {
  return s
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .toUpperCase();
}

interface Hit<T> {
  item: T;
  word: string;
  end: number;
}

/** The hit that ends last, then the longest, then the first listed. */
function best<T>(hits: Hit<T>[]): Hit<T> | undefined {
  return [...hits].sort((a, b) => b.end - a.end || b.word.length - a.word.length)[0];
}

function hitsIn<T>(clause: string, items: readonly T[], words: (t: T) => readonly string[]): Hit<T>[] {
  const hits: Hit<T>[] = [];
  for (const item of items) {
    for (const w of words(item)) {
      const k = norm(w);
      const at = clause.lastIndexOf(k);
      if (k.length >= 2 && at >= 0) hits.push({ item, word: w, end: at + k.length });
    }
  }
  // A word inside a longer matched word is not a match of its own (用地 inside 建设用地安全利用).
  return hits.filter(
    (h) =>
      !hits.some(
        (o) =>
          o.word.length > h.word.length && o.end >= h.end && o.end - o.word.length <= h.end - h.word.length,
      ),
  );
}

function bigrams(s: string): string[] {
  return Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2));
}

export type Suggester = (text: string) => AssignmentSuggestion | null;

/** Builds a suggester for a county's rules and unit dictionary. */
export function createSuggester(options: SuggestOptions = {}): Suggester {
  const dict = options.departments ?? DEFAULT_DEPARTMENTS;
  const rules = (options.rules ?? DEFAULT_LEAD_RULES).filter((r) => r.lead.length > 0);
  const keywords = rules.flatMap((rule) => rule.keywords.map((k) => ({ rule, k: norm(k) })));
  // Rarer character pairs weigh more (inverse document frequency over all keywords).
  const df = new Map<string, number>();
  for (const { k } of keywords) for (const b of new Set(bigrams(k))) df.set(b, (df.get(b) ?? 0) + 1);
  const idf = (b: string) => Math.log((keywords.length + 1) / ((df.get(b) ?? 0) + 1));

  const similar = (text: string): AssignmentSuggestion | null => {
    const have = new Set(bigrams(text));
    let top: { rule: LeadRule; k: string; score: number } | null = null;
    for (const { rule, k } of keywords) {
      const grams = [...new Set(bigrams(k))];
      const total = grams.reduce((s, b) => s + idf(b), 0);
      const shared = grams.filter((b) => have.has(b)).reduce((s, b) => s + idf(b), 0);
      const score = total > 0 ? shared / total : 0;
      if (score >= 0.5 && (!top || score > top.score)) top = { rule, k, score };
    }
    return top ? fromRule(top.rule, top.k, 'similar', dict) : null;
  };

  return (text: string) => {
    const t = norm(text);
    if (t === '') return null;
    for (const clause of t.split(/[,,;;。!!??:]/)) {
      const kw = best(hitsIn(clause, rules, (r) => r.keywords));
      const fn = best(hitsIn(clause, dict.departments, (d) => d.functions));
      // The head of the phrase decides; at the same end a rule of the CSV beats a remit word.
      if (kw && (!fn || kw.end >= fn.end)) return fromRule(kw.item, kw.word, 'keyword', dict);
      if (fn) return fromFunction(fn.item, fn.word);
    }
    return similar(t);
  };
}

function fromRule(
  rule: LeadRule,
  word: string,
  source: 'keyword' | 'similar',
  dict: DepartmentDictionary,
): AssignmentSuggestion {
  const resolved = rule.lead.map((n) => ({ raw: n, d: resolveDepartment(n, dict) }));
  // "无则商务局": the first candidate this county has is the lead.
  const chosen = resolved.find((c) => c.d) ?? resolved[0];
  const lead = chosen?.d?.name ?? chosen?.raw ?? '';
  const others = [...new Set(resolved.map((c) => c.d?.name ?? c.raw))].filter((n) => n !== lead);
  const cooperating = [...new Set(rule.cooperating.map((c) => resolveDepartment(c, dict)?.name ?? c))].filter(
    (n) => n !== lead,
  );
  const note = [
    others.length > 0 ? `或由${others.join('、')}牵头` : '',
    rule.leadNote ? `牵头单位备注:${rule.leadNote}` : '',
    rule.note,
    source === 'similar' ? `近似匹配“${word}”,请核对` : '',
    `来源:lead-departments.csv 第${rule.line}行`,
  ];
  return {
    lead,
    leadId: chosen?.d?.id ?? null,
    cooperating,
    matchedKeyword: word,
    note: note.filter(Boolean).join(';'),
    source,
  };
}

function fromFunction(d: Department, word: string): AssignmentSuggestion {
  return {
    lead: d.name,
    leadId: d.id,
    cooperating: [],
    matchedKeyword: word,
    note: `按${d.name}职能词“${word}”推荐,请核对`,
    source: 'function',
  };
}

const defaultSuggester = createSuggester();

/** Suggests { lead, cooperating, matchedKeyword, note } for an indicator or task text with the default rules and dictionary; null when nothing matches. */
export function suggestAssignment(text: string, options?: SuggestOptions): AssignmentSuggestion | null {
  return (options ? createSuggester(options) : defaultSuggester)(text);
}
