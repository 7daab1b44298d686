import type { Rng } from './prng.ts';
import type { Vakgebied } from './fields.ts';

/**
 * Dutch text templates for demo vacancies: a one-paragraph summary and a simple HTML description
 * (wat ga je doen / wie ben jij / wat bieden wij). Varied by picking from small pools with the seeded
 * random source, so the texts differ but stay reproducible.
 */

/** What the templates need to know about one vacancy. */
export type TextContext = {
  titel: string;
  organisatieNaam: string;
  /** Article used before the name in running text ('de', 'het' or ''). */
  organisatieLidwoord: 'de' | 'het' | '';
  /** Display names of the work locations, first one is the main location. */
  plaatsen: readonly string[];
  vakgebied: Vakgebied;
  opleidingsniveau: string;
  schaalMin: number;
  schaalMax: number;
  salarisMin: number;
  salarisMax: number;
  urenMin: number;
  urenMax: number;
  werkwijze: 'op-locatie' | 'hybride' | 'thuis' | 'niet-vermeld';
  vanafRijksontmoetingsplein: boolean;
};

const TASKS: Readonly<Record<Vakgebied, readonly string[]>> = {
  beleid: [
    'Je schrijft beleidsnotities en adviezen voor de bewindspersoon.',
    'Je bereidt Kamerbrieven en antwoorden op Kamervragen voor.',
    'Je werkt samen met uitvoeringsorganisaties, gemeenten en maatschappelijke partners.',
    'Je vertaalt politieke wensen naar uitvoerbaar beleid.',
    'Je volgt ontwikkelingen in Brussel en in de Tweede Kamer.',
    'Je organiseert overleg met stakeholders en haalt signalen uit de praktijk op.',
    'Je toetst voorstellen op uitvoerbaarheid en financiële gevolgen.',
  ],
  juridisch: [
    'Je beoordeelt dossiers en schrijft goed onderbouwde besluiten.',
    'Je behandelt bezwaarschriften en vertegenwoordigt de organisatie bij de rechter.',
    'Je adviseert collega’s over wet- en regelgeving.',
    'Je werkt mee aan nieuwe wetgeving en toetst die aan hoger recht.',
    'Je houdt de jurisprudentie bij en deelt je kennis in het team.',
    'Je handelt verzoeken op grond van de Wet open overheid af.',
  ],
  ict: [
    'Je ontwikkelt en beheert applicaties die burgers en bedrijven dagelijks gebruiken.',
    'Je werkt in een multidisciplinair scrumteam aan nieuwe functionaliteit.',
    'Je zorgt voor een veilige en stabiele infrastructuur.',
    'Je analyseert incidenten en lost verstoringen structureel op.',
    'Je adviseert over informatiebeveiliging, privacy en architectuur.',
    'Je automatiseert tests en deployments.',
    'Je denkt mee over de migratie naar de cloud.',
  ],
  data: [
    'Je ontsluit en combineert data uit verschillende bronnen.',
    'Je bouwt dashboards die managers helpen betere keuzes te maken.',
    'Je ontwikkelt statistische modellen en voorspellingen.',
    'Je bewaakt de kwaliteit en herkomst van gegevens.',
    'Je vertaalt vragen uit de organisatie naar analyses.',
    'Je zorgt dat gegevens volgens de AVG en de archiefwet worden verwerkt.',
  ],
  financien: [
    'Je stelt begrotingen, prognoses en jaarrekeningen op.',
    'Je controleert financiële verantwoordingen en signaleert risico’s.',
    'Je adviseert het management over financiële keuzes.',
    'Je verwerkt facturen en bewaakt betalingen.',
    'Je beoordeelt aangiften en voert boekenonderzoeken uit.',
    'Je zorgt voor een rechtmatige besteding van publiek geld.',
  ],
  hr: [
    'Je adviseert leidinggevenden over formatie, werving en ontwikkeling.',
    'Je begeleidt reorganisaties en verandertrajecten.',
    'Je werft nieuwe collega’s en verbetert de candidate experience.',
    'Je verwerkt mutaties in het personeelssysteem.',
    'Je ontwikkelt leer- en ontwikkelprogramma’s.',
    'Je werkt mee aan een inclusieve en veilige werkomgeving.',
  ],
  communicatie: [
    'Je schrijft nieuwsberichten, webteksten en posts voor sociale media.',
    'Je adviseert bestuurders en projectteams over communicatie.',
    'Je woont overleggen bij en vertaalt beleid naar begrijpelijke taal.',
    'Je onderhoudt contacten met de pers.',
    'Je zet campagnes op en meet hun effect.',
    'Je zorgt dat onze informatie toegankelijk is voor iedereen.',
  ],
  techniek: [
    'Je voert onderhoud en inspecties uit aan installaties en materieel.',
    'Je lost storingen op, ook onder tijdsdruk.',
    'Je bereidt werkzaamheden voor en stemt af met aannemers.',
    'Je beoordeelt technische tekeningen en berekeningen.',
    'Je zorgt dat alles veilig en volgens de normen werkt.',
    'Je adviseert over vervanging en renovatie.',
  ],
  'inspectie-handhaving': [
    'Je voert inspecties uit bij bedrijven en instellingen.',
    'Je stelt rapporten en boeterapporten op.',
    'Je beoordeelt risico’s en kiest de juiste interventie.',
    'Je werkt samen met politie, gemeenten en andere toezichthouders.',
    'Je houdt toezicht op naleving van wet- en regelgeving.',
    'Je onderzoekt meldingen en signalen uit de samenleving.',
  ],
  onderzoek: [
    'Je zet onderzoeken op en voert ze uit.',
    'Je analyseert gegevens en schrijft heldere rapporten.',
    'Je presenteert resultaten aan beleidsmakers en vakgenoten.',
    'Je werkt samen met universiteiten en kennisinstituten.',
    'Je bewaakt de kwaliteit en onafhankelijkheid van het onderzoek.',
    'Je vertaalt wetenschappelijke kennis naar bruikbare adviezen.',
  ],
  veiligheid: [
    'Je zorgt voor een veilige omgeving voor collega’s en bezoekers.',
    'Je werkt in wisseldiensten, ook in het weekend.',
    'Je treedt op bij incidenten en rapporteert hierover.',
    'Je werkt nauw samen met ketenpartners.',
    'Je signaleert risico’s en adviseert over maatregelen.',
    'Je houdt je fysieke fitheid en vaardigheden op peil met trainingen.',
  ],
  'zorg-welzijn': [
    'Je begeleidt mensen in een kwetsbare positie.',
    'Je voert gesprekken en stelt plannen van aanpak op.',
    'Je werkt samen met zorgaanbieders, gemeenten en hulpverleners.',
    'Je rapporteert zorgvuldig in het cliëntdossier.',
    'Je beoordeelt situaties en adviseert over vervolgstappen.',
    'Je draagt bij aan een veilig en prettig leefklimaat.',
  ],
  facilitair: [
    'Je zorgt dat collega’s goed kunnen werken.',
    'Je beheert agenda’s, post en archief.',
    'Je koopt in en bewaakt contracten met leveranciers.',
    'Je bent het eerste aanspreekpunt voor bezoekers.',
    'Je regelt logistiek en huisvestingszaken.',
    'Je verbetert werkprocessen in de bedrijfsvoering.',
  ],
  klantcontact: [
    'Je beantwoordt vragen van burgers en bedrijven via telefoon, chat en mail.',
    'Je helpt mensen verder, ook als hun situatie ingewikkeld is.',
    'Je verwerkt aanvragen en wijzigingen in onze systemen.',
    'Je signaleert knelpunten en denkt mee over verbeteringen.',
    'Je legt regels uit in begrijpelijke taal.',
    'Je werkt in een team dat elkaar helpt en van elkaar leert.',
  ],
  projectmanagement: [
    'Je leidt projecten van idee tot oplevering.',
    'Je bewaakt planning, budget en kwaliteit.',
    'Je stuurt een team van interne en externe specialisten aan.',
    'Je onderhoudt contact met opdrachtgevers en de omgeving.',
    'Je rapporteert over voortgang en risico’s.',
    'Je zorgt dat resultaten goed landen in de organisatie.',
  ],
  onderwijs: [
    'Je verzorgt trainingen en lessen aan volwassenen.',
    'Je ontwikkelt lesmateriaal en e-learnings.',
    'Je begeleidt deelnemers in de praktijk.',
    'Je neemt examens en toetsen af.',
    'Je evalueert opleidingen en verbetert ze.',
    'Je houdt je vakkennis actueel.',
  ],
};

