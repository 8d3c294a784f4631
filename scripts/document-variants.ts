// Renders corpus reports into the document kinds users bring (a PDF printed by Chromium from a Word-like
// page, with page numbers and optionally a running header; a .docx; a government web page; GB18030 text),
// reads each back with readReport, and compares extractPlan of it with extractPlan of the plain text:
// the multiset of (kind, indicator, comparator, value, unit) of targets and actuals, the structure
// (parts, areas, tasks, plan year) and the warning codes.
//
//   npx tsx scripts/document-variants.ts [--out DIR] [--keep] [--verbose] [REPORT.txt …]
//
// Needs Debian's Chromium at /usr/bin/chromium (playwright-core, no download), fonts-noto-cjk and iconv.
// The rendered files go to DIR (default /tmp/duban-variants); nothing is written into the repository.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { chromium } from 'playwright-core';
import { extractPlan, readReport } from '../src/extract';
import type { ExtractionResult } from '../src/extract/types';

const CORPUS = '/work/shared/corpus';
const DEFAULT_REPORTS = [
  `${CORPUS}/provincial-2026/beijing-2026.txt`,
  `${CORPUS}/provincial-2026/jiangsu-2026.txt`,
  `${CORPUS}/provincial-2026/shanghai-2026.txt`,
  `${CORPUS}/provincial-2026/zhejiang-2026.txt`,
  `${CORPUS}/national-2024.txt`,
];

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const outIndex = args.indexOf('--out');
const OUT = outIndex >= 0 ? args[outIndex + 1]! : '/tmp/duban-variants';
const reports = args.filter((a, i) => a.endsWith('.txt') && args[i - 1] !== '--out');
const files = reports.length > 0 ? reports : DEFAULT_REPORTS;
mkdirSync(OUT, { recursive: true });

interface Block {
  kind: 'title' | 'h1' | 'h2' | 'p';
  text: string;
}

