import type { SendMailOptions } from 'nodemailer';
import { formatDutchDate } from '../format/date-format.ts';
import type { VacancySearchResult } from '../search/vacancy-search-result.ts';
import { alertToken } from './alert-token.ts';

/** What every alert mail needs: absolute links, the master secret its link tokens are derived from, and the sender. */
export interface AlertMailContext {
  baseUrl: string;
  /** APP_SECRET; the link tokens use the key derived from it for alert links (see alert-token.ts). */
  secret: string;
  from: string;
}

/** The alert fields a mail shows. */
export interface AlertForMail {
  id: string;
  email: string;
  zoekopdracht: string;
  omschrijving: string;
  frequentie: 'dagelijks' | 'wekelijks';
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The links of an alert mail. */
export function alertLinks(ctx: AlertMailContext, alert: Pick<AlertForMail, 'id' | 'zoekopdracht'>) {
  const manage = alertToken(ctx.secret, alert.id, 'beheer');
  return {
    confirm: `${ctx.baseUrl}/vacaturemail/bevestigen?token=${alertToken(ctx.secret, alert.id, 'bevestigen')}`,
    manage: `${ctx.baseUrl}/vacaturemail/beheer?token=${manage}`,
    unsubscribe: `${ctx.baseUrl}/vacaturemail/afmelden?token=${manage}`,
    search: `${ctx.baseUrl}/vacatures${alert.zoekopdracht ? `?${alert.zoekopdracht}` : ''}`,
  };
}

/** The default sender: noreply at the host of PUBLIC_BASE_URL (the installation's own domain). */
export function defaultSender(baseUrl: string): string {
  return `Rijk in de Regio <noreply@${new URL(baseUrl).hostname}>`;
}

/** The double opt-in mail: nothing is sent to the address until its link is followed. */
export function confirmationMail(ctx: AlertMailContext, alert: AlertForMail): SendMailOptions {
  const links = alertLinks(ctx, alert);
  const how = alert.frequentie === 'dagelijks' ? 'elke dag' : 'elke week';
  const text = [
    'Hallo,',
    '',
    `Je hebt een vacaturemail aangevraagd voor: ${alert.omschrijving}.`,
    `Bevestig dat je hem wilt ontvangen (${how}, alleen als er nieuwe vacatures zijn):`,
    links.confirm,
    '',
    'Heb je dit niet zelf aangevraagd? Doe dan niets: zonder bevestiging verwijderen we je e-mailadres binnen 7 dagen.',
    '',
    'Rijk in de Regio',
  ].join('\n');
  const html = `<p>Hallo,</p><p>Je hebt een vacaturemail aangevraagd voor: ${escapeHtml(alert.omschrijving)}.</p><p><a href="${escapeHtml(links.confirm)}">Bevestig je vacaturemail</a> (${how}, alleen als er nieuwe vacatures zijn).</p><p>Heb je dit niet zelf aangevraagd? Doe dan niets: zonder bevestiging verwijderen we je e-mailadres binnen 7 dagen.</p><p>Rijk in de Regio</p>`;
  return { from: ctx.from, to: alert.email, subject: 'Bevestig je vacaturemail', text, html };
}

/**
 * The digest: the vacancies new since the last one, with a manage link and RFC 8058 one-click
 * unsubscribe (List-Unsubscribe with an https URL in production, and List-Unsubscribe-Post).
 */
export function digestMail(ctx: AlertMailContext, alert: AlertForMail, result: VacancySearchResult): SendMailOptions {
  const links = alertLinks(ctx, alert);
  const n = result.total;
  const subject = `${n} ${n === 1 ? 'nieuwe vacature' : 'nieuwe vacatures'}: ${alert.omschrijving}`;
  const item = (h: VacancySearchResult['hits'][number]) => ({
    url: `${ctx.baseUrl}/vacatures/${h.slug}`,
    line: `${h.titel}${h.isDemo ? ' (voorbeeldvacature, niet echt)' : ''} — ${h.organisatie}, ${h.plaatsen.join(', ')}; schaal ${h.schaalMin === h.schaalMax ? h.schaalMin : `${h.schaalMin}–${h.schaalMax}`}; reageren tot en met ${formatDutchDate(h.sluitingsdatum)}`,
  });
  const items = result.hits.map(item);
  const more = n > items.length ? `En nog ${n - items.length} meer: ${links.search}` : `Alle vacatures van deze zoekopdracht: ${links.search}`;
  const text = [
    `Nieuw sinds je vorige vacaturemail, voor ${alert.omschrijving}:`,
    '',
    ...items.flatMap((i) => [i.line, i.url, '']),
    more,
    '',
    `Vacaturemail aanpassen: ${links.manage}`,
    `Afmelden (in één klik): ${links.unsubscribe}`,
  ].join('\n');
  const html = `<p>Nieuw sinds je vorige vacaturemail, voor ${escapeHtml(alert.omschrijving)}:</p><ul>${items.map((i) => `<li><a href="${escapeHtml(i.url)}">${escapeHtml(i.line)}</a></li>`).join('')}</ul><p><a href="${escapeHtml(links.search)}">${n > items.length ? `En nog ${n - items.length} meer` : 'Alle vacatures van deze zoekopdracht'}</a></p><p><a href="${escapeHtml(links.manage)}">Vacaturemail aanpassen</a> · <a href="${escapeHtml(links.unsubscribe)}">Afmelden</a></p>`;
  return {
    from: ctx.from,
    to: alert.email,
    subject,
    text,
    html,
    headers: { 'List-Unsubscribe': `<${links.unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}
