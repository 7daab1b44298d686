/**
 * Content collections for Rijk in de Regio: province profiles, the measures of the BZK action plan
 * (after the Flach/Zeedijk motion) and editorial pages. The Markdown lives in `./content/` at the
 * repository root, not under `src/`, so editors never have to touch code folders.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { MAATREGEL_CODES } from './lib/action-plan/measure-codes.ts';

/** A cited source: a title plus an absolute http(s) URL. */
const bron = z.object({
  titel: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }),
});

/** Non-empty, trimmed one-liner; guards against accidental empty YAML values. */
const tekst = z.string().trim().min(1);

/** Internal platform path such as `/regio/groningen`; absolute links would bypass the router. */
const interneLink = z.string().regex(/^\/[a-z0-9\-/]*$/, 'verwacht een intern pad zoals /regio/groningen');

/** Provinces: one Markdown file per province, named after its slug. */
const provincies = defineCollection({
  loader: glob({ pattern: '**/*.md', base: './content/provincies' }),
  schema: z.object({
    // CBS province codes run from PV20 (Groningen) to PV31 (Limburg).
    code: z.string().regex(/^PV(2[0-9]|3[01])$/),
    naam: tekst,
    // The glob loader uses `slug` as the entry id, so it doubles as the URL segment of /regio/<slug>.
    slug: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
    samenvatting: tekst,
    samenvattingEn: tekst,
    // When our own summary below was written; kept profiles in the database supersede it.
    bijgewerkt: z.iso.date(),
    kernprofiel: z.array(tekst).min(3).max(6),
    ontwikkelkansen: z.array(tekst).min(3).max(6),
    bronnen: z.array(bron).optional(),
  }),
});

/**
 * Measures of the action plan ("maatregelen"), one file per measure, named after the measure (e.g. `1a.md`).
 * `maatregelTekst`, `doelstelling` and `actie` quote annex 2 to Kamerstuk 31 490, nr. 347 word for word
 * (checked against `content/bronnen/` by tests/unit/content); the `…En` fields are our translation.
 * `dekking` and `toelichting` are our own account of what the platform does for the measure.
 */
const acties = defineCollection({
  loader: glob({ pattern: '**/*.md', base: './content/acties' }),
  schema: z.object({
    maatregel: z.enum(MAATREGEL_CODES),
    volgorde: z.number().int().nonnegative(),
    maatregelTekst: tekst,
    maatregelEn: tekst,
    doelstelling: tekst,
    doelstellingEn: tekst,
    actie: tekst,
    actieEn: tekst,
    dekking: z.enum(['ja', 'deels', 'nee']),
    toelichting: tekst,
    toelichtingEn: tekst,
    // Links to what the platform offers; `medewerkers` marks staff-only screens (login needed).
    platform: z.array(z.object({ href: interneLink, label: tekst, labelEn: tekst, medewerkers: z.boolean() })),
  }),
});

/**
 * Editorial pages. Translations sit next to the Dutch file as `<name>.<lang>.md`; the id keeps that
 * suffix (`toegankelijkheid`, `toegankelijkheid.en`) because the default slugger would merge it
 * into `toegankelijkheiden`.
 */
const paginas = defineCollection({
  loader: glob({
    pattern: '**/*.md',
    base: './content/paginas',
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
  }),
  schema: z.object({
    titel: tekst,
    taal: z.enum(['nl', 'en']),
    // Quoted ISO date in the frontmatter; an unquoted YAML date would arrive as a Date object.
    bijgewerkt: z.iso.date(),
  }),
});

/** The collections Astro registers. */
export const collections = { provincies, acties, paginas };
