import type { Kysely } from 'kysely';
import type { FormatieSnapshot } from '../db/schema-inventory.ts';
import type { DB, Sector } from '../db/schema.ts';
import { readCsvRecords } from '../import/csv-records.ts';
import { zodIssuesToRowIssues, type ImportReport, type RowIssue } from '../import/row-report.ts';
import { tenthsToFte } from './fte-tenths.ts';
import { InventoryError } from './inventory-error.ts';
import { inventoryContentHash, inventoryRowKey, type InventoryRow } from './inventory-row.ts';
import { INVENTORY_KNOWN_COLUMNS, INVENTORY_REQUIRED_COLUMNS, inventoryRowSchema } from './inventory-row-schema.ts';
import { peildatumYear, validatePeildatum } from './peildatum.ts';
import { insertConceptSnapshot, latestSnapshot, lockPeildatum } from './snapshot-store.ts';

/** Who delivers an inventory, for which peildatum, and from what source. */
export interface InventoryImportOptions {
  /** Must be 1 January: 'YYYY-01-01'. */
  peildatum: string;
  /** User or process that imports (stored as aangemaakt_door). */
  door: string;
  /** Where the figures come from (e.g. "Opgave BZK, brief 2025"). */
  bron: string;
  /** Why this version replaces an earlier one; required when the latest version is already published. */
  revisieNotitie?: string | null;
  isDemo?: boolean;
}

/**
 * The import report of an inventory. `outcome`: 'created' (a new concept version), 'unchanged' (same figures as
 * the latest version: nothing written) or 'rejected' (at least one row refused: nothing written at all).
 */
export interface InventoryImportReport extends ImportReport {
  outcome: 'created' | 'unchanged' | 'rejected';
  /** The new snapshot ('created'), the existing identical one ('unchanged'), or null. */
  snapshot: FormatieSnapshot | null;
  /** Rows in the file that passed every check (also when others were refused). */
  validRows: number;
  /** Sum of the fte of the valid rows, one decimal. */
  totalFte: number;
}

/** What the importer needs to know about the reference data. */
interface ReferenceLookup {
  organisations: Map<string, { naam: string; sector: Sector }>;
  municipalities: Map<string, { naam: string; provincieCode: string }>;
  provinces: Map<string, string>;
}

async function loadReference(db: Kysely<DB>): Promise<ReferenceLookup> {
  const [organisations, municipalities, provinces] = await Promise.all([
    db.selectFrom('organisatie').select(['code', 'naam', 'sector']).execute(),
    db.selectFrom('gemeente').select(['code', 'naam', 'provincie_code']).execute(),
    db.selectFrom('provincie').select(['code', 'naam']).execute(),
  ]);
  return {
    organisations: new Map(organisations.map((o) => [o.code, { naam: o.naam, sector: o.sector }])),
    municipalities: new Map(municipalities.map((m) => [m.code, { naam: m.naam, provincieCode: m.provincie_code }])),
    provinces: new Map(provinces.map((p) => [p.code, p.naam])),
  };
}

/**
 * Imports an inventory CSV as a new concept version for its peildatum. All or nothing: every row is validated
 * (form, existing organisation / municipality / province, municipality in the given province, no duplicate
 * organisation × place × sector, prognosis year not before the peildatum) and if any row is refused nothing is
 * written. Identical figures to the latest version give 'unchanged' and no new version.
 * Throws {@link InventoryError} for a peildatum that is not 1 January or missing parameters (before reading the
 * file), and `ImportHeaderError` / `CsvSyntaxError` when the file itself cannot be read.
 */
