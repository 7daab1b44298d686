import { describe, expect, it } from 'vitest';
import { zodIssuesToRowIssues } from '../../../src/lib/import/row-report.ts';
import { inventoryRowSchema } from '../../../src/lib/inventory/inventory-row-schema.ts';

const issuesOf = (record: Record<string, string>) => {
  const result = inventoryRowSchema.safeParse(record);
  return result.success ? [] : zodIssuesToRowIssues(2, result.error).map((i) => [i.field, i.message]);
};

describe('inventoryRowSchema', () => {
  it('normalises codes, sector aliases and fte', () => {
    expect(inventoryRowSchema.parse({ organisatie: 'DUO', sector: 'Ministeries', gemeente: '14', fte: '12,5', prognose_jaar: '2027', prognose_fte: '13' })).toEqual({
      organisatie: 'duo', sector: 'ministerie', gemeente: 'GM0014', provincie: null, fteTenths: 125, prognoseJaar: 2027, prognoseFteTenths: 130,
    });
    expect(inventoryRowSchema.parse({ organisatie: 'politie', provincie: 'pv22', fte: '8' })).toEqual({
      organisatie: 'politie', sector: null, gemeente: null, provincie: 'PV22', fteTenths: 80, prognoseJaar: null, prognoseFteTenths: null,
    });
  });

  it('reports each problem on its field, in Dutch', () => {
    expect(issuesOf({ organisatie: '', gemeente: 'Assen', fte: '1', sector: 'leger' })).toEqual([
      ['organisatie', 'Organisatiecode ontbreekt.'],
      ['sector', 'Onbekende sector "leger". Kies uit: ministerie, politie, rechtspraak, dji, defensie, zbo (of laat leeg voor de sector van de organisatie).'],
      ['gemeente', 'Gemeentecode "Assen" heeft niet de vorm van een CBS-code zoals GM0363.'],
    ]);
    expect(issuesOf({ organisatie: 'duo', fte: '1' })).toEqual([['provincie', 'Vul een provincie (PV-code) in als de gemeente leeg is.']]);
    expect(issuesOf({ organisatie: 'duo', provincie: 'Drenthe', fte: '1' })).toEqual([['provincie', 'Provinciecode "Drenthe" heeft niet de vorm van een CBS-code zoals PV27.']]);
    expect(issuesOf({ organisatie: 'duo', gemeente: 'GM0014', fte: '1', prognose_jaar: '2027' })).toEqual([['prognose_fte', 'Een prognosejaar zonder prognose-fte: vul beide in of laat beide leeg.']]);
    expect(issuesOf({ organisatie: 'duo', gemeente: 'GM0014', fte: '1', prognose_jaar: '27', prognose_fte: '2' })).toEqual([['prognose_jaar', 'Prognosejaar "27" is geen jaartal tussen 2000 en 2100.']]);
  });
});
