import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, CHROMIUM, launchBrowser } from '../support/browser.ts';
import { demoSite, type DemoSite } from '../support/demo-site.ts';
import { runCli } from '../support/site-server.ts';
import { vacancyInput } from '../support/vacancy-fixtures.ts';
import { addDays, amsterdamDate } from '../../src/lib/time/amsterdam-time.ts';

/** A closing date a year ahead: within the two years the input accepts, open for as long as the test runs. */
const FAR_CLOSING = addDays(amsterdamDate(), 365);

// The shared demo site (tests/support/demo-site-setup.ts) runs for every run; only tests that drive Chromium are
// skipped where it is missing, so the HTTP checks below never silently disappear with the browser. The test that
// kills Meilisearch lives in processes.test.ts, on a server of its own: here it would take search away from the
// files running beside this one.
const itInBrowser = CHROMIUM ? it : it.skip;

let site: DemoSite;
let browser: Browser;
let token = '';

function apiVacancy(overrides: Record<string, unknown>) {
  const { standplaatsen, ...rest } = vacancyInput();
  return { ...rest, standplaatsen, gepubliceerdOp: '2026-11-01', sluitingsdatum: FAR_CLOSING, ...overrides };
}

async function post(body: unknown) {
  return fetch(`${site.url}/api/v1/vacatures`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
}

describe('the real site, started like npm start (over HTTP, and in Chromium where installed)', () => {
  beforeAll(async () => {
    site = demoSite();
    // The token CLI runs beside the running server, through its socket.
    const created = runCli(site.dataDir, ['scripts/token.ts', 'create', '--organisatie', 'duo', '--label', 'browsertest']);
    token = /rir_[A-Za-z0-9_-]+/.exec(created.stdout)?.[0] ?? '';
    if (!token) throw new Error(`token create failed: ${created.stdout}${created.stderr}`);
    if (CHROMIUM) browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  itInBrowser('serves the home page with a keyboard-reachable map of the 12 provinces and an equivalent list', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${site.url}/`);
    expect(response?.status()).toBe(200);
    expect(await page.locator('svg a.rir-map__link').count()).toBe(12);
    expect(await page.locator('ul[data-testid="provincie-vacatures"] a').count()).toBe(12);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Ga direct naar de inhoud');
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');
    await page.close();
  });

  it('reports database and search as ok', async () => {
    const health = await (await fetch(`${site.url}/api/v1/health`)).json();
    expect(health).toMatchObject({ status: 'ok', database: { status: 'ok' }, search: { status: 'ok' } });
  });

  itInBrowser('serves a province profile and a real 404 for an unknown province', async () => {
    const page = await browser.newPage();
    expect((await page.goto(`${site.url}/regio/groningen`))?.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toBe('Groningen');
    expect(await page.content()).toContain('Bron: CBS / Kadaster');
    const missing = await page.goto(`${site.url}/regio/atlantis`);
    expect(missing?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Pagina niet gevonden');
    await page.close();
  });

  itInBrowser('has no axe violations (WCAG 2.2 A/AA) on the main pages', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const first = (await (await fetch(`${site.url}/api/v1/vacatures?paginaGrootte=1`)).json()) as { vacatures: { _links: { html: { href: string } } }[] };
    const vacancyPath = new URL(first.vacatures[0]!._links.html.href).pathname;
    for (const path of ['/', '/regio/groningen', '/vacatures', '/vacatures?postcode=9711&afstand=25&provincie=PV20', vacancyPath, '/en/', '/toegankelijkheid', '/cijfers', '/cijfers?niveau=corop&indicator=aandeel', '/cijfers/rapportage/2024', '/cijfers/methode', '/acties', '/login']) {
      await page.goto(`${site.url}${path}`);
      expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
    }
    // And a dashboard, logged in as an HR coordinator.
    const password = /hr\.duo@demo\.rijkinderegio\.example\s+wachtwoord: (\S+)/.exec(site.output())?.[1] ?? '';
    await page.goto(`${site.url}/login`);
    await page.fill('#gebruikersnaam', 'hr.duo@demo.rijkinderegio.example');
    await page.fill('#wachtwoord', password);
    await Promise.all([page.waitForURL(/\/dashboard/), page.click('button[type="submit"] >> text=Inloggen')]);
    for (const path of ['/dashboard', '/dashboard/import', '/dashboard/publicatie']) {
      await page.goto(`${site.url}${path}`);
      expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
    }
    await context.close();
  }, 240_000); // axe over 13 pages and a dashboard in Chromium: minutes on a busy machine

  itInBrowser('prints the yearly report without navigation, with every figure traced to its snapshot', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/cijfers/rapportage/2024`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.rir-nav').isVisible()).toBe(false);
    expect(await page.locator('h1').textContent()).toBe('Spreiding van de rijkswerkgelegenheid op 1 januari 2024');
    expect(await page.content()).toMatch(/Alle cijfers in deze versie komen uit inventarisatie 2024 versie 1 \(snapshot \d+\), vergeleken met inventarisatie 2023 versie 1 \(snapshot \d+\)/);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.close();
  });

  itInBrowser('shows the published national total and the change computed from the published series on /cijfers', async () => {
    const html = await (await fetch(`${site.url}/cijfers`)).text();
    expect(html).toContain('353.797 fte');
    expect(html).toContain('+17.527 fte (+5,2%)');
    const api = (await (await fetch(`${site.url}/api/v1/statistieken/rijkswerkgelegenheid?jaar=2024`)).json()) as { nationaal: { fte: number }; regios: { code: string; fte: number }[] };
    expect(api.nationaal.fte).toBe(353797);
    const again = await (await fetch(`${site.url}/api/v1/statistieken/rijkswerkgelegenheid?jaar=2024`)).text();
    expect(again).toBe(JSON.stringify(api));
  });

  itInBrowser('searches without JavaScript: query, province and postcode radius through the plain form', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/vacatures`);
    await page.fill('#q', 'beleidsmedewerker');
    await page.check('input[name="provincie"][value="PV20"]');
    await page.click('button[type="submit"] >> text=Zoeken');
    await page.waitForURL(/q=beleidsmedewerker/);
    const summary = await page.locator('#resultaten').textContent();
    expect(summary).toMatch(/^\d+ vacatures? voor "beleidsmedewerker" in Groningen$/);
    // Disjunctive counts: the other provinces are still offered with their own counts.
    expect(await page.locator('label[for^="facet-provincie"]', { hasText: 'Drenthe' }).textContent()).toMatch(/Drenthe \(\d+\)/);
    const api = (await (await fetch(`${site.url}/api/v1/vacatures?q=beleidsmedewerker&provincie=groningen`)).json()) as { totaal: number };
    expect(summary).toContain(`${api.totaal} vacature`);

    await page.goto(`${site.url}/vacatures`);
    await page.fill('#plaats', '9711');
    await page.selectOption('#afstand', { label: 'binnen 25 km' });
    await page.click('button[type="submit"] >> text=Zoeken');
    await page.waitForURL(/plaats=9711/);
    expect(await page.locator('#resultaten').textContent()).toMatch(/vacatures? binnen 25 km van 9711$/);
    expect(await page.locator('.rir-vacancy-card__meta').first().textContent()).toMatch(/\(\d+(,\d)? km\)/);
    await context.close();
  });

  itInBrowser('applies a filter as soon as it changes when JavaScript is on', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/vacatures`);
    await Promise.all([page.waitForURL(/provincie=PV22/), page.check('input[name="provincie"][value="PV22"]')]);
    expect(await page.locator('#resultaten').textContent()).toContain('in Drenthe');
    await page.close();
  });

  it('answers a bad API parameter with a 400 problem', async () => {
    const response = await fetch(`${site.url}/api/v1/vacatures?postcode=9711&afstand=-5`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.headers.get('api-version')).toBe('1.0.0');
    expect(await response.json()).toMatchObject({ status: 400, invalidParams: [{ name: 'afstand', reason: 'de afstand (km) moet minimaal 1 zijn' }] });
  });

  itInBrowser('publishes through the API, shows JobPosting JSON-LD and a share image, and never runs script from a vacancy text', async () => {
    const created = await post(apiVacancy({
      kenmerk: 'XSS-1',
      titel: 'Adviseur <b>informatiebeveiliging</b>',
      beschrijving: '<p>Welkom</p><script>window.__xss = 1</script><img src="x" onerror="window.__xss = 2"><a href="javascript:window.__xss=3">klik</a>',
    }));
    expect(created.status).toBe(201);
    const body = (await created.json()) as { id: string; _links: { html: { href: string } } };
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    let dialogs = 0;
    page.on('dialog', (d) => { dialogs++; void d.dismiss(); });
    await page.goto(body._links.html.href.replace(/^https?:\/\/[^/]+/, site.url));
    await page.click('text=klik').catch(() => undefined);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toBe(0);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as Record<string, unknown>;
    expect(jsonLd).toMatchObject({ '@type': 'JobPosting', title: 'Adviseur <b>informatiebeveiliging</b>', datePosted: '2026-11-01', hiringOrganization: { name: 'Dienst Uitvoering Onderwijs' }, identifier: { value: 'XSS-1' }, baseSalary: { currency: 'EUR' } });
    expect(String(jsonLd.description)).not.toContain('script');
    const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content');
    const image = await fetch(ogImage!.replace(/^https?:\/\/[^/]+/, site.url));
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    const png = new Uint8Array(await image.arrayBuffer());
    const view = new DataView(png.buffer);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630]);
    // Searchable right away.
    const found = (await (await fetch(`${site.url}/api/v1/vacatures?q=informatiebeveiliging&organisatie=duo`)).json()) as { vacatures: { id: string }[] };
    expect(found.vacatures.map((v) => v.id)).toContain(body.id);
    await context.close();
  }, 120_000); // a publish waits for Meilisearch; a share image is rendered

  it('answers 410 for a closed vacancy and drops it from search and feeds at once', async () => {
    const created = (await (await post(apiVacancy({ kenmerk: 'SLUIT-1', titel: 'Trainee zeepbelbewaker Veendam' }))).json()) as { id: string; _links: { html: { href: string } } };
    const before = (await (await fetch(`${site.url}/api/v1/vacatures?q=zeepbelbewaker`)).json()) as { totaal: number };
    expect(before.totaal).toBe(1);
    const closed = await fetch(`${site.url}/api/v1/vacatures/${created.id}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(apiVacancy({ kenmerk: 'SLUIT-1', titel: 'Trainee zeepbelbewaker Veendam', status: 'vervuld' })),
    });
    expect(closed.status).toBe(200);
    const page = await fetch(created._links.html.href.replace(/^https?:\/\/[^/]+/, site.url));
    expect(page.status).toBe(410);
    const html = await page.text();
    expect(html).toContain('Deze vacature is gesloten.');
    expect(html).toContain('<meta name="robots" content="noindex">');
    const search = (await (await fetch(`${site.url}/api/v1/vacatures?q=zeepbelbewaker`)).json()) as { totaal: number };
    expect(search.totaal).toBe(0);
    expect(await (await fetch(`${site.url}/vacatures/feed.xml?q=zeepbelbewaker`)).text()).not.toContain('zeepbelbewaker Veendam</title>');
  }, 120_000); // a publish waits for Meilisearch
});
