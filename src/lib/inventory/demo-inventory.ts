import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { DB, Sector } from '../db/schema.ts';
import { fteToTenths } from './fte-tenths.ts';
import { inventoryContentHash, compareInventoryRows, type InventoryRow } from './inventory-row.ts';
import { SECTORS } from './inventory-row-schema.ts';
import { apportion } from './largest-remainder.ts';
import { insertConceptSnapshot } from './snapshot-store.ts';

/**
 * Demo inventory: a deterministic, clearly labelled split of the PUBLISHED national totals over organisations ×
 * municipalities. No randomness: the same reference data always gives the same rows. The split is invented
 * (weights from organisatie_vestiging), but every published figure is met exactly:
 * - the national total for each peildatum with a published NL01 figure;
 * - each published province figure (total and per sector) for the peildata generated.
 * All arithmetic is in integer tenths of an fte with largest-remainder apportionment, so sums are exact.
 */

/** Peildata of the demo inventory. */
export const DEMO_PEILDATA = ['2021-01-01', '2022-01-01', '2023-01-01', '2024-01-01', '2025-01-01'] as const;

/**
 * National totals for demo peildata without a published figure. 2025 is INVENTED: 2024 (353,797) + 3 %,
 * rounded. It is replaced automatically once rijkswerkgelegenheid_gepubliceerd holds a 2025 figure.
 */
export const DEMO_INVENTED_TOTALS: Readonly<Record<string, number>> = { '2025-01-01': 364_411 };

/** Source label of demo snapshots, shown wherever demo figures appear. */
export const DEMO_BRON = 'voorbeeldgegevens';
const DEMO_DOOR = 'voorbeeldgegevens-generator';

/**
 * Sector shares of the national total per year, in basis points (sum 10,000). Invented but plausible; the
 * 2024 share of ministries (37.2 % → 131,612 fte) respects BZK's "ruim 131.000" for that year.
 */
const SECTOR_SHARES_BP: Readonly<Record<number, Readonly<Record<Sector, number>>>> = {
  2021: { ministerie: 3600, politie: 1950, rechtspraak: 330, dji: 550, defensie: 1700, zbo: 1870 },
  2022: { ministerie: 3640, politie: 1930, rechtspraak: 330, dji: 540, defensie: 1700, zbo: 1860 },
  2023: { ministerie: 3680, politie: 1910, rechtspraak: 330, dji: 530, defensie: 1700, zbo: 1850 },
  2024: { ministerie: 3720, politie: 1895, rechtspraak: 325, dji: 525, defensie: 1695, zbo: 1840 },
  2025: { ministerie: 3760, politie: 1880, rechtspraak: 320, dji: 520, defensie: 1690, zbo: 1830 },
};

/** First year of the demo series: the trends below count years from here. */
const BASE_YEAR = 2021;

/** A published figure as stored in rijkswerkgelegenheid_gepubliceerd (sector 'totaal' or a sector, as BZK names it). */
export interface PublishedFigure {
  peildatum: string;
  regioCode: string;
  sector: string;
  fte: number;
}

/** Everything the generator reads; plain data so it can run without a database. */
export interface DemoInventoryInput {
  peildata: readonly string[];
  published: readonly PublishedFigure[];
  organisations: readonly { code: string; sector: Sector }[];
  vestigingen: readonly { organisatie_code: string; gemeente_code: string; gewicht: number }[];
  municipalities: readonly { code: string; provincie_code: string }[];
}

/** The generated rows of one demo peildatum. */
export interface DemoSnapshot {
  peildatum: string;
  rows: InventoryRow[];
}

/** Published sector names → our sector codes (BZK's tables say 'ministeries'). */
function publishedSector(sector: string): Sector | 'totaal' {
  if (sector === 'totaal') return 'totaal';
  if (sector === 'ministeries') return 'ministerie';
  if ((SECTORS as readonly string[]).includes(sector)) return sector as Sector;
  throw new Error(`demo inventory: unknown sector "${sector}" in the published figures`);
}

