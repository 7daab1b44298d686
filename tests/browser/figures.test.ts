import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, CHROMIUM, launchBrowser } from '../support/browser.ts';
import { demoSite, type DemoSite } from '../support/demo-site.ts';

const describeInBrowser = CHROMIUM ? describe : describe.skip;

let site: DemoSite;
let browser: Browser;
let analyst: Page;
let realSnapshot = 0;
let publishedUrl = '';

/** The demo password the server printed for an account. */
function password(username: string): string {
  const match = new RegExp(`${username.replace(/[.]/g, '\\.')}\\s+wachtwoord: (\\S+)`).exec(site.output());
  if (!match) throw new Error(`no password for ${username} in the server output`);
  return match[1]!;
}

describeInBrowser('/cijfers with one real inventory among demo years, in Chromium', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    // The shared demo site. Only this file imports an inventory on it: the real 2025 snapshot and the counts of
    // real distributions and series points below are this file's own. /cijfers without a year stays on the
    // latest officially published total (2024), which site.test.ts checks beside it.
    site = demoSite();
    browser = await launchBrowser();
    // An analyst imports and publishes a real 2025 inventory through the upload page, as a person would.
    // bypassCSP: axe is injected as an inline script, which the site's CSP (rightly) refuses.
    analyst = await (await browser.newContext({ bypassCSP: true })).newPage();
    await analyst.goto(`${site.url}/login?terug=/cijfers/upload`);
    await analyst.fill('#gebruikersnaam', 'analist@demo.rijkinderegio.example');
    await analyst.fill('#wachtwoord', password('analist@demo.rijkinderegio.example'));
    await Promise.all([analyst.waitForURL(/\/cijfers\/upload/), analyst.click('button[type=submit]')]);
    await analyst.setInputFiles('#bestand', { name: 'formatie-2025.csv', mimeType: 'text/csv', buffer: Buffer.from('organisatie;sector;gemeente;fte\nduo;ministerie;GM0014;600\nrvo;ministerie;GM0344;400\n') });
    await analyst.fill('#peildatum', '2025-01-01');
    await analyst.fill('#bron', 'Opgave BZK 2025 (browsertest)');
    await Promise.all([analyst.waitForLoadState('load'), analyst.click('text=Inlezen als concept')]);
    await Promise.all([analyst.waitForURL(/gepubliceerd=\d+/, { timeout: 120_000 }), analyst.click('text=Publiceren (bevriezen)')]);
    realSnapshot = Number(/gepubliceerd=(\d+)/.exec(analyst.url())![1]);
    publishedUrl = analyst.url();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows 2025 from the real inventory only: no demo label, no change against demo 2024, a trend of one year', async () => {
    const DEMO_NOTICE = 'De verdeling over provincies, COROP-gebieden en organisaties is een voorbeeld';
    const html = await (await fetch(`${site.url}/cijfers?jaar=2025`)).text();
    expect(html).not.toContain(DEMO_NOTICE);
    expect(html).toContain('De ontwikkeling gebruikt alleen echte gepubliceerde inventarisaties');
    expect(html).toContain('1 januari 2024 (voorbeeldgegevens)');
    const page = await browser.newPage();
    await page.goto(`${site.url}/cijfers?jaar=2025`);
    const trendYears = await page.locator('#trend ~ div table tbody th').allTextContents();
    expect(trendYears).toEqual(['2025']);
    await page.close();
    const demo = await (await fetch(`${site.url}/cijfers?jaar=2024`)).text();
    expect(demo).toContain(DEMO_NOTICE);
  });

  it('writes the CSV and answers the API for 2025 without demo data', { timeout: 120_000 }, async () => {
    const csv = (await (await fetch(`${site.url}/cijfers/data.csv?jaar=2025`)).text()).replace(/^\uFEFF/, '');
    const [header, ...lines] = csv.trim().split('\r\n').map((l) => l.split(';'));
    const groningen = lines.find((l) => l[1] === 'PV20')!;
    expect(groningen[header!.indexOf('fte')]).toBe('600');
    expect(groningen[header!.indexOf('verschil_fte')]).toBe('');
    expect(lines.every((l) => l[header!.indexOf('voorbeeldgegevens')] === 'nee')).toBe(true);
    const json = await (await fetch(`${site.url}/api/v1/statistieken/rijkswerkgelegenheid?jaar=2025`)).json();
    expect(json.bron).toMatchObject({ snapshotId: realSnapshot, voorbeeldgegevens: false, vorigeSnapshotId: null });
    expect(json.nationaal).toEqual({ fte: 1000, verschilFte: null, verschilPct: null });
  });

  it('downloads the frozen rows with CSVW metadata, describes the dataset in DCAT and serves the series', async () => {
    const csv = await fetch(`${site.url}/cijfers/inventarisatie/snapshot-${realSnapshot}.csv`);
    expect(csv.headers.get('cache-control')).toContain('immutable');
    expect((await csv.text()).trim().split('\r\n').slice(1)).toEqual([
      `2025-01-01,duo,Dienst Uitvoering Onderwijs,ministerie,GM0014,Groningen,CR03,PV20,Groningen,600,${realSnapshot},nee`,
      `2025-01-01,rvo,Rijksdienst voor Ondernemend Nederland,ministerie,GM0344,Utrecht,CR17,PV26,Utrecht,400,${realSnapshot},nee`,
    ]);
    const metadata = await (await fetch(`${site.url}/cijfers/inventarisatie/snapshot-${realSnapshot}.csv-metadata.json`)).json();
    expect(metadata.url).toBe(`${site.url}/cijfers/inventarisatie/snapshot-${realSnapshot}.csv`);
    expect(metadata.tableSchema.columns).toHaveLength(12);
    const dataset = await (await fetch(`${site.url}/cijfers/inventarisatie/dataset.jsonld`)).json();
    expect(dataset['@type']).toBe('dcat:Dataset');
    expect(dataset['dcat:distribution'].filter((d: { 'dct:title': { '@value': string } }) => !d['dct:title']['@value'].includes('voorbeeldgegevens'))).toHaveLength(1);
    const series = await (await fetch(`${site.url}/api/v1/statistieken/rijkswerkgelegenheid/reeks?regio=PV20`)).json();
    expect(series).toMatchObject({ regio: 'PV20', naam: 'Groningen', voorbeeldgegevens: false, punten: [{ peildatum: '2025-01-01', fte: 600, snapshotId: realSnapshot, inwonersJaar: 2025 }] });
    const demo = await (await fetch(`${site.url}/api/v1/statistieken/rijkswerkgelegenheid/reeks?regio=NL01&voorbeeldgegevens=ja`)).json();
    expect(demo.voorbeeldgegevens).toBe(true);
    expect(demo.punten.map((p: { fte: number }) => Math.round(p.fte))).toEqual([311353, 321396, 336270, 353797, 364411]);
    expect(demo.officieel.map((o: { kamerstuk: string | null }) => o.kamerstuk)).toEqual(['31490-307', '31490-321', '31490-347', '31490-347']);
    const bad = await fetch(`${site.url}/api/v1/statistieken/rijkswerkgelegenheid/reeks?regio=XX`);
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toBe('application/problem+json');
  });

  it('gives every report version a permanent URL; /cijfers/rapportage/2025 shows the newest and says so', async () => {
    const latest = await (await fetch(`${site.url}/cijfers/rapportage/2025`)).text();
    expect(latest).toContain('de nieuwste versie');
    expect(latest).toContain(`/cijfers/rapportage/2025/snapshot-${realSnapshot}`);
    expect(latest).not.toContain('Deze rapportage is gemaakt met voorbeeldgegevens');
    expect(latest).toContain('Periode: sollicitaties in kalenderjaar 2024');
    const permanent = await fetch(`${site.url}/cijfers/rapportage/2025/snapshot-${realSnapshot}`);
    expect(permanent.status).toBe(200);
    // The earlier (demo) version stays readable, labelled, and points to the newest.
    const demoPath = /\/cijfers\/rapportage\/2025\/snapshot-(\d+)/g;
    const ids = [...latest.matchAll(demoPath)].map((m) => Number(m[1])).filter((id) => id !== realSnapshot);
    expect(ids.length).toBeGreaterThan(0);
    const earlier = await (await fetch(`${site.url}/cijfers/rapportage/2025/snapshot-${ids[0]}`)).text();
    expect(earlier).toContain('dit is een eerdere versie');
    expect(earlier).toContain('Deze rapportage is gemaakt met voorbeeldgegevens');
    expect((await fetch(`${site.url}/cijfers/rapportage/2025/snapshot-999999`)).status).toBe(404);
  });

  it('lets an analyst move fte between municipalities in a shareable what-if, and nobody else', async () => {
    expect((await fetch(`${site.url}/cijfers/scenario`, { redirect: 'manual' })).status).toBe(303);
    await analyst.goto(`${site.url}/cijfers/scenario?jaar=2025&organisatie=duo&van=Groningen&naar=GM0344&fte=100&organisatie=rvo&van=Utrecht&naar=Groningen&fte=5000`);
    const text = await analyst.locator('main').innerText();
    expect(text).toContain('40,0% nu, 50,0% in het scenario');
    expect(text).toContain('Zet 2: de organisatie heeft daar 400 fte, minder dan 5.000.');
    const groningen = await analyst.locator('tr', { has: analyst.locator('th', { hasText: /^Groningen$/ }) }).locator('td').allTextContents();
    expect(groningen.slice(0, 3)).toEqual(['600,0', '500,0', '-100,0']);
    // Nothing was written: the real inventory is unchanged.
    const json = await (await fetch(`${site.url}/api/v1/statistieken/rijkswerkgelegenheid?jaar=2025`)).json();
    expect(json.regios.find((r: { code: string }) => r.code === 'PV20').fte).toBe(600);
  });

  it('prints the PDF of a version when it is published and serves those stored bytes ever after', async () => {
    // Stored by the publish itself, before anybody asked for the PDF.
    expect(publishedUrl).toContain('pdf=gemaakt');
    const stored = join(site.dataDir, 'rapportage-pdf', `rijkswerkgelegenheid-2025-snapshot-${realSnapshot}.pdf`);
    expect(existsSync(stored)).toBe(true);
    const first = await fetch(`${site.url}/cijfers/rapportage/2025/snapshot-${realSnapshot}.pdf`);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/pdf');
    expect(first.headers.get('cache-control')).toContain('immutable');
    const bytes = Buffer.from(await first.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.equals(readFileSync(stored))).toBe(true);
    const second = Buffer.from(await (await fetch(`${site.url}/cijfers/rapportage/2025/snapshot-${realSnapshot}.pdf`)).arrayBuffer());
    expect(second.equals(bytes)).toBe(true);
  }, 120_000);

  it('shows map labels only where they render at ≥ 12 px, with the table beside; zero fte as its own class', async () => {
    const labelSizes = async (width: number, path: string) => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${site.url}${path}`);
      const measured = await page.evaluate(() => {
        const svg = document.querySelector<SVGSVGElement>('#kaart-tabel ~ div svg.rir-map, #kaart-tabel + div svg.rir-map')!;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        const labels = [...svg.querySelectorAll<SVGTextElement>('.rir-map__label')];
        const shown = labels.filter((l) => getComputedStyle(l).display !== 'none' && l.getBoundingClientRect().height > 0);
        return {
          labels: labels.length,
          shown: shown.length,
          renderedPx: shown.map((l) => parseFloat(getComputedStyle(l).fontSize) * scale),
          names: shown.map((l) => l.querySelector('.rir-map__label-name')?.textContent ?? ''),
          tableRows: document.querySelectorAll('#kaart-tabel ~ div table tbody tr').length,
          legend: [...document.querySelectorAll('#kaart-tabel ~ div .rir-legend li')].map((li) => li.textContent!.trim()),
        };
      });
      await context.close();
      return measured;
    };
    const phone = await labelSizes(390, '/cijfers');
    expect(phone.labels).toBe(12);
    expect(phone.shown).toBe(0);
    expect(phone.tableRows).toBe(12);
    const desktop = await labelSizes(1366, '/cijfers');
    expect(desktop.shown).toBe(12);
    expect(Math.min(...desktop.renderedPx)).toBeGreaterThanOrEqual(12);
    expect(desktop.names).toContain('Groningen');
    // The real 2025 inventory has staff in two COROP areas only: the other 38 are "0 fte", a class of their own.
    const corop = await labelSizes(1366, '/cijfers?jaar=2025&niveau=corop');
    expect(corop.legend[0]).toBe('0 fte');
    expect(corop.legend).toHaveLength(3);
    const coropHtml = await (await fetch(`${site.url}/cijfers?jaar=2025&niveau=corop`)).text();
    expect(coropHtml).toContain('bevolking per COROP-gebied (CBS) staan niet in de referentiegegevens');
    expect(await (await fetch(`${site.url}/en/cijfers?jaar=2025&niveau=corop`)).text()).toContain('per COROP region (CBS) are not in this platform’s reference data');
  }, 120_000);

  it('draws the what-if change per province as a map, in Dutch and English, with a language switch that keeps the scenario', async () => {
    const query = 'jaar=2025&organisatie=duo&van=Groningen&naar=GM0344&fte=100';
    expect((await fetch(`${site.url}/en/cijfers/scenario?${query}`, { redirect: 'manual' })).status).toBe(303);
    await analyst.goto(`${site.url}/cijfers/scenario?${query}`);
    const map = analyst.locator('svg.rir-map', { has: analyst.locator('title', { hasText: 'Verandering in fte per provincie in het scenario' }) });
    expect(await map.locator('path[data-code="PV20"]').getAttribute('fill')).toBe('#c4621c');
    expect(await map.locator('path[data-code="PV26"]').getAttribute('fill')).toBe('#5897cf');
    expect(await map.locator('path[data-code="PV21"]').getAttribute('fill')).toBe('#e6eef6');
    expect((await analyst.locator('.rir-legend li').allTextContents()).map((t) => t.trim())).toEqual(['-100', 'geen verandering', '+100']);
    expect(await analyst.locator('a.rir-lang').getAttribute('href')).toBe(`/en/cijfers/scenario?${query}`);
    await analyst.goto(`${site.url}/en/cijfers/scenario?${query}&organisatie=rvo&van=Utrecht&naar=Groningen&fte=5000`);
    const text = await analyst.locator('main').innerText();
    expect(text).toContain('40.0% now, 50.0% in the scenario');
    expect(text).toContain('Move 2: the organisation has 400 FTE there, less than 5,000.');
    expect((await analyst.locator('.rir-legend li').allTextContents()).map((t) => t.trim())).toEqual(['-100', 'no change', '+100']);
    const english = await (await fetch(`${site.url}/en/cijfers/organisaties?jaar=2025`)).text();
    expect(english).toContain('Who works where: government employment per organisation');
    expect(english).toContain('href="/en/cijfers/organisaties?jaar=2025&amp;organisatie=duo"');
  }, 120_000);

  it('is axe-clean and fits a 390 px and a 320 px screen on every /cijfers page', async () => {
    const pages = [
      '/cijfers', '/cijfers?jaar=2025', '/cijfers?niveau=corop', '/cijfers?indicator=perDuizendInwoners&jaar=2023', '/cijfers?indicator=aandeel',
      '/cijfers/methode', '/cijfers/rapportage/2024', '/cijfers/organisaties', '/cijfers/organisaties?jaar=2024&regio=PV20&ministerie=ocw', '/en/cijfers/organisaties', '/en/cijfers/organisaties?jaar=2024&regio=PV20&ministerie=ocw', '/cijfers?jaar=2025&niveau=corop', `/cijfers/rapportage/2025/snapshot-${realSnapshot}`, '/en/cijfers', '/en/cijfers/rapportage/2024',
    ];
    const problems: string[] = [];
    for (const width of [1366, 390, 320]) {
      const context = await browser.newContext({ bypassCSP: true, viewport: { width, height: 900 } });
      const page = await context.newPage();
      for (const path of pages) {
        const response = await page.goto(`${site.url}${path}`);
        if (response?.status() !== 200) problems.push(`${path}: status ${response?.status()}`);
        if (width === 1366) for (const v of await axeViolations(page)) problems.push(`${path}: ${v.id} ${v.targets.slice(0, 3).join(', ')}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) problems.push(`${path} at ${width}px: ${overflow}px sideways scroll`);
      }
      await context.close();
    }
    await analyst.goto(`${site.url}/cijfers/upload`);
    for (const v of await axeViolations(analyst)) problems.push(`/cijfers/upload: ${v.id}`);
    await analyst.goto(`${site.url}/cijfers/scenario?jaar=2025&organisatie=duo&van=Groningen&naar=GM0344&fte=100`);
    for (const v of await axeViolations(analyst)) problems.push(`/cijfers/scenario: ${v.id} ${v.targets.slice(0, 3).join(', ')}`);
    for (const width of [390, 320]) {
      await analyst.setViewportSize({ width, height: 900 });
      const overflow = await analyst.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) problems.push(`/cijfers/scenario at ${width}px: ${overflow}px sideways scroll`);
    }
    await analyst.setViewportSize({ width: 1366, height: 900 });
    await analyst.goto(`${site.url}/en/cijfers/scenario?jaar=2025&organisatie=duo&van=Groningen&naar=GM0344&fte=100`);
    for (const v of await axeViolations(analyst)) problems.push(`/en/cijfers/scenario: ${v.id} ${v.targets.slice(0, 3).join(', ')}`);
    expect(problems).toEqual([]);
  }, 240_000);
});
