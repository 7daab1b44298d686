import type { VacancyHit } from '../search/vacancy-search-result.ts';
import type { VacancyRecord } from '../vacancies/vacancy-record.ts';
import { applyJsonOf } from '../vacancies/vacancy-apply.ts';
import { effectiveStatus } from '../vacancies/vacancy-status.ts';

/** A search hit as the open API returns it (camelCase, with links). */
export function hitToJson(hit: VacancyHit, baseUrl: string) {
  return {
    id: hit.id,
    titel: hit.titel,
    samenvatting: hit.samenvatting,
    organisatie: { code: hit.organisatieCode, naam: hit.organisatie },
    standplaatsen: hit.plaatsen.map((naam, i) => ({ naam, gemeenteCode: hit.gemeenteCodes[i] ?? null })),
    provincies: hit.provincieCodes,
    schaal: { min: hit.schaalMin, max: hit.schaalMax },
    salaris: { min: hit.salarisMin, max: hit.salarisMax, valuta: 'EUR', per: 'maand' },
    uren: { min: hit.urenMin, max: hit.urenMax },
    opleidingsniveau: hit.opleidingsniveau,
    vakgebied: hit.vakgebied,
    contract: hit.contract,
    werkwijze: hit.werkwijze,
    vanafRijksontmoetingsplein: hit.vanafRijksontmoetingsplein,
    gepubliceerdOp: hit.gepubliceerdOp,
    sluitingsdatum: hit.sluitingsdatum,
    afstandKm: hit.afstandKm,
    voorbeeldgegevens: hit.isDemo,
    _links: { self: { href: `${baseUrl}/api/v1/vacatures/${hit.id}` }, html: { href: `${baseUrl}/vacatures/${hit.slug}` } },
  };
}

/** A full vacancy as GET /api/v1/vacatures/{id} returns it. */
export function recordToJson(v: VacancyRecord, baseUrl: string, now: Date = new Date()) {
  return {
    id: v.id,
    kenmerk: v.kenmerk,
    titel: v.titel,
    samenvatting: v.samenvatting,
    beschrijving: v.beschrijving_html,
    organisatie: { code: v.organisatie_code, naam: v.organisatieNaam, sector: v.sector },
    standplaatsen: v.locaties.map((l) => ({ gemeenteCode: l.gemeenteCode, naam: l.gemeenteNaam, provincieCode: l.provincieCode, provincie: l.provincieNaam })),
    schaal: { min: v.schaal_min, max: v.schaal_max },
    salaris: { min: v.salaris_min, max: v.salaris_max, valuta: 'EUR', per: 'maand' },
    uren: { min: v.uren_min, max: v.uren_max },
    opleidingsniveau: v.opleidingsniveau,
    vakgebied: v.vakgebied,
    contract: v.contract,
    werkwijze: v.werkwijze,
    vanafRijksontmoetingsplein: v.vanaf_rijksontmoetingsplein,
    gepubliceerdOp: v.gepubliceerd_op,
    sluitingsdatum: v.sluitingsdatum,
    status: effectiveStatus(v, now),
    sollicitatie: applyJsonOf(v),
    voorbeeldgegevens: v.is_demo,
    _links: { self: { href: `${baseUrl}/api/v1/vacatures/${v.id}` }, html: { href: `${baseUrl}/vacatures/${v.slug}` } },
  };
}
