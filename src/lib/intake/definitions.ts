/** The Dutch definition of one intake indicator: what is counted, over which cohort, divided by what. */
export interface IndicatorDefinition {
  readonly titel: string;
  readonly titelEn: string;
  /** Who is counted and over which period. */
  readonly cohort: string;
  readonly teller: string;
  /** Null for plain counts. */
  readonly noemer: string | null;
  /** Extra remarks (unknown home region, disclosure). */
  readonly toelichting: string;
}

const COHORT =
  'Sollicitaties met een sollicitatiedatum in de gekozen kwartalen (cohort naar sollicitatiekwartaal), bij de gekozen organisaties. ' +
  'Een sollicitatie telt mee in elke fase die zij heeft bereikt: wie is aangenomen, telt ook mee bij sollicitatie, gesprek en aanbod.';

const ONBEKEND =
  'Woonprovincie volgt uit de postcode die de organisatie aanlevert (alleen de vier cijfers, om de gemeente te bepalen; de postcode wordt niet bewaard). ' +
  'Sollicitanten zonder bruikbare postcode staan apart onder "Onbekend".';

const AFSCHERMING =
  'Elk getal krijgt een eigen kleine afwijking van hooguit 3 (celsleutelmethode), zodat dezelfde groep overal hetzelfde getal krijgt en vergelijken van filters niets onthult; ' +
  'getallen onder 10 staan er als "<10"; percentages, intervallen en indexen worden alleen uit getoonde getallen berekend, met een noemer van minstens 50. Rijen tellen daardoor niet altijd precies op.';

