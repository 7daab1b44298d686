import { formatNumber, type PublishedCell } from '../disclosure/index.ts';
import { hiddenDerived, presentShare } from '../disclosure/cell-key/index.ts';

/** The four published cells a headline is made of (all already through disclosure control). */
export interface HeadlineSource {
  applicants: PublishedCell;
  hires: PublishedCell;
  /** Hires living outside the Randstad and inside it (known home region only). */
  hiresOutsideRandstad: PublishedCell;
  hiresInsideRandstad: PublishedCell;
  /** Share of hires living in the province of their workplace. */
  localShare: PublishedCell;
}

/** One headline figure: the value now, the value before, and the change in words. */
export interface HeadlineFigure {
  key: 'sollicitanten' | 'aangenomen' | 'buiten-randstad' | 'lokaal';
  label: string;
  current: PublishedCell;
  previous: PublishedCell | null;
  /** "+12% t.o.v. 2e kwartaal 2026", "−3 procentpunt …", or why there is no comparison. */
  change: string;
  /** Direction for an arrow or colour: null when there is no comparison. */
  direction: 'up' | 'down' | 'same' | null;
  /** What the figure counts, in one line. */
  definition: string;
}

/**
 * The share of hires from outside the Randstad, computed from the two PUBLISHED counts only (so it reveals nothing
 * the counts do not), and only when both are shown and their sum reaches the disclosure minimum for a rate.
 */
export function outsideRandstadShare(outside: PublishedCell, inside: PublishedCell): PublishedCell {
  if (outside.kind !== 'value' || inside.kind !== 'value') return hiddenDerived();
  return presentShare(outside.value, outside.value + inside.value);
}

function countChange(now: PublishedCell, before: PublishedCell | null, previousLabel: string): Pick<HeadlineFigure, 'change' | 'direction'> {
  if (before === null) return { change: 'Geen vergelijking: er is geen vorige periode.', direction: null };
  if (now.kind !== 'value' || before.kind !== 'value') return { change: `Geen vergelijking met ${previousLabel}: een van beide aantallen is niet getoond.`, direction: null };
  if (before.value === 0) return { change: `Geen vergelijking: in ${previousLabel} was het aantal 0.`, direction: null };
  const percent = Math.round(((now.value - before.value) / before.value) * 100);
  if (percent === 0) return { change: `Gelijk aan ${previousLabel} (${before.display}).`, direction: 'same' };
  return { change: `${percent > 0 ? '+' : '−'}${formatNumber(Math.abs(percent))}% ten opzichte van ${previousLabel} (${before.display}).`, direction: percent > 0 ? 'up' : 'down' };
}

function shareChange(now: PublishedCell, before: PublishedCell | null, previousLabel: string): Pick<HeadlineFigure, 'change' | 'direction'> {
  if (before === null) return { change: 'Geen vergelijking: er is geen vorige periode.', direction: null };
  if (now.kind !== 'value' || before.kind !== 'value') return { change: `Geen vergelijking met ${previousLabel}: een van beide percentages is niet getoond.`, direction: null };
  const points = Math.round(now.value - before.value);
  if (points === 0) return { change: `Gelijk aan ${previousLabel} (${before.display}).`, direction: 'same' };
  const unit = Math.abs(points) === 1 ? 'procentpunt' : 'procentpunten';
  return { change: `${points > 0 ? '+' : '−'}${formatNumber(Math.abs(points))} ${unit} ten opzichte van ${previousLabel} (${before.display}).`, direction: points > 0 ? 'up' : 'down' };
}

/**
 * The four headline figures of measure 6, with the change against the previous period. Everything is computed
 * from published cells (percent change from shown counts, percentage points from shown percentages), so the
 * headline cannot reveal more than the tables it summarises.
 */
export function headlineFigures(current: HeadlineSource, previous: HeadlineSource | null, previousLabel: string): HeadlineFigure[] {
  const outsideNow = outsideRandstadShare(current.hiresOutsideRandstad, current.hiresInsideRandstad);
  const outsideBefore = previous ? outsideRandstadShare(previous.hiresOutsideRandstad, previous.hiresInsideRandstad) : null;
  return [
    { key: 'sollicitanten', label: 'Sollicitaties', current: current.applicants, previous: previous?.applicants ?? null, ...countChange(current.applicants, previous?.applicants ?? null, previousLabel), definition: 'Sollicitaties met een sollicitatiedatum in de periode.' },
    { key: 'aangenomen', label: 'Aangenomen', current: current.hires, previous: previous?.hires ?? null, ...countChange(current.hires, previous?.hires ?? null, previousLabel), definition: 'Van die sollicitaties: aangenomen (cohort van de sollicitatiedatum).' },
    { key: 'buiten-randstad', label: 'Aangenomen van buiten de Randstad', current: outsideNow, previous: outsideBefore, ...shareChange(outsideNow, outsideBefore, previousLabel), definition: 'Aandeel van de aangenomenen met een bekende woonregio dat buiten de Randstad woont.' },
    { key: 'lokaal', label: 'Lokale instroom', current: current.localShare, previous: previous?.localShare ?? null, ...shareChange(current.localShare, previous?.localShare ?? null, previousLabel), definition: 'Aandeel van de aangenomenen dat in de provincie van de werkplek woont.' },
  ];
}
