import type { IntakeFase, IntakeUitkomst } from '../db/schema-intake.ts';

/** The funnel stages in order; an application that reached a stage has also reached every earlier one. */
export const FASES = ['sollicitatie', 'gesprek', 'aanbod', 'aangenomen'] as const satisfies readonly IntakeFase[];

/** The outcomes an application can have. */
export const UITKOMSTEN = ['lopend', 'afgewezen', 'teruggetrokken', 'aangenomen'] as const satisfies readonly IntakeUitkomst[];

/** Dutch and English labels of the stages, for tables and charts. */
export const FASE_LABELS: Record<IntakeFase, { nl: string; en: string }> = {
  sollicitatie: { nl: 'Sollicitanten', en: 'Applicants' },
  gesprek: { nl: 'Gesprek', en: 'Interview' },
  aanbod: { nl: 'Aanbod', en: 'Offer' },
  aangenomen: { nl: 'Aangenomen', en: 'Hired' },
};

/** Code of the explicit "unknown home region" (missing or unrecognised postcode); shown in every figure. */
export const ONBEKEND = 'onbekend';

/** Display names of the unknown home region. */
export const ONBEKEND_LABEL = { nl: 'Onbekend', en: 'Unknown' } as const;

/** Default Randstad provinces (Utrecht, Noord-Holland, Zuid-Holland); configurable via RANDSTAD_PROVINCES. */
export const DEFAULT_RANDSTAD = ['PV26', 'PV27', 'PV28'] as const;

/** Position of a stage in the funnel (sollicitatie = 0 … aangenomen = 3). */
export function faseRank(fase: IntakeFase): number {
  return FASES.indexOf(fase);
}

/** Per-stage counts of applications that reached the stage. */
export type StageCounts = Record<IntakeFase, number>;

/** Stage counts that are all zero. */
export function emptyStageCounts(): StageCounts {
  return { sollicitatie: 0, gesprek: 0, aanbod: 0, aangenomen: 0 };
}