/** Definitions of every intake indicator, keyed by a stable id. */
export const INTAKE_DEFINITIONS = {
  trechter: {
    titel: 'Sollicitatietrechter per woonprovincie',
    titelEn: 'Application funnel by province of residence',
    cohort: COHORT,
    teller: 'Aantal sollicitaties dat de fase sollicitatie, gesprek, aanbod of aangenomen heeft bereikt, naar woonprovincie van de sollicitant.',
    noemer: null,
    toelichting: `${ONBEKEND} ${AFSCHERMING}`,
  },
  doorstroom: {
    titel: 'Doorstroom naar gesprek, aanbod en aanstelling',
    titelEn: 'Progression to interview, offer and hire',
    cohort: COHORT,
    teller: 'Aantal sollicitaties van de groep dat de fase (gesprek, aanbod of aangenomen) heeft bereikt.',
    noemer: 'Aantal sollicitaties van dezelfde groep.',
    toelichting: `Met 95%-betrouwbaarheidsinterval (Wilson). ${ONBEKEND} ${AFSCHERMING}`,
  },
  herkomst: {
    titel: 'Herkomst: woonprovincie × provincie van de werkplek',
    titelEn: 'Origin: province of residence × province of the workplace',
    cohort: COHORT,
    teller: 'Aantal sollicitaties in de gekozen fase, naar woonprovincie van de sollicitant (rijen) en provincie van de werkplek (kolommen).',
    noemer: null,
    toelichting: `De werkplek is de standplaats van de vacature of de werkplaats die de organisatie opgeeft. ${ONBEKEND} ${AFSCHERMING}`,
  },
  'lokale-instroom-provincie': {
    titel: 'Lokale instroom: uit dezelfde provincie',
    titelEn: 'Local intake: from the same province',
    cohort: COHORT,
    teller: 'Aantal aangenomen sollicitanten dat woont in de provincie van de werkplek.',
    noemer: 'Aantal aangenomen sollicitanten, inclusief die met een onbekende woonprovincie (die tellen als niet-lokaal: het aandeel is een ondergrens).',
    toelichting: `${ONBEKEND} ${AFSCHERMING}`,
  },
  'lokale-instroom-corop': {
    titel: 'Lokale instroom: uit dezelfde COROP-regio',
    titelEn: 'Local intake: from the same COROP region',
    cohort: COHORT,
    teller: 'Aantal aangenomen sollicitanten dat woont in de COROP-regio van de werkplek.',
    noemer: 'Aantal aangenomen sollicitanten, inclusief die met een onbekende woonregio.',
    toelichting: `${ONBEKEND} ${AFSCHERMING}`,
  },
  randstad: {
    titel: 'Randstad en de rest van Nederland',
    titelEn: 'Randstad and the rest of the Netherlands',
    cohort: COHORT,
    teller: 'Aantal sollicitaties per fase, naar woongebied (Randstad, rest, onbekend) en werkgebied (Randstad, rest).',
    noemer: null,
    toelichting: `De Randstad is hier de provincies Utrecht, Noord-Holland en Zuid-Holland (instelbaar). ${ONBEKEND} ${AFSCHERMING}`,
  },
  'representatie-sollicitanten': {
    titel: 'Representatie-index sollicitanten',
    titelEn: 'Representation index of applicants',
    cohort: COHORT,
    teller: 'Aandeel van de provincie in alle sollicitanten met een bekende woonprovincie.',
    noemer: 'Aandeel van de provincie in de beroepsbevolking van Nederland (CBS, meest recente jaar; het gebruikte jaar staat erbij).',
    toelichting: `1 betekent: net zo vaak vertegenwoordigd als de beroepsbevolking; boven 1 vaker, onder 1 minder vaak. Sollicitanten met een onbekende woonprovincie tellen niet mee in de aandelen en worden apart getoond. ${AFSCHERMING}`,
  },
  'representatie-aangenomen': {
    titel: 'Representatie-index aangenomen',
    titelEn: 'Representation index of hires',
    cohort: COHORT,
    teller: 'Aandeel van de provincie in alle aangenomen sollicitanten met een bekende woonprovincie.',
    noemer: 'Aandeel van de provincie in de beroepsbevolking van Nederland (CBS, meest recente jaar).',
    toelichting: `Aangenomen sollicitanten met een onbekende woonprovincie worden apart getoond. ${AFSCHERMING}`,
  },
  selectieratio: {
    titel: 'Selectiekans per woonprovincie ten opzichte van de hoogste',
    titelEn: 'Selection rate by province of residence relative to the highest',
    cohort: COHORT,
    teller: 'Selectiekans van de provincie: aantal sollicitaties dat de fase bereikte gedeeld door het aantal sollicitaties uit die provincie.',
    noemer: 'Selectiekans van de referentieprovincie: de provincie met de hoogste selectiekans onder de provincies waarvan de selectiekans gepubliceerd mag worden (minstens 50 sollicitanten en minstens 10 in de fase).',
    toelichting:
      'Een verhouding onder 0,8 (vier-vijfderegel) heet "lager"; of het verschil statistisch significant is, toetst Fisher\u2019s exacte toets (tweezijdig) met Holm-correctie over alle vergeleken provincies (p < 0,05 na correctie). ' +
      'Oordelen: "lager en significant", "lager, niet significant", "geen aanwijzing" (verhouding 0,8 of hoger) en "te weinig waarnemingen" (de selectiekans van de provincie mag niet gepubliceerd worden). ' +
      'Alles wordt berekend uit de gepubliceerde aantallen. ' +
      `${AFSCHERMING}`,
  },
  kwartaaltrend: {
    titel: 'Ontwikkeling per kwartaal',
    titelEn: 'Trend by quarter',
    cohort: 'Sollicitaties per sollicitatiekwartaal; een sollicitatie telt mee in elke fase die zij heeft bereikt.',
    teller: 'Aantal sollicitaties per fase in het kwartaal waarin gesolliciteerd is.',
    noemer: null,
    toelichting: `Recente kwartalen kunnen nog groeien: lopende sollicitaties bereiken later een volgende fase. ${AFSCHERMING}`,
  },
  activiteit: {
    titel: 'Activiteit per woonprovincie: sollicitaties, gesprekken, aanbiedingen en indiensttredingen in de periode',
    titelEn: 'Activity by province of residence: applications, interviews, offers and hires in the period',
    cohort:
      'Gebeurtenissen met een datum in de gekozen kwartalen (periode, geen cohort), bij de gekozen organisaties. ' +
      'Elke gebeurtenis telt in het kwartaal van haar eigen datum: een sollicitatie in het eerste kwartaal met een gesprek in het tweede kwartaal telt in het eerste kwartaal als sollicitatie en in het tweede als gesprek.',
    teller:
      'Aantal ontvangen sollicitaties (sollicitatiedatum), gevoerde gesprekken (datum gesprek), gedane aanbiedingen (datum aanbod) en indiensttredingen (datum indiensttreding), naar woonprovincie van de sollicitant.',
    noemer: null,
    toelichting:
      'Gebeurtenissen zonder datum tellen niet mee. Een indiensttreding telt in het kwartaal van de startdatum, ook als die nog in de toekomst ligt. ' +
      'De aantallen zijn niet genest (een gesprek in deze periode kan bij een sollicitatie uit een eerdere periode horen), daarom staan er geen doorstroompercentages bij; ' +
      `gebruik daarvoor de trechter naar sollicitatiekwartaal. ${ONBEKEND} ${AFSCHERMING}`,
  },
} as const satisfies Record<string, IndicatorDefinition>;

/** Id of an intake indicator. */
export type IntakeIndicator = keyof typeof INTAKE_DEFINITIONS;

/** One line "Teller: …; noemer: …" plus cohort, for a footnote under a figure. */
export function definitionText(indicator: IntakeIndicator): string {
  const d: IndicatorDefinition = INTAKE_DEFINITIONS[indicator];
  const parts = [d.cohort, `Teller: ${d.teller}`];
  if (d.noemer !== null) parts.push(`Noemer: ${d.noemer}`);
  parts.push(d.toelichting);
  return parts.join(' ');
}
