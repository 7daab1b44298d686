import { describe, expect, it } from 'vitest';
import { parseDashboardParams } from '../../../src/lib/intake/dashboard-params.ts';

describe('parseDashboardParams: opleidingsniveau', () => {
  it('reads a repeated level as a list and defaults to none', () => {
    expect(parseDashboardParams(new URLSearchParams('opleidingsniveau=hbo&opleidingsniveau=havo/vwo')).params.opleidingsniveau).toEqual(['hbo', 'havo/vwo']);
    expect(parseDashboardParams(new URLSearchParams('opleidingsniveau=wo')).params.opleidingsniveau).toEqual(['wo']);
    expect(parseDashboardParams(new URLSearchParams('')).params.opleidingsniveau).toEqual([]);
  });

  it('reports and drops an unknown level, keeping the other filters', () => {
    const { params, problems } = parseDashboardParams(new URLSearchParams('opleidingsniveau=master&vakgebied=ict'));
    expect(params.opleidingsniveau).toEqual([]);
    expect(params.vakgebied).toEqual(['ict']);
    expect(problems).toEqual([{ name: 'opleidingsniveau', reason: 'onbekend opleidingsniveau' }]);
  });
});
