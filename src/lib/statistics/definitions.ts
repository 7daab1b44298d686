/**
 * Dutch definitions of every employment indicator: what is counted (teller), against what (noemer), over which
 * period or cohort, and how it is rounded. Pages and the API show these texts next to the figures.
 */

/** The definition of one indicator. */
export interface IndicatorDefinition {
  titel: string;
  /** Cohort or period: which peildatum or pair of peildata. */
  periode: string;
  /** Numerator. */
  teller: string;
  /** Denominator, or what the figure is compared with. */
  noemer: string;
  eenheid: string;
  afronding: string;
  toelichting: string;
}

const FTE_AFRONDING = 'Fte worden exact opgeteld en met één decimaal getoond; er wordt niet afgerond.';
const PCT_AFRONDING = 'Berekend met exacte getallen en daarna afgerond op één decimaal, halve waarden van nul af (12,25 wordt 12,3).';
const BRON = 'Bron: de gepubliceerde inventarisatie (laatste versie) van de rijkswerkgelegenheid op de peildatum.';

/** Every indicator, by key. */
export const INDICATOR_DEFINITIONS = {
  ftePerProvincie: {
    titel: 'Rijkswerkgelegenheid per provincie',
    periode: 'Stand op de peildatum 1 januari van het jaar.',
    teller: 'Som van de fte van alle regels van de inventarisatie in de provincie (optioneel alleen één sector).',
    noemer: 'Geen: absoluut aantal fte.',
    eenheid: 'fte',
    afronding: FTE_AFRONDING,
    toelichting: `Sectoren: ministeries, politie, rechtspraak, DJI, defensie en zbo's. ${BRON}`,
  },
  ftePerCorop: {
    titel: 'Rijkswerkgelegenheid per COROP-gebied',
    periode: 'Stand op de peildatum 1 januari van het jaar.',
    teller: 'Som van de fte van de regels met een gemeente in het COROP-gebied (indeling 2025).',
    noemer: 'Geen: absoluut aantal fte.',
    eenheid: 'fte',
    afronding: FTE_AFRONDING,
    toelichting: `Regels die alleen een provincie noemen, vallen in geen COROP-gebied; hun fte staan apart als "niet toe te delen". ${BRON}`,
  },
  veranderingJaar: {
    titel: 'Verandering ten opzichte van een jaar eerder',
    periode: 'Peildatum 1 januari van het jaar tegenover 1 januari van het jaar ervoor.',
    teller: 'Fte op de peildatum min fte op de vorige peildatum (absoluut); voor het percentage dat verschil.',
    noemer: 'Voor het percentage: fte op de vorige peildatum. Zonder fte op de vorige peildatum is er geen percentage.',
    eenheid: 'fte en procent',
    afronding: `${FTE_AFRONDING} ${PCT_AFRONDING}`,
    toelichting: 'Is er geen gepubliceerde inventarisatie voor het vorige jaar, dan ontbreekt de verandering.',
  },
  aandeelNationaal: {
    titel: 'Aandeel in het landelijke totaal',
    periode: 'Stand op de peildatum 1 januari van het jaar.',
    teller: 'Fte in de regio.',
    noemer: 'Fte in heel Nederland volgens dezelfde inventarisatie.',
    eenheid: 'procent',
    afronding: PCT_AFRONDING,
    toelichting: 'De aandelen tellen door afronding niet altijd precies op tot 100 procent.',
  },
  aandeelRandstad: {
    titel: 'Aandeel van de Randstad',
    periode: 'Stand op de peildatum 1 januari van het jaar.',
    teller: 'Fte in de provincies die als Randstad worden geteld (standaard Utrecht, Noord-Holland en Zuid-Holland).',
    noemer: 'Fte in heel Nederland volgens dezelfde inventarisatie.',
    eenheid: 'procent',
    afronding: PCT_AFRONDING,
    toelichting: 'De Randstad wordt benaderd met hele provincies; daardoor tellen ook gemeenten buiten de stedelijke ring mee.',
  },
  ftePerDuizendInwoners: {
    titel: 'Rijkswerkgelegenheid per 1.000 inwoners',
    periode: 'Fte op de peildatum 1 januari; inwoners op dezelfde 1 januari. Heeft het CBS dat jaar nog niet, dan het dichtstbijzijnde eerdere jaar; het gebruikte jaar staat altijd bij de uitkomst.',
    teller: 'Fte in de regio.',
    noemer: 'Inwoners van de regio op 1 januari volgens CBS (StatLine 03759ned, definitieve cijfers), gedeeld door 1.000.',
    eenheid: 'fte per 1.000 inwoners',
    afronding: PCT_AFRONDING,
    toelichting: 'Fte tellen waar het werk is, inwoners waar mensen wonen: het is een maat voor de spreiding, niet voor wie de banen heeft.',
  },
  ftePerDuizendBeroepsbevolking: {
    titel: 'Rijkswerkgelegenheid per 1.000 personen in de beroepsbevolking',
    periode: 'Fte op de peildatum 1 januari; beroepsbevolking als jaargemiddelde van het peiljaar. Heeft het CBS dat jaar nog niet, dan het dichtstbijzijnde eerdere jaar; het gebruikte jaar staat altijd bij de uitkomst.',
    teller: 'Fte in de regio.',
    noemer: 'Beroepsbevolking van 15 tot 75 jaar in de regio volgens CBS (85269NED voor 2021, 85494NED voor 2022, 85969NED voor 2023: werkzaam plus werkloos), gedeeld door 1.000.',
    eenheid: 'fte per 1.000 personen in de beroepsbevolking',
    afronding: PCT_AFRONDING,
    toelichting: 'De beroepsbevolking is geteld naar woonplaats, de fte naar werkplaats.',
  },
  verdelingGroei: {
    titel: 'Waar de groei terechtkwam',
    periode: 'Peildatum 1 januari van het jaar tegenover 1 januari van het jaar ervoor.',
    teller: 'Verandering van het aantal fte in de provincie.',
    noemer: 'Verandering van het aantal fte in heel Nederland.',
    eenheid: 'procent van de landelijke verandering',
    afronding: `${FTE_AFRONDING} ${PCT_AFRONDING}`,
    toelichting: 'De aandelen tellen op tot 100 procent (op afronding na). Een negatief aandeel bij landelijke groei betekent dat de provincie kromp. Is de landelijke verandering nul, dan is er geen aandeel.',
  },
  verplaatsingen: {
    titel: 'Verplaatsingen over de provinciegrens',
    periode: 'Twee gepubliceerde inventarisaties, meestal 1 januari van opeenvolgende jaren.',
    teller: 'Per organisatie (alle sectoren samen): de provincies waar de organisatie minstens 50 fte verloor, mits zij in een andere provincie minstens 50 fte won, en omgekeerd. Verplaatst = het kleinste van het totale verlies en de totale winst in die provincies.',
    noemer: 'Geen: absoluut aantal fte.',
    eenheid: 'fte',
    afronding: FTE_AFRONDING,
    toelichting: 'Gebaseerd op netto verschillen per provincie: gelijktijdige krimp op de ene plek en groei op een andere telt ook als verplaatsing, want de inventarisatie volgt geen individuele banen.',
  },
} as const satisfies Record<string, IndicatorDefinition>;

