// @ts-check
import node from '@astrojs/node';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { precompressDirectory } from './src/lib/http/precompress-assets.ts';

/**
 * After a build, writes .br and .gz beside every compressible static file (served by scripts/start.ts).
 * @returns {import('astro').AstroIntegration}
 */
function precompressStaticAssets() {
  let clientDir = '';
  return {
    name: 'rir-precompress-static-assets',
    hooks: {
      'astro:config:done': ({ config }) => {
        clientDir = fileURLToPath(config.build.client);
      },
      'astro:build:done': ({ logger }) => {
        const s = precompressDirectory(clientDir);
        logger.info(`precompressed ${s.files} static files: ${s.bytes} bytes → ${s.brotliBytes} (br), ${s.gzipBytes} (gzip)`);
      },
    },
  };
}

// Configuration that the running server reads lives in src/lib/config (environment, validated by zod);
// this file only shapes the build.
export default defineConfig({
  output: 'server',
  integrations: [precompressStaticAssets()],
  adapter: node({
    mode: 'standalone',
    // Uploads of applicant files stream through their own path; 200 MiB is the upload ceiling. JSON
    // endpoints check their own, much smaller limits, and unauthenticated bodies are never read.
    bodySizeLimit: 200 * 1024 * 1024,
  }),
  site: process.env.PUBLIC_BASE_URL ?? 'http://localhost:4321',
  i18n: {
    defaultLocale: 'nl',
    locales: ['nl', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  security: {
    // CSRF for form posts is checked in src/middleware.ts (src/lib/http/origin-check.ts): the same rule,
    // with one exception Astro cannot express (RFC 8058 one-click unsubscribe, posted by mail providers).
    checkOrigin: false,
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"],
    },
  },
  compressHTML: true,
  markdown: { syntaxHighlight: false },
  build: { inlineStylesheets: 'never' },
  server: { port: 4321 },
  vite: {
    ssr: {
      // Native or WASM packages load files next to themselves: keep them out of the bundle.
      external: ['@resvg/resvg-js', '@electric-sql/pglite', 'pg', 'meilisearch', 'kysely', 'playwright-core'],
    },
  },
});
