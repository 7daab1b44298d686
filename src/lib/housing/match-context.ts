import type { ResolvedProfile } from '../province-profiles/resolved-profile.ts';
import type { SnapshotInfo } from '../statistics/employment-queries.ts';
import type { EmploymentRow } from '../statistics/employment-row.ts';

/** A municipality with its centre, as the match measures distances from it. */
export interface MatchMunicipality {
  code: string;
  naam: string;
  provincieCode: string;
  coropCode: string;
  lat: number;
  lon: number;
}

/** A CBS figure of a province with the year it is from. */
export interface YearFigure {
  waarde: number;
  jaar: number;
}

/** Everything the match reads, loaded once (see housing-data.ts); the match itself is pure. */
export interface MatchContext {
  snapshot: SnapshotInfo;
  /** Rows of that published inventory (real, or demo only when nothing real is published). */
  rows: readonly EmploymentRow[];
  municipalities: readonly MatchMunicipality[];
  corop: readonly { code: string; naam: string; provincieCode: string }[];
  provinces: readonly { code: string; naam: string }[];
  hubs: readonly { plaats: string; gemeenteCode: string; status: string }[];
  /** Labour force 15–75 per province, the inventory year or the nearest earlier year with a figure. */
  labourForce: ReadonlyMap<string, YearFigure>;
  /** Government fte per 1,000 inhabitants per province, with the CBS year of the population. */
  perThousand: ReadonlyMap<string, YearFigure>;
  randstadProvinces: readonly string[];
  profiles: ReadonlyMap<string, ResolvedProfile | null>;
}

/** The parts of a housing question the match uses. */
export interface MatchQuestion {
  organisatie: string;
  omvang: number;
  maxAfstandKm: number | null;
  afstandTot: 'vestiging' | 'plein' | 'vestiging-of-plein';
  buitenRandstad: boolean;
  vanGemeente: string | null;
}