/** FNV-1a 32-bit hash: a stable per-location number for the invented trends (no RNG state to keep in step). */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * Invented yearly trend of one location in per mille, −40 … +60: locations grow and shrink at different
 * rates, so the demo shows regional shifts and some moves between provinces.
 */
function trendPerMille(organisatieCode: string, gemeenteCode: string): number {
  return (fnv1a(`${organisatieCode}|${gemeenteCode}`) % 101) - 40;
}

/** Generates the demo rows for every peildatum; throws when the published figures cannot all be met. */
export function generateDemoInventory(input: DemoInventoryInput): DemoSnapshot[] {
  const sectorOf = new Map(input.organisations.map((o) => [o.code, o.sector]));
  const provinceOf = new Map(input.municipalities.map((m) => [m.code, m.provincie_code]));
  const provinces = [...new Set(input.municipalities.map((m) => m.provincie_code))].sort();
  // Locations in a fixed order, so every apportionment sees its weights in the same order.
  const locations = input.vestigingen
    .filter((v) => v.gewicht > 0 && sectorOf.has(v.organisatie_code) && provinceOf.has(v.gemeente_code))
    .map((v) => ({
      organisatieCode: v.organisatie_code,
      gemeenteCode: v.gemeente_code,
      provincieCode: provinceOf.get(v.gemeente_code)!,
      sector: sectorOf.get(v.organisatie_code)!,
      gewicht: v.gewicht,
      trend: trendPerMille(v.organisatie_code, v.gemeente_code),
    }))
    .sort((a, b) => (a.organisatieCode < b.organisatieCode ? -1 : a.organisatieCode > b.organisatieCode ? 1 : a.gemeenteCode < b.gemeenteCode ? -1 : a.gemeenteCode > b.gemeenteCode ? 1 : 0));

  const pinsOf = (peildatum: string) => input.published.filter((f) => f.peildatum === peildatum && f.regioCode !== 'NL01');

  /** National total, sector totals and per-cell weights of one peildatum; `factor` calibrates cells (× 1/10,000). */
  const yearBasis = (peildatum: string, factor: (province: string, sector: Sector) => number) => {
    const year = Number(peildatum.slice(0, 4));
    const shares = SECTOR_SHARES_BP[year];
    if (!shares) throw new Error(`demo inventory: no sector shares for ${year}`);
    const national = input.published.find((f) => f.peildatum === peildatum && f.regioCode === 'NL01' && f.sector === 'totaal')?.fte ?? DEMO_INVENTED_TOTALS[peildatum];
    if (national === undefined) throw new Error(`demo inventory: no national total for ${peildatum}`);
    // Integer weight of each location this year: gewicht × (1 + trend × years since 2021) × calibration.
    const weight = (l: (typeof locations)[number]) => l.gewicht * (1000 + l.trend * (year - BASE_YEAR)) * factor(l.provincieCode, l.sector);
    const cellWeight = new Map<string, number>(); // `${province}|${sector}` → summed location weight
    for (const l of locations) cellWeight.set(`${l.provincieCode}|${l.sector}`, (cellWeight.get(`${l.provincieCode}|${l.sector}`) ?? 0) + weight(l));
    const sectorTenths = new Map<Sector, number>();
    apportion(fteToTenths(national), SECTORS.map((s) => shares[s])).forEach((t, i) => sectorTenths.set(SECTORS[i]!, t));
    return { year, national, weight, sectorTenths, w: (province: string, sector: Sector) => cellWeight.get(`${province}|${sector}`) ?? 0 };
  };

  // Calibration: a province with a published figure gets its weights scaled so that, in the published year, the
  // weights alone already come close to the figure. Without it the pinned year would jump out of the series.
  const factors = new Map<string, { year: number; factor: number }[]>(); // `${province}|${sector}` → per pinned year
  for (const peildatum of input.peildata) {
    const pins = pinsOf(peildatum);
    if (pins.length === 0) continue;
    const basis = yearBasis(peildatum, () => 1);
    const natural = (p: string, s: Sector) => {
      const sum = provinces.reduce((acc, q) => acc + basis.w(q, s), 0);
      return sum === 0 ? 0 : (basis.sectorTenths.get(s)! * basis.w(p, s)) / sum;
    };
    const add = (p: string, s: Sector, target: number, estimate: number) => {
      if (estimate <= 0 || target <= 0) return;
      const list = factors.get(`${p}|${s}`) ?? [];
      list.push({ year: basis.year, factor: Math.max(1, Math.round((10_000 * target) / estimate)) });
      factors.set(`${p}|${s}`, list);
    };
    for (const province of [...new Set(pins.map((f) => f.regioCode))].sort()) {
      const own = pins.filter((f) => f.regioCode === province);
      const bySector = new Map<Sector, number>();
      let total: number | null = null;
      for (const f of own) {
        const sector = publishedSector(f.sector);
        if (sector === 'totaal') total = fteToTenths(f.fte);
        else bySector.set(sector, fteToTenths(f.fte));
      }
      for (const [sector, tenths] of bySector) add(province, sector, tenths, natural(province, sector));
      if (total === null) continue;
      const open = SECTORS.filter((s) => !bySector.has(s));
      const rest = total - [...bySector.values()].reduce((a, b) => a + b, 0);
      const estimate = open.reduce((acc, s) => acc + natural(province, s), 0);
      for (const sector of open) add(province, sector, rest, estimate);
    }
  }
  /** Calibration factor of a cell in a year: that of the nearest pinned year (ties: the earlier), else 1. */
  const factorFor = (year: number) => (province: string, sector: Sector): number => {
    const list = factors.get(`${province}|${sector}`);
    if (!list) return 10_000;
    let best = list[0]!;
    for (const f of list) if (Math.abs(f.year - year) < Math.abs(best.year - year) || (Math.abs(f.year - year) === Math.abs(best.year - year) && f.year < best.year)) best = f;
    return best.factor;
  };

  return input.peildata.map((peildatum) => {
    const { weight, sectorTenths, w } = yearBasis(peildatum, factorFor(Number(peildatum.slice(0, 4))));

    // 1. Published province figures fix cells: a sector figure fixes that cell; a province total fixes the
    //    province's remaining sectors too (split by weight), so the province total is met exactly.
    const fixed = new Map<string, number>(); // `${province}|${sector}` → tenths
    const pins = pinsOf(peildatum);
    for (const province of [...new Set(pins.map((f) => f.regioCode))].sort()) {
      const own = pins.filter((f) => f.regioCode === province);
      let total: number | null = null;
      for (const f of own) {
        const sector = publishedSector(f.sector);
        if (sector === 'totaal') total = fteToTenths(f.fte);
        else fixed.set(`${province}|${sector}`, fteToTenths(f.fte));
      }
      if (total === null) continue;
      const open = SECTORS.filter((s) => !fixed.has(`${province}|${s}`));
      const rest = total - SECTORS.reduce((sum, s) => sum + (fixed.get(`${province}|${s}`) ?? 0), 0);
      if (rest < 0) throw new Error(`demo inventory: ${province} ${peildatum}: published sectors exceed the published total`);
      apportion(rest, open.map((s) => w(province, s))).forEach((t, i) => fixed.set(`${province}|${open[i]!}`, t));
    }

    // 2. Each sector's national remainder → the provinces not fixed, by weight.
    const cellTenths = new Map<string, number>(fixed);
    for (const sector of SECTORS) {
      const free = provinces.filter((p) => !fixed.has(`${p}|${sector}`));
      const rest = sectorTenths.get(sector)! - provinces.reduce((sum, p) => sum + (fixed.get(`${p}|${sector}`) ?? 0), 0);
      if (rest < 0) throw new Error(`demo inventory: ${sector} ${peildatum}: published province figures exceed the national sector total`);
      apportion(rest, free.map((p) => w(p, sector))).forEach((t, i) => cellTenths.set(`${free[i]!}|${sector}`, t));
    }

    // 3. Each province × sector cell → its organisation × municipality locations, by weight.
    const rows: InventoryRow[] = [];
    for (const [cell, tenths] of [...cellTenths].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (tenths === 0) continue;
      const [province, sector] = cell.split('|') as [string, Sector];
      const here = locations.filter((l) => l.provincieCode === province && l.sector === sector);
      if (here.length === 0) throw new Error(`demo inventory: ${province} ${sector} ${peildatum} needs fte but has no locations`);
      apportion(tenths, here.map(weight)).forEach((t, i) => {
        const l = here[i]!;
        if (t > 0) rows.push({ organisatieCode: l.organisatieCode, sector, gemeenteCode: l.gemeenteCode, provincieCode: province, fteTenths: t, prognoseJaar: null, prognoseFteTenths: null });
      });
    }
    return { peildatum, rows: rows.sort(compareInventoryRows) };
  });
}

