// A PDF text layer that fonts without a usable Unicode map turned into garbage: private-use code points
// (U+E000–F8FF), replacement characters or control codes for each glyph, or runs of Latin-1 letters and
// symbols (GBK bytes shown one byte a character: "¹¤×÷±¨¸æ") where the report's Chinese should be.

/** A glyph the text layer could not name (UTF-16 unit): private use, U+FFFD, or a control code. */
function unnamed(c: number): boolean {
  return (
    (c >= 0xe000 && c <= 0xf8ff) ||
    c === 0xfffd ||
    (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) ||
    (c >= 0x7f && c <= 0x9f)
  );
}

const space = (c: number) =>
  c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x3000;
const cjk = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
/** Latin-1 letters and signs: a Chinese PDF has few, a GBK byte stream read as Latin-1 is made of them. */
const latin1 = (c: number) => c >= 0xa1 && c <= 0xff;

export interface TextLayerHealth {
  /** Characters other than whitespace. */
  chars: number;
  /** Unnamed glyphs in runs of two or more (a lone U+F0B7 is a Word bullet from the Symbol font). */
  unnamed: number;
  cjk: number;
  latin1: number;
}

export function textLayerHealth(text: string): TextLayerHealth {
  const h: TextLayerHealth = { chars: 0, unnamed: 0, cjk: 0, latin1: 0 };
  let run = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x20;
    if (unnamed(c)) {
      h.chars++;
      run++;
      continue;
    }
    if (run >= 2) h.unnamed += run;
    run = 0;
    if (space(c)) continue;
    h.chars++;
    if (cjk(c)) h.cjk++;
    else if (latin1(c)) h.latin1++;
  }
  return h;
}
/**
 * 'unreadable' when the text layer holds next to no real Chinese and is mostly unnamed glyphs or Latin-1
 * soup; 'damaged' when a noticeable share (≥ 2 %) is unnamed glyphs but real text remains; else 'ok'.
 */
export function judgeTextLayer(h: TextLayerHealth): 'ok' | 'damaged' | 'unreadable' {
  if (h.chars < 20) return 'ok';
  const garbage = h.unnamed + h.latin1;
  const little = h.cjk < Math.max(20, 0.1 * h.chars);
  if (little && garbage >= 0.3 * h.chars) return 'unreadable';
  if (h.unnamed >= 0.02 * h.chars || (h.latin1 >= 0.2 * h.chars && h.latin1 > h.cjk)) return 'damaged';
  return 'ok';
}
