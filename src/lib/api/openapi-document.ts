import { API_VERSION } from '../http/problem.ts';
import { MAX_SALARY_EUR, SEARCH_PARAM_KEYS, SORT_OPTIONS } from '../search/vacancy-search-params.ts';
import { applyInputJsonSchemaProperties, applyJsonSchema } from '../vacancies/vacancy-apply.ts';
import { CONTRACTEN, OPLEIDINGSNIVEAUS, VAKGEBIEDEN, WERKWIJZEN, codesOf } from '../vacancies/vacancy-vocabulary.ts';

const problem = { $ref: '#/components/responses/Problem' };
const apiVersionHeader = { 'API-Version': { $ref: '#/components/headers/API-Version' } };
const json = (schema: object, description: string) => ({ description, headers: apiVersionHeader, content: { 'application/json': { schema } } });

const stringArrayParam = (name: string, description: string, values?: readonly string[]) => ({
  name,
  in: 'query',
  description,
  required: false,
  style: 'form',
  explode: true,
  schema: { type: 'array', items: values ? { type: 'string', enum: [...values] } : { type: 'string' } },
});
const intParam = (name: string, description: string, minimum: number, maximum: number) => ({ name, in: 'query', description, required: false, schema: { type: 'integer', minimum, maximum } });

const searchParameters = [
  { name: 'q', in: 'query', description: 'Zoekterm (hoogstens 200 tekens).', required: false, schema: { type: 'string', maxLength: 200 } },
  stringArrayParam('provincie', 'Provincie: CBS-code (PV20–PV31) of slug (groningen); herhaalbaar.'),
  { name: 'postcode', in: 'query', description: 'Postcode (4 cijfers, eventueel met letters) als middelpunt van de afstand.', required: false, schema: { type: 'string', pattern: '^[1-9][0-9]{3}\\s?([a-zA-Z]{2})?$' } },
  { name: 'plaats', in: 'query', description: 'Plaats, gemeente (naam of CBS-code) of postcode als middelpunt van de afstand. Een plaatsnaam die in meer gemeenten voorkomt (Bergen) geeft 400 met de keuzes.', required: false, schema: { type: 'string' } },
  intParam('afstand', 'Afstand in km rond postcode of plaats (standaard 25).', 1, 300),
  stringArrayParam('organisatie', 'Organisatiecode (zie /organisaties); herhaalbaar.'),
  stringArrayParam('vakgebied', 'Vakgebied; herhaalbaar.', codesOf(VAKGEBIEDEN)),
  stringArrayParam('opleidingsniveau', 'Opleidingsniveau; herhaalbaar.', codesOf(OPLEIDINGSNIVEAUS)),
  stringArrayParam('contract', 'Soort contract; herhaalbaar.', codesOf(CONTRACTEN)),
  stringArrayParam('werkwijze', 'Werkwijze; herhaalbaar.', codesOf(WERKWIJZEN)),
  intParam('schaalMin', 'Laagste salarisschaal (overlap).', 1, 18),
  intParam('schaalMax', 'Hoogste salarisschaal (overlap).', 1, 18),
  intParam('salarisMin', 'Minimaal salaris in euro bruto per maand (voltijd): vacatures waarvan het maximumsalaris minstens zo hoog is.', 1, MAX_SALARY_EUR),
  intParam('urenMin', 'Minimaal aantal uren per week (overlap).', 1, 40),
  intParam('urenMax', 'Maximaal aantal uren per week (overlap).', 1, 40),
  { name: 'rijksontmoetingsplein', in: 'query', description: 'Alleen vacatures die (deels) vanaf een rijksontmoetingsplein kunnen.', required: false, schema: { type: 'string', enum: ['ja', 'nee'] } },
  { name: 'sorteer', in: 'query', description: 'Sortering; afstand vraagt een postcode of plaats.', required: false, schema: { type: 'string', enum: [...SORT_OPTIONS] } },
  intParam('pagina', 'Paginanummer (vanaf 1).', 1, 10000),
  intParam('paginaGrootte', 'Aantal resultaten per pagina.', 1, 50),
];
if (searchParameters.length !== SEARCH_PARAM_KEYS.length) throw new Error('OpenAPI search parameters out of step with SEARCH_PARAM_KEYS');

