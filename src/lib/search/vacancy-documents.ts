import { closingInstant } from '../time/amsterdam-time.ts';
import type { VacancyRecord } from '../vacancies/vacancy-record.ts';
import { compoundPartsOfText } from './compound-parts.ts';

/** The fields both vacancy indexes hold. */
export interface VacancyDocument {
  id: string;
  vacatureId: string;
  slug: string;
  titel: string;
  samenvatting: string;
  zoekdelen: string[];
  organisatie: string;
  organisatieCode: string;
  sector: string;
  plaatsen: string[];
  gemeenteCodes: string[];
  provincieCodes: string[];
  coropCodes: string[];
  schaalMin: number;
  schaalMax: number;
  salarisMin: number;
  salarisMax: number;
  urenMin: number;
  urenMax: number;
  opleidingsniveau: string;
  vakgebied: string;
  contract: string;
  werkwijze: string;
  vanafRijksontmoetingsplein: boolean;
  /** Unix seconds, for sorting by newest. */
  gepubliceerdOp: number;
  sluitingsdatum: string;
  /** Unix seconds of the first instant after the closing day (Amsterdam); filtered on at query time. */
  sluitTijdstip: number;
  isDemo: boolean;
  /** The vacancy's content hash: with the id, it lets the index be compared with the database by content, not by count. */
  versie: string;
}

/** A document of the per-standplaats index. */
export interface LocationDocument extends VacancyDocument {
  gemeenteCode: string;
  _geo: { lat: number; lng: number };
}

/** Plain text of sanitised description HTML, for full-text search only. `&amp;` goes last, so "&amp;lt;" stays "&lt;". */
export function htmlToText(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
}

/** The per-vacancy document. */
export function toVacancyDocument(v: VacancyRecord): VacancyDocument {
  return {
    id: v.id,
    vacatureId: v.id,
    slug: v.slug,
    titel: v.titel,
    samenvatting: v.samenvatting,
    zoekdelen: compoundPartsOfText(`${v.titel} ${v.samenvatting}`),
    organisatie: v.organisatieNaam,
    organisatieCode: v.organisatie_code,
    sector: v.sector,
    plaatsen: v.locaties.map((l) => l.gemeenteNaam),
    gemeenteCodes: v.locaties.map((l) => l.gemeenteCode),
    provincieCodes: [...new Set(v.locaties.map((l) => l.provincieCode))],
    coropCodes: [...new Set(v.locaties.map((l) => l.coropCode))],
    schaalMin: v.schaal_min,
    schaalMax: v.schaal_max,
    salarisMin: v.salaris_min,
    salarisMax: v.salaris_max,
    urenMin: v.uren_min,
    urenMax: v.uren_max,
    opleidingsniveau: v.opleidingsniveau,
    vakgebied: v.vakgebied,
    contract: v.contract,
    werkwijze: v.werkwijze,
    vanafRijksontmoetingsplein: v.vanaf_rijksontmoetingsplein,
    gepubliceerdOp: Math.floor(Date.parse(`${v.gepubliceerd_op}T00:00:00Z`) / 1000),
    sluitingsdatum: v.sluitingsdatum,
    sluitTijdstip: Math.floor(closingInstant(v.sluitingsdatum).getTime() / 1000),
    isDemo: v.is_demo,
    versie: v.inhoud_hash,
  };
}

/** One document per standplaats, ids `<vacancy>-<municipality>`. */
export function toLocationDocuments(v: VacancyRecord): LocationDocument[] {
  const base = toVacancyDocument(v);
  return v.locaties.map((l) => ({ ...base, id: `${v.id}-${l.gemeenteCode}`, gemeenteCode: l.gemeenteCode, _geo: { lat: l.lat, lng: l.lon } }));
}
