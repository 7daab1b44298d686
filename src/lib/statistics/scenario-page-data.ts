import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { findPublishedSnapshot, listPublishedPeildata, loadCbsFigures, loadPublishedRows, type SnapshotInfo } from './employment-queries.ts';
import { whatIf, type ScenarioMove, type ScenarioOutcome } from './what-if.ts';
import type { Locale } from '../i18n/locales.ts';

/** How many move rows the form offers (blank rows are ignored). */
export const SCENARIO_FORM_ROWS = 4;

/** A move as typed in the form, kept to show it again. */
export interface ScenarioFormRow {
  organisatie: string;
  van: string;
  naar: string;
  fte: string;
}

/** What the scenario page shows. */
export interface ScenarioPageData {
  years: number[];
  jaar: number | null;
  snapshot: SnapshotInfo | null;
  form: ScenarioFormRow[];
  /** Problems with the input itself (unknown organisation, place or number), in Dutch and English. */
  invoerfouten: Record<Locale, string>[];
  outcome: ScenarioOutcome | null;
}

/**
 * Reads the scenario from GET parameters (repeated `organisatie`, `van`, `naar`, `fte`, in form order, so the
 * URL can be shared) and computes it on the chosen year's published inventory. Municipalities may be given
 * by CBS code (GM0014) or by name (Groningen). Nothing is written.
 */
export async function loadScenarioPageData(db: Kysely<DB>, search: URLSearchParams, randstadProvinces: readonly string[]): Promise<ScenarioPageData> {
  const [peildata, gemeenten, organisaties, provinces] = await Promise.all([
    listPublishedPeildata(db),
    db.selectFrom('gemeente').select(['code', 'naam', 'provincie_code', 'corop_code']).execute(),
    db.selectFrom('organisatie').select('code').execute(),
    db.selectFrom('provincie').select('code').orderBy('code').execute(),
  ]);
  const years = peildata.map((p) => Number(p.slice(0, 4)));
  const asked = Number(search.get('jaar'));
  const jaar = years.includes(asked) ? asked : (years.at(-1) ?? null);
  const columns = (name: string) => search.getAll(name).map((v) => v.trim());
  const [orgs, vans, naars, ftes] = [columns('organisatie'), columns('van'), columns('naar'), columns('fte')];
  const count = Math.max(orgs.length, vans.length, naars.length, ftes.length);
  const form: ScenarioFormRow[] = [];
  for (let i = 0; i < Math.max(count, SCENARIO_FORM_ROWS); i++) form.push({ organisatie: orgs[i] ?? '', van: vans[i] ?? '', naar: naars[i] ?? '', fte: ftes[i] ?? '' });

  const byCode = new Map(gemeenten.map((g) => [g.code, g]));
  const byName = new Map(gemeenten.map((g) => [g.naam.toLocaleLowerCase('nl'), g]));
  const resolve = (value: string) => byCode.get(value.toUpperCase()) ?? byName.get(value.toLocaleLowerCase('nl')) ?? null;
  const knownOrganisations = new Set(organisaties.map((o) => o.code));
  const invoerfouten: Record<Locale, string>[] = [];
  const moves: ScenarioMove[] = [];
  form.forEach((row, index) => {
    if (!row.organisatie && !row.van && !row.naar && !row.fte) return;
    const fout = (nl: string, en: string) => invoerfouten.push({ nl: `Zet ${index + 1}: ${nl}`, en: `Move ${index + 1}: ${en}` });
    const van = resolve(row.van);
    const naar = resolve(row.naar);
    const fte = Number(row.fte.replace(',', '.'));
    if (!knownOrganisations.has(row.organisatie)) fout('kies een organisatie.', 'choose an organisation.');
    else if (!van) fout(`"${row.van}" is geen gemeente; typ een gemeentenaam of GM-code.`, `"${row.van}" is not a municipality; type a municipality name or GM code.`);
    else if (!naar) fout(`"${row.naar}" is geen gemeente; typ een gemeentenaam of GM-code.`, `"${row.naar}" is not a municipality; type a municipality name or GM code.`);
    else if (!Number.isFinite(fte) || fte <= 0 || Math.round(fte * 10) !== fte * 10) fout(`"${row.fte}" is geen aantal fte (groter dan 0, hooguit één decimaal).`, `"${row.fte}" is not a number of FTE (above 0, at most one decimal).`);
    else moves.push({ organisatie: row.organisatie, van: van.code, naar: naar.code, fte });
  });
  if (jaar === null) return { years, jaar, snapshot: null, form, invoerfouten, outcome: null };
  const snapshot = (await findPublishedSnapshot(db, `${jaar}-01-01`))!;
  const [rows, cbs] = await Promise.all([loadPublishedRows(db, snapshot.id), loadCbsFigures(db)]);
  const outcome = whatIf({
    rows,
    moves,
    municipalities: new Map(gemeenten.map((g) => [g.code, { provincieCode: g.provincie_code, coropCode: g.corop_code }])),
    provinceCodes: provinces.map((p) => p.code),
    cbs,
    year: jaar,
    randstadProvinces,
  });
  return { years, jaar, snapshot, form, invoerfouten, outcome };
}
