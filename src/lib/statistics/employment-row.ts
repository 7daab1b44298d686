import type { Sector } from '../db/schema.ts';

/** One inventory row as the statistics read it: fte of an organisation in a place and sector. */
export interface EmploymentRow {
  organisatieCode: string;
  sector: Sector;
  provincieCode: string;
  /** Null when the row only names a province. */
  gemeenteCode: string | null;
  /** COROP region of the municipality; null when the municipality is unknown. */
  coropCode: string | null;
  /** Fte with at most one decimal. */
  fte: number;
}

/** Fte of one region (province, COROP region or the Netherlands), one decimal. */
export interface RegionFte {
  regioCode: string;
  fte: number;
}
