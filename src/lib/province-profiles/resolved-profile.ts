import type { ProfielBronSoort } from './profile-input.ts';
import type { ProfileVersionRecord } from './profile-store.ts';

/** A province profile as shown: from the latest kept version, else from our own summary in content/. */
export interface ResolvedProfile {
  kernprofiel: string[];
  ontwikkelkansen: string[];
  bronSoort: ProfielBronSoort;
  bronOmschrijving: string | null;
  bronUrl: string | null;
  /** ISO date of the text. */
  bijgewerktOp: string;
  /** Kept version number; null for the summary in content/ (never recorded in the database). */
  versie: number | null;
}

/** The summary a content file holds (our own words, never the province's). */
export interface ContentProfile {
  kernprofiel: string[];
  ontwikkelkansen: string[];
  bijgewerkt: string;
}

/** Picks what to show: a kept version wins over the content file. */
export function resolveProfile(kept: ProfileVersionRecord | null | undefined, fallback: ContentProfile | null | undefined): ResolvedProfile | null {
  if (kept) {
    return {
      kernprofiel: kept.kernprofiel.split('\n'),
      ontwikkelkansen: kept.ontwikkelkansen.split('\n'),
      bronSoort: kept.bron_soort,
      bronOmschrijving: kept.bron_omschrijving,
      bronUrl: kept.bron_url,
      bijgewerktOp: kept.bijgewerkt_op,
      versie: kept.versie,
    };
  }
  if (!fallback) return null;
  return { kernprofiel: fallback.kernprofiel, ontwikkelkansen: fallback.ontwikkelkansen, bronSoort: 'eigen-samenvatting', bronOmschrijving: null, bronUrl: null, bijgewerktOp: fallback.bijgewerkt, versie: null };
}
