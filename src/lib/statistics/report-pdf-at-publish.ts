import { reportPdf, type ReportPdfResult } from './report-pdf.ts';
import { versionSegment } from './report-versions.ts';

/** How a publish's PDF went: stored now, still printing after the wait, or not made (with the reason, in Dutch). */
export type PublishPdfOutcome = { status: 'gemaakt' } | { status: 'bezig' } | { status: 'niet-gemaakt'; reason: string };

/**
 * How long publishing waits for Chromium. The publish itself is already committed; the PDF is the version's
 * print, so an analyst normally sees it stored before the page returns. After this bound the printing goes on
 * in the background (the version's PDF URL waits for the same work instead of starting a second one).
 */
export const PUBLISH_PDF_WAIT_MS = 90_000;

/** The permanent page that a version's PDF is printed from. */
export function reportVersionPageUrl(origin: string, peildatum: string, snapshotId: number): string {
  return new URL(`/cijfers/rapportage/${peildatum.slice(0, 4)}/${versionSegment(snapshotId)}`, origin).toString();
}

/**
 * Prints and stores the PDF of a report version right after its inventory is published, so the PDF is made
 * from the page as it stood at publication and served from storage ever after. Never throws: a publish stands
 * whether or not its PDF could be made. Without Chromium (or when printing fails) the PDF URL tries again on
 * its first request and stores that print instead; the outcome says which happened.
 */
export async function storeReportPdfAtPublish(options: {
  dataDir: string;
  origin: string;
  snapshot: { id: number; peildatum: string };
  waitMs?: number;
  print?: typeof reportPdf;
}): Promise<PublishPdfOutcome> {
  const { dataDir, origin, snapshot, waitMs = PUBLISH_PDF_WAIT_MS, print = reportPdf } = options;
  const jaar = Number(snapshot.peildatum.slice(0, 4));
  const printing: Promise<PublishPdfOutcome> = print({ dataDir, jaar, snapshotId: snapshot.id, pageUrl: reportVersionPageUrl(origin, snapshot.peildatum, snapshot.id) })
    .then((result: ReportPdfResult): PublishPdfOutcome => (result.ok ? { status: 'gemaakt' } : { status: 'niet-gemaakt', reason: result.reason }))
    .catch((error: unknown): PublishPdfOutcome => ({ status: 'niet-gemaakt', reason: `Chromium gaf een fout: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` }));
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<PublishPdfOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ status: 'bezig' }), waitMs);
  });
  try {
    const outcome = await Promise.race([printing, bound]);
    if (outcome.status === 'niet-gemaakt') console.warn(`[rapportage-pdf] snapshot ${snapshot.id}: no PDF at publish: ${outcome.reason}`);
    return outcome;
  } finally {
    clearTimeout(timer);
  }
}

/** The sentence the upload page shows about a publish's PDF (Dutch, analysts' screen). */
export function publishPdfNotice(status: string | null): string | null {
  if (status === 'gemaakt') return 'De PDF van deze rapportageversie is gemaakt en bewaard; hij verandert niet meer.';
  if (status === 'bezig') return 'De PDF van deze rapportageversie wordt nog gemaakt; de PDF-link wacht daarop.';
  if (status === 'niet-gemaakt') return 'De PDF kon bij het publiceren niet worden gemaakt (zie het serverlog); de PDF-link probeert het bij de eerste opvraag opnieuw en bewaart dan die versie. De publicatie zelf staat.';
  return null;
}
