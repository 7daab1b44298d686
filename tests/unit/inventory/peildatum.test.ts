import { describe, expect, it } from 'vitest';
import { peildatumYear, validatePeildatum } from '../../../src/lib/inventory/peildatum.ts';

describe('validatePeildatum', () => {
  it('accepts only 1 January in ISO form', () => {
    expect(validatePeildatum('2025-01-01')).toEqual({ ok: true, value: '2025-01-01' });
    expect(validatePeildatum('2025-03-01')).toEqual({ ok: false, message: 'Peildatum 2025-03-01 is geen 1 januari: de rijkswerkgelegenheid wordt geteld op 1 januari (gebruik 2025-01-01).' });
    expect(validatePeildatum('01-01-2025')).toEqual({ ok: false, message: 'Peildatum "01-01-2025" heeft niet de vorm jjjj-01-01 (bijvoorbeeld 2025-01-01).' });
    expect(validatePeildatum('1999-01-01')).toEqual({ ok: false, message: 'Peildatum 1999-01-01: het jaar moet tussen 2000 en 2100 liggen.' });
    expect(peildatumYear('2024-01-01')).toBe(2024);
  });
});
