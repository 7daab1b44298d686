import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, CHROMIUM, launchBrowser } from '../support/browser.ts';
import { demoSite, type DemoSite } from '../support/demo-site.ts';

// The action plan end to end on the real server: public pages over HTTP and in Chromium (axe), the
// analysts' screens as real no-JavaScript form posts with CSRF, and who may use them.
// Generous per-test budget: the machine is shared and Chromium walks are slow under load.
const SLOW = 180_000;
let site: DemoSite;
let browser: Browser | null = null;
const cookies: Record<string, string> = {};

const password = (user: string) => new RegExp(`${user.replaceAll('.', '\\.')}\\s+wachtwoord: (\\S+)`).exec(site.output())?.[1] ?? '';
const ANALIST = 'analist@demo.rijkinderegio.example';

async function login(username: string): Promise<string> {
  const response = await fetch(`${site.url}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: site.url },
    body: new URLSearchParams({ gebruikersnaam: username, wachtwoord: password(username), terug: '/dashboard' }),
  });
  expect(response.status).toBe(303);
  return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
}

/** GET or POST as a role ('anoniem' sends no cookie); form posts carry the Origin like a browser does. */
function as(role: string, path: string, form?: Record<string, string>) {
  const headers: Record<string, string> = { Origin: site.url };
  if (role !== 'anoniem') headers.Cookie = cookies[role]!;
  if (!form) return fetch(`${site.url}${path}`, { redirect: 'manual', headers });
  return fetch(`${site.url}${path}`, { method: 'POST', redirect: 'manual', headers: { ...headers, 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form) });
}

/** HTML without Astro's scoped-style attributes, so assertions can name plain tags. */
const withoutScopeAttributes = (html: string) => html.replace(/ data-astro-cid-[a-z0-9]+/g, '');

async function csrfOf(role: string, path: string): Promise<string> {
  return /name="_csrf" value="([^"]+)"/.exec(await (await as(role, path)).text())?.[1] ?? '';
}

/** A Chromium context logged in as the analyst: without JavaScript (the forms must work so), or with it for axe. */
async function analystContext(javaScriptEnabled = false): Promise<BrowserContext> {
  const context = await browser!.newContext({ javaScriptEnabled, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${site.url}/login`);
  await page.fill('#gebruikersnaam', ANALIST);
  await page.fill('#wachtwoord', password(ANALIST));
  await Promise.all([page.waitForURL(/\/dashboard/), page.click('button[type="submit"] >> text=Inloggen')]);
  await page.close();
  return context;
}

