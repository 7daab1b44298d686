/** Which official figure a row of the official series holds. */
export type OfficialMeasure = 'fte_totaal' | 'randstad_aandeel_groei_pct';

/** One figure of the official national series, with its Kamerstuk where one exists (migration 0050). */
export interface RijkswerkgelegenheidOfficieelTable {
  peildatum: string;
  maat: OfficialMeasure;
  waarde: number;
  /** 'afgeleid' when the figure follows arithmetically from what the source says (explained in opmerking). */
  soort: 'gerapporteerd' | 'afgeleid';
  kamerstuk: string | null;
  kamerstuk_datum: string | null;
  bron: string;
  opmerking: string | null;
}

/** Tables of the figures feature (issue 10). */
export interface FiguresTables {
  rijkswerkgelegenheid_officieel: RijkswerkgelegenheidOfficieelTable;
}