const REQUIREMENTS_BY_LEVEL: Readonly<Record<string, readonly string[]>> = {
  vmbo: ['Je hebt een afgeronde vmbo-opleiding of vergelijkbare werkervaring.', 'Je bent praktisch ingesteld en flexibel.'],
  mbo: ['Je hebt een afgeronde mbo-opleiding (niveau 3 of 4).', 'Je hebt enkele jaren relevante werkervaring.'],
  'havo/vwo': ['Je hebt een havo- of vwo-diploma.', 'Je leert snel en werkt nauwkeurig.'],
  hbo: ['Je hebt een afgeronde hbo-opleiding.', 'Je hebt minimaal twee jaar relevante werkervaring.'],
  wo: ['Je hebt een afgeronde wo-opleiding.', 'Je hebt ervaring in een politiek-bestuurlijke of complexe omgeving.'],
};

const QUALITIES: readonly string[] = [
  'Je bent een teamspeler en deelt je kennis.',
  'Je communiceert helder, mondeling en schriftelijk.',
  'Je bent integer en gaat zorgvuldig om met vertrouwelijke informatie.',
  'Je bent nieuwsgierig en durft vragen te stellen.',
  'Je houdt overzicht, ook als het druk is.',
  'Je werkt graag voor de publieke zaak.',
  'Je bent bereid een Verklaring Omtrent het Gedrag (VOG) te overleggen.',
];

