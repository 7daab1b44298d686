import type { SignalRecord } from './signal-store.ts';

/** The outlook of one province: expected growth and shrinkage from signals next to today's fte. */
export interface ProvinceOutlook {
  provincieCode: string;
  /** Fte in the latest published inventory; null when the province has no rows there. */
  fteNu: number | null;
  /** Sum of expected growth (positive), one decimal. */
  groei: number;
  /** Sum of expected shrinkage (negative), one decimal. */
  krimp: number;
  /** groei + krimp. */
  saldo: number;
  /** Saldo as a percentage of today's fte (one decimal); null without fte. */
  saldoProcent: number | null;
  kansen: number;
  bedreigingen: number;
  /** Growth or shrinkage signals without an fte figure (they count, but add nothing to the sums). */
  zonderFte: number;
}

const tenth = (n: number) => Math.round(n * 10) / 10;

/**
 * Sums the (already filtered) signals per province. Sums are exact in tenths of an fte (the
 * stored precision), so 0.1 + 0.2 stays 0.3.
 */
export function provinceOutlook(provinceCodes: readonly string[], signals: readonly SignalRecord[], fteNow: ReadonlyMap<string, number>): ProvinceOutlook[] {
  return provinceCodes.map((code) => {
    const own = signals.filter((s) => s.provincie_code === code);
    let growthTenths = 0;
    let shrinkTenths = 0;
    let withoutFte = 0;
    for (const s of own) {
      if (s.soort !== 'verwachte-groei' && s.soort !== 'verwachte-krimp') continue;
      if (s.fte_verandering === null) withoutFte++;
      else if (s.fte_verandering > 0) growthTenths += Math.round(s.fte_verandering * 10);
      else shrinkTenths += Math.round(s.fte_verandering * 10);
    }
    const fteNu = fteNow.get(code) ?? null;
    const saldo = (growthTenths + shrinkTenths) / 10;
    return {
      provincieCode: code,
      fteNu,
      groei: growthTenths / 10,
      krimp: shrinkTenths / 10,
      saldo,
      saldoProcent: fteNu ? tenth((saldo / fteNu) * 100) : null,
      kansen: own.filter((s) => s.soort === 'kans').length,
      bedreigingen: own.filter((s) => s.soort === 'bedreiging').length,
      zonderFte: withoutFte,
    };
  });
}