/** The report's lines as Word paragraphs: the title, 一、 parts and （一） areas are headings. */
function blocks(text: string): Block[] {
  let titled = false;
  return text
    .split('\n')
    .map((l) => l.replace(/^#+\s*/, '').trim())
    .filter((l) => l !== '')
    .map((l): Block => {
      const short = l.length <= 40 && !/[。；]/.test(l.slice(0, -1));
      if (!titled && short && l.includes('政府工作报告')) {
        titled = true;
        return { kind: 'title', text: l };
      }
      if (short && /^[一二三四五六七八九十]+、/.test(l)) return { kind: 'h1', text: l };
      if (short && /^[（(][一二三四五六七八九十]+[)）]/.test(l)) return { kind: 'h2', text: l };
      return { kind: 'p', text: l };
    });
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A page styled like a Word document: A4, 仿宋/宋体 body, 黑体 headings, justified, 2-character indent. */
function wordLikeHtml(bs: Block[]): string {
  const body = bs
    .map((b) =>
      b.kind === 'title'
        ? `<h1>${esc(b.text)}</h1>`
        : b.kind === 'h1'
          ? `<h2>${esc(b.text)}</h2>`
          : b.kind === 'h2'
            ? `<h3>${esc(b.text)}</h3>`
            : `<p>${esc(b.text)}</p>`,
    )
    .join('\n');
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>
body { font-family: "FangSong", "仿宋", "SimSun", "Noto Serif CJK SC", serif; font-size: 16pt; line-height: 28pt; margin: 0; }
p { text-align: justify; text-indent: 2em; margin: 0; }
h1 { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-size: 22pt; text-align: center; font-weight: normal; margin: 0 0 12pt; line-height: 36pt; }
h2, h3 { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-size: 16pt; font-weight: normal; margin: 0; text-indent: 2em; }
h3 { font-family: "KaiTi", "楷体", "Noto Serif CJK SC", serif; font-weight: bold; }
</style></head><body>
${body}
</body></html>`;
}

/** The same page with paragraphs set apart by space instead of an indent, as a web page prints. */
const blockStyle = (html: string) =>
  html.replace(
    'p { text-align: justify; text-indent: 2em; margin: 0; }',
    'p { text-align: justify; margin: 0 0 10pt; }',
  );

async function pdfs(bs: Block[], title: string, name: string): Promise<void> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent(wordLikeHtml(bs), { waitUntil: 'load' });
    const footer = (dash: string) =>
      `<div style="width:100%;text-align:center;font-size:14pt;font-family:'Noto Serif CJK SC',serif">${dash} <span class="pageNumber"></span> ${dash}</div>`;
    const margin = { top: '37mm', bottom: '35mm', left: '28mm', right: '26mm' };
    /** The page as an A4 PDF with the given running header and a page-number footer between dashes. */
    const print = async (file: string, headerTemplate: string, dash: string) =>
      writeFileSync(
        join(OUT, file),
        await page.pdf({
          format: 'A4',
          margin,
          displayHeaderFooter: true,
          headerTemplate,
          footerTemplate: footer(dash),
        }),
      );
    await print(`${name}.pdf`, '<span></span>', '—');
    await print(
      `${name}.header.pdf`,
      `<div style="width:100%;text-align:center;font-size:10.5pt;font-family:'Noto Serif CJK SC',serif;border-bottom:0.5pt solid #000;margin:0 26mm 0 28mm;padding-bottom:2pt">${esc(title)}</div>`,
      '-',
    );
    await page.setContent(blockStyle(wordLikeHtml(bs)), { waitUntil: 'load' });
    await print(`${name}.block.pdf`, '<span></span>', '—');
  } finally {
    await browser.close();
  }
}

async function docx(bs: Block[], name: string): Promise<void> {
  const doc = new Document({
    sections: [
      {
        children: bs.map((b) =>
          b.kind === 'title'
            ? new Paragraph({ text: b.text, heading: HeadingLevel.TITLE })
            : b.kind === 'h1'
              ? new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_1 })
              : b.kind === 'h2'
                ? new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_2 })
                : new Paragraph({ text: b.text }),
        ),
      },
    ],
  });
  writeFileSync(join(OUT, `${name}.docx`), await Packer.toBuffer(doc));
}

/** A page shaped like a provincial government site: header, nav, breadcrumb, TRS_Editor, share, footer. */
function govHtml(bs: Block[], title: string, name: string): void {
  const body = bs
    .map((b) =>
      b.kind === 'title'
        ? `<p style="text-align:center"><strong>${esc(b.text)}</strong></p>`
        : b.kind === 'p'
          ? `<p style="text-indent:2em">${esc(b.text).replace(/“/g, '&ldquo;').replace(/”/g, '&rdquo;')}</p>`
          : `<p><strong>${esc(b.text)}</strong></p>`,
    )
    .join('\n');
  const page = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}_政府工作报告_人民政府门户网站</title>
<link rel="stylesheet" href="/css/common.css"><script src="/js/jquery.min.js"></script></head>
<body>
<div class="header"><div class="logo"><img src="/images/logo.png" alt="人民政府门户网站"></div>
<div class="search"><input type="text" placeholder="请输入关键词"><a class="btn">搜索</a></div>
<div class="toplinks"><a>无障碍</a> | <a>长者模式</a> | <a>English</a> | <a>繁體</a></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjsq/">走进本省</a></li></ul></div>
<div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfgzbg/">政府工作报告</a></div>
<div class="main"><div class="article">
<h1 class="article-title">${esc(title)}</h1>
<div class="article-info"><span>发布日期：2026-02-02 09:30</span><span>来源：本省日报</span><span>浏览次数：<em id="hits">3562</em></span>
<span class="fontsize">字号：[<a>大</a> <a>中</a> <a>小</a>]</span></div>
<div class="article-content"><div class="TRS_Editor">
${body}
</div></div>
<div class="share">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ空间</a></div>
<div class="article-tools"><a onclick="window.print()">【打印本页】</a><a onclick="window.close()">【关闭窗口】</a></div>
<div class="related"><h3>相关链接</h3><ul><li><a>政府工作报告解读</a></li><li><a>图解政府工作报告</a></li></ul></div>
</div></div>
<div class="footer"><p>主办单位：本省人民政府办公厅 承办单位：本省大数据中心</p>
<p>网站标识码：1100000088 ICP备案号：京ICP备05070602号 公安机关备案号：11010502035580</p>
<p>联系我们 | 网站地图 | 使用帮助</p></div>
<script>document.getElementById('hits').textContent='3563';</script>
</body></html>
`;
  writeFileSync(join(OUT, `${name}.html`), page);
  // The same page with a sidebar of long news headlines and a 上一篇/下一篇 pager beside the article.
  const side = `<div class="sidebar"><h3>热点信息</h3><ul>
<li><a>全省经济运行情况新闻发布会召开：前三季度地区生产总值同比增长5.3%，规模以上工业增加值增长6.1%</a></li>
<li><a>省政府常务会议研究部署稳就业促增收工作，确保全年城镇新增就业100万人以上目标任务圆满完成</a></li>
<li><a>关于公开征求《关于加快推进新型工业化的实施意见（征求意见稿）》意见建议的公告</a></li></ul></div>
<div class="pager"><p>上一篇：<a>关于2025年全省国民经济和社会发展计划执行情况与2026年计划草案的报告</a></p>
<p>下一篇：<a>关于2025年全省和省级预算执行情况与2026年全省和省级预算草案的报告</a></p></div>`;
  writeFileSync(
    join(OUT, `${name}.side.html`),
    page.replace('<div class="share">', `${side}<div class="share">`),
  );
}

/**
 * Text copied out of the PDF with its running header: the lines as the viewer gives them (one per printed
 * line, hard-wrapped at the page width), page numbers and headers included.
 */
async function copiedFromPdf(name: string): Promise<void> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(readFileSync(join(OUT, `${name}.header.pdf`))),
    verbosity: 0,
  }).promise;
  let out = '';
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    for (const it of content.items) if ('str' in it) out += it.str + (it.hasEOL ? '\n' : '');
    out += '\n';
  }
  await doc.destroy();
  writeFileSync(join(OUT, `${name}.copy.txt`), out);
}

