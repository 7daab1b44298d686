import type { Kysely } from 'kysely';
import type { DB, Sector } from '../db/schema.ts';
import { listHubs } from '../hubs/hub-store.ts';
import type { PleinStatus } from '../hubs/hub-vocabulary.ts';
import { intakeFiguresForPage } from '../intake/public-intake-choice.ts';
import type { PublicIntakeFigures } from '../intake/public-intake.ts';
import { loadEmploymentReport, loadPublishedRows, type SnapshotInfo } from '../statistics/employment-queries.ts';
import type { CoropLine, RegionLine } from '../statistics/employment-report.ts';

/** CBS code of the province of Groningen and of the municipality (city) of Groningen. */
export const GRONINGEN = { provincie: 'PV20', stad: 'GM0014' } as const;

/** The yearly account of government employment in Groningen (measure 3), as stored when published. */
export interface GroningenAccount {
  jaar: number;
  peildatum: string;
  snapshot: SnapshotInfo;
  provincie: RegionLine;
  nationaal: RegionLine;
  corop: (CoropLine & { naam: string })[];
  organisaties: { code: string; naam: string; sector: Sector; fte: number }[];
  sectoren: { sector: Sector; fte: number }[];
  /** Hubs in the city of Groningen with their status when the account was made. */
  pleinen: { plaats: string; status: PleinStatus; balies: number }[];
  /** Measure-6 intake of applicants living in Groningen, as published (disclosure-controlled cells); null without data. */
  instroom: { jaar: number; voorbeeldgegevens: boolean; trechter: PublicIntakeFigures['trechter']; representatie: PublicIntakeFigures['representatie']; lokaleInstroom: PublicIntakeFigures['lokaleInstroom'] } | null;
  gemaaktOp: string;
}

/**
 * Builds the account for a year (peildatum 1 January of that year) from the published inventory,
 * the maintained hubs and the public measure-6 figures of the year before (the same entry point as
 * the yearly report, so every intake cell has passed disclosure control). Null when nothing is
 * published for that peildatum.
 */
export async function buildGroningenAccount(db: Kysely<DB>, jaar: number, randstadProvinces: readonly string[], now: Date = new Date()): Promise<GroningenAccount | null> {
  const peildatum = `${jaar}-01-01`;
  const report = await loadEmploymentReport(db, { peildatum, randstadProvinces });
  if (!report) return null;
  const provincie = report.provincies.find((p) => p.regioCode === GRONINGEN.provincie)!;
  const [coropNames, organisations, rows, hubs] = await Promise.all([
    db.selectFrom('corop').select(['code', 'naam']).where('provincie_code', '=', GRONINGEN.provincie).execute(),
    db.selectFrom('organisatie').select(['code', 'naam']).execute(),
    loadPublishedRows(db, report.snapshot.id),
    listHubs(db),
  ]);
  const names = new Map(organisations.map((o) => [o.code, o.naam]));
  const coropName = new Map(coropNames.map((c) => [c.code, c.naam]));
  // Sums in tenths of an fte (the stored precision).
  const byOrganisation = new Map<string, { sector: Sector; tenths: number }>();
  const bySector = new Map<Sector, number>();
  for (const row of rows) {
    if (row.provincieCode !== GRONINGEN.provincie) continue;
    const key = `${row.organisatieCode}|${row.sector}`;
    const entry = byOrganisation.get(key) ?? { sector: row.sector, tenths: 0 };
    entry.tenths += Math.round(row.fte * 10);
    byOrganisation.set(key, entry);
    bySector.set(row.sector, (bySector.get(row.sector) ?? 0) + Math.round(row.fte * 10));
  }
  const intake = (await intakeFiguresForPage(db, jaar - 1)) ?? null;
  // Only Groningen's rows of tables that passed disclosure control as a whole: a subset of published cells reveals nothing more.
  const groningenOnly = <T extends { woonprovincie?: { code: string }; werkprovincie?: { code: string } }>(regels: T[]) => regels.filter((r) => r.woonprovincie?.code === GRONINGEN.provincie || r.werkprovincie?.code === GRONINGEN.provincie);
  return {
    jaar,
    peildatum,
    snapshot: report.snapshot,
    provincie,
    nationaal: report.nationaal,
    corop: report.corop.regions.filter((c) => coropName.has(c.regioCode)).map((c) => ({ ...c, naam: coropName.get(c.regioCode)! })),
    organisaties: [...byOrganisation]
      .map(([key, v]) => ({ code: key.split('|')[0]!, naam: names.get(key.split('|')[0]!) ?? key.split('|')[0]!, sector: v.sector, fte: v.tenths / 10 }))
      .sort((a, b) => b.fte - a.fte || a.naam.localeCompare(b.naam, 'nl')),
    sectoren: [...bySector].map(([sector, tenths]) => ({ sector, fte: tenths / 10 })).sort((a, b) => b.fte - a.fte),
    pleinen: hubs.filter((h) => h.gemeente_code === GRONINGEN.stad).map((h) => ({ plaats: h.plaats, status: h.status, balies: h.balies.length })),
    instroom: intake
      ? {
          jaar: intake.jaar,
          voorbeeldgegevens: intake.voorbeeldgegevens,
          trechter: { ...intake.trechter, regels: groningenOnly(intake.trechter.regels) },
          representatie: { ...intake.representatie, regels: groningenOnly(intake.representatie.regels) },
          lokaleInstroom: { ...intake.lokaleInstroom, regels: groningenOnly(intake.lokaleInstroom.regels) },
        }
      : null,
    gemaaktOp: now.toISOString(),
  };
}
