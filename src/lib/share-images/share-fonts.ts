import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function font(file: string): Buffer {
  return readFileSync(require.resolve(`@fontsource/fira-sans/files/${file}`));
}

/**
 * Fira Sans for satori, loaded once. satori has no fallback font (a missing glyph renders blank),
 * so latin-ext is loaded too, for names like "Fryslân" and "Súdwest-Fryslân".
 */
export const SHARE_FONTS = [
  { name: 'Fira Sans', data: font('fira-sans-latin-400-normal.woff'), weight: 400 as const, style: 'normal' as const },
  { name: 'Fira Sans', data: font('fira-sans-latin-700-normal.woff'), weight: 700 as const, style: 'normal' as const },
  { name: 'Fira Sans', data: font('fira-sans-latin-ext-400-normal.woff'), weight: 400 as const, style: 'normal' as const },
  { name: 'Fira Sans', data: font('fira-sans-latin-ext-700-normal.woff'), weight: 700 as const, style: 'normal' as const },
];
