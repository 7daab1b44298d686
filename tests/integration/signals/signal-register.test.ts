import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/lib/db/database.ts';
import { getSignal, listSignals, recordSignal, signalFollowUpHistory, updateSignalFollowUp } from '../../../src/lib/signals/signal-store.ts';
import { signalFilterFromParams } from '../../../src/lib/signals/signal-filter.ts';
import { createTestDatabase, testDatabaseKind } from '../../support/test-database.ts';

let database: Database;
beforeAll(async () => { database = await createTestDatabase(); });
afterAll(async () => database.close());

const base = { corop: null, organisatie: null, omschrijving: 'Uitbreiding klantcontact', fte_verandering: 25, verwacht_jaar: 2027, bron: 'gesprek-ministerie' as const, gesprek_met: 'departement' as const, gesprek_datum: '2026-05-01', vervolg: null, status: 'nieuw' as const };

describe(`the signals register on ${testDatabaseKind}`, () => {
  it('records signals, filters them and keeps who changed the follow-up', async () => {
    const { db } = database;
    const growth = await recordSignal(db, { ...base, provincie: 'PV20', soort: 'verwachte-groei' }, { id: 1, gebruikersnaam: 'analist.een' });
    await recordSignal(db, { ...base, provincie: 'PV20', corop: 'CR01', organisatie: 'duo', soort: 'verwachte-krimp', fte_verandering: -12.5, verwacht_jaar: 2029, bron: 'samenwerking-rijk-noord', gesprek_met: 'samenwerking-rijk-noord', gesprek_datum: '2026-06-01' }, { id: 1, gebruikersnaam: 'analist.een' });
    await recordSignal(db, { ...base, provincie: 'PV31', soort: 'kans', fte_verandering: null, verwacht_jaar: null, bron: 'elke-regio-telt', gesprek_met: 'programma-elke-regio-telt' }, { id: 2, gebruikersnaam: 'analist.twee' });
    expect((await listSignals(db, signalFilterFromParams(new URLSearchParams()))).map((s) => s.fte_verandering)).toEqual([-12.5, null, 25]);
    expect((await listSignals(db, signalFilterFromParams(new URLSearchParams('provincie=PV20&jaarTot=2028')))).map((s) => s.id)).toEqual([growth.id]);
    expect((await listSignals(db, signalFilterFromParams(new URLSearchParams('bron=elke-regio-telt')))).map((s) => s.provincie_code)).toEqual(['PV31']);
    expect(await updateSignalFollowUp(db, growth.id, { status: 'opgevolgd', vervolg: 'Besproken met DG' }, { id: 2, gebruikersnaam: 'analist.twee' })).toBe(true);
    expect(await getSignal(db, growth.id)).toMatchObject({ status: 'opgevolgd', vervolg: 'Besproken met DG', vastgelegd_door: 'analist.een', gewijzigd_door: 'analist.twee' });
    expect(await updateSignalFollowUp(db, growth.id, { status: 'afgesloten', vervolg: 'Besproken met DG', notitie: 'Geen actie nodig' }, { id: 1, gebruikersnaam: 'analist.een' })).toBe(true);
    const history = await signalFollowUpHistory(db, growth.id);
    expect(history.map((h) => [h.oude_status, h.nieuwe_status, h.oud_vervolg, h.nieuw_vervolg, h.notitie, h.door_account_id])).toEqual([
      ['opgevolgd', 'afgesloten', 'Besproken met DG', 'Besproken met DG', 'Geen actie nodig', 1],
      ['nieuw', 'opgevolgd', null, 'Besproken met DG', null, 2],
      [null, 'nieuw', null, null, null, 1],
    ]);
    // The history is evidence: rows cannot be changed or removed.
    await expect(db.deleteFrom('signaal_vervolg').where('signaal_id', '=', growth.id).execute()).rejects.toThrow(/geschiedenis/);
    expect(await updateSignalFollowUp(db, 999_999, { status: 'opgevolgd', vervolg: null }, { id: 9, gebruikersnaam: 'x' })).toBe(false);
  });

  it('the database refuses growth with a negative number, unknown roles and unknown regions', async () => {
    const { db } = database;
    await expect(recordSignal(db, { ...base, provincie: 'PV20', soort: 'verwachte-groei', fte_verandering: -5 }, { id: 9, gebruikersnaam: 'a' })).rejects.toThrow();
    // @ts-expect-error a name is not a role
    await expect(recordSignal(db, { ...base, provincie: 'PV20', soort: 'kans', gesprek_met: 'Jan Jansen' }, { id: 9, gebruikersnaam: 'a' })).rejects.toThrow();
    await expect(recordSignal(db, { ...base, provincie: 'PV20', corop: 'CR99', soort: 'kans' }, { id: 9, gebruikersnaam: 'a' })).rejects.toThrow();
  });
});