const OFFERS: readonly string[] = [
  'Een Individueel Keuzebudget (IKB) van 16,37% van je salaris.',
  'Een goede pensioenregeling via het ABP.',
  'Een persoonlijk ontwikkelbudget en volop opleidingsmogelijkheden.',
  'Een tegemoetkoming in je reiskosten of een NS Business Card.',
  'Flexibele werktijden en een goede balans tussen werk en privé.',
  'Een thuiswerkvergoeding en een laptop en telefoon van de zaak.',
  'Betaald ouderschapsverlof.',
];

const INTRO: readonly string[] = [
  'Wil jij bijdragen aan een overheid die werkt voor iedereen?',
  'Zoek je werk dat ertoe doet?',
  'Ben jij klaar voor een nieuwe uitdaging?',
  'Maak jij het verschil voor de samenleving?',
  'Wil je je kennis inzetten voor heel Nederland?',
];

/** Formats whole euros the Dutch way: 4600 → "€ 4.600". */
export function formatEuro(amount: number): string {
  return `€ ${Math.round(amount).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
}

/** Escapes text for HTML element content. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** How a municipality is written in a vacancy: "'s-Gravenhage" → "Den Haag", "Bergen (NH.)" → "Bergen". */
export function placeName(gemeenteNaam: string): string {
  if (gemeenteNaam === "'s-Gravenhage") return 'Den Haag';
  return gemeenteNaam.replace(/\s*\([A-Z.]+\)$/, '');
}

function joinDutch(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

function sample<T>(rng: Rng, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(rng.next() * pool.length), 1)[0]!);
  return out;
}

/**
 * A title as written inside a sentence: "Jurist bestuursrecht" → "jurist bestuursrecht", but a first
 * word with capitals of its own stays (IT-auditor, DevOps engineer, HR-adviseur).
 */
export function lowerFirst(text: string): string {
  const firstWord = text.split(/[\s-]/, 1)[0]!;
  return /[A-Z]/.test(firstWord.slice(1)) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

// "bij de Belastingdienst", "Het CBS zoekt"; a name that already starts with "De " keeps it.
function orgName(ctx: TextContext, sentenceStart = false): string {
  const naam = ctx.organisatieNaam.startsWith('De ') && !sentenceStart ? `de ${ctx.organisatieNaam.slice(3)}` : ctx.organisatieNaam;
  if (!ctx.organisatieLidwoord) return naam;
  return `${sentenceStart ? ctx.organisatieLidwoord.charAt(0).toUpperCase() + ctx.organisatieLidwoord.slice(1) : ctx.organisatieLidwoord} ${naam}`;
}

function hoursText(ctx: TextContext): string {
  return ctx.urenMin === ctx.urenMax ? `${ctx.urenMin} uur` : `${ctx.urenMin} tot ${ctx.urenMax} uur`;
}

function scaleText(ctx: TextContext): string {
  return ctx.schaalMin === ctx.schaalMax ? `schaal ${ctx.schaalMin}` : `schaal ${ctx.schaalMin} tot ${ctx.schaalMax}`;
}

/** A one- or two-sentence Dutch summary that names the organisation and the place. */
export function buildSummary(rng: Rng, ctx: TextContext): string {
  const plaats = joinDutch(ctx.plaatsen);
  const titel = lowerFirst(ctx.titel);
  const task = rng.pick(TASKS[ctx.vakgebied]);
  switch (rng.int(0, 4)) {
    case 0:
      return `Als ${titel} bij ${orgName(ctx)} in ${plaats} werk je ${hoursText(ctx)} per week. ${task}`;
    case 1:
      return `${orgName(ctx, true)} zoekt een ${titel} voor ${ctx.plaatsen.length > 1 ? 'de vestigingen' : 'de vestiging'} in ${plaats}. ${task}`;
    case 2:
      return `${rng.pick(INTRO)} Kom als ${titel} werken bij ${orgName(ctx)} in ${plaats}.`;
    case 3:
      return `In ${plaats} versterk je als ${titel} het team van ${orgName(ctx)}. ${task}`;
    default:
      return `${orgName(ctx, true)} in ${plaats} heeft plek voor een ${titel} (${hoursText(ctx)}, ${scaleText(ctx)}).`;
  }
}

/** A simple HTML description: only h3, p, ul and li, with all text escaped. */
export function buildDescription(rng: Rng, ctx: TextContext): string {
  const p = (text: string) => `<p>${escapeHtml(text)}</p>`;
  const ul = (items: readonly string[]) => `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
  const h3 = (text: string) => `<h3>${escapeHtml(text)}</h3>`;
  const plaats = joinDutch(ctx.plaatsen);
  const where =
    ctx.plaatsen.length > 1
      ? `Je standplaats is ${plaats}; samen met je leidinggevende kies je je vaste werkplek.`
      : `Je werkt vanuit ons kantoor in ${plaats}.`;
  const how: Record<TextContext['werkwijze'], string> = {
    'op-locatie': 'Dit werk doe je op locatie.',
    hybride: ctx.vanafRijksontmoetingsplein
      ? 'Je werkt hybride: deels op kantoor, deels thuis of vanaf een Rijksontmoetingsplein dichter bij huis.'
      : 'Je werkt hybride: deels op kantoor en deels thuis.',
    thuis: 'Je werkt grotendeels thuis en komt af en toe naar kantoor.',
    'niet-vermeld': '',
  };
  const requirements = [...REQUIREMENTS_BY_LEVEL[ctx.opleidingsniveau]!, ...sample(rng, QUALITIES, 2)];
  const offer = [
    `Een salaris van minimaal ${formatEuro(ctx.salarisMin)} en maximaal ${formatEuro(ctx.salarisMax)} bruto per maand (${scaleText(ctx)}), afhankelijk van je ervaring.`,
    ...sample(rng, OFFERS, 3),
  ];
  return [
    h3('Wat ga je doen?'),
    p(`Als ${lowerFirst(ctx.titel)} bij ${orgName(ctx)} werk je ${hoursText(ctx)} per week. ${where} ${how[ctx.werkwijze]}`.trim()),
    ul(sample(rng, TASKS[ctx.vakgebied], 3 + rng.int(0, 1))),
    h3('Wie ben jij?'),
    ul(requirements),
    h3('Wat bieden wij?'),
    ul(offer),
    h3(`Over ${ctx.organisatieNaam}`),
    p(`${orgName(ctx, true)} is onderdeel van de rijksoverheid. Vanuit ${ctx.plaatsen[0]} werken we met collega’s in het hele land aan een betrouwbare overheid.`),
  ].join('');
}
