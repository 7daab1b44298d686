import { getDatabase } from '../runtime/app-context.ts';
import { currentProfiles } from './profile-store.ts';
import { resolveProfile, type ContentProfile, type ResolvedProfile } from './resolved-profile.ts';

/** What /regio/{provincie} shows as kernprofiel and ontwikkelkansen (both languages). */
export async function profileForPage(provincieCode: string, fallback: ContentProfile | null | undefined): Promise<ResolvedProfile | null> {
  const { db } = await getDatabase();
  return resolveProfile((await currentProfiles(db)).get(provincieCode), fallback);
}
