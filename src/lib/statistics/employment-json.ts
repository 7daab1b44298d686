import type { EmploymentReportWithSource } from './employment-queries.ts';
import { differenceWithOfficial } from './official-series.ts';
import type { PublishedNationalYear } from './published-series.ts';

/**
 * The open-data shape of the employment figures for one year (API and JSON download). Built only
 * from the report, so the same snapshot always gives byte-identical output.
 */
export function employmentJson(report: EmploymentReportWithSource, niveau: 'provincie' | 'corop', names: Map<string, string>, official: PublishedNationalYear | null) {
  const regions = niveau === 'provincie'
    ? report.provincies.map((r) => ({ code: r.regioCode, naam: names.get(r.regioCode) ?? r.regioCode, fte: r.fte, aandeelPct: r.aandeelPct, verschilFte: r.verschil, verschilPct: r.verschilPct, ftePerDuizendInwoners: r.perDuizendInwoners, inwonersJaar: r.inwonersJaar, ftePerDuizendBeroepsbevolking: r.perDuizendBeroepsbevolking, beroepsbevolkingJaar: r.beroepsbevolkingJaar }))
    : report.corop.regions.map((r) => ({ code: r.regioCode, naam: names.get(r.regioCode) ?? r.regioCode, fte: r.fte, aandeelPct: r.aandeelPct, verschilFte: r.verschil, verschilPct: r.verschilPct }));
  return {
    peildatum: report.peildatum,
    vorigePeildatum: report.vorigePeildatum,
    niveau,
    sector: report.sector,
    bron: {
      snapshotId: report.snapshot.id,
      versie: report.snapshot.versie,
      voorbeeldgegevens: report.voorbeeldgegevens,
      vorigeVersie: report.vorigeSnapshot?.versie ?? null,
      omschrijving: report.snapshot.bron,
      gepubliceerdOp: report.snapshot.gepubliceerdOp,
      vorigeSnapshotId: report.vorigeSnapshot?.id ?? null,
    },
    nationaal: { fte: report.nationaal.fte, verschilFte: report.nationaal.verschil, verschilPct: report.nationaal.verschilPct },
    gepubliceerdNationaal: official ? { fte: official.fte, verschilFte: official.verschil, verschilPct: official.verschilPct, bron: official.bron, kamerstuk: official.officieel?.kamerstuk ?? null, kamerstukDatum: official.officieel?.kamerstukDatum ?? null, afgeleid: official.officieel?.soort === 'afgeleid', verschilInventarisatieFte: differenceWithOfficial(report.nationaal.fte, report.voorbeeldgegevens, official.officieel), randstadAandeelGroeiPct: official.randstadAandeelGroei?.waarde ?? null } : null,
    randstad: report.randstad,
    regios: regions,
    ...(niveau === 'corop' ? { nietToeTeDelenFte: report.corop.nietToeTeDelenFte } : {}),
    definities: report.definities,
  };
}
