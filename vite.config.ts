// Vite builds the SPA from src/web into dist/web, which the server serves (STACK.md pitfall 9). Vendor code
// is split so the first load stays small and ECharts is only fetched by pages that draw charts
// (STACK.md pitfall 8). Every text asset is also written as .gz and .br beside itself, which the server
// sends as they are to a browser that accepts them (@fastify/static preCompressed, src/server/static.ts).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

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

export default defineConfig({
  root: 'src/web',
  base: '/',
  plugins: [react(), precompress()],
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
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender|tslib)[\\/]/, priority: 20 },
          ],
        },
      },
    },
  },
  server: { proxy: { '/api': serverPort } },
});
