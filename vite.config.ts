// Vite builds the SPA from src/web into dist/web, which the server serves (STACK.md pitfall 9). Vendor code
// is split so the first load stays small and ECharts is only fetched by pages that draw charts
// (STACK.md pitfall 8). Every text asset is also written as .gz and .br beside itself, which the server
// sends as they are to a browser that accepts them (@fastify/static preCompressed, src/server/static.ts).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type Rollup } from 'vite';

const serverPort = process.env.DUBAN_DEV_API ?? 'http://127.0.0.1:3000';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);
const compressible = /\.(js|mjs|css|html|svg|json|txt|map)$/;
/** Below this a compressed copy saves less than its headers cost. */
const minBytes = 1024;

/** Writes <file>.gz (level 9) and <file>.br (quality 11) for each text asset, when that makes it smaller. */
function precompress(): Plugin {
  return {
    name: 'duban-precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist/web';
      const files = Object.keys(bundle).filter((name) => compressible.test(name));
      await Promise.all(
        files.map(async (name) => {
          const path = join(dir, name);
          const body = await readFile(path);
          if (body.length < minBytes) return;
          const [gz, br] = await Promise.all([
            gzipAsync(body, { level: 9 }),
            brotliAsync(body, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: 11,
                [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
              },
            }),
          ]);
          if (gz.length < body.length) await writeFile(`${path}.gz`, gz);
          if (br.length < body.length) await writeFile(`${path}.br`, br);
        }),
      );
    },
  };
}

/** The static imports of a chunk, recursively (the files a browser needs before the chunk can run). */
function closure(bundle: Rollup.OutputBundle, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const chunk = bundle[file];
  if (chunk?.type === 'chunk') for (const dep of chunk.imports) closure(bundle, dep, seen);
  return seen;
}

/**
 * Fills index.html's `pageChunks` map: for each page (src/web/pages/<name>/index.tsx), the files its lazy
 * chunk needs beyond the entry's, so the boot script can modulepreload the first page's code in parallel
 * with the entry instead of after it has run.
 */
function pageChunks(): Plugin {
  return {
    name: 'duban-page-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        const entry = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry);
        const shared = entry ? closure(bundle, entry.fileName) : new Set<string>();
        const map: Record<string, string[]> = {};
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !chunk.isDynamicEntry) continue;
          const page = /\/pages\/([\w-]+)\/index\.tsx$/.exec(chunk.facadeModuleId ?? '')?.[1];
          if (!page) continue;
          map[page] = [...closure(bundle, chunk.fileName)].filter((f) => !shared.has(f)).map((f) => `/${f}`);
        }
        return html.replace('pageChunks = {}', `pageChunks = ${JSON.stringify(map)}`);
      },
    },
  };
}

/** Components only later pages use (tables, forms, pickers, uploads…) stay in their own lazy chunks. */
const later =
  'table|date-picker|calendar|time-picker|picker|upload|form|async-validator|tree|tree-select|cascader|color-picker|image|input-number|mini-decimal|mentions|slider|steps|tour|qr-code|qrcode|timeline|transfer|descriptions';
/**
 * The rest of antd and its helpers: one chunk instead of ~20 small ones, so the first load makes a few
 * requests (each costs a round trip and server time on a busy machine) rather than thirty.
 */
const antdCore = new RegExp(
  `node_modules[\\\\/](?:(?:antd[\\\\/](?:es|lib)|@rc-component)[\\\\/](?!(?:${later})[\\\\/])|@ant-design[\\\\/]|dayjs[\\\\/])`,
);

/** The line chart's own modules (its shared helpers stay in the echarts chunk). */
const lineOnly =
  'chart[\\\\/]line[\\\\/]|chart[\\\\/]helper[\\\\/]Symbol(?:Draw)?\\.|processor[\\\\/]dataSample|layout[\\\\/]points';
const echartsLine = new RegExp(`node_modules[\\\\/]echarts[\\\\/]lib[\\\\/](?:${lineOnly})`);
const echartsCore = new RegExp(
  `node_modules[\\\\/](?:echarts[\\\\/](?!lib[\\\\/](?:${lineOnly}))|zrender[\\\\/]|tslib[\\\\/])`,
);

export default defineConfig({
  root: 'src/web',
  base: '/',
  plugins: [react(), pageChunks(), precompress()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1100,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|@tanstack)[\\/]/,
              priority: 30,
            },
            // ECharts and zrender but the line chart, which only the target page draws (ProgressChart.tsx
            // registers it): that one gets its own chunk below, so the dashboard's bars do not carry it.
            { name: 'echarts', test: echartsCore, priority: 20 },
            { name: 'echarts-line', test: echartsLine, priority: 15 },
            {
              name: 'antd',
              test: antdCore,
              priority: 10,
            },
          ],
        },
      },
    },
  },
  server: { proxy: { '/api': serverPort } },
});
