import type { Kysely } from 'kysely';
import { z } from 'zod';
import { fieldErrors, formFields } from '../forms/form-errors.ts';
import type { DB } from '../db/schema.ts';
import { counterInput, hubInput } from './hub-input.ts';
import { addCounter, createHub, removeCounter, updateHub } from './hub-store.ts';

/** Fields of the hub form and the counter form. */
export const HUB_FIELDS = ['plaats', 'gemeente_code', 'status', 'faciliteiten', 'opmerking', 'bron'] as const;
export const COUNTER_FIELDS = ['organisaties', 'diensten', 'openingstijden', 'bron'] as const;

/** What a post to the hub screen did: where to go next, or the form values and errors to show again. */
export type HubAdminResult = { redirect: string } | { status: number; form: Record<string, string>; counterForm: Record<string, string>; errors: Record<string, string> };

/**
 * Handles one (already CSRF-checked) post of the hub staff screen: create a hub (hubId null),
 * update it, or add or remove a counter, chosen by the form's `actie` field.
 */
export async function handleHubPost(db: Kysely<DB>, hubId: number | null, data: FormData, door: string, knownMunicipalities: ReadonlySet<string>): Promise<HubAdminResult> {
  const actie = String(data.get('actie') ?? '');
  const form = formFields(data, HUB_FIELDS);
  const counterForm = formFields(data, COUNTER_FIELDS);
  const invalid = (errors: Record<string, string>): HubAdminResult => ({ status: 400, form, counterForm, errors });
  if (actie === 'plein') {
    const parsed = hubId === null ? hubInput.safeParse(form) : hubInput.omit({ plaats: true }).safeParse(form);
    if (!parsed.success) return invalid(fieldErrors(parsed.error));
    if (!knownMunicipalities.has(parsed.data.gemeente_code)) return invalid({ gemeente_code: 'Deze gemeente bestaat niet.' });
    if (hubId === null) {
      try {
        const hub = await createHub(db, parsed.data as z.output<typeof hubInput>, door);
        return { redirect: `/beheer/pleinen/${hub.id}?opgeslagen=1` };
      } catch (error) {
        if (/unique|duplicate/i.test(String(error))) return invalid({ plaats: 'Er is al een plein in deze plaats.' });
        throw error;
      }
    }
    await updateHub(db, hubId, parsed.data, door);
    return { redirect: `/beheer/pleinen/${hubId}?opgeslagen=1` };
  }
  if (hubId !== null && actie === 'balie-toevoegen') {
    const parsed = counterInput.safeParse(counterForm);
    if (!parsed.success) return invalid(fieldErrors(parsed.error));
    await addCounter(db, hubId, parsed.data, door);
    return { redirect: `/beheer/pleinen/${hubId}?balie=toegevoegd` };
  }
  if (hubId !== null && actie === 'balie-verwijderen') {
    const counter = z.coerce.number().int().positive().safeParse(data.get('balie'));
    if (!counter.success || !(await removeCounter(db, hubId, counter.data))) return invalid({ _: 'Deze balie bestaat niet (meer).' });
    return { redirect: `/beheer/pleinen/${hubId}?balie=verwijderd` };
  }
  return invalid({ _: 'Onbekende actie.' });
}
