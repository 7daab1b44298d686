import { toCsv } from '../import/formula-guard.ts';
import { UTF8_BOM } from '../import/row-report.ts';
import { APPLICATION_COLUMNS } from './application-row-schema.ts';

/** The import template: the published column order with two fictitious example rows. */
export function applicationTemplateCsv(): string {
  const example = [
    ['A-1001', 'DUO-2026-00012', '', '03-11-2026', '9711 AB', 'gesprek', 'lopend', '17-11-2026', '', '', 'nee'],
    ['A-1002', 'EIGEN-REF-77', 'GM0014', '2026-11-04', '', 'sollicitatie', 'afgewezen', '', '', '', 'nee'],
  ];
  return UTF8_BOM + toCsv([[...APPLICATION_COLUMNS], ...example], ';');
}
