import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { renderBarChartSvg } from '../../../src/lib/charts/bar-chart.ts';

describe('renderBarChartSvg', () => {
  it('draws a bar with its value, and "niet getoond" instead of a bar for a suppressed value', () => {
    const svg = renderBarChartSvg({
      bars: [
        { label: 'A', value: 10, display: '10' },
        { label: 'B', value: null, display: 'x' },
      ],
      title: 'T',
      description: 'D',
      idPrefix: 'b',
      width: 200,
    });
    expect(svg).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" class="rir-chart rir-chart--bar" viewBox="0 0 200 64" role="img" aria-labelledby="b-title" aria-describedby="b-desc" font-family="\'Fira Sans\', Arial, sans-serif" font-size="12">' +
        '<title id="b-title">T</title><desc id="b-desc">D</desc>' +
        '<g class="rir-chart__bar"><text x="8" y="18" text-anchor="end" dominant-baseline="central" fill="#1a1a1a">A</text>' +
        '<rect x="16" y="9" width="108" height="18" fill="#01689b"><title>A: 10</title></rect>' +
        '<text x="128" y="18" dominant-baseline="central" fill="#1a1a1a">10</text></g>' +
        '<g class="rir-chart__bar rir-chart__bar--suppressed"><text x="8" y="46" text-anchor="end" dominant-baseline="central" fill="#1a1a1a">B</text>' +
        '<text x="20" y="46" dominant-baseline="central" fill="#595959" font-style="italic">niet getoond</text></g>' +
        '<line x1="16" x2="16" y1="4" y2="60" stroke="#595959" stroke-width="1"/></svg>',
    );
  });

  it('scales bars to the largest value and keeps input order', () => {
    const svg = renderBarChartSvg({
      bars: [
        { label: 'Klein', value: 25, display: '25' },
        { label: 'Groot', value: 100, display: '100' },
        { label: 'Nul', value: 0, display: '0' },
      ],
      title: 'T',
      description: 'D',
    });
    const widths = [...svg.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(3);
    expect(widths[0]).toBeCloseTo((widths[1] ?? 0) / 4, 0);
    expect(widths[2]).toBe(0);
    expect(svg.indexOf('Klein')).toBeLessThan(svg.indexOf('Groot'));
  });

  it('grows negative bars left of the zero line and puts their value right of it', () => {
    const svg = renderBarChartSvg({
      bars: [
        { label: 'Min', value: -50, display: '-50' },
        { label: 'Plus', value: 50, display: '50' },
      ],
      title: 'T',
      description: 'D',
      width: 300,
    });
    const zeroX = Number(/<line x1="([\d.]+)"/.exec(svg)?.[1]);
    const [negative, positive] = [...svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect((negative?.[0] ?? 0) + (negative?.[1] ?? 0)).toBeCloseTo(zeroX, 5);
    expect(positive?.[0]).toBe(zeroX);
    expect(svg).toContain(`<text x="${zeroX + 4}" y="18" dominant-baseline="central" fill="#1a1a1a">-50</text>`);
  });

  it('draws no bars when every value is suppressed', () => {
    const svg = renderBarChartSvg({ bars: [{ label: 'A', value: null, display: '' }], title: 'T', description: 'D', suppressedLabel: 'not shown' });
    expect(svg).not.toContain('<rect');
    expect(svg).toContain('>not shown</text>');
  });

  it('shortens very long labels and keeps the full text as a tooltip', () => {
    const label = 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties';
    const svg = renderBarChartSvg({ bars: [{ label, value: 1, display: '1' }], title: 'T', description: 'D', width: 400 });
    expect(svg).toMatch(/<text x="\d+" y="18" text-anchor="end" dominant-baseline="central" fill="#1a1a1a"><title>Ministerie van Binnenlandse Zaken en Koninkrijksrelaties<\/title>Ministerie van [^<]*…<\/text>/);
  });

  it('escapes labels, values and the title', () => {
    const svg = renderBarChartSvg({ bars: [{ label: 'R&D <x>', value: 1, display: '"1"' }], title: 'A & B', description: '<d>' });
    expect(svg).toContain('>R&amp;D &lt;x&gt;</text>');
    expect(svg).toContain('>&quot;1&quot;</text>');
    expect(svg).toContain('>A &amp; B</title>');
    expect(svg).toContain('>&lt;d&gt;</desc>');
  });

  it('renders an empty list as a valid, one-row-high chart', () => {
    const svg = renderBarChartSvg({ bars: [], title: 'T', description: 'D', idPrefix: 'e' });
    expect(svg).toContain('viewBox="0 0 640 36"');
    expect(() => new Resvg(svg).render()).not.toThrow();
  });

  it('is well-formed SVG', () => {
    const svg = renderBarChartSvg({
      bars: [
        { label: 'Groningen', value: 1234, display: '1.234' },
        { label: 'Fryslân', value: null, display: '' },
      ],
      title: 'Vacatures',
      description: 'D',
    });
    expect(new Resvg(svg).render().width).toBe(640);
  });

  it('refuses a width with no room left for bars', () => {
    expect(() => renderBarChartSvg({ bars: [{ label: 'A', value: 1, display: '1.234.567.890' }], title: 'T', description: 'D', width: 60 })).toThrow(RangeError);
  });
});
