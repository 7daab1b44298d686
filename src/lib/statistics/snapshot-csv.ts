import { toCsv } from '../import/formula-guard.ts';
import type { EmploymentRow } from './employment-row.ts';
import type { SnapshotInfo } from './employment-queries.ts';

/** Columns of the frozen snapshot download, with their CSVW description (one declaration for both). */
export const SNAPSHOT_CSV_COLUMNS = [
  { name: 'peildatum', titel: 'Peildatum', datatype: 'date', beschrijving: 'Peildatum van de inventarisatie (1 januari).' },
  { name: 'organisatie_code', titel: 'Organisatiecode', datatype: 'string', beschrijving: 'Vaste code van de rijksorganisatie (zie /api/v1/organisaties).' },
  { name: 'organisatie_naam', titel: 'Organisatie', datatype: 'string', beschrijving: 'Naam van de rijksorganisatie.' },
  { name: 'sector', titel: 'Sector', datatype: 'string', beschrijving: "Sector volgens BZK: ministerie, politie, rechtspraak, dji, defensie of zbo." },
  { name: 'gemeente_code', titel: 'Gemeentecode', datatype: 'string', beschrijving: 'CBS-gemeentecode (indeling 2025); leeg als alleen de provincie bekend is.' },
  { name: 'gemeente_naam', titel: 'Gemeente', datatype: 'string', beschrijving: 'Naam van de gemeente.' },
  { name: 'corop_code', titel: 'COROP-code', datatype: 'string', beschrijving: 'CBS-code van het COROP-gebied van de gemeente.' },
  { name: 'provincie_code', titel: 'Provinciecode', datatype: 'string', beschrijving: 'CBS-provinciecode (PV20–PV31).' },
  { name: 'provincie_naam', titel: 'Provincie', datatype: 'string', beschrijving: 'Naam van de provincie.' },
  { name: 'fte', titel: 'Fte', datatype: 'decimal', beschrijving: 'Voltijdsequivalenten op de peildatum, één decimaal.' },
  { name: 'snapshot_id', titel: 'Snapshot', datatype: 'integer', beschrijving: 'Id van de bevroren inventarisatie waaruit de regel komt.' },
  { name: 'voorbeeldgegevens', titel: 'Voorbeeldgegevens', datatype: 'boolean', beschrijving: 'ja als de inventarisatie voorbeeldgegevens zijn (geen echte cijfers).' },
] as const;

/** Names for the codes in a download. */
export interface SnapshotCsvNames {
  organisations: ReadonlyMap<string, string>;
  municipalities: ReadonlyMap<string, string>;
  provinces: ReadonlyMap<string, string>;
}

/**
 * The rows of one frozen snapshot (organisation × place × sector × fte) as CSV: comma-separated, UTF-8 without
 * BOM, a header, formula-safe (the CSVW default dialect, so the metadata needs no dialect description).
 */
export function snapshotCsv(snapshot: SnapshotInfo, rows: readonly EmploymentRow[], names: SnapshotCsvNames): string {
  const body = rows.map((r) => [
    snapshot.peildatum, r.organisatieCode, names.organisations.get(r.organisatieCode) ?? r.organisatieCode, r.sector,
    r.gemeenteCode, r.gemeenteCode ? (names.municipalities.get(r.gemeenteCode) ?? r.gemeenteCode) : null, r.coropCode,
    r.provincieCode, names.provinces.get(r.provincieCode) ?? r.provincieCode, r.fte, snapshot.id, snapshot.isDemo ? 'ja' : 'nee',
  ]);
  return toCsv([SNAPSHOT_CSV_COLUMNS.map((c) => c.name), ...body], ',');
}

/** The file name (and path segment) of a snapshot download: "rijkswerkgelegenheid-2024-snapshot-17.csv". */
export function snapshotCsvName(snapshot: Pick<SnapshotInfo, 'id' | 'peildatum'>): string {
  return `rijkswerkgelegenheid-${snapshot.peildatum.slice(0, 4)}-snapshot-${snapshot.id}.csv`;
}

/**
 * CSV on the Web metadata (JSON-LD) for a snapshot download: the table schema from
 * {@link SNAPSHOT_CSV_COLUMNS}, the source, licence and the fact that the file never changes.
 */
export function snapshotCsvwMetadata(snapshot: SnapshotInfo, csvUrl: string) {
  return {
    '@context': ['http://www.w3.org/ns/csvw', { '@language': 'nl' }],
    url: csvUrl,
    'dc:title': `Rijkswerkgelegenheid op 1 januari ${snapshot.peildatum.slice(0, 4)}, inventarisatie versie ${snapshot.versie} (snapshot ${snapshot.id})${snapshot.isDemo ? ' — voorbeeldgegevens' : ''}`,
    'dc:description': `Fte per rijksorganisatie, gemeente en sector op de peildatum. Bevroren: deze inventarisatie verandert nooit; een correctie is een nieuwe snapshot. Bron: ${snapshot.bron}.`,
    'dc:issued': { '@value': snapshot.gepubliceerdOp, '@type': 'xsd:dateTime' },
    'dc:license': { '@id': 'https://creativecommons.org/publicdomain/zero/1.0/' },
    'dc:publisher': 'Rijk in de Regio (BZK)',
    'dcat:keyword': ['rijkswerkgelegenheid', 'spreiding', 'fte', ...(snapshot.isDemo ? ['voorbeeldgegevens'] : [])],
    tableSchema: {
      columns: SNAPSHOT_CSV_COLUMNS.map((c) => ({
        name: c.name,
        titles: c.titel,
        'dc:description': c.beschrijving,
        datatype: c.datatype === 'boolean' ? { base: 'boolean', format: 'ja|nee' } : c.datatype,
        required: !['gemeente_code', 'gemeente_naam', 'corop_code'].includes(c.name),
      })),
    },
  };
}
