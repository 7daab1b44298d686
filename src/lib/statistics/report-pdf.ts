import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Debian's Chromium, where installed (the same binaries the browser tests use). */
const CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The Chromium binary the server prints PDFs with, or null when none is installed. */
export function chromiumExecutable(): string | null {
  return CHROMIUM_PATHS.find((p) => existsSync(p)) ?? null;
}

/** Outcome of {@link reportPdf}: the PDF, or why there is none (in Dutch, for the reader). */
export type ReportPdfResult = { ok: true; pdf: Buffer; cached: boolean } | { ok: false; reason: string };

// One rendering per file at a time: two first requests for the same version share the work.
const pending = new Map<string, Promise<ReportPdfResult>>();

/**
 * The PDF of one frozen report version, printed by Chromium from the version's own permanent page. Written
 * once to `<dataDir>/rapportage-pdf/` (via a temporary file and a rename, so a reader never sees half a file)
 * and served from there ever after: like the version itself, its PDF never changes.
 */
export function reportPdf(options: { dataDir: string; jaar: number; snapshotId: number; pageUrl: string }): Promise<ReportPdfResult> {
  const dir = join(options.dataDir, 'rapportage-pdf');
  const file = join(dir, `rijkswerkgelegenheid-${options.jaar}-snapshot-${options.snapshotId}.pdf`);
  const running = pending.get(file);
  if (running) return running;
  const work = (async (): Promise<ReportPdfResult> => {
    if (existsSync(file)) return { ok: true, pdf: await readFile(file), cached: true };
    const executablePath = chromiumExecutable();
    if (!executablePath) return { ok: false, reason: 'Deze server kan geen PDF maken: Chromium is niet geïnstalleerd (apt-get install chromium). De rapportage zelf staat op de vaste link; druk die af met de browser.' };
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
    try {
      const page = await browser.newPage();
      const response = await page.goto(options.pageUrl, { waitUntil: 'load', timeout: 60_000 });
      if (!response?.ok()) return { ok: false, reason: `De rapportagepagina gaf status ${response?.status() ?? 'onbekend'}; er is geen PDF gemaakt.` };
      const pdf = await page.pdf({ format: 'A4', printBackground: true, margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' }, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: '<div style="font-size:8px;width:100%;text-align:center">Pagina <span class="pageNumber"></span> van <span class="totalPages"></span></div>' });
      await mkdir(dir, { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      await writeFile(temporary, pdf);
      await rename(temporary, file);
      return { ok: true, pdf, cached: false };
    } finally {
      await browser.close();
    }
  })();
  pending.set(file, work);
  return work.finally(() => pending.delete(file));
}
