/**
 * The words of the signals register, each with its Dutch label (the register is a Dutch staff
 * screen). The migration's checks list the same values.
 */
export const SIGNAAL_SOORTEN = { kans: 'Kans', bedreiging: 'Bedreiging', 'verwachte-groei': 'Verwachte groei', 'verwachte-krimp': 'Verwachte krimp' } as const;

/** Kind of signal. */
export type SignaalSoort = keyof typeof SIGNAAL_SOORTEN;

/** Where a signal came from, with the measure of the plan it serves. */
export const SIGNAAL_BRONNEN = {
  'gesprek-bestuurder': 'Gesprek met bestuurders in de regio (maatregel 1b)',
  'gesprek-ministerie': 'Gesprek met een ministerie (maatregel 1c)',
  'samenwerking-rijk-noord': 'Overleg met Samenwerking Rijk Noord (maatregel 1c)',
  'elke-regio-telt': "Programma 'Elke regio telt!' (maatregel 2)",
} as const;

/** Source of a signal. */
export type SignaalBron = keyof typeof SIGNAAL_BRONNEN;

/** With whom the talk was, as a role; never a person's name (a fixed list makes that impossible). */
export const GESPREK_ROLLEN = {
  'commissaris-van-de-koning': 'Commissaris van de Koning',
  gedeputeerde: 'Gedeputeerde',
  burgemeester: 'Burgemeester',
  wethouder: 'Wethouder',
  'ambtenaar-regio': 'Ambtenaar van provincie of gemeente',
  departement: 'Vertegenwoordiger van een departement',
  uitvoeringsorganisatie: 'Vertegenwoordiger van een uitvoeringsorganisatie',
  'samenwerking-rijk-noord': 'Overleg Samenwerking Rijk Noord',
  'programma-elke-regio-telt': "Programmateam 'Elke regio telt!'",
} as const;

/** Role of the conversation partner. */
export type GesprekRol = keyof typeof GESPREK_ROLLEN;

/** How far the follow-up of a signal is. */
export const SIGNAAL_STATUSSEN = { nieuw: 'Nieuw', 'in-behandeling': 'In behandeling', opgevolgd: 'Opgevolgd', afgesloten: 'Afgesloten' } as const;

/** Follow-up status. */
export type SignaalStatus = keyof typeof SIGNAAL_STATUSSEN;

/** The keys of a label map, as a non-empty tuple for z.enum. */
export function keysOf<T extends Record<string, string>>(labels: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];
}
