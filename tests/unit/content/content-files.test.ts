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
  // The annex as transcribed: | **code. maatregel** | doelstelling | actie |
  const annex = readFileSync(new URL('bronnen/acties-bzk-motie-flach-zeedijk.md', contentDir), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('| **'))
    .map((line) => line.slice(2, -2).split(' | '))
    .map(([maatregel, doelstelling, actie]) => {
      const [, code, tekst] = /^\*\*([0-9a-z]+)\. (.*)\*\*$/.exec(maatregel!)!;
      return { code: code!, tekst: tekst!, doelstelling: doelstelling!, actie: actie! };
    });

  it('holds exactly the ten measure files, the same ten as the annex', () => {
    expect(mdNames('acties')).toEqual([...measures].sort());
    expect(annex.map((a) => a.code)).toEqual(measures);
  });

  it.each(measures)('%s.md quotes measure, goal and action from the annex word for word', (code) => {
    const { frontmatter } = splitFile('acties', code);
    const source = annex.find((a) => a.code === code)!;
    expect({ maatregel: scalar(frontmatter, 'maatregel'), tekst: scalar(frontmatter, 'maatregelTekst'), doelstelling: scalar(frontmatter, 'doelstelling'), actie: scalar(frontmatter, 'actie') }).toEqual({
      maatregel: code,
      tekst: source.tekst,
      doelstelling: source.doelstelling,
      actie: source.actie,
    });
  });

  it.each(measures)('%s.md says honestly how far the platform serves it, in both languages', (code) => {
    const { frontmatter } = splitFile('acties', code);
    expect(scalar(frontmatter, 'dekking')).toMatch(/^(ja|deels|nee)$/);
    expect(scalar(frontmatter, 'toelichting')).toMatch(/\S/);
    expect(scalar(frontmatter, 'toelichtingEn')).toMatch(/\S/);
    // A measure the platform does not serve has no links pretending otherwise.
    if (scalar(frontmatter, 'dekking') === 'nee') expect(scalar(frontmatter, 'platform')).toBe('[]');
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
