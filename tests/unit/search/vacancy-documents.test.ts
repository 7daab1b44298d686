import { describe, expect, it } from 'vitest';
import { htmlToText, toLocationDocuments, toVacancyDocument } from '../../../src/lib/search/vacancy-documents.ts';
import { vacancyRecord } from '../vacancies/vacancy-fixture.ts';

describe('toVacancyDocument', () => {
  it('maps a vacancy record to its document', () => {
    expect(toVacancyDocument(vacancyRecord())).toEqual({
      id: 'v-001',
      vacatureId: 'v-001',
      slug: 'adviseur-informatiebeveiliging-1a2b3c4d',
      titel: 'Adviseur informatiebeveiliging',
      samenvatting: 'Je adviseert over beveiliging & privacy.',
      zoekdelen: ['beveiliging', 'informatie'],
      organisatie: 'Dienst Justitiële Inrichtingen',
      organisatieCode: 'dji',
      sector: 'dji',
      plaatsen: ['Assen', 'Groningen', 'Stadskanaal'],
      gemeenteCodes: ['GM0106', 'GM0014', 'GM0037'],
      provincieCodes: ['PV22', 'PV20'],
      coropCodes: ['CR07', 'CR02', 'CR01'],
      schaalMin: 10,
      schaalMax: 11,
      salarisMin: 3600,
      salarisMax: 5500,
      urenMin: 32,
      urenMax: 36,
      opleidingsniveau: 'hbo',
      vakgebied: 'ict',
      contract: 'vast',
      werkwijze: 'hybride',
      vanafRijksontmoetingsplein: true,
      versie: 'hash',
      gepubliceerdOp: 1772409600, // 2026-03-02T00:00:00Z
      sluitingsdatum: '2026-03-31',
      sluitTijdstip: 1774994400, // 2026-03-31T22:00:00Z, midnight in Amsterdam (CEST)
      isDemo: false,
    });
  });

  it('closes a winter vacancy at 23:00 UTC', () => {
    expect(toVacancyDocument(vacancyRecord({ sluitingsdatum: '2026-01-15' })).sluitTijdstip).toBe(Date.parse('2026-01-15T23:00:00Z') / 1000);
  });

  it('does not carry the description (it is not searched)', () => {
    expect('tekst' in toVacancyDocument(vacancyRecord())).toBe(false);
    expect(JSON.stringify(toVacancyDocument(vacancyRecord()))).not.toContain('veilige');
  });

  it('takes compound parts from the title and summary only', () => {
    expect(toVacancyDocument(vacancyRecord({ titel: 'Jurist', samenvatting: 'Beleidsmedewerker gezocht.', beschrijving_html: '<p>informatiebeveiliging</p>' })).zoekdelen).toEqual(['medewerker', 'beleid']);
  });

  it('gives empty lists for a vacancy without locations', () => {
    const doc = toVacancyDocument(vacancyRecord({ locaties: [] }));
    expect([doc.plaatsen, doc.gemeenteCodes, doc.provincieCodes, doc.coropCodes]).toEqual([[], [], [], []]);
  });
});

describe('toLocationDocuments', () => {
  it('makes one document per standplaats with id <vacancy>-<municipality> and its point', () => {
    const docs = toLocationDocuments(vacancyRecord());
    expect(docs.map((d) => [d.id, d.vacatureId, d.gemeenteCode, d._geo])).toEqual([
      ['v-001-GM0106', 'v-001', 'GM0106', { lat: 52.9925, lng: 6.5649 }],
      ['v-001-GM0014', 'v-001', 'GM0014', { lat: 53.2194, lng: 6.5665 }],
      ['v-001-GM0037', 'v-001', 'GM0037', { lat: 52.99, lng: 6.95 }],
    ]);
    const { id: _id, gemeenteCode: _g, _geo: _p, ...shared } = docs[0]!;
    expect(shared).toEqual((({ id: _x, ...rest }) => rest)(toVacancyDocument(vacancyRecord())));
  });

  it('makes no documents for a vacancy without locations', () => {
    expect(toLocationDocuments(vacancyRecord({ locaties: [] }))).toEqual([]);
  });
});

describe('htmlToText', () => {
  it('replaces tags by spaces and folds whitespace', () => {
    expect(htmlToText('<p>een</p><p>twee<br/>drie</p>\n\t vier ')).toBe('een twee drie vier');
  });

  it('decodes the entities sanitised HTML contains', () => {
    expect(htmlToText('R&amp;D&nbsp;team &lt;b&gt; &quot;citaat&quot; &#39;s-Gravenhage')).toBe('R&D team <b> "citaat" \'s-Gravenhage');
  });

  it('decodes only once: an escaped entity stays an entity', () => {
    expect(htmlToText('&amp;lt;script&amp;gt; &amp;amp;')).toBe('&lt;script&gt; &amp;');
  });

  it('leaves other entities and non-ASCII letters alone', () => {
    expect(htmlToText('Fryslân &eacute; &#8364;')).toBe('Fryslân &eacute; &#8364;');
  });
});
