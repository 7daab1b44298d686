import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amsterdamDate, addDays } from '../../src/lib/time/amsterdam-time.ts';
import { axeViolations, CHROMIUM, launchBrowser } from '../support/browser.ts';
import { demoSite, type DemoSite } from '../support/demo-site.ts';

const describeInBrowser = CHROMIUM ? describe : describe.skip;

let site: DemoSite;
let browser: Browser;

const HR = 'hr.duo@demo.rijkinderegio.example';
const ANALYST = 'analist@demo.rijkinderegio.example';

/** A fresh context logged in as a demo account (passwords are printed by the start script). */
async function loggedIn(account: string, options: { javaScriptEnabled?: boolean; width?: number } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const password = new RegExp(`${account.replaceAll('.', '\\.')}\\s+wachtwoord: (\\S+)`).exec(site.output())?.[1] ?? '';
  if (!password) throw new Error(`no demo password for ${account} in the start output`);
  const context = await browser.newContext({ bypassCSP: true, javaScriptEnabled: options.javaScriptEnabled ?? true, viewport: { width: options.width ?? 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${site.url}/login`);
  await page.fill('#gebruikersnaam', account);
  await page.fill('#wachtwoord', password);
  await Promise.all([page.waitForURL(/\/dashboard/), page.click('button[type="submit"] >> text=Inloggen')]);
  return { context, page };
}

/** True when the page is wider than the viewport (sideways scrolling). */
function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

describeInBrowser('dashboard screens, read at a glance (Chromium, demo accounts)', () => {
  beforeAll(async () => {
    // The shared demo site. Only this file imports applications for duo on it (malformed-input, which does too,
    // has a server of its own), so duo's empty publication preview and import history below are this file's own.
    site = demoSite();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens /dashboard with four headline figures and their change, a one-row filter bar with quarter names, and no quarter codes', async () => {
    const { context, page } = await loggedIn(HR);
    // The demo accounts' organisations have only demo data, shown on the explicit switch.
    await page.goto(`${site.url}/dashboard?gegevens=voorbeeld`);
    expect(await page.locator('main h2').first().textContent()).toMatch(/^Kerncijfers: \de kwartaal \d{4}$/);
    expect(await page.locator('.rir-headline__label').allTextContents()).toEqual(['Sollicitaties', 'Aangenomen', 'Aangenomen van buiten de Randstad', 'Lokale instroom']);
    expect(await page.locator('.rir-headline__change').first().textContent()).toMatch(/ten opzichte van \de kwartaal \d{4}|Geen vergelijking|Gelijk aan/);
    // Desktop: the bar is open without JavaScript's help, its fields in one row.
    expect(await page.locator('.rir-filterbar > summary').isVisible()).toBe(false);
    // One row: every field (and the button) ends on the same line.
    const bottoms = await page.locator('.rir-filterbar__form > .rir-field').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().bottom)));
    expect(bottoms.length).toBeGreaterThanOrEqual(6);
    expect(new Set(bottoms).size).toBe(1);
    expect(await page.locator('#van option').nth(1).textContent()).toMatch(/^\de kwartaal \d{4}$/);
    expect(await page.locator('main').innerText()).not.toMatch(/\d{4}-Q[1-4]/);
    // The organisation's own exact figures are labelled as such.
    expect(await page.locator('#doorlooptijd ~ p .rir-own-data-label, section:has(#doorlooptijd) .rir-own-data-label').first().textContent()).toBe('eigen gegevens — niet openbaar');
    expect(await page.locator('section:has(#per-vacature) table tbody tr').count()).toBeGreaterThan(0);
    expect({ path: '/dashboard', violations: await axeViolations(page) }).toEqual({ path: '/dashboard', violations: [] });
    // The switch survives the filter bar (a hidden field), so a filtered page stays on the demo data.
    expect(await page.locator('.rir-filterbar__form input[name="gegevens"]').getAttribute('value')).toBe('voorbeeld');
    await context.close();
  }, 120_000);

  it('folds the filter bar on a phone (without JavaScript) and never scrolls sideways at 320 and 390 px', async () => {
    for (const width of [320, 390]) {
      const { context, page } = await loggedIn(HR, { javaScriptEnabled: false, width });
      for (const path of ['/dashboard?gegevens=voorbeeld', '/dashboard', '/dashboard/import', '/dashboard/publicatie']) {
        await page.goto(`${site.url}${path}`);
        expect({ width, path, sideways: await scrollsSideways(page) }).toEqual({ width, path, sideways: false });
      }
      await page.goto(`${site.url}/dashboard?gegevens=voorbeeld`);
      expect(await page.locator('.rir-filterbar > summary').isVisible()).toBe(true);
      expect(await page.locator('#van').isVisible()).toBe(false);
      await page.click('.rir-filterbar > summary');
      expect(await page.locator('#van').isVisible()).toBe(true);
      await context.close();
    }
    // axe needs script: the same pages at phone width in a context with JavaScript.
    const { context, page } = await loggedIn(HR, { width: 320 });
    for (const path of ['/dashboard?gegevens=voorbeeld', '/dashboard/import', '/dashboard/publicatie']) {
      await page.goto(`${site.url}${path}`);
      expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
    }
    await context.close();
  }, 240_000);

  it('says in a sentence that one quarter is no trend, and keeps the matrix headers in view', async () => {
    const { context, page } = await loggedIn(HR);
    await page.goto(`${site.url}/dashboard?gegevens=voorbeeld`);
    const quarter = await page.locator('#van option').nth(1).getAttribute('value');
    await page.goto(`${site.url}/dashboard?gegevens=voorbeeld&van=${quarter}&tot=${quarter}`);
    const trend = page.locator('section:has(#org-trend)');
    expect(await trend.locator('.rir-notice').first().textContent()).toMatch(/een trend heeft er minstens twee nodig/);
    expect(await trend.locator('figure svg').count()).toBe(0);
    await page.goto(`${site.url}/dashboard?gegevens=voorbeeld`);
    const matrix = page.locator('section:has(#org-matrix)');
    if (await matrix.locator('table').count()) {
      expect(await matrix.locator('thead th').first().evaluate((e) => getComputedStyle(e).position)).toBe('sticky');
      expect(await matrix.locator('tbody th').first().evaluate((e) => getComputedStyle(e).position)).toBe('sticky');
    } else {
      expect(await matrix.locator('.rir-notice').textContent()).toMatch(/alle cellen zijn verborgen/);
    }
    await context.close();
  }, 120_000);

  it('shows /dashboard/rijk by organisation name, most applicants first, with a trend, a map with a table beside it, and no endless page', async () => {
    const { context, page } = await loggedIn(ANALYST);
    await page.goto(`${site.url}/dashboard/rijk?gegevens=voorbeeld`);
    const names = await page.locator('section:has(#organisaties) table').first().locator('tbody th a').allTextContents();
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).not.toMatch(/^[a-z0-9-]+$/); // names, not codes like "duo"
    const applicants = await page.locator('section:has(#organisaties) table').first().locator('tbody tr td:nth-child(2)').allTextContents();
    const numbers = applicants.map((t) => Number(t.replace(/\./g, '').replace(/[^\d]/g, '')) || -1);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    expect(await page.locator('section:has(#maatregel-trend) table caption').first().textContent()).toBe('Aandeel aangenomen van buiten de Randstad, per kwartaal');
    expect(await page.locator('section:has(#woonkaart-kop) svg path.rir-map__region').count()).toBe(12);
    expect(await page.locator('section:has(#woonkaart-kop) table tbody tr').count()).toBe(12);
    expect(await page.locator('.rir-filterbar__form #organisatie').count()).toBe(1);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(7000);
    expect({ path: '/dashboard/rijk', violations: await axeViolations(page) }).toEqual({ path: '/dashboard/rijk', violations: [] });
    await page.setViewportSize({ width: 320, height: 800 });
    await page.reload();
    expect(await scrollsSideways(page)).toBe(false);
    await context.close();
  }, 120_000);

  it('tells what to do on an empty publication preview instead of showing a table of zeros', async () => {
    const { context, page } = await loggedIn(HR);
    await page.goto(`${site.url}/dashboard/publicatie?organisatie=duo&voorbeeldgegevens=nee`);
    const empty = page.locator('.rir-empty');
    expect(await empty.locator('h2').textContent()).toMatch(/^Nog niets te publiceren over \d{4}$/);
    expect(await empty.locator('a[href="/dashboard/import"]').count()).toBe(1);
    expect(await page.locator('main table').count()).toBe(0);
    expect({ violations: await axeViolations(page) }).toEqual({ violations: [] });
    await context.close();
  }, 60_000);

  it('checks a file without saving, then imports it, and lists both in the history (no JavaScript)', async () => {
    const { context, page } = await loggedIn(HR, { javaScriptEnabled: false });
    const day = addDays(amsterdamDate(), -10);
    const csv = `sollicitant_id,vacature,werkplaats_gemeente,sollicitatiedatum,postcode,fase,uitkomst\nb-1,EXT-BROWSER-1,Groningen,${day},9711,sollicitatie,lopend\nb-2,EXT-BROWSER-1,Groningen,${day},9712,gesprek,lopend\nb-3,EXT-BROWSER-1,Atlantis,${day},9711,sollicitatie,lopend\n`;
    const file = { name: 'export.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) };
    await page.goto(`${site.url}/dashboard/import`);
    await page.setInputFiles('#bestand', file);
    await Promise.all([page.waitForLoadState('load'), page.click('button[value="controleren"]')]);
    expect(await page.locator('#rapport').textContent()).toBe('Controlerapport (niets opgeslagen)');
    expect(await page.locator('section:has(#rapport)').textContent()).toContain('Bij inlezen zouden 2 sollicitaties nieuw of gewijzigd zijn, 0 ongewijzigd en 1 rijen afgewezen.');
    expect(await page.locator('section:has(#rapport) table tbody tr').first().textContent()).toMatch(/^4werkplaats_gemeenteafgewezen/);
    expect(await page.locator('.rir-history__item').first().textContent()).toContain('Controle zonder opslaan via het dashboard');
    expect(await page.locator('.rir-history__item').first().textContent()).toContain(`Door ${HR}`);
    await page.setInputFiles('#bestand', file);
    await Promise.all([page.waitForLoadState('load'), page.click('button[value="inlezen"]')]);
    expect(await page.locator('#rapport').textContent()).toBe('Importrapport');
    expect(await page.locator('section:has(#rapport)').textContent()).toContain('2 nieuw of gewijzigd, 0 ongewijzigd, 1 afgewezen.');
    const history = await page.locator('.rir-history__item').allTextContents();
    expect(history[0]).toContain('Import via het dashboard');
    expect(history[0]).toContain('2 nieuw of gewijzigd, 0 ongewijzigd, 1 afgewezen');
    expect(history[1]).toContain('Controle zonder opslaan');
    // The API import still works, and takes the same dry run (session + X-CSRF-Token).
    const csrf = await page.locator('form.rir-form input[name="_csrf"]').getAttribute('value');
    const api = await page.request.post(`${site.url}/api/v1/sollicitaties/_import?organisatie=duo&alleenControleren=true`, { headers: { 'Content-Type': 'text/csv', 'X-CSRF-Token': csrf ?? '' }, data: csv });
    expect(api.status()).toBe(200);
    expect(await api.json()).toMatchObject({ importId: null, alleenGecontroleerd: true, nieuwOfGewijzigd: 0, ongewijzigd: 2, afgewezen: 1 });
    await page.goto(`${site.url}/dashboard/import`);
    expect(await page.locator('.rir-history__item').first().textContent()).toContain('Controle zonder opslaan via de API');
    await context.close();
    // The page with a report and a history, checked by axe (which needs script).
    const withScript = await loggedIn(HR);
    await withScript.page.goto(`${site.url}/dashboard/import`);
    expect(await withScript.page.locator('.rir-history__item').count()).toBe(3);
    expect({ violations: await axeViolations(withScript.page) }).toEqual({ violations: [] });
    await withScript.context.close();
  }, 120_000);
});
