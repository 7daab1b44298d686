import { z } from 'zod';
import { todayInAmsterdam } from '../action-plan/measure-status.ts';

/** Who wrote a profile text: the province itself, or we (our own summary until a province supplies one). */
export const PROFIEL_BRON_SOORTEN = ['provincie', 'eigen-samenvatting'] as const;

/** One source kind. */
export type ProfielBronSoort = (typeof PROFIEL_BRON_SOORTEN)[number];

/** Splits a textarea into items: one per line, trimmed, empty lines and list markers dropped. */
export function itemsFromText(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').trim())
    .filter((line) => line !== '');
}

const items = (what: string) =>
  z
    .string()
    .transform(itemsFromText)
    .pipe(
      z
        .array(z.string().max(300, `Een regel bij ${what} is te lang (hoogstens 300 tekens).`))
        .min(1, `Vul bij ${what} minstens één regel in.`)
        .max(10, `Geef bij ${what} hoogstens 10 regels.`),
    );

/** The staff form's input for a new profile version, with Dutch messages per field. */
export function provinceProfileInput(now: Date = new Date()) {
  return z
    .object({
      kernprofiel: items('het kernprofiel'),
      ontwikkelkansen: items('de ontwikkelkansen'),
      bron_soort: z.enum(PROFIEL_BRON_SOORTEN, { error: 'Kies wie de tekst heeft geschreven.' }),
      bron_omschrijving: z.string().trim().min(3, 'Beschrijf de bron (bijvoorbeeld: Provincie Groningen, ontwikkelprofiel juni 2025).').max(300, 'De bron is te lang (hoogstens 300 tekens).'),
      bron_url: z
        .string()
        .trim()
        .transform((s) => (s === '' ? null : s))
        .pipe(z.url({ protocol: /^https?$/, error: 'Vul een webadres in dat begint met https:// of http://, of laat het leeg.' }).nullable()),
      bijgewerkt_op: z.iso
        .date({ error: 'Vul een datum in als jjjj-mm-dd.' })
        .refine((d) => d <= todayInAmsterdam(now), 'De datum ligt in de toekomst.'),
    });
}

/** A validated new profile version. */
export type ProvinceProfileInput = z.output<ReturnType<typeof provinceProfileInput>>;
