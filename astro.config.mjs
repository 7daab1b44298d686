// @ts-check
import node from '@astrojs/node';
import { defineConfig } from 'astro/config';

// Configuration that the running server reads lives in src/lib/config (environment, validated by zod);
// this file only shapes the build.
export default defineConfig({
  output: 'server',
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
    checkOrigin: true,
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
