import { describe, expect, it } from 'vitest';
import { renderSharePng, SHARE_HEIGHT, SHARE_WIDTH } from '../../../src/lib/share-images/render-png.ts';
import { vacancyShareElement, vacancyShareVersion, type VacancyShareData } from '../../../src/lib/share-images/vacancy-share-image.ts';

const data: VacancyShareData = { titel: 'Beleidsmedewerker Súdwest-Fryslân', organisatie: 'Rijkswaterstaat', plaatsen: ['Leeuwarden', 'Sneek'], schaal: '10–11', sluitingsdatum: '2026-03-31', isDemo: false };

describe('vacancyShareVersion', () => {
  it('is a stable 10-character hex string', () => {
    expect(vacancyShareVersion(data)).toMatch(/^[0-9a-f]{10}$/);
    expect(vacancyShareVersion({ ...data, plaatsen: ['Leeuwarden', 'Sneek'] })).toBe(vacancyShareVersion(data));
  });

  it('changes when the title or anything else shown changes', () => {
    const versions = new Set([
      vacancyShareVersion(data),
      vacancyShareVersion({ ...data, titel: 'Beleidsmedewerker Fryslân' }),
      vacancyShareVersion({ ...data, organisatie: 'RWS' }),
      vacancyShareVersion({ ...data, plaatsen: ['Sneek', 'Leeuwarden'] }),
      vacancyShareVersion({ ...data, schaal: '11' }),
      vacancyShareVersion({ ...data, sluitingsdatum: '2026-04-01' }),
      vacancyShareVersion({ ...data, isDemo: true }),
    ]);
    expect(versions.size).toBe(7);
  });
});

describe('vacancyShareElement', () => {
  it('shows the title, organisation, places and the closing date in Dutch', () => {
    const text = JSON.stringify(vacancyShareElement(data));
    expect(text).toContain('"Beleidsmedewerker Súdwest-Fryslân"');
    expect(text).toContain('"Rijkswaterstaat"');
    expect(text).toContain('"Leeuwarden, Sneek"');
    expect(text).toContain('"Schaal 10–11 · reageren tot en met 31 maart 2026"');
    expect(text).not.toContain('Voorbeeldvacature');
  });

  it('marks a demo vacancy', () => {
    expect(JSON.stringify(vacancyShareElement({ ...data, isDemo: true }))).toContain('"Voorbeeldvacature"');
  });

  it('uses a smaller font for titles over 60 characters', () => {
    const titleSize = (titel: string) => {
      const node = vacancyShareElement({ ...data, titel });
      const top = node.props.children as unknown as { props: { children: { props: { style: { fontSize: number } } }[] } }[];
      return top[0]?.props.children[1]?.props.style.fontSize;
    };
    expect(titleSize('a'.repeat(60))).toBe(64);
    expect(titleSize('a'.repeat(61))).toBe(52);
  });
});

describe('renderSharePng', () => {
  it('renders a 1200×630 PNG for a title with Fryslân', async () => {
    const png = await renderSharePng(vacancyShareElement({ ...data, titel: 'Adviseur Fryslân' }));
    expect([SHARE_WIDTH, SHARE_HEIGHT]).toEqual([1200, 630]);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
    expect(new TextDecoder().decode(png.subarray(12, 16))).toBe('IHDR');
    expect(view.getUint32(16)).toBe(1200);
    expect(view.getUint32(20)).toBe(630);
  });
});
