import { describe, expect, it } from 'vitest';
import { svgIdPrefix } from '../../../src/lib/maps/svg-id.ts';

describe('svgIdPrefix', () => {
  it('is stable for the same seed and differs between seeds', () => {
    expect(svgIdPrefix('Vacatures per provincie')).toBe(svgIdPrefix('Vacatures per provincie'));
    expect(svgIdPrefix('Vacatures per provincie')).not.toBe(svgIdPrefix('Vacatures per COROP-gebied'));
  });

  it('yields a valid id: base, dash, base-36 hash', () => {
    expect(svgIdPrefix('')).toBe('rir-45h');
    expect(svgIdPrefix('x', 'rir-map')).toMatch(/^rir-map-[0-9a-z]+$/);
  });
});