/** Reads the generator input from the database (reference data must be loaded). */
export async function loadDemoInventoryInput(db: Kysely<DB>, peildata: readonly string[] = DEMO_PEILDATA): Promise<DemoInventoryInput> {
  const [published, organisations, vestigingen, municipalities] = await Promise.all([
    db.selectFrom('rijkswerkgelegenheid_gepubliceerd').select(['peildatum', 'regio_code', 'sector', 'fte']).where('peildatum', 'in', [...peildata]).orderBy('peildatum').orderBy('regio_code').orderBy('sector').execute(),
    db.selectFrom('organisatie').select(['code', 'sector']).orderBy('code').execute(),
    db.selectFrom('organisatie_vestiging').selectAll().orderBy('organisatie_code').orderBy('gemeente_code').execute(),
    db.selectFrom('gemeente').select(['code', 'provincie_code']).orderBy('code').execute(),
  ]);
  return {
    peildata,
    published: published.map((f) => ({ peildatum: f.peildatum, regioCode: f.regio_code, sector: f.sector, fte: Number(f.fte) })),
    organisations,
    vestigingen,
    municipalities,
  };
}

/** What {@link seedDemoInventory} did. */
export interface DemoInventorySeedResult {
  seeded: boolean;
  snapshots: { peildatum: string; id: number; rows: number; totalFte: number }[];
}

