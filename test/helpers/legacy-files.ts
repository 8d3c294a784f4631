// Files county offices upload instead of a report: legacy Office/WPS documents, RTF, spreadsheets, archives,
// images. Each is the smallest file that carries its format's signature (and, for OLE compound files, the
// stream name that tells a Word document from a spreadsheet), with what its refusal must say.
import { deflateRawSync } from 'node:zlib';

const ascii = (s: string) => Buffer.from(s, 'latin1');

/** An OLE compound file (legacy Office/WPS): the 512-byte header, then a directory sector naming `streams`. */
function ole(...streams: string[]): Uint8Array {
  const header = Buffer.alloc(512);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(header);
  const dir = Buffer.alloc(512);
  ['Root Entry', ...streams].slice(0, 4).forEach((name, i) => {
    const at = i * 128;
    dir.write(name, at, 'utf16le');
    dir.writeUInt16LE((name.length + 1) * 2, at + 64);
    dir[at + 66] = i === 0 ? 5 : 2; // root storage, then streams
  });
  return new Uint8Array(Buffer.concat([header, dir]));
}

/** A ZIP archive of the named entries (stored with deflate, as Office writes them). */
function zip(entries: Record<string, string>): Uint8Array {
  const parts: Buffer[] = [];
  for (const [name, text] of Object.entries(entries)) {
    const data = deflateRawSync(Buffer.from(text));
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(8, 8);
    head.writeUInt32LE(data.length, 18);
    head.writeUInt32LE(text.length, 22);
    head.writeUInt16LE(Buffer.byteLength(name), 26);
    parts.push(head, Buffer.from(name), data);
  }
  return new Uint8Array(Buffer.concat(parts));
}

export interface LegacyFile {
  /** The name it is uploaded under. */
  name: string;
  bytes: Uint8Array;
  /** What the one-line refusal must say: the format and what to do instead. */
  says: RegExp;
}

const IMAGE = /图片\(\w+\)不是报告文本.*文字识别.* \/ an image \(\w+\) is not report text/;

export const legacyFiles: Record<string, LegacyFile> = {
  doc: {
    name: '2025年政府工作报告.doc',
    bytes: ole('WordDocument', '1Table', '\u0005SummaryInformation'),
    says: /旧版 Word\/WPS.*\.doc\/\.wps.*另存为 \.docx 或 PDF .*\/ a legacy Word\/WPS document.*save it as \.docx or PDF/,
  },
  wps: {
    name: '政府工作报告.wps',
    bytes: ole('WordDocument', '0Table'),
    says: /\.doc\/\.wps.*另存为 \.docx 或 PDF/,
  },
  xls: {
    name: '指标表.xls',
    bytes: ole('Workbook'),
    says: /表格文件\(\.xls\/\.et\)不是报告.* \/ a spreadsheet/,
  },
  encrypted: {
    name: '加密报告.docx',
    bytes: ole('EncryptionInfo', 'EncryptedPackage'),
    says: /加密的 Office 文档.*取消密码.* \/ a password-protected Office document/,
  },
  rtf: {
    name: '报告.rtf',
    bytes: new Uint8Array(
      ascii("{\\rtf1\\ansi\\ansicpg936 {\\fonttbl{\\f0 \\'cb\\'ce\\'cc\\'e5;}}\\f0 \\'d2\\'bb\\par}"),
    ),
    says: /RTF 文档.*另存为 \.docx 或 PDF.* \/ an RTF document/,
  },
  xlsx: {
    name: '主要指标.xlsx',
    bytes: zip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' }),
    says: /Excel 表格\(\.xlsx\)不是报告.* \/ an Excel workbook \(\.xlsx\) is not a report/,
  },
  zip: {
    name: '报告材料.zip',
    bytes: zip({ '政府工作报告.txt': '一、工作回顾' }),
    says: /ZIP 压缩包,请解压后导入其中的报告文件 \/ a ZIP archive: unpack it/,
  },
  png: {
    name: '报告截图.png',
    bytes: new Uint8Array(Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex')),
    says: IMAGE,
  },
  jpeg: {
    name: '扫描件.jpg',
    bytes: new Uint8Array(Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex')),
    says: IMAGE,
  },
};