// The shared demo site. Only this file writes the action plan, province profiles, signals, hubs and the Groningen
// account on it, so the counts and "version 1" / signal 1 below are this file's own.
beforeAll(async () => {
  site = demoSite();
  cookies.hr = await login('hr.duo@demo.rijkinderegio.example');
  cookies.analist = await login(ANALIST);
  cookies.beheerder = await login('beheerder@demo.rijkinderegio.example');
  if (CHROMIUM) browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('/acties: the action plan as BZK wrote it', { timeout: SLOW }, () => {
  it('shows the ten measures with the annex quoted and the Kamerstuk as source; English without the Dutch quotes', async () => {
    const html = await (await as('anoniem', '/acties')).text();
    expect(html.match(/<h2 id="maatregel-/g)?.length).toBe(10);
    expect(html).toContain('Maatregel 1b. Gesprekken met bestuurders in de regio');
    expect(html).toContain('Maatregel 3. Uitvoering geven aan maatregel 41 van kabinetsreactie &#39;Nij Begun&#39;');
    expect(html).toMatch(/<q[^>]*>Duurzame rijkswerkgelegenheid in Groningen realiseren.<\/q>/);
    expect(html).toContain('Kamerstuk 31 490, nr. 347 (25 oktober 2024)');
    expect(html).toContain('Dit platform ondersteunt deze maatregel gedeeltelijk');
    const en = await (await as('anoniem', '/en/acties')).text();
    expect(en.match(/<h2 id="maatregel-/g)?.length).toBe(10);
    expect(en).toContain('parliamentary paper 31 490, no. 347');
    expect(en).not.toContain('Gesprekken met bestuurders');
    expect(en).not.toContain('Stand nu');
  });

  it('links only to pages that exist: public links answer 200, staff links send anonymous visitors to the login', async () => {
    const html = await (await as('anoniem', '/acties')).text();
    const links = [...html.matchAll(/<section class="rir-card rir-action[\s\S]*?<\/section>/g)].flatMap((s) => [...s[0].matchAll(/href="([^"]+)"/g)].map((m) => m[1]!));
    expect(links.length).toBeGreaterThan(8);
    for (const link of new Set(links)) {
      const status = (await as('anoniem', link)).status;
      expect({ link, status }).toEqual({ link, status: /^\/(beheer|cijfers\/upload|dashboard)/.test(link) ? 303 : 200 });
    }
  });
});

describe('/beheer/actieplan: analysts keep the status of each measure', { timeout: SLOW }, () => {
  it('is for analysts and admins only', async () => {
    expect((await as('anoniem', '/beheer/actieplan')).status).toBe(303);
    expect((await as('hr', '/beheer/actieplan')).status).toBe(403);
    expect((await as('hr', '/beheer/actieplan', { maatregel: '1a', status: 'gereed', peildatum: '2025-01-01', notitie: '' })).status).toBe(403);
    expect((await as('analist', '/beheer/actieplan')).status).toBe(200);
    expect((await as('beheerder', '/beheer/actieplan')).status).toBe(200);
  });

  it('refuses a post without the CSRF token and explains a bad date next to the field', async () => {
    expect((await as('analist', '/beheer/actieplan', { maatregel: '1a', status: 'gereed', peildatum: '2025-01-01', notitie: '' })).status).toBe(403);
    const csrf = await csrfOf('analist', '/beheer/actieplan');
    const response = await as('analist', '/beheer/actieplan', { _csrf: csrf, maatregel: '1a', status: 'gereed', peildatum: '2099-01-01', notitie: '' });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('<p id="peildatum-fout" class="rir-error">De datum ligt in de toekomst.</p>');
    expect(await (await as('anoniem', '/acties')).text()).not.toContain('stand per');
  });

  it.skipIf(!CHROMIUM)('records a status without JavaScript; /acties shows it with its date, the history shows who', async () => {
    const context = await analystContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/beheer/actieplan`);
    await page.selectOption('#maatregel', '1d');
    await page.selectOption('#status', 'lopend');
    await page.fill('#peildatum', '2025-11-30');
    await page.fill('#notitie', 'Huisvestingsvragen worden nog niet gekoppeld.');
    await Promise.all([page.waitForURL(/vastgelegd=1d/), page.click('button >> text=Stand vastleggen')]);
    expect(await page.locator('[role="status"]').textContent()).toContain('De stand van maatregel 1d is vastgelegd.');
    expect(await page.locator('tbody tr').first().textContent()).toContain(ANALIST);
    await context.close();
    const html = withoutScopeAttributes(await (await as('anoniem', '/acties')).text());
    const section = /<section[^>]*aria-labelledby="maatregel-1d"[\s\S]*?<\/section>/.exec(html)![0];
    expect(section).toContain('<strong>Loopt</strong> (stand per <time datetime="2025-11-30">30 november 2025</time>');
    expect(section).toContain('Huisvestingsvragen worden nog niet gekoppeld.');
    expect(section).not.toContain(ANALIST);
    const en = withoutScopeAttributes(await (await as('anoniem', '/en/acties')).text());
    expect(en).toContain('<strong>In progress</strong> (as of <time datetime="2025-11-30">30 November 2025</time>');
  });

});

describe('province profiles (measure 1a): kept by analysts, dated, with their source', { timeout: SLOW }, () => {
  it('shows our own summary as ours, with its date, until a province supplies a profile', async () => {
    const html = await (await as('anoniem', '/regio/zeeland')).text();
    expect(html).toContain('Bijgewerkt op <time datetime="2026-11-29">29 november 2026</time>.');
    expect(html).toContain('Dit is een eigen samenvatting van Rijk in de Regio; de provincie Zeeland heeft nog geen eigen kernprofiel aangeleverd.');
    const en = await (await as('anoniem', '/en/regio/zeeland')).text();
    expect(en).toContain('Updated on <time datetime="2026-11-29">29 November 2026</time>.');
  });

  it('is kept by analysts and admins only', async () => {
    for (const path of ['/beheer/provincieprofielen', '/beheer/provincieprofielen/zeeland']) {
      expect((await as('anoniem', path)).status).toBe(303);
      expect((await as('hr', path)).status).toBe(403);
      expect((await as('analist', path)).status).toBe(200);
      expect((await as('beheerder', path)).status).toBe(200);
    }
    expect((await as('hr', '/beheer/provincieprofielen/zeeland', { kernprofiel: 'x' })).status).toBe(403);
    expect((await as('analist', '/beheer/provincieprofielen/atlantis')).status).toBe(404);
  });

  it('refuses a post without CSRF and explains wrong fields', async () => {
    expect((await as('analist', '/beheer/provincieprofielen/zeeland', { kernprofiel: 'x', ontwikkelkansen: 'y', bron_soort: 'provincie', bron_omschrijving: 'Provincie Zeeland', bron_url: '', bijgewerkt_op: '2026-01-01' })).status).toBe(403);
    const csrf = await csrfOf('analist', '/beheer/provincieprofielen/zeeland');
    const response = await as('analist', '/beheer/provincieprofielen/zeeland', { _csrf: csrf, kernprofiel: '', ontwikkelkansen: 'y', bron_soort: 'provincie', bron_omschrijving: 'Provincie Zeeland', bron_url: 'ftp://x', bijgewerkt_op: '2026-01-01' });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('Vul bij het kernprofiel minstens één regel in.');
    expect(html).toContain('Vul een webadres in dat begint met https:// of http://, of laat het leeg.');
  });

  it.skipIf(!CHROMIUM)('an analyst records the province’s own profile without JavaScript; the province page shows it with date, source and version', async () => {
    const context = await analystContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/beheer/provincieprofielen`);
    await Promise.all([page.waitForURL(/provincieprofielen\/zeeland$/), page.click('a[href="/beheer/provincieprofielen/zeeland"]')]);
    await page.fill('#kernprofiel', '- Delta en water\n- Havens van North Sea Port');
    await page.fill('#ontwikkelkansen', 'Waterveiligheid en klimaatadaptatie');
    await page.check('#bron-provincie');
    await page.fill('#bron_omschrijving', 'Provincie Zeeland, ontwikkelprofiel (testversie)');
    await page.fill('#bron_url', 'https://www.zeeland.nl/');
    await page.fill('#bijgewerkt_op', '2026-10-15');
    await Promise.all([page.waitForURL(/versie=1/), page.click('button >> text=Nieuwe versie opslaan')]);
    expect(await page.locator('[role="status"]').textContent()).toContain('Versie 1 van het profiel van Zeeland is opgeslagen.');
    expect(await page.locator('section[aria-labelledby="versies"] tbody tr').first().textContent()).toContain(ANALIST);
    await context.close();
    const html = await (await as('anoniem', '/regio/zeeland')).text();
    expect(html).toMatch(/<li[^>]*>Delta en water<\/li>/);
    expect(html).toContain('Bijgewerkt op <time datetime="2026-10-15">15 oktober 2026</time>.');
    expect(html).toMatch(/Bron: <a href="https:\/\/www.zeeland.nl\/" rel="external" lang="nl"[^>]*>Provincie Zeeland, ontwikkelprofiel \(testversie\)<\/a>/);
    expect(html).toContain('Versie 1.');
    expect(html).not.toContain('eigen samenvatting van Rijk in de Regio');
  });
});

describe('signals register and outlook (measures 1b, 1c, 2): analysts only', { timeout: SLOW }, () => {
  it('is closed to everyone but analysts and admins', async () => {
    for (const path of ['/beheer/signalen', '/beheer/signalen/nieuw']) {
      expect((await as('anoniem', path)).status).toBe(303);
      expect((await as('hr', path)).status).toBe(403);
      expect((await as('analist', path)).status).toBe(200);
      expect((await as('beheerder', path)).status).toBe(200);
    }
    expect((await as('hr', '/beheer/signalen/nieuw', { provincie: 'PV20' })).status).toBe(403);
  });

  it('refuses a post without CSRF and explains a COROP region outside the province', async () => {
    const form = { provincie: 'PV20', corop: 'CR04', organisatie: '', soort: 'kans', omschrijving: 'Ruimte in het stationsgebied', fte_verandering: '', verwacht_jaar: '', bron: 'gesprek-bestuurder', gesprek_met: 'gedeputeerde', gesprek_datum: '2026-11-01', vervolg: '', status: 'nieuw' };
    expect((await as('analist', '/beheer/signalen/nieuw', form)).status).toBe(403);
    const csrf = await csrfOf('analist', '/beheer/signalen/nieuw');
    const response = await as('analist', '/beheer/signalen/nieuw', { ...form, _csrf: csrf });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Deze COROP-regio ligt niet in de gekozen provincie.');
  });

  it.skipIf(!CHROMIUM)('an analyst records growth and shrinkage without JavaScript; the outlook sums them next to today’s fte, and filters', async () => {
    const context = await analystContext();
    const page = await context.newPage();
    const record = async (values: { provincie: string; soort: string; fte: string; jaar: string; bron: string; rol: string; tekst: string }) => {
      await page.goto(`${site.url}/beheer/signalen/nieuw`);
      await page.selectOption('#provincie', values.provincie);
      await page.check(`#soort-${values.soort}`);
      await page.fill('#omschrijving', values.tekst);
      await page.fill('#fte_verandering', values.fte);
      await page.fill('#verwacht_jaar', values.jaar);
      await page.selectOption('#bron', values.bron);
      await page.selectOption('#gesprek_met', values.rol);
      await page.fill('#gesprek_datum', '2026-11-15');
      await Promise.all([page.waitForURL(/\/beheer\/signalen\/\d+\?opgeslagen=1/), page.click('button >> text=Signaal opslaan')]);
      expect(await page.locator('[role="status"]').textContent()).toContain('Het signaal is opgeslagen.');
    };
    await record({ provincie: 'PV22', soort: 'verwachte-groei', fte: '40', jaar: '2027', bron: 'gesprek-ministerie', rol: 'departement', tekst: 'Nieuw team in Assen' });
    await record({ provincie: 'PV22', soort: 'verwachte-krimp', fte: '12,5', jaar: '2029', bron: 'samenwerking-rijk-noord', rol: 'samenwerking-rijk-noord', tekst: 'Minder loketten' });
    // Follow-up on the last one.
    await page.fill('#vervolg', 'Navragen bij het departement');
    await page.selectOption('#status', 'in-behandeling');
    await page.fill('#notitie', 'Overleg gepland');
    await Promise.all([page.waitForURL(/bijgewerkt=1/), page.click('button >> text=Vervolg opslaan')]);
    expect(await page.content()).toContain(`vervolg bijgewerkt door ${ANALIST}`);
    // The follow-up history: the first status, then the change with old → new, the note and the account id (no name).
    const history = page.locator('section[aria-labelledby="geschiedenis"] tbody tr');
    expect(await history.count()).toBe(2);
    const change = (await history.first().textContent()) ?? '';
    expect(change).toContain('Nieuw → In behandeling');
    expect(change).toContain('Navragen bij het departement');
    expect(change).toContain('Overleg gepland');
    expect(change).toMatch(/account \d+/);
    expect(change).not.toContain(ANALIST);
    expect(await history.last().textContent()).toContain('vastgelegd als nieuw');
    await page.goto(`${site.url}/beheer/signalen`);
    const drenthe = page.locator('#vooruitblik ~ div tbody tr', { has: page.locator('th >> text=Drenthe') }).locator('td');
    expect((await drenthe.allTextContents()).slice(1, 4)).toEqual(['+40,0', '-12,5', '+27,5']);
    // Filters through the plain GET form.
    await page.selectOption('#f-bron', 'samenwerking-rijk-noord');
    await Promise.all([page.waitForURL(/bron=samenwerking-rijk-noord/), page.click('button >> text=Filter toepassen')]);
    expect((await drenthe.allTextContents()).slice(1, 4)).toEqual(['0,0', '-12,5', '-12,5']);
    expect(await page.locator('#register').textContent()).toBe('Signalen (1)');
    await context.close();
  });
});

describe('hub network, coverage and counters (measures 4 and 5)', { timeout: SLOW }, () => {
  it('shows every hub, the coverage per province at 30 and 45 km, white spots and the next-hub suggestion with its gain', async () => {
    const html = await (await as('anoniem', '/acties/rijksontmoetingspleinen')).text();
    for (const plaats of ['Assen', 'Middelburg', 'Leiden']) expect(html).toContain(`>${plaats}</a></th>`);
    expect(html.match(/<th scope="row">[^<]+<\/th>\s*<td>\d+%<\/td>\s*<td>\d+%<\/td>/g)?.length).toBe(12);
    expect(html).toContain('Witte vlekken');
    expect(html).toMatch(/<li>[^<]+ \([^<]+\): \+\d+,\d procentpunt; daarna landelijk \d+%<\/li>/);
    expect(html).toContain('weegt elke gemeente met haar aantal postcodegebieden');
    expect(html).toContain('Het aantal inwoners per gemeente of per postcodegebied staat niet in onze gegevens');
    // Each hub is a point with its name: open ones a filled circle, the named-only Leiden an open diamond, plus a legend.
    expect(html).toMatch(/<a class="rir-map__link" href="\/acties\/rijksontmoetingspleinen\/assen"><title>Assen: rijksontmoetingsplein, open<\/title><circle class="rir-map__marker rir-map__marker--filled"/);
    expect(html).toMatch(/<title>Leiden: rijksontmoetingsplein, genoemd, niet bevestigd<\/title><polygon class="rir-map__marker rir-map__marker--hollow"/);
    expect(html).toContain('open rijksontmoetingsplein (gevulde cirkel)');
    expect(html).toContain('gepland of genoemd (open ruit)');
    const en = await (await as('anoniem', '/en/acties/rijksontmoetingspleinen')).text();
    expect(en).toContain('Coverage per province');
    expect(en).not.toContain('procentpunt');
  });

  it('is maintained by analysts and admins only; a post without CSRF is refused', async () => {
    expect((await as('anoniem', '/beheer/pleinen')).status).toBe(303);
    expect((await as('hr', '/beheer/pleinen')).status).toBe(403);
    expect((await as('analist', '/beheer/pleinen')).status).toBe(200);
    expect((await as('beheerder', '/beheer/pleinen')).status).toBe(200);
    expect((await as('analist', '/beheer/pleinen', { actie: 'plein', plaats: 'Zwolle', gemeente_code: 'GM0193', status: 'open' })).status).toBe(403);
  });

  it.skipIf(!CHROMIUM)('an analyst opens a hub and adds a counter without JavaScript; coverage and the hub page change with it', async () => {
    const before = await (await as('anoniem', '/acties/rijksontmoetingspleinen')).text();
    const share = (html: string, province: string) => new RegExp(`<th scope="row">${province}</th>\\s*<td>(\\d+)%`).exec(html)?.[1];
    expect(share(before, 'Overijssel')).toBe('0');
    const context = await analystContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/beheer/pleinen`);
    await page.fill('#plaats', 'Zwolle');
    await page.selectOption('#gemeente_code', 'GM0193');
    await page.selectOption('#status', 'open');
    await page.fill('#faciliteiten', 'Flexplekken en vergaderruimtes');
    await Promise.all([page.waitForURL(/\/beheer\/pleinen\/\d+\?opgeslagen=1/), page.click('button >> text=Plein toevoegen')]);
    await page.fill('#organisaties', 'Belastingdienst');
    await page.fill('#diensten', 'Hulp bij de aangifte inkomstenbelasting');
    await page.fill('#openingstijden', 'Dinsdag 9.00–12.00 uur');
    await Promise.all([page.waitForURL(/balie=toegevoegd/), page.click('button >> text=Balie toevoegen')]);
    expect(await page.locator('[role="status"]').textContent()).toContain('De balie is toegevoegd.');
    await context.close();
    const after = await (await as('anoniem', '/acties/rijksontmoetingspleinen')).text();
    expect(Number(share(after, 'Overijssel'))).toBeGreaterThan(30);
    const hubPage = await (await as('anoniem', '/acties/rijksontmoetingspleinen/zwolle')).text();
    expect(hubPage).toContain('Hulp bij de aangifte inkomstenbelasting');
    expect(hubPage).toContain('Dinsdag 9.00–12.00 uur');
    expect((await as('anoniem', '/acties/rijksontmoetingspleinen/atlantis')).status).toBe(404);
  });
});

describe('the yearly Groningen account (measure 3)', { timeout: SLOW }, () => {
  it('renders a concept for a published inventory year and 404 for a year without one', async () => {
    const html = await (await as('anoniem', '/acties/groningen/2024')).text();
    expect(html).toContain('Rijkswerkgelegenheid in Groningen 2024');
    expect(html).toContain('Concept: BZK heeft dit overzicht nog niet vastgesteld.');
    expect(html).toContain('Provincie Groningen');
    expect(html).toContain('Fte per 1.000 van de beroepsbevolking');
    expect(html).toContain('het dichtstbijzijnde eerdere jaar');
    expect(html).toContain('het aantal inwoners en de beroepsbevolking per COROP-regio staan niet in onze gegevens');
    expect((await as('anoniem', '/acties/groningen/1999')).status).toBe(404);
    expect((await as('anoniem', '/en/acties/groningen/2024')).status).toBe(200);
  });

  it('is adopted by analysts only, with CSRF', async () => {
    expect((await as('anoniem', '/beheer/groningen')).status).toBe(303);
    expect((await as('hr', '/beheer/groningen')).status).toBe(403);
    expect((await as('hr', '/beheer/groningen', { jaar: '2024' })).status).toBe(403);
    expect((await as('analist', '/beheer/groningen', { jaar: '2024' })).status).toBe(403);
  });

  it.skipIf(!CHROMIUM)('an analyst adopts 2024 without JavaScript; the account is then frozen and prints', async () => {
    const context = await analystContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/beheer/groningen`);
    await Promise.all([page.waitForURL(/vastgesteld=2024/), page.click('button >> text=Vaststellen 2024')]);
    expect(await page.locator('[role="status"]').textContent()).toContain('Het overzicht 2024 is vastgesteld en bevroren.');
    expect(await page.content()).toContain(`Vastgesteld door ${ANALIST}`);
    await context.close();
    const print = await browser!.newPage();
    await print.goto(`${site.url}/acties/groningen/2024`);
    expect(await print.locator('.rir-notice').first().textContent()).toMatch(/^Vastgesteld op .*: dit overzicht verandert niet meer/);
    await print.emulateMedia({ media: 'print' });
    expect(await print.locator('.rir-nav').isVisible()).toBe(false);
    const pdf = await print.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await print.close();
  });
});

describe('housing questions matched to regions (measure 1d): analysts only', { timeout: SLOW }, () => {
  it('is closed to everyone but analysts and admins; a post without CSRF is refused and wrong fields are explained', async () => {
    for (const path of ['/beheer/huisvesting', '/beheer/huisvesting/nieuw']) {
      expect((await as('anoniem', path)).status).toBe(303);
      expect((await as('hr', path)).status).toBe(403);
      expect((await as('analist', path)).status).toBe(200);
      expect((await as('beheerder', path)).status).toBe(200);
    }
    const form = { organisatie: 'duo', omvang: '0', eenheid: 'fte', vakgebied: 'ict', jaar: '2027', kwartaal: '', max_afstand_km: '', afstand_tot: 'vestiging-of-plein', buiten_randstad: '', van_gemeente: 'GM0363', toelichting: '' };
    expect((await as('hr', '/beheer/huisvesting/nieuw', form)).status).toBe(403);
    expect((await as('analist', '/beheer/huisvesting/nieuw', form)).status).toBe(403);
    const csrf = await csrfOf('analist', '/beheer/huisvesting/nieuw');
    const response = await as('analist', '/beheer/huisvesting/nieuw', { ...form, _csrf: csrf });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('<p id="omvang-fout" class="rir-error">Vul een aantal groter dan 0 in, zoals 40 of 12,5 (hoogstens één decimaal).</p>');
    const moved = await as('analist', '/beheer/huisvesting/nieuw', { ...form, omvang: '40', _csrf: csrf });
    expect(moved.status).toBe(400);
    expect(await moved.text()).toContain('De organisatie heeft in deze gemeente geen fte in de inventarisatie.');
    expect((await as('analist', '/beheer/huisvesting/999')).status).toBe(404);
  });

  it.skipIf(!CHROMIUM)('an analyst enters a question without JavaScript and gets ranked regions with reasons, weights, the demo label and a what-if link', async () => {
    const context = await analystContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/beheer/huisvesting`);
    await Promise.all([page.waitForURL(/\/beheer\/huisvesting\/nieuw$/), page.click('a >> text=Nieuwe huisvestingsvraag')]);
    await page.selectOption('#organisatie', 'duo');
    await page.fill('#omvang', '40');
    await page.selectOption('#vakgebied', 'ict');
    await page.fill('#jaar', '2027');
    await page.selectOption('#kwartaal', '2');
    await page.fill('#max_afstand_km', '60');
    await page.check('#buiten_randstad');
    // Groningen: DUO has staff there in the demo inventories and in the real 2025 one that figures.test.ts may publish.
    await page.selectOption('#van_gemeente', 'GM0014');
    await Promise.all([page.waitForURL(/\/beheer\/huisvesting\/1\?opgeslagen=1/), page.click('button >> text=Vraag opslaan en matchen')]);
    expect(await page.locator('[role="status"]').textContent()).toContain('Versie 1 van vraag 1 is opgeslagen.');
    // The demo site holds demo inventories; figures.test.ts (sharing it) may have published a real 2025 one by now. The
    // result names the inventory it used, and carries the demo label exactly when that inventory is demo data.
    const usedDemo = ((await page.locator('.rir-source').filter({ hasText: 'Bron van vestigingen' }).textContent()) ?? '').includes('voorbeeldgegevens');
    expect(await page.locator('.rir-demo-label').count() > 0).toBe(usedDemo);
    if (usedDemo) expect(await page.locator('.rir-demo-label').first().textContent()).toBe('Voorbeeldgegevens');
    expect(await page.locator('#weging ~ ul li').count()).toBe(6);
    const first = page.locator('article.rir-card').first();
    const reasons = (await first.locator('tbody th').allTextContents()).map((t) => t.trim());
    expect(reasons.slice(0, 3)).toEqual(['Bestaande vestiging van de organisatie', 'Bestaande rijkskantoren (rijkswerkgelegenheid in de regio)', 'Rijksontmoetingsplein']);
    expect(reasons.some((r) => r.startsWith('Ontwikkelkansen van '))).toBe(true);
    expect(await page.locator('#uitgesloten ~ ul').textContent()).toContain('ligt in de Randstad (eis: buiten de Randstad)');
    expect(await page.locator('#huidig ~ div tbody').textContent()).toContain('Groningen');
    // A region whose nearest workplace is Groningen itself has no what-if (nothing would move); the others carry the move.
    await Promise.all([page.waitForURL(/\/cijfers\/scenario\?/), page.locator('article.rir-card a[href^="/cijfers/scenario"]').first().click()]);
    expect(await page.inputValue('#s-van-0')).toBe('GM0014');
    expect(await page.inputValue('#s-fte-0')).toBe('40');
    expect(await page.locator('#s-org-0').inputValue()).toBe('duo');
    // A new version keeps the old one.
    await page.goto(`${site.url}/beheer/huisvesting/nieuw?vraag=1`);
    expect(await page.inputValue('#omvang')).toBe('40');
    await page.fill('#omvang', '55,5');
    await Promise.all([page.waitForURL(/\/beheer\/huisvesting\/1\?opgeslagen=2/), page.click('button >> text=Vraag opslaan en matchen')]);
    expect(await page.locator('h1').textContent()).toContain('55,5 fte');
    expect(await page.locator('section[aria-labelledby="vraag"] details summary').textContent()).toBe('Alle versies (2)');
    await context.close();
  });
});

describe('accessibility', { timeout: SLOW }, () => {
  it.skipIf(!CHROMIUM)('has no axe violations (WCAG 2.2 A/AA) on the public pages and the staff screens', async () => {
    const context = await analystContext(true);
    const page = await context.newPage();
    for (const path of ['/acties', '/en/acties', '/beheer/actieplan', '/regio/groningen', '/en/regio/groningen', '/beheer/provincieprofielen', '/beheer/provincieprofielen/groningen', '/beheer/signalen', '/beheer/signalen/nieuw', '/beheer/signalen/1', '/acties/rijksontmoetingspleinen', '/en/acties/rijksontmoetingspleinen', '/acties/rijksontmoetingspleinen/zwolle', '/en/acties/rijksontmoetingspleinen/zwolle', '/beheer/pleinen', '/beheer/pleinen/1', '/acties/groningen/2024', '/en/acties/groningen/2024', '/beheer/groningen', '/beheer/huisvesting', '/beheer/huisvesting/nieuw', '/beheer/huisvesting/1', '/beheer/huisvesting/1?versie=1']) {
      await page.goto(`${site.url}${path}`);
      expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
    }
    await context.close();
  });
});
