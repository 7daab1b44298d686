import { readFileSync } from 'node:fs';
import type { DemoGemeente, DemoOrganisation, DemoVestiging } from '../../../../src/lib/vacancies/demo/demo-vacancy.ts';

const dir = new URL('../../../../db/reference/', import.meta.url);

/** Splits one CSV line; fields may be double-quoted (with "" for a quote) to contain commas. */
export function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        current += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else current += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(current);
      current = '';
    } else current += ch;
  }
  fields.push(current);
  return fields;
}

/** Reads a reference CSV as records keyed by the header; every row must have as many fields as the header. */
export function readCsv(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(new URL(file, dir), 'utf8').split(/\r?\n/).filter((l) => l !== '');
  const columns = splitCsvLine(header!);
  return lines.map((line, i) => {
    const values = splitCsvLine(line);
    if (values.length !== columns.length) throw new Error(`${file} line ${i + 2}: ${values.length} fields, expected ${columns.length}`);
    return Object.fromEntries(columns.map((c, j) => [c, values[j]!]));
  });
}

/** The organisations, vestigingen and municipalities as generateDemoVacancies takes them. */
export function loadDemoInput(): {
  organisations: (DemoOrganisation & { ministerie_code: string })[];
  vestigingen: DemoVestiging[];
  gemeenten: (DemoGemeente & { provincie_code: string })[];
} {
  return {
    organisations: readCsv('organisaties.csv').map((r) => ({ code: r.code!, naam: r.naam!, afkorting: r.afkorting!, ministerie_code: r.ministerie_code!, sector: r.sector! })),
    vestigingen: readCsv('organisatie_vestigingen.csv').map((r) => ({ organisatie_code: r.organisatie_code!, gemeente_code: r.gemeente_code!, gewicht: Number(r.gewicht) })),
    gemeenten: readCsv('gemeenten_2025.csv').map((r) => ({ gemeente_code: r.gemeente_code!, gemeente_naam: r.gemeente_naam!, provincie_code: r.provincie_code! })),
  };
}
