// A tiny XML writer: elements, attributes and text escaped (XML 1.0 §2.4, §2.2 allowed characters), indented.

export interface XmlElement {
  name: string;
  attributes?: Record<string, string>;
  children?: Array<XmlElement | string>;
}

// Characters XML 1.0 does not allow at all (control characters other than tab, line feed, carriage return).
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters to remove
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeText(text: string): string {
  return text.replace(INVALID, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(text: string): string {
  return escapeText(text)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

export function el(
  name: string,
  children: Array<XmlElement | string | null | undefined> = [],
  attributes?: Record<string, string>,
): XmlElement {
  const kept = children.filter((c): c is XmlElement | string => c !== null && c !== undefined);
  return attributes ? { name, attributes, children: kept } : { name, children: kept };
}

function serialise(e: XmlElement, depth: number): string {
  const pad = '  '.repeat(depth);
  const attrs = Object.entries(e.attributes ?? {})
    .map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`)
    .join('');
  const children = e.children ?? [];
  if (children.length === 0) return `${pad}<${e.name}${attrs}/>`;
  if (children.every((c) => typeof c === 'string')) {
    return `${pad}<${e.name}${attrs}>${children.map((c) => escapeText(c as string)).join('')}</${e.name}>`;
  }
  const inner = children.map((c) =>
    typeof c === 'string' ? `${pad}  ${escapeText(c)}` : serialise(c, depth + 1),
  );
  return `${pad}<${e.name}${attrs}>\n${inner.join('\n')}\n${pad}</${e.name}>`;
}

export function toXml(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialise(root, 0)}\n`;
}
