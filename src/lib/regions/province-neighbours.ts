/** Provinces that share a land border or a fixed link (Afsluitdijk, Flevoland's dikes), by CBS code. */
export const PROVINCE_NEIGHBOURS: Record<string, string[]> = {
  PV20: ['PV21', 'PV22'],
  PV21: ['PV20', 'PV22', 'PV23', 'PV24', 'PV27'],
  PV22: ['PV20', 'PV21', 'PV23'],
  PV23: ['PV21', 'PV22', 'PV24', 'PV25'],
  PV24: ['PV21', 'PV23', 'PV25', 'PV26', 'PV27'],
  PV25: ['PV23', 'PV24', 'PV26', 'PV28', 'PV30', 'PV31'],
  PV26: ['PV24', 'PV25', 'PV27', 'PV28'],
  PV27: ['PV21', 'PV24', 'PV26', 'PV28'],
  PV28: ['PV25', 'PV26', 'PV27', 'PV29', 'PV30'],
  PV29: ['PV28', 'PV30'],
  PV30: ['PV25', 'PV28', 'PV29', 'PV31'],
  PV31: ['PV25', 'PV30'],
};
