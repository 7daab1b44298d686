import { openSync, readSync, closeSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { openPreparedDatabase } from '../src/lib/bootstrap/prepare-database.ts';
import { fileSource } from '../src/lib/import/open-source.ts';
import { loadRegionCatalog } from '../src/lib/regions/region-catalog.ts';
import { markIndexStale } from '../src/lib/search/search-maintenance.ts';
import { connectRunningSearch } from '../src/lib/search/search-client.ts';
import { syncVacancies } from '../src/lib/search/vacancy-indexer.ts';
import { readVacancyFile } from '../src/lib/vacancies/vacancy-file-rows.ts';
import { validateAndPublish } from '../src/lib/vacancies/vacancy-publish-service.ts';
import { importInventory } from '../src/lib/inventory/import-inventory.ts';
import { InventoryError } from '../src/lib/inventory/inventory-error.ts';
import { retentionFromConfig, runApplicationImport } from '../src/lib/intake/application-import-service.ts';
import { expiredNotice } from '../src/lib/intake/import-applications.ts';
import { loadConfigOrExit, runMain } from './cli-support.ts';
import { pseudonymSecrets } from '../src/lib/secrets/pseudonym-keys.ts';

const USAGE = `Gebruik:
  npm run import -- vacatures <bestand.csv|bestand.json|bestand.jsonl> --organisatie <code>
  npm run import -- sollicitaties <bestand.csv|bestand.jsonl> --organisatie <code>
  npm run import -- formatie <bestand.csv> --peildatum JJJJ-01-01 --bron "<bron>" [--revisie "<toelichting>"] [--door <naam>]
Exitcodes: 0 alle rijen verwerkt, 2 sommige rijen afgewezen (rapport hierboven), 1 niets ingelezen.`;

function firstBytes(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  const buffer = new Uint8Array(512);
  const n = readSync(fd, buffer, 0, 512, 0);
  closeSync(fd);
  return buffer.subarray(0, n);
}

async function importVacancies(file: string, organisatieCode: string): Promise<number> {
  const config = loadConfigOrExit();
  const database = await openPreparedDatabase(config);
  try {
    const organisation = await database.db.selectFrom('organisatie').select('code').where('code', '=', organisatieCode).executeTakeFirst();
    if (!organisation) {
      console.error(`Onbekende organisatie "${organisatieCode}". Zie GET /api/v1/organisaties voor de codes.`);
      return 1;
    }
    const catalog = await loadRegionCatalog(database.db);
    const read = await readVacancyFile(fileSource(file), { filename: basename(file), firstBytes: firstBytes(file) });
    const report = await validateAndPublish(database.db, catalog, organisatieCode, read.rows);
    const issues = [...read.issues, ...report.issues].sort((a, b) => a.rowNumber - b.rowNumber);
    const count = (result: string) => report.accepted.filter((o) => o.result === result).length;
    console.log(`${basename(file)}: ${count('created')} nieuw, ${count('updated')} bijgewerkt, ${count('unchanged')} ongewijzigd, ${new Set(issues.map((i) => i.rowNumber)).size} rijen afgewezen.`);
    if (read.ignoredColumns.length) console.log(`Genegeerde kolommen: ${read.ignoredColumns.join(', ')}`);
    for (const issue of issues) console.log(`  rij ${issue.rowNumber}${issue.field ? `, ${issue.field}` : ''}: ${issue.message}`);
    const changed = report.accepted.filter((o) => o.result !== 'unchanged').map((o) => o.id);
    if (changed.length) {
      const search = await connectRunningSearch(config);
      if (search) {
        await syncVacancies(database.db, search, changed);
        console.log(`Zoekindex bijgewerkt (${changed.length} vacatures).`);
      } else {
        await markIndexStale(database.db);
        console.log('Zoekmachine niet bereikbaar: de index wordt bij de volgende start (of binnen 5 minuten door de draaiende site) opnieuw opgebouwd.');
      }
    }
    if (report.accepted.length === 0) return 1;
    return issues.length ? 2 : 0;
  } finally {
    await database.close();
  }
}

async function importFormatie(file: string, options: { peildatum?: string; bron?: string; revisie?: string; door?: string }): Promise<number> {
  if (!options.peildatum) {
    console.error('--peildatum JJJJ-01-01 is verplicht.');
    return 1;
  }
  const config = loadConfigOrExit();
  const database = await openPreparedDatabase(config);
  try {
    const report = await importInventory(database.db, fileSource(file), {
      peildatum: options.peildatum,
      door: options.door ?? process.env.USER ?? 'import',
      bron: options.bron ?? basename(file),
      revisieNotitie: options.revisie ?? null,
    });
    for (const issue of report.issues) console.log(`  rij ${issue.rowNumber}${issue.field ? `, ${issue.field}` : ''}: ${issue.message}`);
    if (report.outcome === 'rejected') {
      console.log(`${basename(file)}: ${report.rejected} rijen afgewezen; er is niets opgeslagen (een inventarisatie gaat in zijn geheel of niet).`);
      return report.validRows > 0 ? 2 : 1;
    }
    if (report.outcome === 'unchanged') {
      console.log(`${basename(file)}: gelijk aan versie ${report.snapshot?.versie} (snapshot ${report.snapshot?.id}); niets gewijzigd.`);
      return 0;
    }
    console.log(`${basename(file)}: concept opgeslagen als snapshot ${report.snapshot?.id}, versie ${report.snapshot?.versie}, ${report.accepted} rijen, ${report.totalFte.toLocaleString('nl-NL')} fte. Publiceren kan op /cijfers/upload.`);
    return 0;
  } catch (error) {
    if (error instanceof InventoryError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await database.close();
  }
}

async function importSollicitaties(file: string, organisatieCode: string): Promise<number> {
  const config = loadConfigOrExit();
  const database = await openPreparedDatabase(config);
  try {
    const catalog = await loadRegionCatalog(database.db);
    let lastShown = 0;
    const started = performance.now();
    const result = await runApplicationImport(database.db, fileSource(file), {
      organisatieCode, ...pseudonymSecrets(config), retention: retentionFromConfig(config), door: process.env.USER ?? 'import', filename: basename(file), firstBytes: firstBytes(file), catalog,
      onProgress: ({ rowsRead }: { rowsRead: number }) => {
        if (process.stderr.isTTY && rowsRead - lastShown >= 50_000) {
          lastShown = rowsRead;
          process.stderr.write(`\r${rowsRead.toLocaleString('nl-NL')} rijen gelezen…`);
        }
      },
    });
    if (process.stderr.isTTY && lastShown) process.stderr.write('\n');
    if (!result.ok) {
      console.error(result.message);
      return 1;
    }
    const r = result.report;
    for (const issue of r.issues) console.log(`  rij ${issue.rowNumber}${issue.field ? `, ${issue.field}` : ''}: ${issue.message}`);
    for (const notice of r.notices) console.log(`  rij ${notice.rowNumber}${notice.field ? `, ${notice.field}` : ''} (opmerking): ${notice.message}`);
    if (r.omittedIssues) console.log(`  … en nog ${r.omittedIssues} opmerkingen.`);
    const notice = expiredNotice(r);
    if (notice) console.log(notice);
    if (r.ignoredColumns.length) console.log(`Genegeerde kolommen (niet opgeslagen): ${r.ignoredColumns.join(', ')}`);
    console.log(`${basename(file)}: ${r.accepted} nieuw of gewijzigd, ${r.unchanged} ongewijzigd, ${r.rejected} afgewezen${r.rekeyed > 0 ? `; ${r.rekeyed} opgeslagen sollicitaties omgezet naar de huidige pseudoniemsleutel` : ''} (${((performance.now() - started) / 1000).toFixed(1)} s).`);
    if (r.accepted + r.unchanged === 0) return 1;
    return r.rejected ? 2 : 0;
  } finally {
    await database.close();
  }
}

runMain(async () => {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { organisatie: { type: 'string' }, peildatum: { type: 'string' }, bron: { type: 'string' }, revisie: { type: 'string' }, door: { type: 'string' }, help: { type: 'boolean' } } });
  const [kind, file] = positionals;
  if (values.help || !kind || !file) {
    console.log(USAGE);
    return values.help ? 0 : 1;
  }
  if (kind === 'vacatures') {
    if (!values.organisatie) {
      console.error('--organisatie <code> is verplicht.');
      return 1;
    }
    return importVacancies(file, values.organisatie);
  }
  if (kind === 'formatie') return importFormatie(file, values);
  if (kind === 'sollicitaties') {
    if (!values.organisatie) {
      console.error('--organisatie <code> is verplicht.');
      return 1;
    }
    return importSollicitaties(file, values.organisatie);
  }
  console.error(`Onbekende soort import "${kind}".\n${USAGE}`);
  return 1;
});