/** An older site: table layout, the report in one cell as <br>-separated lines indented with &nbsp;. */
function oldHtml(bs: Block[], title: string, name: string): void {
  const body = bs.map((b) => `&nbsp;&nbsp;&nbsp;&nbsp;${esc(b.text)}`).join('<br>\n');
  const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${esc(title)}</title></head>
<body><table width="980" align="center"><tr><td><img src="/images/banner.jpg"></td></tr>
<tr><td class="menu"><a href="/">网站首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/bsfw/">办事服务</a> | <a href="/gzhd/">公众互动</a></td></tr>
<tr><td>当前位置：<a href="/">首页</a> &gt;&gt; <a href="/zwgk/">政务公开</a> &gt;&gt; 政府工作报告</td></tr>
<tr><td align="center"><font size="5"><b>${esc(title)}</b></font></td></tr>
<tr><td align="center">发布时间：2026年02月02日　　来源：市政府办公室　　【<a>大</a> <a>中</a> <a>小</a>】　【<a>打印</a>】　【<a>关闭</a>】</td></tr>
<tr><td class="content"><font style="font-size:16px;line-height:200%">
${body}
</font></td></tr>
<tr><td align="center">【<a>打印本页</a>】 【<a>关闭窗口</a>】</td></tr>
<tr><td align="center" class="bottom">版权所有：市人民政府办公室　主办：市人民政府办公室　地址：人民路1号<br>备案号：ICP备12345678号　技术支持：市信息中心</td></tr>
</table></body></html>`;
  writeFileSync(join(OUT, `${name}.old.html`), page);
}

function gb18030(text: string, name: string): void {
  writeFileSync(
    join(OUT, `${name}.gb18030.txt`),
    execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: text }),
  );
}

// ——— comparison ———

const item = (s: { kind: string; indicator: string; comparator: string; value: number; unit: string }) =>
  `${s.kind}|${s.indicator}|${s.comparator}|${s.value}|${s.unit}`;

function multiset(r: ExtractionResult): Map<string, number> {
  const m = new Map<string, number>();
  for (const s of [...r.targets, ...r.actuals]) m.set(item(s), (m.get(item(s)) ?? 0) + 1);
  return m;
}

function diffMultiset(a: Map<string, number>, b: Map<string, number>): { lost: string[]; gained: string[] } {
  const lost: string[] = [];
  const gained: string[] = [];
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const d = (b.get(k) ?? 0) - (a.get(k) ?? 0);
    for (let i = 0; i < Math.abs(d); i++) (d < 0 ? lost : gained).push(k);
  }
  return { lost, gained };
}

function shape(r: ExtractionResult): string {
  const s = r.structure;
  const parts = s.sections.filter((x) => x.level === 'part').length;
  const areas = s.sections.length - parts;
  return `${parts}p/${areas}a/${s.tasks.length}t/${s.planYear ?? '-'}`;
}

function warningCodes(r: ExtractionResult): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of r.warnings) m.set(w.code, (m.get(w.code) ?? 0) + 1);
  return m;
}

function warningDiff(a: ExtractionResult, b: ExtractionResult): string {
  const wa = warningCodes(a);
  const wb = warningCodes(b);
  const out: string[] = [];
  for (const k of new Set([...wa.keys(), ...wb.keys()])) {
    const d = (wb.get(k) ?? 0) - (wa.get(k) ?? 0);
    if (d !== 0) out.push(`${k}${d > 0 ? '+' : ''}${d}`);
  }
  return out.join(' ') || '=';
}

const rows: string[][] = [];
const details: string[] = [];
for (const file of files) {
  const name = basename(file, '.txt');
  const text = readFileSync(file, 'utf8');
  const bs = blocks(text);
  const title = bs.find((b) => b.kind === 'title')?.text ?? name;
  if (!flag('--keep')) {
    await pdfs(bs, title, name);
    await docx(bs, name);
    govHtml(bs, title, name);
    gb18030(text, name);
    await copiedFromPdf(name);
    oldHtml(bs, title, name);
  }
  const base = extractPlan(text);
  const baseItems = multiset(base);
  for (const kind of [
    'pdf',
    'header.pdf',
    'block.pdf',
    'copy.txt',
    'docx',
    'html',
    'side.html',
    'old.html',
    'gb18030.txt',
  ]) {
    const path = join(OUT, `${name}.${kind}`);
    const read = await readReport(new Uint8Array(readFileSync(path)), path);
    writeFileSync(`${path}.read.txt`, read.text);
    const r = extractPlan(read.text);
    const { lost, gained } = diffMultiset(baseItems, multiset(r));
    rows.push([
      name,
      kind,
      `${baseItems.size === 0 ? 0 : base.targets.length + base.actuals.length}`,
      `-${lost.length} +${gained.length}`,
      shape(base) === shape(r) ? `= ${shape(r)}` : `${shape(base)} → ${shape(r)}`,
      warningDiff(base, r),
    ]);
    if (flag('--verbose') && (lost.length > 0 || gained.length > 0)) {
      details.push(`## ${name}.${kind}`);
      for (const l of lost) details.push(`  - ${l}`);
      for (const g of gained) details.push(`  + ${g}`);
    }
  }
}
const header = ['report', 'kind', 'items', 'lost/gained', 'structure parts/areas/tasks/year', 'warnings'];
console.log(`| ${header.join(' | ')} |`);
console.log(`|${header.map(() => ' --- ').join('|')}|`);
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
if (details.length > 0) console.log(details.join('\n'));
