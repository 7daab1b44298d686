import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { renderLineChartSvg, type LineSeries } from '../../../src/lib/charts/line-chart.ts';

const base = { title: 'T', description: 'D', yLabel: 'Aantal', idPrefix: 'l' } as const;

describe('renderLineChartSvg', () => {
  it('renders one series exactly: axes, nice ticks in Dutch, line, markers with tooltips and a direct label', () => {
    const svg = renderLineChartSvg({
      ...base,
      yLabel: 'Y',
      series: [{ name: 'S', points: [{ x: '2020', y: 1 }, { x: '2021', y: 3 }] }],
      width: 300,
      height: 200,
    });
    const tick = (y: number, label: string): string =>
      `<line x1="27" x2="264" y1="${y}" y2="${y}" stroke="#d9d9d9" stroke-width="1"/><text x="21" y="${y}" text-anchor="end" dominant-baseline="central" fill="#1a1a1a">${label}</text>`;
    expect(svg).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" class="rir-chart rir-chart--line" viewBox="0 0 300 200" role="img" aria-labelledby="l-title" aria-describedby="l-desc" font-family="\'Fira Sans\', Arial, sans-serif" font-size="12">' +
        '<title id="l-title">T</title><desc id="l-desc">D</desc>' +
        '<text x="0" y="14" fill="#1a1a1a" font-weight="600">Y</text>' +
        tick(172, '0') + tick(148, '0,5') + tick(124, '1') + tick(100, '1,5') + tick(76, '2') + tick(52, '2,5') + tick(28, '3') +
        '<line x1="27" x2="264" y1="172" y2="172" stroke="#595959" stroke-width="1"/>' +
        '<line x1="35" x2="35" y1="172" y2="176" stroke="#595959" stroke-width="1"/><text x="35" y="190" text-anchor="middle" fill="#1a1a1a">2020</text>' +
        '<line x1="256" x2="256" y1="172" y2="176" stroke="#595959" stroke-width="1"/><text x="256" y="190" text-anchor="middle" fill="#1a1a1a">2021</text>' +
        '<g class="rir-chart__series"><path d="M35,124L256,28" fill="none" stroke="#01689b" stroke-width="2.5" stroke-linejoin="round" stroke-linecap="round"/>' +
        '<circle cx="35" cy="124" r="4" fill="#01689b" stroke="#ffffff" stroke-width="1"><title>S, 2020: 1</title></circle>' +
        '<circle cx="256" cy="28" r="4" fill="#01689b" stroke="#ffffff" stroke-width="1"><title>S, 2021: 3</title></circle></g>' +
        '<circle cx="276" cy="28" r="4" fill="#01689b" stroke="#ffffff" stroke-width="1"></circle>' +
        '<text x="286" y="28" dominant-baseline="central" fill="#01689b" font-weight="600">S</text>' +
        '</svg>',
    );
  });

  it('tells series apart by colour, dash pattern and marker shape', () => {
    const series: LineSeries[] = ['A', 'B', 'C'].map((name, i) => ({ name, points: [{ x: '2024', y: i }, { x: '2025', y: i + 10 }] }));
    const svg = renderLineChartSvg({ ...base, series });
    const strokes = [...svg.matchAll(/<path d="M[^"]*" fill="none" stroke="(#[0-9a-f]{6})"[^>]*?(?: stroke-dasharray="([^"]+)")?\/>/g)].map((m) => [m[1], m[2]]);
    expect(strokes).toEqual([
      ['#01689b', undefined],
      ['#ca005d', '8 4'],
      ['#39870c', '2 3'],
    ]);
    expect(svg).toContain('<circle cx=');
    expect(svg).toContain('<rect x=');
    expect(svg).toMatch(/<path d="M[\d.]+,[\d.]+L[\d.]+,[\d.]+L[\d.]+,[\d.]+Z" fill="#39870c"/);
  });

  it('breaks the line at a missing value instead of bridging it', () => {
    const svg = renderLineChartSvg({
      ...base,
      series: [{ name: 'S', points: [{ x: 'a', y: 1 }, { x: 'b', y: 2 }, { x: 'c', y: null }, { x: 'd', y: 4 }, { x: 'e', y: 5 }] }],
    });
    const d = /<path d="([^"]+)" fill="none"/.exec(svg)?.[1] ?? '';
    expect(d.match(/M/g)).toHaveLength(2);
    expect(d.match(/L/g)).toHaveLength(2);
    expect(svg.match(/<title>S, /g)).toHaveLength(4);
  });

  it('orders categories by first appearance across series', () => {
    const svg = renderLineChartSvg({
      ...base,
      series: [
        { name: 'A', points: [{ x: '2021', y: 1 }, { x: '2022', y: 2 }] },
        { name: 'B', points: [{ x: '2020', y: 1 }, { x: '2022', y: 2 }] },
      ],
    });
    const labels = [...svg.matchAll(/text-anchor="middle" fill="#1a1a1a">(\d{4})<\/text>/g)].map((m) => m[1]);
    expect(labels).toEqual(['2021', '2022', '2020']);
  });

  it('keeps direct labels of series ending at the same value apart', () => {
    const svg = renderLineChartSvg({
      ...base,
      series: [
        { name: 'Noord', points: [{ x: '2024', y: 5 }, { x: '2025', y: 10 }] },
        { name: 'Zuid', points: [{ x: '2024', y: 6 }, { x: '2025', y: 10 }] },
      ],
    });
    const ys = [...svg.matchAll(/<text x="[\d.]+" y="([\d.]+)" dominant-baseline="central" fill="#[0-9a-f]{6}" font-weight="600">/g)].map((m) => Number(m[1]));
    expect(ys).toHaveLength(2);
    expect(Math.abs((ys[1] ?? 0) - (ys[0] ?? 0))).toBeGreaterThanOrEqual(15);
  });

  it('thins out category labels that would overlap', () => {
    const points = Array.from({ length: 40 }, (_, i) => ({ x: `${2000 + i}`, y: i }));
    const svg = renderLineChartSvg({ ...base, series: [{ name: 'S', points }] });
    const shown = [...svg.matchAll(/text-anchor="middle" fill="#1a1a1a">(\d{4})<\/text>/g)].map((m) => m[1]);
    expect(shown.length).toBeLessThan(40);
    expect(shown[0]).toBe('2000');
    expect(svg.match(/<title>S, /g)).toHaveLength(40);
  });

  it('can start the y axis near the data instead of at zero', () => {
    const series = [{ name: 'S', points: [{ x: 'a', y: 1013 }, { x: 'b', y: 1087 }] }];
    const ticks = (svg: string): string[] => [...svg.matchAll(/text-anchor="end" dominant-baseline="central" fill="#1a1a1a">([^<]+)</g)].map((m) => m[1] ?? '');
    expect(ticks(renderLineChartSvg({ ...base, series, includeZero: false }))).toEqual(['1.000', '1.020', '1.040', '1.060', '1.080', '1.100']);
    expect(ticks(renderLineChartSvg({ ...base, series }))[0]).toBe('0');
  });

  it('uses formatY for ticks and tooltips', () => {
    const svg = renderLineChartSvg({ ...base, series: [{ name: 'S', points: [{ x: 'a', y: 0.5 }] }], formatY: (v) => `${Math.round(v * 100)}%` });
    expect(svg).toContain('>10%</text>');
    expect(svg).toContain('<title>S, a: 50%</title>');
  });

  it('says "Geen gegevens" when there is nothing to draw', () => {
    const svg = renderLineChartSvg({ ...base, series: [{ name: 'S', points: [{ x: 'a', y: null }] }] });
    expect(svg).toContain('>Geen gegevens</text>');
    expect(svg).not.toContain('fill="none" stroke=');
    expect(() => new Resvg(svg).render()).not.toThrow();
  });

  it('escapes series names, categories and labels, and is well-formed SVG', () => {
    const svg = renderLineChartSvg({
      ...base,
      title: 'A & B',
      yLabel: '<y>',
      series: [{ name: 'R&D', points: [{ x: '"Q1"', y: 1 }, { x: "Q2's", y: 2 }] }],
    });
    expect(svg).toContain('>R&amp;D</text>');
    expect(svg).toContain('>&quot;Q1&quot;</text>');
    expect(svg).toContain('>&lt;y&gt;</text>');
    expect(svg).toContain('<title>R&amp;D, Q2&apos;s: 2</title>');
    expect(new Resvg(svg).render().width).toBe(640);
  });

  it('refuses a size with no room left for the plot', () => {
    expect(() => renderLineChartSvg({ ...base, series: [], width: 40, height: 40 })).toThrow(RangeError);
  });
});