export async function importInventory(
  db: Kysely<DB>,
  source: AsyncIterable<string | Uint8Array>,
  options: InventoryImportOptions,
): Promise<InventoryImportReport> {
  const peildatum = validatePeildatum(options.peildatum);
  if (!peildatum.ok) throw new InventoryError('peildatum', peildatum.message);
  if (options.door.trim() === '') throw new InventoryError('parameter', 'Geef aan wie de inventarisatie aanlevert.');
  if (options.bron.trim() === '') throw new InventoryError('parameter', 'Geef de bron van de inventarisatie op.');
  const year = peildatumYear(peildatum.value);
  const isDemo = options.isDemo ?? false;
  const revisieNotitie = options.revisieNotitie?.trim() || null;

  const reference = await loadReference(db);
  const reader = readCsvRecords(source, { requiredColumns: INVENTORY_REQUIRED_COLUMNS, knownColumns: INVENTORY_KNOWN_COLUMNS });
  const issues: RowIssue[] = [];
  const rows: InventoryRow[] = [];
  const firstRowOfKey = new Map<string, number>();
  let rejected = 0;

  for await (const entry of reader) {
    const rowNumber = entry.rowNumber;
    if (entry.error !== undefined) {
      issues.push({ rowNumber, field: null, message: entry.error });
      rejected++;
      continue;
    }
    const parsed = inventoryRowSchema.safeParse(entry.record);
    if (!parsed.success) {
      issues.push(...zodIssuesToRowIssues(rowNumber, parsed.error));
      rejected++;
      continue;
    }
    const input = parsed.data;
    const rowIssues: RowIssue[] = [];
    const issue = (field: string | null, message: string) => rowIssues.push({ rowNumber, field, message });

    const organisation = reference.organisations.get(input.organisatie);
    if (!organisation) issue('organisatie', `Onbekende organisatie "${input.organisatie.slice(0, 40)}": gebruik een organisatiecode uit de lijst van organisaties.`);
    let provincieCode = input.provincie;
    if (provincieCode !== null && !reference.provinces.has(provincieCode)) {
      issue('provincie', `Provinciecode ${provincieCode} bestaat niet (PV20 Groningen tot en met PV31 Limburg).`);
      provincieCode = null;
    }
    if (input.gemeente !== null) {
      const municipality = reference.municipalities.get(input.gemeente);
      if (!municipality) {
        issue('gemeente', `Gemeentecode ${input.gemeente} bestaat niet in de gemeentelijke indeling 2025.`);
      } else if (provincieCode !== null && provincieCode !== municipality.provincieCode) {
        issue(
          'provincie',
          `Gemeente ${input.gemeente} (${municipality.naam}) ligt in ${reference.provinces.get(municipality.provincieCode)} (${municipality.provincieCode}), niet in ${reference.provinces.get(provincieCode)} (${provincieCode}).`,
        );
      } else {
        provincieCode = municipality.provincieCode;
      }
    }
    if (input.prognoseJaar !== null && input.prognoseJaar < year) {
      issue('prognose_jaar', `Prognosejaar ${input.prognoseJaar} ligt vóór de peildatum ${peildatum.value}.`);
    }
    if (rowIssues.length === 0 && organisation && provincieCode !== null) {
      const row: InventoryRow = {
        organisatieCode: input.organisatie,
        sector: input.sector ?? organisation.sector,
        gemeenteCode: input.gemeente,
        provincieCode,
        fteTenths: input.fteTenths,
        prognoseJaar: input.prognoseJaar,
        prognoseFteTenths: input.prognoseFteTenths,
      };
      const key = inventoryRowKey(row);
      const first = firstRowOfKey.get(key);
      if (first !== undefined) {
        const place = row.gemeenteCode ?? row.provincieCode;
        issue(null, `Dubbele regel: organisatie ${row.organisatieCode}, plaats ${place} en sector ${row.sector} staan al op regel ${first}. Tel de fte op in één regel.`);
      } else {
        firstRowOfKey.set(key, rowNumber);
        rows.push(row);
      }
    }
    if (rowIssues.length > 0) {
      issues.push(...rowIssues);
      rejected++;
    }
  }

  const totalTenths = rows.reduce((sum, row) => sum + row.fteTenths, 0);
  const base = { format: 'csv' as const, issues, ignoredColumns: [...reader.ignoredColumns], validRows: rows.length, totalFte: tenthsToFte(totalTenths) };
  if (rows.length === 0 && rejected === 0) {
    issues.push({ rowNumber: 1, field: null, message: 'Het bestand bevat geen gegevensregels: alleen een kopregel.' });
  }
  if (issues.length > 0) return { ...base, outcome: 'rejected', accepted: 0, rejected, unchanged: 0, snapshot: null };

  const inhoudHash = inventoryContentHash(rows);
  return db.transaction().execute(async (trx): Promise<InventoryImportReport> => {
    await lockPeildatum(trx, peildatum.value, isDemo);
    const latest = await latestSnapshot(trx, peildatum.value, isDemo);
    if (latest && latest.inhoud_hash === inhoudHash) {
      return { ...base, outcome: 'unchanged', accepted: 0, rejected: 0, unchanged: rows.length, snapshot: latest };
    }
    if (latest?.status === 'gepubliceerd' && revisieNotitie === null) {
      throw new InventoryError(
        'revisienotitie',
        `Voor peildatum ${peildatum.value} is versie ${latest.versie} al gepubliceerd. Een correctie wordt een nieuwe versie: geef een revisienotitie op die uitlegt wat er verandert.`,
      );
    }
    const snapshot = await insertConceptSnapshot(
      trx,
      { peildatum: peildatum.value, isDemo, bron: options.bron.trim(), revisieNotitie, door: options.door.trim(), inhoudHash },
      (latest?.versie ?? 0) + 1,
      rows,
    );
    return { ...base, outcome: 'created', accepted: rows.length, rejected: 0, unchanged: 0, snapshot };
  });
}
