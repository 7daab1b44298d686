import { openDatabase } from './src/lib/db/database.ts';
import { migrateToLatest } from './src/lib/db/migrate.ts';
import { loadReferenceData } from './src/lib/reference/load-reference-data.ts';
import { importApplications } from './src/lib/intake/import-applications.ts';
const d = await openDatabase({ kind: 'pglite-memory' });
await migrateToLatest(d.db); await loadReferenceData(d.db);
const N = 200_000;
async function* gen() {
  yield 'sollicitant_id;vacature;werkplaats_gemeente;sollicitatiedatum;postcode;fase;uitkomst;naam\n';
  let buf = '';
  for (let i = 0; i < N; i++) {
    buf += `S${i};EXT-${i % 300};GM0014;${(i % 28) + 1}-10-2026;97${String(i % 100).padStart(2, '0')} AB;gesprek;lopend;Naam ${i}\n`;
    if (buf.length > 256 * 1024) { yield buf; buf = ''; }
  }
  yield buf;
}
let peak = 0;
const iv = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 200);
const before = process.memoryUsage().rss;
const t = Date.now();
const r = await importApplications(d.db, gen(), { organisatieCode: 'duo', format: 'csv', secret: 'x'.repeat(40), door: 't', now: new Date('2026-11-29T12:00:00Z'), onProgress: (p) => { if (p.rowsRead % 50000 === 0) console.log(p.rowsRead, Date.now() - t, 'ms', (process.memoryUsage().rss / 1e6).toFixed(0), 'MB'); } });
clearInterval(iv);
console.log(r.accepted, r.rejected, r.notices.length, Date.now() - t, 'ms; rss before', (before / 1e6).toFixed(0), 'peak', (peak / 1e6).toFixed(0), 'heap', (process.memoryUsage().heapUsed/1e6).toFixed(0));
await d.close();
