// The SPA from dist/web on the same port as the API (STACK.md pitfall 9): files as built, sent
// precompressed (.br or .gz written by the vite build) when the browser accepts it, hashed assets cached
// for a year, index.html for non-/api GET misses, and the JSON 404 envelope for unknown API routes.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { App } from './context';
import { langOf } from './errors';

/** Vite puts a content hash in every file under assets/, so a cached copy never goes stale. */
const hashedAsset = /[\\/]assets[\\/][^\\/]+-[\w-]{8,}\.[\w.]+$/;

export async function serveWeb(app: App, webDir: string): Promise<void> {
  const root = resolve(webDir);
  const hasWeb = existsSync(resolve(root, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      preCompressed: true,
      // The compressed copies are found beside each file; they are not pages of their own.
      globIgnore: ['**/*.gz', '**/*.br'],
      setHeaders: (reply, path) => {
        reply.header(
          'cache-control',
          hashedAsset.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0] ?? '';
    // A built file that is not there (an old page's code after an update) is a 404, never the page: the page
    // sent as a script only fails in the browser with a MIME-type error.
    const file = path.startsWith('/assets/');
    if (hasWeb && (req.method === 'GET' || req.method === 'HEAD') && !path.startsWith('/api') && !file) {
      return reply.type('text/html').sendFile('index.html');
    }
    const lang = langOf(req);
    const what = file ? { en: 'file', zh: '文件' } : { en: 'route', zh: '接口' };
    return reply.status(404).send({
      error: {
        code: 'NOT_FOUND',
        message:
          lang === 'en'
            ? `No ${what.en} ${req.method} ${path}.`
            : `没有这个${what.zh}:${req.method} ${path}。`,
      },
    });
  });
}
