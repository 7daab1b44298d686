/**
 * Where the measures' texts come from. The plan is quoted, never paraphrased; the source is named
 * next to every quote. No URL is given because the annex was checked only as transcribed in
 * `content/bronnen/acties-bzk-motie-flach-zeedijk.md`, not at a verified address.
 */
export const PLAN_SOURCE = {
  nl: "Bijlage 2 'Acties ministerie van BZK n.a.v. motie-Flach/Zeedijk' bij de Kamerbrief 'Stand spreiding rijkswerkgelegenheid 2024–2028', Kamerstuk 31 490, nr. 347 (25 oktober 2024)",
  en: "Annex 2 'Actions of the Ministry of the Interior following the Flach/Zeedijk motion' to the letter 'State of the spread of government employment 2024–2028', parliamentary paper 31 490, no. 347 (25 October 2024)",
} as const;

/** The plan's own date for the status it describes ("actie (status in October 2024)"). */
export const PLAN_STATUS_DATE = '2024-10-25';
