import type { AppConfig } from '../config/config.ts';
import { openDatabase, targetFromConfig } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { withAdvisoryLock } from '../db/advisory-lock.ts';
import { loadReferenceData } from '../reference/load-reference-data.ts';
import { seedDemoInventory } from '../inventory/demo-inventory.ts';
import { ensureDemoAccounts } from './demo-accounts.ts';
import { seedDemoApplications } from '../intake/demo-applications.ts';
import { countByKeyId, labelUnversionedPseudonyms, pseudonymKeyReport } from '../intake/pseudonym-key-usage.ts';
import { pseudonymKeyring } from '../secrets/pseudonym-keys.ts';
import { seedDemoData, type DemoSeedResult } from './seed-demo-data.ts';

/** What start-up did to the database. */
export interface PrepareResult {
  description: string;
  migrationsApplied: string[];
  referenceCounts: Record<string, number>;
  demo: DemoSeedResult | null;
}

/**
 * Migrates, refreshes reference data and, only on an empty database, loads the demo data.
 * Opens and closes its own connection: PGlite allows one process-wide user of its folder, and the
 * server opens its own afterwards. On PostgreSQL the whole step holds an advisory lock, so app nodes
 * started together prepare one after the other (the second finds everything done).
 */
export async function prepareDatabase(config: AppConfig, log: (line: string) => void): Promise<PrepareResult> {
  const database = await openDatabase(targetFromConfig(config));
  try {
    const outcome = await withAdvisoryLock(database.db, 'startup', () => prepareLocked(database, config, log));
    if (!outcome.ran) throw new Error('start-up lock not taken');
    return outcome.value;
  } finally {
    await database.close();
  }
}

async function prepareLocked(database: Awaited<ReturnType<typeof openDatabase>>, config: AppConfig, log: (line: string) => void): Promise<PrepareResult> {
  {
    const migrationsApplied = await migrateToLatest(database.db);
    log(migrationsApplied.length ? `applied migrations: ${migrationsApplied.join(', ')}` : 'database schema is up to date');
    const referenceCounts = await loadReferenceData(database.db);
    await logPseudonymKeys(database, config, log);
    log(`reference data: ${referenceCounts.provincie} provinces, ${referenceCounts.corop} COROP regions, ${referenceCounts.gemeente} municipalities, ${referenceCounts.pc4} postcodes, ${referenceCounts.organisatie} organisations`);
    const demo = config.DEMO_DATA === 'auto' ? await seedDemoData(database.db, { log }) : null;
    if (config.DEMO_DATA === 'auto') {
      const inventory = await seedDemoInventory(database.db);
      const started = performance.now();
      const applications = await seedDemoApplications(database.db, { secret: config.APP_SECRET, randstad: config.RANDSTAD_PROVINCES });
      log(applications.seeded ? `demo applications: ${applications.applications.toLocaleString('nl-NL')} pseudonymous applications and hires in ${((performance.now() - started) / 1000).toFixed(1)} s (labelled "voorbeeldgegevens")` : 'demo applications: already present or no demo vacancies, left as they are');
      if (config.NODE_ENV !== 'production') {
        const accounts = await ensureDemoAccounts(database.db, config);
        log('demo accounts (log in at /login):');
        for (const a of accounts) log(`  ${a.rol.padEnd(9)} ${a.gebruikersnaam}  wachtwoord: ${a.wachtwoord ?? '(met de hand gewijzigd)'}${a.organisaties.length ? `  (${a.organisaties.join(', ')})` : ''}`);
      }
      log(inventory.seeded ? `demo inventory: ${inventory.snapshots.map((s) => `${s.peildatum.slice(0, 4)} ${Math.round(s.totalFte).toLocaleString('nl-NL')} fte`).join(', ')} (labelled "voorbeeldgegevens")` : 'demo inventory: the database already has inventory snapshots, left as they are');
    }
    return { description: database.description, migrationsApplied, referenceCounts, demo };
  }
}

/**
 * Labels applications stored before pseudonym keys were versioned and says, in one line, which keys the stored
 * applications carry; warns when a key they carry is no longer configured (see `npm run pseudoniemen`).
 */
async function logPseudonymKeys(database: Awaited<ReturnType<typeof openDatabase>>, config: AppConfig, log: (line: string) => void): Promise<void> {
  const ring = pseudonymKeyring(config);
  const labelled = await labelUnversionedPseudonyms(database.db, ring);
  const lines = pseudonymKeyReport(ring, await countByKeyId(database.db));
  const old = lines.filter((l) => l.state !== 'huidig' && l.real > 0);
  const parts = old.map((l) => `${l.real} on ${l.key ? l.key.source : 'a key that is NOT configured'} (${l.keyId})`);
  if (labelled > 0) log(`pseudonym keys: labelled ${labelled} applications stored before key versions with the key they were made with`);
  if (parts.length > 0) log(`pseudonym keys: current ${ring.current.id}; applications still under older keys: ${parts.join(', ')} (see npm run pseudoniemen)`);
  if (lines.some((l) => l.state === 'ontbreekt' && l.real > 0)) log('WARNING: applications carry a pseudonym key that is not configured; imports for their organisations are refused until its APP_SECRET value is back in APP_SECRET_PREVIOUS');
}

/**
 * For command-line tools: opens the configured database, migrates it and loads the reference data
 * when it is missing, so a tool can run before the first `npm start`. The caller closes it.
 */
export async function openPreparedDatabase(config: AppConfig) {
  const database = await openDatabase(targetFromConfig(config));
  await withAdvisoryLock(database.db, 'startup', async () => {
    await migrateToLatest(database.db);
    const provinces = await database.db.selectFrom('provincie').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    if (Number(provinces.n) === 0) await loadReferenceData(database.db);
    await labelUnversionedPseudonyms(database.db, pseudonymKeyring(config));
  });
  return database;
}
