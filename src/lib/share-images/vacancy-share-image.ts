import { createHash } from 'node:crypto';
import { h, type SatoriNode } from './element.ts';

/** Bump when the design changes, so cached images get new URLs. */
const DESIGN_VERSION = 1;

/** What a vacancy share image shows. */
export interface VacancyShareData {
  titel: string;
  organisatie: string;
  plaatsen: string[];
  schaal: string;
  sluitingsdatum: string;
  isDemo: boolean;
}

/** The version in the image URL: changes whenever anything shown changes. */
export function vacancyShareVersion(data: VacancyShareData): string {
  return createHash('sha256').update(JSON.stringify([DESIGN_VERSION, data])).digest('hex').slice(0, 10);
}

/** The element tree of a vacancy share image. */
export function vacancyShareElement(data: VacancyShareData): SatoriNode {
  const closing = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${data.sluitingsdatum}T00:00:00Z`));
  return h(
    'div',
    { width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', backgroundColor: '#ffffff', borderTop: '24px solid #1d3f6e', padding: '56px 64px', fontFamily: 'Fira Sans', color: '#1a1a1a' },
    h('div', { display: 'flex', flexDirection: 'column' },
      h('div', { fontSize: 30, color: '#1d3f6e', fontWeight: 700 }, 'Rijk in de Regio · vacature'),
      h('div', { fontSize: data.titel.length > 60 ? 52 : 64, fontWeight: 700, marginTop: 28, lineHeight: 1.15 }, data.titel),
      h('div', { fontSize: 34, marginTop: 24, color: '#4a4f55' }, data.organisatie),
    ),
    h('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-end', fontSize: 30 },
      h('div', { display: 'flex', flexDirection: 'column' },
        h('div', { fontWeight: 700 }, data.plaatsen.join(', ')),
        h('div', { marginTop: 8 }, `Schaal ${data.schaal} · reageren tot en met ${closing}`),
      ),
      data.isDemo ? h('div', { backgroundColor: '#fff4d6', border: '2px solid #8a6100', padding: '8px 16px', color: '#4d3600', fontWeight: 700 }, 'Voorbeeldvacature') : null,
    ),
  );
}
