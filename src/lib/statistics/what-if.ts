import type { EmploymentRow } from './employment-row.ts';
import { ftePerThousand, type CbsFigure } from './fte-per-thousand.ts';
import { randstadShare, type RandstadShare } from './national-share.ts';
import { fteByRegion } from './regional-totals.ts';
import { fromTenths, toTenths } from './rounding.ts';
import type { Locale } from '../i18n/locales.ts';

/** One hypothetical move: N fte of an organisation from one municipality to another. */
export interface ScenarioMove {
  organisatie: string;
  van: string;
  naar: string;
  fte: number;
}

/** A municipality as the scenario needs it. */
export interface ScenarioMunicipality {
  provincieCode: string;
  coropCode: string | null;
}

/** A move that cannot be applied, with a reason in Dutch ("je" form) and in English. */
export interface ScenarioProblem {
  zet: number;
  melding: Record<Locale, string>;
}

/** The same fte figure written the Dutch and the English way. */
function both(value: number): Record<Locale, string> {
  return { nl: value.toLocaleString('nl-NL'), en: value.toLocaleString('en-GB') };
}

/**
 * Applies the moves in order to a copy of the rows (nothing is written anywhere). The fte leave the
 * organisation's rows in the source municipality, largest sector first, and arrive in the target
 * municipality in the same sectors. A move that asks for more fte than the organisation has there (after
 * earlier moves), or names an unknown place, is skipped and reported.
 */
export function applyMoves(rows: readonly EmploymentRow[], moves: readonly ScenarioMove[], municipalities: ReadonlyMap<string, ScenarioMunicipality>): { rows: EmploymentRow[]; problems: ScenarioProblem[] } {
  const result = rows.map((r) => ({ ...r }));
  const problems: ScenarioProblem[] = [];
  moves.forEach((move, index) => {
    const zet = index + 1;
    const target = municipalities.get(move.naar);
    const problem = (nl: string, en: string) => problems.push({ zet, melding: { nl: `Zet ${zet}: ${nl}`, en: `Move ${zet}: ${en}` } });
    if (!municipalities.has(move.van)) return problem(`gemeente ${move.van} bestaat niet.`, `municipality ${move.van} does not exist.`);
    if (!target) return problem(`gemeente ${move.naar} bestaat niet.`, `municipality ${move.naar} does not exist.`);
    if (move.van === move.naar) return problem('van en naar zijn dezelfde gemeente.', 'from and to are the same municipality.');
    const wanted = toTenths(move.fte);
    if (wanted <= 0) return problem('geef een aantal fte groter dan 0.', 'give a number of FTE above 0.');
    const sources = result.filter((r) => r.organisatieCode === move.organisatie && r.gemeenteCode === move.van).sort((a, b) => b.fte - a.fte);
    const available = sources.reduce((sum, r) => sum + toTenths(r.fte), 0);
    if (available < wanted) {
      const [has, asked] = [both(fromTenths(available)), both(move.fte)];
      return problem(`de organisatie heeft daar ${has.nl} fte, minder dan ${asked.nl}.`, `the organisation has ${has.en} FTE there, less than ${asked.en}.`);
    }
    let left = wanted;
    for (const source of sources) {
      if (left === 0) break;
      const take = Math.min(left, toTenths(source.fte));
      source.fte = fromTenths(toTenths(source.fte) - take);
      left -= take;
      const existing = result.find((r) => r.organisatieCode === move.organisatie && r.gemeenteCode === move.naar && r.sector === source.sector);
      if (existing) existing.fte = fromTenths(toTenths(existing.fte) + take);
      else result.push({ organisatieCode: move.organisatie, sector: source.sector, provincieCode: target.provincieCode, gemeenteCode: move.naar, coropCode: target.coropCode, fte: fromTenths(take) });
    }
    return undefined;
  });
  return { rows: result, problems };
}

/** One province before and after the scenario. */
export interface ScenarioProvince {
  regioCode: string;
  voor: number;
  na: number;
  verschil: number;
  perDuizendVoor: number | null;
  perDuizendNa: number | null;
  inwonersJaar: number | null;
}

/** The scenario's outcome: Randstad share and every province, before and after. */
export interface ScenarioOutcome {
  randstadVoor: RandstadShare;
  randstadNa: RandstadShare;
  provincies: ScenarioProvince[];
  problems: ScenarioProblem[];
}

/** Computes the scenario for one inventory year (pure: the rows are copied, never changed). */
export function whatIf(input: { rows: readonly EmploymentRow[]; moves: readonly ScenarioMove[]; municipalities: ReadonlyMap<string, ScenarioMunicipality>; provinceCodes: readonly string[]; cbs: readonly CbsFigure[]; year: number; randstadProvinces: readonly string[] }): ScenarioOutcome {
  const { rows: after, problems } = applyMoves(input.rows, input.moves, input.municipalities);
  const before = fteByRegion(input.rows, { level: 'provincie', regionCodes: input.provinceCodes });
  const afterTotals = fteByRegion(after, { level: 'provincie', regionCodes: input.provinceCodes });
  const intensityBefore = new Map(ftePerThousand(before.regions, input.cbs, input.year, 'bevolking').map((r) => [r.regioCode, r]));
  const intensityAfter = new Map(ftePerThousand(afterTotals.regions, input.cbs, input.year, 'bevolking').map((r) => [r.regioCode, r]));
  return {
    randstadVoor: randstadShare(before.regions, before.nationalFte, input.randstadProvinces),
    randstadNa: randstadShare(afterTotals.regions, afterTotals.nationalFte, input.randstadProvinces),
    provincies: before.regions.map((r) => {
      const na = afterTotals.regions.find((a) => a.regioCode === r.regioCode)!.fte;
      return { regioCode: r.regioCode, voor: r.fte, na, verschil: fromTenths(toTenths(na) - toTenths(r.fte)), perDuizendVoor: intensityBefore.get(r.regioCode)?.perDuizend ?? null, perDuizendNa: intensityAfter.get(r.regioCode)?.perDuizend ?? null, inwonersJaar: intensityBefore.get(r.regioCode)?.noemerJaar ?? null };
    }),
    problems,
  };
}
