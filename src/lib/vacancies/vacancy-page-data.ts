import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { effectiveStatus } from './vacancy-status.ts';
import { loadVacancyRecords, type VacancyRecord } from './vacancy-record.ts';
import { nearestHub, type HubPoint } from './nearest-hub.ts';
import { vacancyShareVersion, type VacancyShareData } from '../share-images/vacancy-share-image.ts';

/** Everything the vacancy page shows, besides similar vacancies (they come from search). */
export interface VacancyPageData {
  vacancy: VacancyRecord;
  status: 'open' | 'gesloten' | 'vervuld';
  hub: { plaats: string; km: number } | null;
  share: VacancyShareData;
  shareVersion: string;
}

/** The share-image content of a vacancy. */
export function shareDataOf(v: VacancyRecord): VacancyShareData {
  return {
    titel: v.titel,
    organisatie: v.organisatieNaam,
    plaatsen: v.locaties.map((l) => l.gemeenteNaam),
    schaal: v.schaal_min === v.schaal_max ? String(v.schaal_min) : `${v.schaal_min}–${v.schaal_max}`,
    sluitingsdatum: v.sluitingsdatum,
    isDemo: v.is_demo,
  };
}

/** Loads a vacancy by slug with its derived facts; null when the slug is unknown. */
export async function loadVacancyPage(db: Kysely<DB>, slug: string, hubs: HubPoint[], now: Date = new Date()): Promise<VacancyPageData | null> {
  const [vacancy] = await loadVacancyRecords(db, { slug });
  if (!vacancy) return null;
  const nearest = nearestHub(vacancy.locaties, hubs);
  const share = shareDataOf(vacancy);
  return {
    vacancy,
    status: effectiveStatus(vacancy, now),
    hub: nearest ? { plaats: nearest.hub.plaats, km: nearest.km } : null,
    share,
    shareVersion: vacancyShareVersion(share),
  };
}