/** Key of an indicator in {@link INDICATOR_DEFINITIONS}. */
export type IndicatorKey = keyof typeof INDICATOR_DEFINITIONS;

/** Province names by CBS code, for definition texts (indeling 2025). */
const PROVINCE_NAMES: Readonly<Record<string, string>> = {
  PV20: 'Groningen',
  PV21: 'Fryslân',
  PV22: 'Drenthe',
  PV23: 'Overijssel',
  PV24: 'Flevoland',
  PV25: 'Gelderland',
  PV26: 'Utrecht',
  PV27: 'Noord-Holland',
  PV28: 'Zuid-Holland',
  PV29: 'Zeeland',
  PV30: 'Noord-Brabant',
  PV31: 'Limburg',
};

/** Dutch list "a, b en c". */
function dutchList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

/** The Randstad definition actually used, naming its provinces: "Randstad = de provincies Utrecht (PV26), …". */
export function randstadDefinition(provinces: readonly string[]): string {
  const named = provinces.map((code) => (PROVINCE_NAMES[code] ? `${PROVINCE_NAMES[code]} (${code})` : code));
  const subject = provinces.length === 1 ? `de provincie ${named[0]}` : `de provincies ${dutchList(named)}`;
  return `Randstad = ${subject}. Aandeel = fte in deze provincies gedeeld door de fte in heel Nederland, in procenten met één decimaal.`;
}