/**
 * Loads the demo inventory (is_demo, bron 'voorbeeldgegevens', published, version 1 per peildatum), but only
 * into a database without any snapshot: real or earlier demo inventories are never touched.
 */
export async function seedDemoInventory(db: Kysely<DB>): Promise<DemoInventorySeedResult> {
  const demo = generateDemoInventory(await loadDemoInventoryInput(db));
  return db.transaction().execute(async (trx) => {
    // Locks out a concurrent seed or import for the check-then-insert below.
    await sql`lock table formatie_snapshot in share row exclusive mode`.execute(trx);
    const existing = await trx.selectFrom('formatie_snapshot').select('id').limit(1).executeTakeFirst();
    if (existing) return { seeded: false, snapshots: [] };
    const snapshots: DemoInventorySeedResult['snapshots'] = [];
    for (const { peildatum, rows } of demo) {
      const snapshot = await insertConceptSnapshot(
        trx,
        { peildatum, isDemo: true, bron: DEMO_BRON, revisieNotitie: null, door: DEMO_DOOR, inhoudHash: inventoryContentHash(rows) },
        1,
        rows,
      );
      await trx
        .updateTable('formatie_snapshot')
        .set({ status: 'gepubliceerd', gepubliceerd_op: sql<Date>`now()`, gepubliceerd_door: DEMO_DOOR })
        .where('id', '=', snapshot.id)
        .execute();
      snapshots.push({ peildatum, id: snapshot.id, rows: rows.length, totalFte: rows.reduce((sum, r) => sum + r.fteTenths, 0) / 10 });
    }
    return { seeded: true, snapshots };
  });
}
