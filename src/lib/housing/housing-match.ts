import { distanceKm } from '../regions/distance.ts';
import { provinceSlug } from '../regions/province-slug.ts';
import { roundedRatio, toTenths } from '../statistics/rounding.ts';
import { MATCH_WEIGHTS, type MatchPart } from './housing-vocabulary.ts';
import type { MatchContext, MatchMunicipality, MatchQuestion } from './match-context.ts';
import { scenarioUrl } from './scenario-link.ts';

/** One reason of a candidate: a line with its figure, the points it gives (null: shown, not scored) and its source. */
export interface MatchReason {
  deel: MatchPart | 'profiel' | 'randstad-effect';
  label: string;
  figuur: string;
  punten: number | null;
  maxPunten: number | null;
  bron: string;
  link: string | null;
}

/** The Randstad share of the national fte before and after, in per cent with two decimals. */
export interface RandstadEffect {
  voor: number | null;
  na: number | null;
  verschilProcentpunt: number | null;
}

/** A candidate region (COROP) with its score and reasons. */
export interface MatchCandidate {
  rang: number;
  coropCode: string;
  coropNaam: string;
  provincieCode: string;
  provincieNaam: string;
  randstad: boolean;
  /** The municipality distances are measured from, and why it was chosen. */
  anker: { code: string; naam: string; reden: string };
  score: number;
  redenen: MatchReason[];
  randstadEffect: RandstadEffect;
  /** The what-if page with the move filled in; null when the organisation has no location to move from. */
  scenario: { url: string; van: string; naar: string } | null;
}

/** The match of one question. */
export interface MatchResult {
  kandidaten: MatchCandidate[];
  /** Regions that fail a must-have, with the reason. */
  uitgesloten: { coropCode: string; coropNaam: string; provincieNaam: string; reden: string }[];
  /** Where the organisation has fte in the inventory, largest first. */
  vestigingen: { gemeenteCode: string; naam: string; provincieCode: string; fte: number }[];
}

const oneDecimal = (n: number) => Math.round(n * 10) / 10;
const km = (n: number) => `${oneDecimal(n).toLocaleString('nl-NL')} km`;
const fte = (n: number) => `${n.toLocaleString('nl-NL', { maximumFractionDigits: 1 })} fte`;
const pct2 = (n: number | null) => (n === null ? '–' : `${n.toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}%`);

function nearest(from: MatchMunicipality, targets: readonly MatchMunicipality[]): { m: MatchMunicipality; km: number } | null {
  let best: { m: MatchMunicipality; km: number } | null = null;
  for (const t of targets) {
    const d = t.code === from.code ? 0 : distanceKm(from, t);
    if (best === null || d < best.km) best = { m: t, km: d };
  }
  return best;
}

/** Percentage with two decimals from tenths (exact integer arithmetic), null when the national total is 0. */
function share(randstadTenths: number, nationalTenths: number): number | null {
  const r = roundedRatio(randstadTenths, nationalTenths, 1000);
  // Per mille with one decimal → per cent with two, without float noise (606.6 → 60.66).
  return r === null ? null : Math.round(r * 10) / 100;
}

/**
 * Ranks the COROP regions for a housing question. Every scored part follows {@link MATCH_WEIGHTS}; each reason
 * carries its figure and source, so the ranking can be checked by hand. Regions failing a must-have (distance,
 * outside the Randstad) are listed separately with the reason. Ties go to the lower COROP code.
 */
