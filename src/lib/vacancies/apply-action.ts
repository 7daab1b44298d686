import type { VacancyApplyColumns } from './vacancy-apply.ts';

/** The "Solliciteer" action of a vacancy page: where the button leads, or null when nothing is stored. */
export interface ApplyAction {
  kind: 'url' | 'email';
  href: string;
  /** What to show next to the button (the host name or the e-mail address). */
  shown: string;
}

/**
 * The apply action of a vacancy: its https address, else a mailto with the reference in the subject
 * (so the organisation can match the mail to the vacancy).
 */
export function applyActionOf(v: Pick<VacancyApplyColumns, 'sollicitatie_url' | 'sollicitatie_email'> & { kenmerk: string; titel: string }): ApplyAction | null {
  if (v.sollicitatie_url) return { kind: 'url', href: v.sollicitatie_url, shown: new URL(v.sollicitatie_url).hostname };
  if (v.sollicitatie_email) {
    const subject = encodeURIComponent(`Sollicitatie ${v.kenmerk}: ${v.titel}`);
    return { kind: 'email', href: `mailto:${v.sollicitatie_email}?subject=${subject}`, shown: v.sollicitatie_email };
  }
  return null;
}

/** A phone number as a tel: link target (digits and a leading +; a Dutch 0 stays, dialers understand it). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/\(0\)/g, '').replace(/[^\d+]/g, '')}`;
}