/** The OpenAPI 3 description of the open API, served at /api/v1/openapi.json. */
export function openApiDocument(baseUrl: string): Record<string, unknown> {
  return {
    openapi: '3.0.3',
    info: {
      title: 'Rijk in de Regio API',
      version: API_VERSION,
      description: 'Open API van Rijk in de Regio: vacatures van het Rijk per regio, organisaties en gepubliceerde cijfers. Fouten volgen RFC 9457 (application/problem+json).',
      contact: { name: 'Rijk in de Regio', email: 'api@rijkinderegio.example', url: `${baseUrl}/toegankelijkheid` },
      license: { name: 'CC0 1.0 (gegevens); EUPL-1.2 (software)', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
    },
    servers: [{ url: `${baseUrl}/api/v1`, description: 'Deze omgeving' }],
    tags: [
      { name: 'Vacatures', description: 'Vacatures zoeken en publiceren' },
      { name: 'Organisaties', description: 'Rijksorganisaties met hun code en sector' },
      { name: 'Beheer', description: 'Status van de dienst' },
      { name: 'Statistieken', description: 'Gepubliceerde cijfers: rijkswerkgelegenheid per regio (maatregelen 1d en 7) en regionale instroom (maatregel 6), met onthullingsbeheersing' },
      { name: 'Sollicitaties', description: 'Sollicitatie- en aannamegegevens aanleveren (alleen voor organisaties)' },
    ],
    paths: {
      '/vacatures': {
        get: {
          operationId: 'zoekVacatures',
          tags: ['Vacatures'],
          summary: 'Vacatures zoeken',
          description: 'Dezelfde zoekopdracht als de pagina /vacatures. Totalen zijn exact; facetten zijn disjunctief (een gekozen waarde telt de andere waarden van hetzelfde facet mee).',
          parameters: searchParameters,
          responses: { '200': json({ $ref: '#/components/schemas/Zoekresultaat' }, 'Zoekresultaat'), '400': problem },
        },
        post: {
          operationId: 'publiceerVacature',
          tags: ['Vacatures'],
          summary: 'Vacature publiceren (of bijwerken op kenmerk)',
          description: 'Publiceert een vacature van de organisatie van het token. Bestaat het kenmerk al, dan wordt die vacature bijgewerkt (200); anders komt er een nieuwe (201). De wijziging is binnen enkele seconden vindbaar.',
          security: [{ organisatieToken: [] }],
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/VacatureInvoer' } } } },
          responses: { '200': json({ $ref: '#/components/schemas/Vacature' }, 'Bijgewerkt of ongewijzigd'), '201': { ...json({ $ref: '#/components/schemas/Vacature' }, 'Aangemaakt'), headers: { ...apiVersionHeader, Location: { description: 'URL van de nieuwe vacature', schema: { type: 'string' } } } }, '400': problem, '401': problem, '413': problem, '415': problem },
        },
      },
      '/vacatures/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, description: 'Id van de vacature (UUID).', schema: { type: 'string', format: 'uuid' } }],
        get: { operationId: 'haalVacatureOp', tags: ['Vacatures'], summary: 'Eén vacature', description: 'Eén open vacature; 404 als het id onbekend is, 410 als de vacature gesloten of vervuld is.', responses: { '200': json({ $ref: '#/components/schemas/Vacature' }, 'De vacature'), '400': problem, '404': problem, '410': problem } },
        put: {
          operationId: 'wijzigVacature',
          tags: ['Vacatures'],
          summary: 'Vacature vervangen',
          description: 'Vervangt een vacature van de organisatie van het token. Het kenmerk kan niet veranderen.',
          security: [{ organisatieToken: [] }],
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/VacatureInvoer' } } } },
          responses: { '200': json({ $ref: '#/components/schemas/Vacature' }, 'Bijgewerkt of ongewijzigd'), '400': problem, '401': problem, '403': problem, '404': problem, '413': problem, '415': problem },
        },
      },
      '/organisaties': {
        get: { operationId: 'lijstOrganisaties', tags: ['Organisaties'], summary: 'Alle rijksorganisaties', description: 'Alle rijksorganisaties met hun vaste code en sector.', responses: { '200': json({ type: 'object', properties: { organisaties: { type: 'array', items: { $ref: '#/components/schemas/Organisatie' } }, totaal: { type: 'integer' } } }, 'De organisaties') } },
      },
      '/statistieken/rijkswerkgelegenheid': {
        get: {
          operationId: 'rijkswerkgelegenheid',
          tags: ['Statistieken'],
          summary: 'Rijkswerkgelegenheid per regio op 1 januari',
          description: 'Per provincie of COROP-gebied: fte, aandeel, verandering ten opzichte van een jaar eerder en (per provincie) fte per 1.000 inwoners en per 1.000 in de beroepsbevolking, met het gebruikte CBS-jaar; plus het landelijke totaal, het Randstad-aandeel, de definities en de snapshot waaruit alles komt. Dezelfde snapshot geeft altijd hetzelfde antwoord.',
          parameters: [
            { name: 'jaar', in: 'query', required: true, description: 'Jaar van de peildatum (1 januari).', schema: { type: 'integer', minimum: 2000, maximum: 2100 } },
            { name: 'sector', in: 'query', required: false, description: 'Alleen één sector.', schema: { type: 'string', enum: ['ministerie', 'politie', 'rechtspraak', 'dji', 'defensie', 'zbo'] } },
            { name: 'niveau', in: 'query', required: false, description: 'Regio-indeling (standaard provincie).', schema: { type: 'string', enum: ['provincie', 'corop'] } },
          ],
          responses: { '200': json({ $ref: '#/components/schemas/Rijkswerkgelegenheid' }, 'Cijfers per regio'), '400': problem, '404': problem },
        },
      },
      '/statistieken/rijkswerkgelegenheid/reeks': {
        get: {
          operationId: 'rijkswerkgelegenheidReeks',
          tags: ['Statistieken'],
          summary: 'Rijkswerkgelegenheid van één regio door de jaren heen',
          description: 'Fte van Nederland, een provincie of een COROP-gebied op elke gepubliceerde peildatum, met de snapshot per jaar. Een reeks gebruikt inventarisaties van één soort: echte (standaard zodra er een is) of voorbeeldgegevens, nooit door elkaar. Per provincie en landelijk ook fte per 1.000 inwoners met het gebruikte CBS-jaar. Voor NL01 staat de officiële reeks met Kamerstukken apart in officieel.',
          parameters: [
            { name: 'regio', in: 'query', required: true, description: 'NL01, PV20–PV31 of CR01–CR40.', schema: { type: 'string', pattern: '^(NL01|PV(2[0-9]|3[01])|CR(0[1-9]|[1-3][0-9]|40))$' } },
            { name: 'sector', in: 'query', required: false, description: 'Alleen één sector.', schema: { type: 'string', enum: ['ministerie', 'politie', 'rechtspraak', 'dji', 'defensie', 'zbo'] } },
            { name: 'voorbeeldgegevens', in: 'query', required: false, description: 'ja = alleen voorbeeldinventarisaties, nee = alleen echte; zonder: echte zodra er een is gepubliceerd.', schema: { type: 'string', enum: ['ja', 'nee'] } },
          ],
          responses: { '200': json({ $ref: '#/components/schemas/RijkswerkgelegenheidReeks' }, 'De reeks'), '400': problem },
        },
      },
      '/statistieken/instroom': {
        get: {
          operationId: 'regionaleInstroom',
          tags: ['Statistieken'],
          summary: 'Regionale instroom (maatregel 6), landelijk',
          description: 'Sollicitatietrechter per woonprovincie, representatie-index en lokale instroom voor sollicitaties in het gekozen jaar. Elk aantal heeft een eigen kleine afwijking van hooguit 3 (celsleutelmethode: dezelfde groep krijgt overal hetzelfde getal, rijen tellen niet altijd op); getallen onder 10 staan er als "<10"; percentages en indexen alleen uit getoonde aantallen met een noemer van 50 of meer. dekking noemt de organisaties en kwartalen met aangeleverde gegevens. Voorbeeldgegevens worden nooit meegeteld; met voorbeeldgegevens=ja krijg je alleen de demogegevens, als zodanig gemarkeerd.',
          parameters: [
            { name: 'jaar', in: 'query', required: true, description: 'Kalenderjaar van de sollicitatiedatum (cohort).', schema: { type: 'integer', minimum: 2000, maximum: 2100 } },
            { name: 'voorbeeldgegevens', in: 'query', required: false, description: 'ja = alleen demogegevens (nooit gemengd).', schema: { type: 'string', enum: ['ja', 'nee'] } },
          ],
          responses: { '200': json({ $ref: '#/components/schemas/Instroom' }, 'Gepubliceerde instroomcijfers'), '400': problem },
        },
      },
      '/sollicitaties/_import': {
        post: {
          operationId: 'importeerSollicitaties',
          tags: ['Sollicitaties'],
          summary: 'Sollicitaties en aannames inlezen (stroomsgewijs)',
          description: 'De body is het bestand zelf (CSV met komma of puntkomma, of JSON Lines). Eén transactie; dezelfde file nogmaals inlezen verandert niets. Namen, e-mailadressen en volledige postcodes worden nooit opgeslagen.',
          security: [{ organisatieToken: [] }],
          parameters: [{ name: 'organisatie', in: 'query', required: false, description: 'Alleen bij inloggen als HR-coördinator; met een token geldt de organisatie van het token.', schema: { type: 'string' } }, { name: 'alleenControleren', in: 'query', required: false, description: 'true: controleer het hele bestand zoals bij inlezen en sla niets op (proefimport); het rapport is hetzelfde.', schema: { type: 'boolean', default: false } }],
          requestBody: { required: true, content: { 'text/csv': { schema: { type: 'string' } }, 'application/x-ndjson': { schema: { type: 'string' } } } },
          responses: { '200': json({ $ref: '#/components/schemas/Importrapport' }, 'Importrapport'), '400': problem, '401': problem, '403': problem, '413': problem, '415': problem, '422': problem },
        },
      },
      '/health': {
        get: { operationId: 'gezondheid', tags: ['Beheer'], summary: 'Status van database en zoekmachine', description: 'Werkt alles, dan 200; is de database of de zoekmachine onbereikbaar, dan 503 met dezelfde velden.', responses: { '200': json({ type: 'object' }, 'Alles werkt'), '503': problem } },
      },
      '/openapi.json': {
        get: {
          operationId: 'openapi',
          tags: ['Beheer'],
          summary: 'Deze beschrijving',
          description: 'Deze OpenAPI-beschrijving van de API.',
          // ADR /core/publish-openapi: the document is readable cross-origin. Lower-case name because
          // the ADR linter looks the header up by that exact key (HTTP header names are case-insensitive).
          responses: { '200': { ...json({ type: 'object' }, 'OpenAPI-document'), headers: { ...apiVersionHeader, 'access-control-allow-origin': { description: 'Altijd *: iedere website mag dit document ophalen.', schema: { type: 'string', enum: ['*'] } } } } },
        },
      },
    },
    components: {
      securitySchemes: { organisatieToken: { type: 'http', scheme: 'bearer', description: 'Token van een organisatie (npm run token -- create).' } },
      headers: { 'API-Version': { description: 'Volledige versie van de API', schema: { type: 'string', example: API_VERSION } } },
      responses: {
        Problem: { description: 'Fout (RFC 9457)', headers: apiVersionHeader, content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Probleem' } } } },
      },
      schemas: {
        Probleem: {
          type: 'object',
          required: ['title', 'status'],
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            invalidParams: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, reason: { type: 'string' } } } },
          },
        },
        Organisatie: { type: 'object', properties: { code: { type: 'string' }, naam: { type: 'string' }, afkorting: { type: 'string', nullable: true }, sector: { type: 'string', enum: ['ministerie', 'politie', 'rechtspraak', 'dji', 'defensie', 'zbo'] }, ministerie: { type: 'string', nullable: true } } },
        Bereik: { type: 'object', properties: { min: { type: 'integer' }, max: { type: 'integer' } } },
        Vacature: {
          type: 'object',
          properties: {
            id: { type: 'string', format: 'uuid' },
            kenmerk: { type: 'string' },
            titel: { type: 'string' },
            samenvatting: { type: 'string' },
            beschrijving: { type: 'string', description: 'Opgeschoonde HTML' },
            organisatie: { type: 'object', properties: { code: { type: 'string' }, naam: { type: 'string' }, sector: { type: 'string' } } },
            standplaatsen: { type: 'array', items: { type: 'object', properties: { gemeenteCode: { type: 'string' }, naam: { type: 'string' }, provincieCode: { type: 'string' }, provincie: { type: 'string' } } } },
            schaal: { $ref: '#/components/schemas/Bereik' },
            salaris: { type: 'object', properties: { min: { type: 'integer' }, max: { type: 'integer' }, valuta: { type: 'string' }, per: { type: 'string' } } },
            uren: { $ref: '#/components/schemas/Bereik' },
            opleidingsniveau: { type: 'string' },
            vakgebied: { type: 'string' },
            contract: { type: 'string' },
            werkwijze: { type: 'string' },
            vanafRijksontmoetingsplein: { type: 'boolean' },
            gepubliceerdOp: { type: 'string', format: 'date' },
            sluitingsdatum: { type: 'string', format: 'date', description: 'Reageren kan tot en met deze dag, 23.59 uur (Europe/Amsterdam).' },
            status: { type: 'string', enum: ['open', 'gesloten', 'vervuld'] },
            sollicitatie: applyJsonSchema(),
            voorbeeldgegevens: { type: 'boolean', description: 'Waar voor demogegevens.' },
            resultaat: { type: 'string', enum: ['created', 'updated', 'unchanged'], description: 'Alleen in het antwoord op POST en PUT: wat er met de vacature gebeurde.' },
            _links: { $ref: '#/components/schemas/Links' },
            afstandKm: { type: 'number', nullable: true, description: 'Afstand tot de dichtstbijzijnde standplaats (alleen bij zoeken met postcode of plaats).' },
          },
        },
        VacatureInvoer: {
          type: 'object',
          required: ['kenmerk', 'titel', 'samenvatting', 'beschrijving', 'standplaatsen', 'schaalMin', 'schaalMax', 'salarisMin', 'salarisMax', 'urenMin', 'urenMax', 'opleidingsniveau', 'vakgebied', 'contract', 'gepubliceerdOp', 'sluitingsdatum', 'contactNaam', 'contactFunctie'],
          description: 'Geef sollicitatieUrl (https) of sollicitatieEmail, en contactTelefoon of contactEmail.',
          properties: {
            kenmerk: { type: 'string', maxLength: 60 },
            titel: { type: 'string', minLength: 3, maxLength: 160 },
            samenvatting: { type: 'string', minLength: 10, maxLength: 600 },
            beschrijving: { type: 'string', description: 'HTML; alleen p, ul, ol, li, strong, em, h3, h4, a, br blijven over.' },
            standplaatsen: { type: 'array', minItems: 1, maxItems: 10, items: { type: 'string', description: 'CBS-gemeentecode (GM0014) of gemeentenaam' } },
            schaalMin: { type: 'integer', minimum: 1, maximum: 18 },
            schaalMax: { type: 'integer', minimum: 1, maximum: 18 },
            salarisMin: { type: 'integer' },
            salarisMax: { type: 'integer' },
            urenMin: { type: 'integer', minimum: 1, maximum: 40 },
            urenMax: { type: 'integer', minimum: 1, maximum: 40 },
            opleidingsniveau: { type: 'string', enum: codesOf(OPLEIDINGSNIVEAUS) },
            vakgebied: { type: 'string', enum: codesOf(VAKGEBIEDEN) },
            contract: { type: 'string', enum: codesOf(CONTRACTEN) },
            werkwijze: { type: 'string', enum: codesOf(WERKWIJZEN) },
            vanafRijksontmoetingsplein: { type: 'boolean' },
            gepubliceerdOp: { type: 'string', format: 'date', description: 'Tussen 2000-01-01 en vandaag (Europe/Amsterdam).' },
            sluitingsdatum: { type: 'string', format: 'date', description: 'Niet vóór gepubliceerdOp en hoogstens twee jaar na vandaag.' },
            status: { type: 'string', enum: ['open', 'gesloten', 'vervuld'] },
            ...applyInputJsonSchemaProperties(),
          },
        },
        Link: { type: 'object', properties: { href: { type: 'string' } } },
        GepubliceerdeCel: { type: 'object', description: 'Een cijfer na onthullingsbeheersing: waarde null betekent verborgen (met reden en uitleg).', properties: { waarde: { type: 'number', nullable: true }, tekst: { type: 'string' }, verborgen: { type: 'string', enum: ['primair', 'secundair', 'noemer'] }, uitleg: { type: 'string' } } },
        Rijkswerkgelegenheid: {
          type: 'object',
          properties: {
            peildatum: { type: 'string', format: 'date' },
            vorigePeildatum: { type: 'string', format: 'date', nullable: true },
            niveau: { type: 'string', enum: ['provincie', 'corop'] },
            sector: { type: 'string', nullable: true },
            bron: { type: 'object', properties: { snapshotId: { type: 'integer' }, versie: { type: 'integer' }, voorbeeldgegevens: { type: 'boolean' }, omschrijving: { type: 'string' }, gepubliceerdOp: { type: 'string', format: 'date-time' } } },
            nationaal: { type: 'object', properties: { fte: { type: 'number' }, verschilFte: { type: 'number', nullable: true }, verschilPct: { type: 'number', nullable: true } } },
            gepubliceerdNationaal: { type: 'object', nullable: true, properties: { fte: { type: 'number' }, bron: { type: 'string' }, kamerstuk: { type: 'string', nullable: true }, kamerstukDatum: { type: 'string', format: 'date', nullable: true }, afgeleid: { type: 'boolean' }, verschilInventarisatieFte: { type: 'number', nullable: true, description: 'Echte inventarisatie min officieel cijfer; null bij voorbeeldgegevens.' }, randstadAandeelGroeiPct: { type: 'number', nullable: true } } },
            regios: { type: 'array', items: { type: 'object', properties: { code: { type: 'string' }, naam: { type: 'string' }, fte: { type: 'number' }, aandeelPct: { type: 'number', nullable: true }, verschilFte: { type: 'number', nullable: true }, verschilPct: { type: 'number', nullable: true }, ftePerDuizendInwoners: { type: 'number', nullable: true }, inwonersJaar: { type: 'integer', nullable: true }, ftePerDuizendBeroepsbevolking: { type: 'number', nullable: true }, beroepsbevolkingJaar: { type: 'integer', nullable: true } } } },
          },
        },
        RijkswerkgelegenheidReeks: {
          type: 'object',
          properties: {
            regio: { type: 'string' },
            naam: { type: 'string' },
            niveau: { type: 'string', enum: ['land', 'provincie', 'corop'] },
            sector: { type: 'string', nullable: true },
            voorbeeldgegevens: { type: 'boolean', description: 'Waar als de punten uit voorbeeldinventarisaties komen (dan allemaal).' },
            punten: { type: 'array', items: { type: 'object', properties: { peildatum: { type: 'string', format: 'date' }, fte: { type: 'number' }, snapshotId: { type: 'integer' }, versie: { type: 'integer' }, ftePerDuizendInwoners: { type: 'number', nullable: true }, inwonersJaar: { type: 'integer', nullable: true } } } },
            officieel: { type: 'array', items: { type: 'object', properties: { peildatum: { type: 'string', format: 'date' }, fte: { type: 'number' }, kamerstuk: { type: 'string', nullable: true }, kamerstukDatum: { type: 'string', format: 'date', nullable: true }, afgeleid: { type: 'boolean' }, bron: { type: 'string' } } } },
          },
        },
        Instroom: {
          type: 'object',
          properties: {
            jaar: { type: 'integer' },
            voorbeeldgegevens: { type: 'boolean' },
            trechter: { type: 'object', properties: { regels: { type: 'array', items: { type: 'object', properties: { woonprovincie: { type: 'object', properties: { code: { type: 'string' }, naam: { type: 'string' } } }, sollicitatie: { $ref: '#/components/schemas/GepubliceerdeCel' }, gesprek: { $ref: '#/components/schemas/GepubliceerdeCel' }, aanbod: { $ref: '#/components/schemas/GepubliceerdeCel' }, aangenomen: { $ref: '#/components/schemas/GepubliceerdeCel' } } } } } },
            representatie: { type: 'object' },
            lokaleInstroom: { type: 'object' },
            methode: { type: 'string', description: 'Methode van onthullingsbeheersing: celsleutel.' },
            dekking: { type: 'object', description: 'Organisaties en kwartalen waarvoor sollicitaties zijn aangeleverd.' },
          },
        },
        Importrapport: {
          type: 'object',
          properties: {
            importId: { type: 'integer', nullable: true, description: 'null bij alleenControleren (er is niets opgeslagen)' },
            alleenGecontroleerd: { type: 'boolean' },
            formaat: { type: 'string' },
            nieuwOfGewijzigd: { type: 'integer' },
            ongewijzigd: { type: 'integer' },
            afgewezen: { type: 'integer' },
            verlopen: { type: 'integer' },
            genegeerdeKolommen: { type: 'array', items: { type: 'string' } },
            rijen: { type: 'array', items: { type: 'object', properties: { rowNumber: { type: 'integer' }, field: { type: 'string', nullable: true }, message: { type: 'string' } } } },
          },
        },
        Links: { type: 'object', properties: { self: { $ref: '#/components/schemas/Link' }, html: { $ref: '#/components/schemas/Link' }, prev: { $ref: '#/components/schemas/Link' }, next: { $ref: '#/components/schemas/Link' } } },
        Zoekresultaat: {
          type: 'object',
          properties: {
            _links: { $ref: '#/components/schemas/Links' },
            vacatures: { type: 'array', items: { $ref: '#/components/schemas/Vacature' } },
            totaal: { type: 'integer' },
            pagina: { type: 'integer' },
            paginaGrootte: { type: 'integer' },
            aantalPaginas: { type: 'integer' },
            facetten: { type: 'object', additionalProperties: { type: 'object', additionalProperties: { type: 'integer' } } },
            zoekmachine: { type: 'string', enum: ['meilisearch', 'postgresql'] },
          },
        },
      },
    },
  };
}
