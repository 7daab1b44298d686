import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../../../src/lib/forms/form-errors.ts';
import { provinceOutlook } from '../../../src/lib/signals/province-outlook.ts';
import { signalFilterFromParams } from '../../../src/lib/signals/signal-filter.ts';
import { signalInput } from '../../../src/lib/signals/signal-input.ts';
import { signalReferenceErrors } from '../../../src/lib/signals/signal-references.ts';
import type { SignalRecord } from '../../../src/lib/signals/signal-store.ts';

const now = new Date('2026-06-30T12:00:00Z');
const form = { provincie: 'PV20', corop: 'CR01', organisatie: 'duo', soort: 'verwachte-krimp', omschrijving: 'Minder loketwerk', fte_verandering: '12,5', verwacht_jaar: '2027', bron: 'gesprek-ministerie', gesprek_met: 'departement', gesprek_datum: '2026-06-30', vervolg: '', status: 'nieuw' };

describe('signal input', () => {
  it('stores shrinkage entered without a minus sign as a negative change; Dutch decimals', () => {
    expect(signalInput(now).parse(form)).toMatchObject({ fte_verandering: -12.5, verwacht_jaar: 2027, corop: 'CR01', organisatie: 'duo', vervolg: null });
  });

  it('empty optional fields become null', () => {
    expect(signalInput(now).parse({ ...form, soort: 'kans', corop: '', organisatie: '', fte_verandering: '', verwacht_jaar: '' })).toMatchObject({ corop: null, organisatie: null, fte_verandering: null, verwacht_jaar: null });
  });

  it('refuses growth that is not positive, a zero change, bad numbers and a role that is not on the list', () => {
    expect(fieldErrors(signalInput(now).safeParse({ ...form, soort: 'verwachte-groei', fte_verandering: '-3' }).error!)).toEqual({ fte_verandering: 'Bij verwachte groei is de verandering een positief aantal fte.' });
    expect(fieldErrors(signalInput(now).safeParse({ ...form, fte_verandering: '0' }).error!)).toEqual({ fte_verandering: 'Laat het veld leeg als er geen verandering in fte verwacht wordt.' });
    expect(fieldErrors(signalInput(now).safeParse({ ...form, fte_verandering: '12,55', verwacht_jaar: '2023', gesprek_met: 'Jan Jansen', gesprek_datum: '2026-07-01' }).error!)).toEqual({
      fte_verandering: 'Vul een aantal fte in, zoals 25 of 12,5 (hoogstens één decimaal).',
      verwacht_jaar: 'Vul een jaar vanaf 2024 in.',
      gesprek_met: 'Kies met wie het gesprek was (een functie, geen naam).',
      gesprek_datum: 'De datum ligt in de toekomst.',
    });
  });

  it('checks that the COROP region lies in the province and the organisation is known', () => {
    const corop = [{ code: 'CR01', provincieCode: 'PV20' }, { code: 'CR04', provincieCode: 'PV21' }];
    const parsed = signalInput(now).parse({ ...form, corop: 'CR04', organisatie: 'onbekend' });
    expect(signalReferenceErrors(parsed, corop, new Set(['duo']))).toEqual({ corop: 'Deze COROP-regio ligt niet in de gekozen provincie.', organisatie: 'Deze organisatie is niet bekend.' });
    expect(signalReferenceErrors(signalInput(now).parse(form), corop, new Set(['duo']))).toEqual({});
  });
});

describe('signal filters', () => {
  it('reads filters from GET parameters and ignores bad values instead of failing', () => {
    expect(signalFilterFromParams(new URLSearchParams('provincie=PV20&bron=elke-regio-telt&status=&soort=onzin&jaarVan=2026&jaarTot=abc'))).toEqual({ provincie: 'PV20', bron: 'elke-regio-telt', status: null, soort: null, jaarVan: 2026, jaarTot: null });
  });
});

describe('outlook per province', () => {
  const signal = (provincie_code: string, soort: SignalRecord['soort'], fte_verandering: number | null) => ({ provincie_code, soort, fte_verandering }) as SignalRecord;
  it('sums growth and shrinkage in exact tenths next to today’s fte, and counts opportunities, threats and signals without a number', () => {
    const signals = [signal('PV20', 'verwachte-groei', 0.1), signal('PV20', 'verwachte-groei', 0.2), signal('PV20', 'verwachte-krimp', -10), signal('PV20', 'verwachte-krimp', null), signal('PV20', 'kans', null), signal('PV20', 'bedreiging', 5), signal('PV21', 'verwachte-groei', 40)];
    expect(provinceOutlook(['PV20', 'PV21', 'PV22'], signals, new Map([['PV20', 2000], ['PV21', 400]]))).toEqual([
      { provincieCode: 'PV20', fteNu: 2000, groei: 0.3, krimp: -10, saldo: -9.7, saldoProcent: -0.5, kansen: 1, bedreigingen: 1, zonderFte: 1 },
      { provincieCode: 'PV21', fteNu: 400, groei: 40, krimp: 0, saldo: 40, saldoProcent: 10, kansen: 0, bedreigingen: 0, zonderFte: 0 },
      { provincieCode: 'PV22', fteNu: null, groei: 0, krimp: 0, saldo: 0, saldoProcent: null, kansen: 0, bedreigingen: 0, zonderFte: 0 },
    ]);
  });
});
