import { readFileSync } from 'node:fs';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { demoSite } from '../support/demo-site.ts';

// Every public page passes html-validate with the project's documented configuration (.htmlvalidate.json,
// README "HTML validity"): the pages of the sitemap (Dutch and English), three vacancy pages, and the pages a
// job seeker reaches by searching (zero results, a place with a radius, an error) and by signing up for mail.
// HTTP only: no Chromium needed. Reads the shared demo site and writes nothing.

/** The public pages to check: the sitemap without all but three vacancy pages, plus pages the sitemap cannot list. */
async function publicPages(base: string): Promise<string[]> {
  const sitemap = await (await fetch(`${base}/sitemap.xml`)).text();
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const isVacancy = (p: string) => /^(\/en)?\/vacatures\/[^/]+$/.test(p);
  return [
    ...paths.filter((p) => !isVacancy(p)),
    ...paths.filter(isVacancy).slice(0, 3),
    '/vacatures?q=zzqqxx', '/vacatures?plaats=Zwolle&afstand=25', '/vacatures?postcode=12', '/en/vacatures?q=zzqqxx',
    '/vacaturemail?provincie=PV20', '/login', '/cijfers/methode', '/en/cijfers/methode', '/bestaat-niet',
  ];
}

describe('HTML validity of the public pages (html-validate)', () => {
  it('reports 0 errors on every public page', async () => {
    const site = demoSite();
    // The project's configuration, read explicitly: the page names below are URLs, not files to look up config for.
    const config = JSON.parse(readFileSync(new URL('../../.htmlvalidate.json', import.meta.url), 'utf8')) as ConfigData;
    const validator = new HtmlValidate({ ...config, root: true });
    const pages = await publicPages(site.url);
    expect(pages.length).toBeGreaterThan(20);
    const problems: string[] = [];
    for (const path of pages) {
      const html = await (await fetch(`${site.url}${path}`)).text();
      const report = await validator.validateString(html, path);
      for (const result of report.results) for (const m of result.messages) problems.push(`${path}: ${m.ruleId} ${m.message} (${m.selector ?? ''})`);
    }
    expect(problems).toEqual([]);
  }, 300_000);
});
