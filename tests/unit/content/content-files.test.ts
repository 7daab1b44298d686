import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Reads the Markdown straight from disk: `astro:content` is a virtual module that only exists inside Astro,
// and no YAML parser is a dependency, so frontmatter is checked with line regexes on the simple YAML we write.
const contentDir = new URL('../../../content/', import.meta.url);

/** Markdown file names (without `.md`) in a content folder, sorted. */
const mdNames = (folder: string): string[] =>
  readdirSync(new URL(`${folder}/`, contentDir))
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -'.md'.length))
    .sort();

/** Frontmatter text and Markdown body of a file, split on the leading `---` block. */
function splitFile(folder: string, name: string): { frontmatter: string; body: string } {
  const text = readFileSync(new URL(`${folder}/${name}.md`, contentDir), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${folder}/${name}.md has no frontmatter block`);
  return { frontmatter: match[1]!, body: match[2]! };
}

/** A top-level scalar from simple YAML (`key: 'v'`, `key: "v"` or `key: v`), or undefined when absent. */
function scalar(frontmatter: string, key: string): string | undefined {
  const match = new RegExp(`^${key}: *(?:'([^']*)'|"([^"]*)"|(.*?)) *$`, 'm').exec(frontmatter);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

const provinces: Record<string, string> = {
  groningen: 'PV20',
  fryslan: 'PV21',
  drenthe: 'PV22',
  overijssel: 'PV23',
  flevoland: 'PV24',
  gelderland: 'PV25',
  utrecht: 'PV26',
  'noord-holland': 'PV27',
  'zuid-holland': 'PV28',
  zeeland: 'PV29',
  'noord-brabant': 'PV30',
  limburg: 'PV31',
};

describe('content/provincies', () => {
  it('holds exactly the twelve province files, one per slug', () => {
    expect(mdNames('provincies')).toEqual(Object.keys(provinces).sort());
  });

  it.each(Object.entries(provinces))('%s.md declares its own slug and code %s', (slug, code) => {
    const { frontmatter } = splitFile('provincies', slug);
    expect({ slug: scalar(frontmatter, 'slug'), code: scalar(frontmatter, 'code') }).toEqual({ slug, code });
  });

  it('spells Fryslân with its circumflex', () => {
    expect(scalar(splitFile('provincies', 'fryslan').frontmatter, 'naam')).toBe('Fryslân');
  });

  it.each(Object.keys(provinces))('%s.md has Dutch and English summaries', (slug) => {
    const { frontmatter } = splitFile('provincies', slug);
    expect(scalar(frontmatter, 'samenvatting')).toMatch(/\S/);
    expect(scalar(frontmatter, 'samenvattingEn')).toMatch(/\S/);
  });

  // Figures come from the database; a number typed into the prose would silently go stale.
  it.each(Object.keys(provinces))('%s.md has a profile body without digits', (slug) => {
    const { body } = splitFile('provincies', slug);
    expect(body.trim()).not.toBe('');
    expect(body).not.toMatch(/[0-9]/);
  });
});

describe('content/acties', () => {
  const measures = ['1a', '1b', '1c', '1d', '2', '3', '4', '5', '6', '7'];
  const known = new Set(['1a', '1d', '4', '6', '7']);

  it('holds exactly the ten measure files', () => {
    expect(mdNames('acties')).toEqual([...measures].sort());
  });

  it.each(measures)('%s.md names its own measure and says how certain its text is', (maatregel) => {
    const { frontmatter } = splitFile('acties', maatregel);
    expect({ maatregel: scalar(frontmatter, 'maatregel'), zekerheid: scalar(frontmatter, 'zekerheid') }).toEqual({
      maatregel,
      zekerheid: known.has(maatregel) ? 'bekend' : 'samengevat',
    });
  });

  it('orders the measures 1a, 1b, 1c, 1d, 2 … 7 by their volgorde', () => {
    const byOrder = measures
      .map((m) => ({ m, volgorde: Number(scalar(splitFile('acties', m).frontmatter, 'volgorde')) }))
      .sort((a, b) => a.volgorde - b.volgorde)
      .map((x) => x.m);
    expect(byOrder).toEqual(measures);
  });
});

describe('content/paginas', () => {
  it('has the accessibility statement in Dutch and English with matching language and date', () => {
    const nl = splitFile('paginas', 'toegankelijkheid').frontmatter;
    const en = splitFile('paginas', 'toegankelijkheid.en').frontmatter;
    expect([scalar(nl, 'taal'), scalar(nl, 'bijgewerkt')]).toEqual(['nl', '2026-11-29']);
    expect([scalar(en, 'taal'), scalar(en, 'bijgewerkt')]).toEqual(['en', '2026-11-29']);
  });
});