export function matchRegions(q: MatchQuestion, ctx: MatchContext): MatchResult {
  const municipality = new Map(ctx.municipalities.map((m) => [m.code, m]));
  const provinceName = new Map(ctx.provinces.map((p) => [p.code, p.naam]));
  const randstad = new Set(ctx.randstadProvinces);
  const snapshotSource = `inventarisatie rijkswerkgelegenheid, peildatum ${ctx.snapshot.peildatum} (versie ${ctx.snapshot.versie})${ctx.snapshot.isDemo ? ', voorbeeldgegevens' : ''}`;

  // Tenths per organisation municipality, per COROP (all organisations), per municipality and per province.
  const orgTenths = new Map<string, number>();
  const coropTenths = new Map<string, number>();
  const municipalityTenths = new Map<string, number>();
  const provinceTenths = new Map<string, number>();
  let nationalTenths = 0;
  for (const r of ctx.rows) {
    const t = toTenths(r.fte);
    nationalTenths += t;
    provinceTenths.set(r.provincieCode, (provinceTenths.get(r.provincieCode) ?? 0) + t);
    if (r.coropCode) coropTenths.set(r.coropCode, (coropTenths.get(r.coropCode) ?? 0) + t);
    if (r.gemeenteCode) municipalityTenths.set(r.gemeenteCode, (municipalityTenths.get(r.gemeenteCode) ?? 0) + t);
    if (r.organisatieCode === q.organisatie && r.gemeenteCode) orgTenths.set(r.gemeenteCode, (orgTenths.get(r.gemeenteCode) ?? 0) + t);
  }
  const vestigingen = [...orgTenths]
    .filter(([code, t]) => t > 0 && municipality.has(code))
    .map(([code, t]) => ({ gemeenteCode: code, naam: municipality.get(code)!.naam, provincieCode: municipality.get(code)!.provincieCode, fte: t / 10 }))
    .sort((a, b) => b.fte - a.fte || a.gemeenteCode.localeCompare(b.gemeenteCode));
  const offices = vestigingen.map((v) => municipality.get(v.gemeenteCode)!);
  const openHubs = ctx.hubs.filter((h) => h.status === 'open' && municipality.has(h.gemeenteCode));
  const hubPoints = openHubs.map((h) => municipality.get(h.gemeenteCode)!);
  const maxLabour = Math.max(0, ...[...ctx.labourForce.values()].map((f) => f.waarde));
  const maxPerThousand = Math.max(0, ...[...ctx.perThousand.values()].map((f) => f.waarde));
  const randstadBefore = [...provinceTenths].filter(([p]) => randstad.has(p)).reduce((s, [, t]) => s + t, 0);
  const moveFrom = q.vanGemeente ?? vestigingen[0]?.gemeenteCode ?? null;
  const omvangTenths = toTenths(q.omvang);

  const kandidaten: Omit<MatchCandidate, 'rang'>[] = [];
  const uitgesloten: MatchResult['uitgesloten'] = [];
  for (const region of [...ctx.corop].sort((a, b) => a.code.localeCompare(b.code))) {
    const provincieNaam = provinceName.get(region.provincieCode) ?? region.provincieCode;
    const inRandstad = randstad.has(region.provincieCode);
    const members = ctx.municipalities.filter((m) => m.coropCode === region.code).sort((a, b) => a.code.localeCompare(b.code));
    if (members.length === 0) continue;
    if (q.buitenRandstad && inRandstad) {
      uitgesloten.push({ coropCode: region.code, coropNaam: region.naam, provincieNaam, reden: 'ligt in de Randstad (eis: buiten de Randstad)' });
      continue;
    }
    // The anchor: where in the region the workplaces would most plausibly go.
    const ownHere = offices.filter((o) => o.coropCode === region.code);
    const hubHere = hubPoints.filter((h) => h.coropCode === region.code);
    const busiest = [...members].sort((a, b) => (municipalityTenths.get(b.code) ?? 0) - (municipalityTenths.get(a.code) ?? 0) || a.code.localeCompare(b.code))[0]!;
    const anker = ownHere[0]
      ? { m: ownHere[0], reden: 'grootste vestiging van de organisatie in deze regio' }
      : hubHere[0]
        ? { m: hubHere[0], reden: 'gemeente van het open rijksontmoetingsplein in deze regio' }
        : (municipalityTenths.get(busiest.code) ?? 0) > 0
          ? { m: busiest, reden: 'gemeente met de meeste rijkswerkgelegenheid in deze regio' }
          : { m: members[0]!, reden: 'eerste gemeente van de regio (geen rijkswerkgelegenheid in de inventarisatie)' };
    const toOffice = nearest(anker.m, offices);
    const toHub = nearest(anker.m, hubPoints);

    if (q.maxAfstandKm !== null) {
      const options = [q.afstandTot !== 'plein' ? toOffice : null, q.afstandTot !== 'vestiging' ? toHub : null].filter((o) => o !== null);
      const best = options.sort((a, b) => a.km - b.km)[0] ?? null;
      if (!best || best.km > q.maxAfstandKm) {
        uitgesloten.push({ coropCode: region.code, coropNaam: region.naam, provincieNaam, reden: best ? `${anker.m.naam} ligt ${km(best.km)} van ${best.m.naam} (eis: hoogstens ${q.maxAfstandKm} km)` : 'geen vestiging of open plein om de afstand toe te meten' });
        continue;
      }
    }

    const redenen: MatchReason[] = [];
    const w = MATCH_WEIGHTS;
    const ownFte = ownHere.reduce((s, o) => s + (orgTenths.get(o.code) ?? 0), 0) / 10;
    redenen.push({
      deel: 'vestiging',
      label: 'Bestaande vestiging van de organisatie',
      figuur: ownHere.length > 0 ? `${fte(ownFte)} in deze regio (${ownHere.map((o) => o.naam).join(', ')})` : toOffice ? `dichtstbijzijnde: ${toOffice.m.naam}, ${km(toOffice.km)}` : 'geen vestiging in de inventarisatie',
      punten: ownHere.length > 0 ? w.vestiging.punten : toOffice ? oneDecimal(w.vestiging.punten * Math.max(0, 1 - toOffice.km / 100)) : 0,
      maxPunten: w.vestiging.punten,
      bron: snapshotSource,
      link: null,
    });
    const regionFte = (coropTenths.get(region.code) ?? 0) / 10;
    const kantoren = members.filter((m) => (municipalityTenths.get(m.code) ?? 0) > 0);
    redenen.push({
      deel: 'rijkskantoren',
      label: 'Bestaande rijkskantoren (rijkswerkgelegenheid in de regio)',
      figuur: `${fte(regionFte)} in ${kantoren.length} ${kantoren.length === 1 ? 'gemeente' : 'gemeenten'}`,
      punten: oneDecimal(Math.min(w.rijkskantoren.punten, (w.rijkskantoren.punten * regionFte) / 500)),
      maxPunten: w.rijkskantoren.punten,
      bron: snapshotSource,
      link: null,
    });
    const plannedHere = ctx.hubs.filter((h) => h.status !== 'open' && h.status !== 'gesloten' && municipality.get(h.gemeenteCode)?.coropCode === region.code);
    redenen.push({
      deel: 'plein',
      label: 'Rijksontmoetingsplein',
      figuur:
        (hubHere.length > 0 ? `open plein in de regio (${openHubs.filter((h) => municipality.get(h.gemeenteCode)!.coropCode === region.code).map((h) => h.plaats).join(', ')})` : toHub ? `dichtstbijzijnde open plein: ${toHub.m.naam}, ${km(toHub.km)}` : 'geen open plein') +
        (plannedHere.length > 0 ? `; gepland of genoemd: ${plannedHere.map((h) => h.plaats).join(', ')} (telt niet mee)` : ''),
      punten: hubHere.length > 0 ? w.plein.punten : toHub ? oneDecimal(w.plein.punten * Math.max(0, 1 - toHub.km / 60)) : 0,
      maxPunten: w.plein.punten,
      bron: 'lijst van rijksontmoetingspleinen, bijgehouden door BZK',
      link: '/acties/rijksontmoetingspleinen',
    });
    const labour = ctx.labourForce.get(region.provincieCode);
    redenen.push({
      deel: 'arbeidsmarkt',
      label: `Arbeidsmarkt: beroepsbevolking van ${provincieNaam}`,
      figuur: labour ? `${labour.waarde.toLocaleString('nl-NL')} personen (15–75 jaar, ${labour.jaar})` : 'geen CBS-cijfer',
      punten: labour && maxLabour > 0 ? oneDecimal((w.arbeidsmarkt.punten * labour.waarde) / maxLabour) : 0,
      maxPunten: w.arbeidsmarkt.punten,
      bron: labour ? `CBS StatLine, beroepsbevolking ${labour.jaar}${labour.jaar < Number(ctx.snapshot.peildatum.slice(0, 4)) ? ' (dichtstbijzijnde eerdere jaar met een cijfer)' : ''}` : 'CBS StatLine',
      link: null,
    });
    const intensity = ctx.perThousand.get(region.provincieCode);
    redenen.push({
      deel: 'spreiding',
      label: `Rijksbanen per 1.000 inwoners in ${provincieNaam}`,
      figuur: intensity ? `${intensity.waarde.toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} fte per 1.000 inwoners (inwoners ${intensity.jaar})` : 'geen cijfer',
      punten: intensity && maxPerThousand > 0 ? oneDecimal(w.spreiding.punten * (1 - intensity.waarde / maxPerThousand)) : 0,
      maxPunten: w.spreiding.punten,
      bron: `${snapshotSource}; CBS StatLine, bevolking op 1 januari`,
      link: null,
    });
    redenen.push({
      deel: 'randstad',
      label: 'Randstad',
      figuur: inRandstad ? `in de Randstad (${provincieNaam})` : 'buiten de Randstad',
      punten: inRandstad ? 0 : w.randstad.punten,
      maxPunten: w.randstad.punten,
      bron: 'Randstad benaderd met hele provincies (instelling van het platform)',
      link: null,
    });
    // The effect on the national Randstad share: a move keeps the national total, new workplaces add to it.
    const fromProvince = q.vanGemeente ? municipality.get(q.vanGemeente)?.provincieCode ?? null : null;
    let after = randstadBefore + (inRandstad ? omvangTenths : 0);
    if (fromProvince && randstad.has(fromProvince)) after -= omvangTenths;
    const nationalAfter = nationalTenths + (fromProvince ? 0 : omvangTenths);
    const voor = share(randstadBefore, nationalTenths);
    const na = share(after, nationalAfter);
    const effect: RandstadEffect = { voor, na, verschilProcentpunt: voor === null || na === null ? null : Math.round((na - voor) * 100) / 100 };
    redenen.push({
      deel: 'randstad-effect',
      label: q.vanGemeente ? `Randstad-aandeel bij verplaatsing van ${q.omvang.toLocaleString('nl-NL')} fte uit ${municipality.get(q.vanGemeente)?.naam ?? q.vanGemeente}` : `Randstad-aandeel met ${q.omvang.toLocaleString('nl-NL')} fte erbij`,
      figuur: `${pct2(voor)} → ${pct2(na)}${effect.verschilProcentpunt === null ? '' : ` (${effect.verschilProcentpunt > 0 ? '+' : ''}${effect.verschilProcentpunt.toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} procentpunt)`}`,
      punten: null,
      maxPunten: null,
      bron: snapshotSource,
      link: null,
    });
    const profile = ctx.profiles.get(region.provincieCode) ?? null;
    redenen.push({
      deel: 'profiel',
      label: `Ontwikkelkansen van ${provincieNaam}`,
      figuur: profile ? profile.ontwikkelkansen.join('; ') : 'nog geen profiel',
      punten: null,
      maxPunten: null,
      bron: profile ? `${profile.bronSoort === 'provincie' ? (profile.bronOmschrijving ?? 'provincie') : 'eigen samenvatting van Rijk in de Regio'}, bijgewerkt op ${profile.bijgewerktOp}` : 'geen profiel',
      link: `/regio/${provinceSlug(provincieNaam)}#ontwikkelkansen`,
    });
    const score = oneDecimal(redenen.reduce((s, r) => s + (r.punten ?? 0), 0));
    kandidaten.push({
      coropCode: region.code,
      coropNaam: region.naam,
      provincieCode: region.provincieCode,
      provincieNaam,
      randstad: inRandstad,
      anker: { code: anker.m.code, naam: anker.m.naam, reden: anker.reden },
      score,
      redenen,
      randstadEffect: effect,
      scenario: moveFrom && moveFrom !== anker.m.code ? { url: scenarioUrl({ jaar: Number(ctx.snapshot.peildatum.slice(0, 4)), organisatie: q.organisatie, van: moveFrom, naar: anker.m.code, fte: q.omvang }), van: municipality.get(moveFrom)?.naam ?? moveFrom, naar: anker.m.naam } : null,
    });
  }
  const ranked = kandidaten.sort((a, b) => b.score - a.score || a.coropCode.localeCompare(b.coropCode)).map((c, i) => ({ rang: i + 1, ...c }));
  return { kandidaten: ranked, uitgesloten, vestigingen };
}
