// Kangxi radicals (U+2F00–U+2FD5) and CJK radical supplement forms (U+2E80–U+2EF3) in place of the
// ideographs they look like. PDFs printed from Word or Chromium with CJK fonts whose cmap maps one glyph to
// both code points often carry these in their text layer ("⼀、⼯作回顾", "增⻓5%"), and so does text copied
// out of such a PDF: every heading number 一 and common characters (长 民 见 门 车 风 户) become radicals
// that no rule reads. Each becomes the unified ideograph drawn with the same glyph in a Simplified Chinese
// font (Noto Sans/Serif CJK SC cmaps, read with fontkit; ⼾ is 户 there, not the NFKC 戶), else its NFKC
// form. Also the horizontal bar ― (U+2015) that such PDFs and GBK text read with the CP936 table (A1AA)
// carry for the dash — (U+2014) of ranges and 破折号 (5%—5.5%). One UTF-16 unit for one, so offsets do
// not move.

/** Supplement forms (no NFKC mapping) and overrides of NFKC, as pairs: the radical, then its ideograph. */
const PAIRS =
  '⺂乛⺃乚⺅亻⺉刂⺎兀⺏尣⺐尢⺒巳⺓幺⺔彑⺕彐⺖忄⺘扌⺙攵⺛旡⺞歺⺟母⺠民⺡氵⺣灬' +
  '⺤爫⺦丬⺨犭⺫罒⺭礻⺯糹⺰纟⺱罓⺲罒⺹耂⺺肀⺾艹⻁虎⻂衤⻃覀⻅见⻆角⻈讠⻉贝⻋车' +
  '⻌辶⻐钅⻑長⻒镸⻓长⻔门⻖阝⻘青⻙韦⻚页⻛风⻜飞⻝食⻟飠⻠饣⻢马⻣骨⻤鬼⻥鱼⻦鸟' +
  '⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟⼾户';

/** Code unit → the ideograph's code unit, 0 where the character is kept. */
const IDEOGRAPH = new Uint16Array(0x2fe0 - 0x2e80);
for (let c = 0x2f00; c <= 0x2fd5; c++)
  IDEOGRAPH[c - 0x2e80] = String.fromCharCode(c).normalize('NFKC').charCodeAt(0);
for (let k = 0; k + 1 < PAIRS.length; k += 2)
  IDEOGRAPH[PAIRS.charCodeAt(k) - 0x2e80] = PAIRS.charCodeAt(k + 1);

/** The character a look-alike code unit stands for, or 0 when `code` is not one. */
export function lookalikeOf(code: number): number {
  if (code === 0x2015) return 0x2014;
  return code >= 0x2e80 && code < 0x2fe0 ? IDEOGRAPH[code - 0x2e80]! : 0;
}

const LOOKALIKES = /[\u2015\u2e80-\u2fdf]/g;

/** Replaces look-alikes by the characters they stand for (length and offsets unchanged). */
export function unifyLookalikes(text: string): string {
  return text.replace(LOOKALIKES, (r) => {
    const c = lookalikeOf(r.charCodeAt(0));
    return c === 0 ? r : String.fromCharCode(c);
  });
}
