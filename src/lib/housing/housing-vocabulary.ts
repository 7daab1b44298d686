/** How the size of a housing question is given: workplaces or fte (the what-if counts both as fte). */
export const OMVANG_EENHEDEN = { fte: 'fte', werkplekken: 'werkplekken' } as const;

/** Unit of a housing question's size. */
export type OmvangEenheid = keyof typeof OMVANG_EENHEDEN;

/** What the maximum distance of a must-have is measured to. */
export const AFSTAND_TOT = {
  vestiging: 'een bestaande vestiging van de organisatie',
  plein: 'een open rijksontmoetingsplein',
  'vestiging-of-plein': 'een bestaande vestiging of een open rijksontmoetingsplein',
} as const;

/** Target of the distance must-have. */
export type AfstandTot = keyof typeof AFSTAND_TOT;

/**
 * The weights of the match, in points (together 100). Declared once: the match computes with them and the
 * result page prints them, so what the page says is what was computed.
 */
export const MATCH_WEIGHTS = {
  vestiging: { punten: 25, regel: '25 punten als de organisatie al in de regio zit (0 km); daarna 25 × (1 − afstand/100 km) tot de dichtstbijzijnde eigen vestiging, 0 vanaf 100 km.' },
  rijkskantoren: { punten: 15, regel: '15 × (fte rijkswerkgelegenheid in de regio / 500), hoogstens 15: bestaande rijkskantoren om bij aan te sluiten.' },
  plein: { punten: 15, regel: '15 punten met een open rijksontmoetingsplein in de regio; anders 15 × (1 − afstand/60 km) tot het dichtstbijzijnde open plein, 0 vanaf 60 km.' },
  arbeidsmarkt: { punten: 15, regel: '15 × (beroepsbevolking van de provincie / grootste beroepsbevolking van een provincie).' },
  spreiding: { punten: 15, regel: '15 × (1 − rijksbanen per 1.000 inwoners van de provincie / hoogste waarde van een provincie): minder rijkswerk in de provincie geeft meer punten.' },
  randstad: { punten: 15, regel: '15 punten buiten de Randstad, 0 erin.' },
} as const;

/** One scored part of the match. */
export type MatchPart = keyof typeof MATCH_WEIGHTS;
