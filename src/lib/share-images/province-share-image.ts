import { createHash } from 'node:crypto';
import { h, type SatoriNode } from './element.ts';

const DESIGN_VERSION = 2;

/** What the province share image shows: fte per year for one province. */
export interface ProvinceShareData {
  provincie: string;
  jaren: { jaar: number; fte: number }[];
  isDemo: boolean;
}

/** Version for the image URL; changes whenever the figures change. */
export function provinceShareVersion(data: ProvinceShareData): string {
  return createHash('sha256').update(JSON.stringify([DESIGN_VERSION, data])).digest('hex').slice(0, 10);
}

/** A bar chart of fte per year for one province, 1200×630. */
export function provinceShareElement(data: ProvinceShareData): SatoriNode {
  const max = Math.max(1, ...data.jaren.map((j) => j.fte));
  const fmt = (v: number) => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 }).format(v);
  return h(
    'div',
    { width: '100%', height: '100%', display: 'flex', flexDirection: 'column', backgroundColor: '#ffffff', borderTop: '24px solid #1d3f6e', padding: '48px 64px', fontFamily: 'Fira Sans', color: '#1a1a1a' },
    h('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'center' },
      h('div', { fontSize: 30, color: '#1d3f6e', fontWeight: 700 }, 'Rijk in de Regio · cijfers'),
      // The label sits in the header, where the bars can never push it off the image.
      data.isDemo ? h('div', { backgroundColor: '#fff4d6', border: '2px solid #8a6100', padding: '6px 14px', fontSize: 24, color: '#4d3600', fontWeight: 700 }, 'Voorbeeldgegevens') : null,
    ),
    h('div', { fontSize: 56, fontWeight: 700, marginTop: 12 }, `Rijkswerkgelegenheid in ${data.provincie}`),
    h('div', { fontSize: 28, color: '#4a4f55', marginTop: 4 }, 'fte op 1 januari'),
    h('div', { display: 'flex', alignItems: 'flex-end', justifyContent: 'space-around', flexGrow: 1, marginTop: 24 },
      ...data.jaren.map((j) =>
        h('div', { display: 'flex', flexDirection: 'column', alignItems: 'center', width: 150 },
          h('div', { fontSize: 26, fontWeight: 700, marginBottom: 8 }, fmt(j.fte)),
          h('div', { width: 110, height: Math.max(4, Math.round((j.fte / max) * 190)), backgroundColor: '#1d3f6e' }),
          h('div', { fontSize: 26, marginTop: 8 }, String(j.jaar)),
        ),
      ),
    ),
    data.isDemo ? h('div', { display: 'flex', fontSize: 22, color: '#4d3600', marginTop: 8 }, 'Verdeling over provincies is een voorbeeld; alleen de landelijke totalen 2021–2024 zijn echt.') : null,
  );
}
