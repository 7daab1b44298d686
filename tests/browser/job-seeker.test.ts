import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, CHROMIUM, launchBrowser } from '../support/browser.ts';
import { demoSite, type DemoSite } from '../support/demo-site.ts';

const describeInBrowser = CHROMIUM ? describe : describe.skip;

let site: DemoSite;
let browser: Browser;
let vacancyPath = '';
/** The API query for the vacancy the tests below open. */
const FIRST_VACANCY = '/api/v1/vacatures?paginaGrootte=1&organisatie=belastingdienst';

/** The newest .eml the site wrote (no SMTP_URL in tests) to `recipient`, decoded from quoted-printable. */
function lastMail(recipient: string): string {
  const folder = join(site.dataDir, 'mail');
  // The mail folder belongs to the shared demo site: only this file's recipient counts.
  const files = readdirSync(folder).sort().map((file) => readFileSync(join(folder, file), 'latin1'));
  const raw = files.filter((mail) => mail.includes(`To: ${recipient}`)).at(-1) ?? files.at(-1)!;
  return Buffer.from(raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16))), 'latin1').toString('utf8');
}

describeInBrowser('a job seeker, from a place name to an application and an alert', () => {
  // The shared demo site. The tests open the first (demo) vacancy of the Belastingdienst: site.test.ts publishes and
  // closes vacancies of duo on the same site, and one of those could otherwise become the first halfway through.
  beforeAll(async () => {
    site = demoSite();
    browser = await launchBrowser();
    const first = (await (await fetch(`${site.url}${FIRST_VACANCY}`)).json()) as { vacatures: { _links: { html: { href: string } } }[] };
    vacancyPath = new URL(first.vacatures[0]!._links.html.href).pathname;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('leads an open vacancy page with the apply action and the deadline, and shows the contact', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}${vacancyPath}`);
    const button = page.locator('a.rir-apply__button');
    expect(await button.count()).toBe(1);
    expect(await button.getAttribute('href')).toMatch(/^(https:\/\/|mailto:)/);
    expect(await page.locator('.rir-apply .rir-countdown').textContent()).toMatch(/reageren tot en met \d+ \w+ \d{4}/);
    // The action comes before the description in reading order.
    expect(await page.evaluate(() => Boolean(document.querySelector('.rir-apply')!.compareDocumentPosition(document.querySelector('.rir-vacancy-text')!) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
    expect(await page.locator('#zo-solliciteer-je').count()).toBe(1);
    expect(await page.locator('text=Neem contact op met').count()).toBe(1);
    const api = (await (await fetch(`${site.url}/api/v1/vacatures/${(await (await fetch(`${site.url}${FIRST_VACANCY}`)).json() as { vacatures: { id: string }[] }).vacatures[0]!.id}`)).json()) as { sollicitatie: { contactpersoon: { naam: string } } };
    expect(api.sollicitatie.contactpersoon.naam).toMatch(/\w+ \w+/);
    await page.close();
  }, 180_000);

  it('finds vacancies near "den haag" and "Zwolle" typed in one field, and asks which Bergen', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/vacatures`);
    await page.fill('#plaats', 'den haag');
    await Promise.all([page.waitForURL(/plaats=den\+haag/), page.click('button[type="submit"] >> text=Zoeken')]);
    expect(await page.locator('#resultaten').textContent()).toMatch(/vacatures? binnen 25 km van Den Haag$/);
    expect(await page.inputValue('#plaats')).toBe('Den Haag');
    expect(await page.locator('.rir-notice--error').count()).toBe(0);
    await page.goto(`${site.url}/vacatures?plaats=Zwolle&afstand=10`);
    expect(await page.locator('#resultaten').textContent()).toMatch(/binnen 10 km van Zwolle$/);
    await page.goto(`${site.url}/vacatures?plaats=Bergen`);
    expect(await page.locator('.rir-place-choice h2').textContent()).toBe('Welke Bergen bedoel je?');
    await Promise.all([page.waitForURL(/Limburg/), page.click('.rir-place-choice a >> text=Bergen (Limburg)')]);
    expect(await page.locator('#resultaten').textContent()).toMatch(/van Bergen \(Limburg\)$/);
    await page.goto(`${site.url}/vacatures?plaats=Atlantis&schaalMin=abc`);
    // Messages name the field as the form does, never the raw parameter.
    expect(await page.locator('.rir-notice--error li').allTextContents()).toEqual([
      'Salarisschaal: de minimale schaal moet een geheel getal zijn',
      'Postcode of plaats: We kennen geen plaats of gemeente "Atlantis". Probeer een andere plaatsnaam of een postcode.',
    ]);
    expect(await page.inputValue('#plaats')).toBe('Atlantis');
    await page.close();
  }, 180_000);

  it('suggests places while typing (where JavaScript runs)', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/vacatures`);
    await page.locator('#plaats').pressSequentially('zwol');
    await page.waitForFunction(() => document.querySelectorAll('#plaats-suggesties option').length > 0);
    expect(await page.locator('#plaats-suggesties option').first().getAttribute('value')).toBe('Zwolle');
    await page.close();
  }, 180_000);

  it('on a 390 px phone shows the first result before the filters, behind "Filters (n)"', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/vacatures?provincie=PV20`);
    expect(await page.locator('summary.rir-search__filters-toggle').textContent()).toBe('Filters (1)');
    expect(await page.locator('#facet-provincie-PV21').isVisible()).toBe(false);
    const top = await page.locator('.rir-vacancy-card').first().evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeLessThan(844);
    // Opening the filters and changing one reloads the results and puts focus on their heading.
    await page.click('summary.rir-search__filters-toggle');
    await Promise.all([page.waitForURL(/provincie=PV21/), page.check('#facet-provincie-PV21')]);
    await page.waitForFunction(() => document.activeElement?.id === 'resultaten');
    expect(await page.locator('a[href="#resultaten"]').count()).toBe(1);
    await context.close();
  }, 180_000);

  it('lets no page scroll sideways at 320 px', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const wide: { path: string; width: number; widest: string[] }[] = [];
    for (const path of ['/', '/vacatures', vacancyPath, '/regio/groningen', '/organisaties', '/organisaties/duo', '/toegankelijkheid', '/cijfers/rapportage/2024', '/vacaturemail']) {
      await page.goto(`${site.url}${path}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      // On failure, name the elements that stick out (innermost first), to make the fix obvious.
      if (width > 320) wide.push({ path, width, widest: await page.evaluate(() => [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > 321 && ![...el.children].some((c) => c.getBoundingClientRect().right > 321)).slice(0, 5).map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`)) });
    }
    expect(wide).toEqual([]);
    await context.close();
  }, 180_000);

  it('subscribes to an alert with only an e-mail address, confirms it from the mail, and unsubscribes in one click', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/vacatures?q=jurist&plaats=Zwolle`);
    await page.fill('#vacaturemail-email', 'test@voorbeeld.example');
    await Promise.all([page.waitForURL(/\/vacaturemail$/), page.click('button >> text=Vacaturemail aanvragen')]);
    expect(await page.locator('.rir-notice').textContent()).toContain('Kijk in je mailbox');
    const confirmation = lastMail('test@voorbeeld.example');
    expect(confirmation).toMatch(/^To: test@voorbeeld\.example/m);
    const confirmUrl = /http:\/\/127\.0\.0\.1:\d+\/vacaturemail\/bevestigen\?token=[\w.-]+/.exec(confirmation)![0];
    await page.goto(confirmUrl);
    await Promise.all([page.waitForLoadState(), page.click('button >> text=Ja, bevestig mijn vacaturemail')]);
    expect(await page.locator('.rir-notice').textContent()).toContain('Je vacaturemail staat aan voor vacatures "jurist", binnen 25 km van Zwolle');
    const manageUrl = new URL((await page.locator('a >> text=Vacaturemail aanpassen of afmelden').getAttribute('href'))!, site.url);
    // RFC 8058: the mail provider posts to the List-Unsubscribe URL, cross-site, without an Origin.
    const unsubscribeUrl = manageUrl.href.replace('/beheer?', '/afmelden?');
    const oneClick = await fetch(unsubscribeUrl, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(oneClick.status).toBe(200);
    expect((await fetch(manageUrl)).status).toBe(404);
    // Other cross-site form posts are still refused.
    expect((await fetch(`${site.url}/vacaturemail`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://evil.example' }, body: 'email=a@b.example' })).status).toBe(403);
    await page.close();
  }, 180_000);

  it('shows open-vacancy counts on the home map, the province page and the employer page that match the search', async () => {
    const total = async (query: string) => ((await (await fetch(`${site.url}/api/v1/vacatures?${query}&paginaGrootte=1`)).json()) as { totaal: number }).totaal;
    const groningen = await total('provincie=PV20');
    const count = (n: number) => `${n.toLocaleString('nl-NL')} open ${n === 1 ? 'vacature' : 'vacatures'}`;
    expect(groningen).toBeGreaterThan(0);
    const page = await browser.newPage();
    await page.goto(`${site.url}/`);
    expect(await page.locator('[data-testid="provincie-vacatures"] li').count()).toBe(12);
    expect(await page.locator('[data-testid="provincie-vacatures"] li').filter({ hasText: /^Groningen / }).textContent()).toBe(`Groningen (${count(groningen)})`);
    expect(await page.locator('svg.rir-map a[href="/regio/groningen"] > title').textContent()).toBe(`Groningen: ${count(groningen)}`);
    expect(await page.locator('svg.rir-map a[href="/regio/groningen"] tspan.rir-map__label-name').textContent()).toBe('Groningen');

    await page.goto(`${site.url}/regio/groningen`);
    const lead = page.locator('[data-testid="open-vacatures"] a');
    expect(await lead.textContent()).toBe(`${count(groningen)} bij het Rijk in Groningen`);
    expect(await lead.getAttribute('href')).toBe('/vacatures?provincie=PV20');
    expect(await page.locator('.rir-newest li').count()).toBe(Math.min(5, groningen));
    // The fte come from the demo inventory, or from the real 2025 one once figures.test.ts (sharing this site) has
    // published it: either way they cite their source, and demo fte — only demo fte — carry the demo label.
    expect(await page.locator('[data-testid="fte-provincie"]').textContent()).toMatch(/^Op 1 januari \d{4} werkten er [\d.]+ fte voor het Rijk in Groningen\.$/);
    const jobs = page.locator('section[aria-labelledby="rijksbanen"]');
    const realSource = ((await jobs.locator('.rir-source').first().textContent()) ?? '').includes('Opgave BZK 2025 (browsertest)');
    expect(await jobs.locator('.rir-demo-label').allTextContents()).toEqual(realSource ? [] : ['Voorbeeldgegevens']);
    expect(await page.locator('section[aria-labelledby="pleinen"]').textContent()).toContain('Er is (nog) geen rijksontmoetingsplein bekend in Groningen.');
    const employer = page.locator('ul.rir-employers a[href^="/organisaties/"]').first();
    const employerPath = (await employer.getAttribute('href'))!;

    // The hubs come from the hub register, each linked to its own page.
    await page.goto(`${site.url}/regio/drenthe`);
    expect(await page.locator('section[aria-labelledby="pleinen"] li').first().textContent()).toBe('Assen (open)');
    expect(await page.locator('section[aria-labelledby="pleinen"] a').first().getAttribute('href')).toBe('/acties/rijksontmoetingspleinen/assen');

    await page.goto(`${site.url}${employerPath}`);
    const code = employerPath.split('/').at(-1)!;
    const open = await total(`organisatie=${code}`);
    expect(await page.locator('[data-testid="open-vacatures"] a').getAttribute('href')).toBe(`/vacatures?organisatie=${code}`);
    expect(await page.locator('[data-testid="open-vacatures"] a').textContent()).toMatch(new RegExp(`^${count(open)} bij `));
    expect(await page.locator('#waar ~ ul.rir-employers a[href="/regio/groningen"]').count()).toBe(1);

    // The vacancy page names its employer and links to the employer page.
    await page.goto(`${site.url}${vacancyPath}`);
    const werkgever = page.locator('dt:has-text("Werkgever") + dd a');
    expect(await werkgever.getAttribute('href')).toMatch(/^\/organisaties\/[a-z][a-z0-9-]*$/);
    expect((await fetch(`${site.url}/organisaties/bestaat-niet`)).status).toBe(404);
    expect(await (await fetch(`${site.url}/sitemap.xml`)).text()).toContain(`/organisaties/${code}</loc>`);
    await page.close();
  }, 180_000);

  it('filters on a minimum salary in euros next to the scale, shown as a removable chip', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/vacatures?provincie=PV20&salarisMin=6000`);
    const chip = page.locator('.rir-chips a').filter({ hasText: 'Salaris: vanaf € 6.000 bruto per maand' });
    expect(await chip.count()).toBe(1);
    expect(await page.inputValue('#salarisMin')).toBe('6000');
    expect(await chip.getAttribute('href')).toBe('/vacatures?provincie=PV20#resultaten');
    const api = (await (await fetch(`${site.url}/api/v1/vacatures?provincie=PV20&salarisMin=6000&paginaGrootte=50`)).json()) as { vacatures: { salaris: { max: number } }[] };
    expect(api.vacatures.every((v) => v.salaris.max >= 6000)).toBe(true);
    expect((await fetch(`${site.url}/api/v1/vacatures?salarisMin=veel`)).status).toBe(400);
    await page.close();
  }, 180_000);

  it('has no axe violations on the new job-seeker pages', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    for (const path of ['/vacatures?plaats=Bergen', '/vacatures?q=zzzzqqq', vacancyPath, '/vacaturemail?provincie=PV20', '/', '/regio/groningen', '/en/regio/groningen', '/organisaties', '/organisaties/duo', '/vacatures?provincie=PV20&salarisMin=6000']) {
      await page.goto(`${site.url}${path}`);
      expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
    }
    await context.close();
  }, 180_000);
});
