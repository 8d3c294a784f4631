// Which region a report belongs to, read from its own text: the body that adopted it
// ("鹤山区第十二届人民代表大会第五次会议") and, for a district or county, its city (a "X市Y区" mention,
// else the city paper's masthead "X日报" in the opening lines, where municipal papers are named after the city).
export interface RegionGuess {
  name: string;
  level: 'city' | 'county' | 'district';
  parent?: { name: string; level: 'city' };
}

const HAN = '\\p{Script=Han}';
/** Function words that precede a place name in running text (在…会议上, 于…). */
const LEADING = /^[在于向对的是和及与]+/u;
const MARKERS = /[市区县旗]/gu;

/** Splits "许昌市建安区" into ["许昌市", "建安区"] at each 市/区/县/旗. */
function places(s: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of s.matchAll(MARKERS)) {
    const seg = s.slice(from, m.index + 1).replace(LEADING, '');
    if (seg.length >= 2) out.push(seg);
    from = m.index + 1;
  }
  return out;
}

export function guessRegion(text: string, title?: string): RegionGuess | null {
  const body = `${title ?? ''}\n${text}`;
  const congress = new RegExp(`(${HAN}{2,12}?)第${HAN}{1,4}届人民代表大会`, 'u').exec(body);
  const names = congress?.[1] ? places(congress[1]) : [];
  const local = names.at(-1);
  if (!local) return null;
  const level = local.endsWith('市') ? 'city' : local.endsWith('区') ? 'district' : 'county';
  if (level === 'city') return { name: local, level };
  const before = names.at(-2);
  const masthead = new RegExp(`^\\s*(?:#+\\s*)?(${HAN}{2,3})日报\\s*$`, 'mu').exec(text.slice(0, 400));
  const city = before?.endsWith('市') ? before : masthead?.[1] ? `${masthead[1]}市` : undefined;
  if (!city) return { name: local, level };
  return { name: `${city}${local}`, level, parent: { name: city, level: 'city' } };
}
