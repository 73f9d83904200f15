import { createHash } from 'node:crypto';
import type { UnsubscribeTarget } from '@ikone/notifications';
import { HTML_CSP } from '../http/security-headers';

/** Escapes text for HTML element content and attribute values. */
function esc(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const FREQUENCY = {
  IMMEDIATE: { de: 'sofort', en: 'immediately' },
  DAILY: { de: 'täglich', en: 'daily' },
  WEEKLY: { de: 'wöchentlich', en: 'weekly' },
};

const STYLE =
  `body{font-family:Arial,Helvetica,sans-serif;font-size:1rem;line-height:1.5;color:#1a1a1a;max-width:40rem;margin:2rem auto;padding:0 1rem}` +
  `h1{font-size:1.5rem;color:#1f4e79}h2{font-size:1.2rem;color:#1f4e79}button{font-size:1rem;padding:.6rem 1.2rem;background:#1f4e79;color:#fff;border:0;border-radius:4px;cursor:pointer}` +
  `button:focus{outline:3px solid #f0a000;outline-offset:2px}.en{margin-top:2rem;padding-top:1rem;border-top:1px solid #ddd}`;

/** The pages' policy: the one inline style block, by its hash; no script, no framing. */
export const PAGE_CSP = `${HTML_CSP}; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;

/** A complete page: German first, the English part marked as such for screen readers. No script. */
function page(titleDe: string, de: string, en: string): string {
  return (
    `<!DOCTYPE html>\n<html lang="de">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta name="robots" content="noindex">\n<title>${esc(titleDe)} – IKONE</title>\n` +
    `<style>${STYLE}</style>\n` +
    `</head>\n<body>\n<main>\n${de}\n<section class="en" lang="en">\n${en}\n</section>\n</main>\n</body>\n</html>\n`
  );
}

function what(target: Extract<UnsubscribeTarget, { kind: 'subscription' }>): { de: string; en: string } {
  const f = FREQUENCY[target.frequency];
  if (target.topicName) {
    return { de: `Ihr Abonnement des Themenfelds „${target.topicName}“ (${f.de})`, en: `your subscription to the topic “${target.topicNameEn ?? target.topicName}” (${f.en})` };
  }
  return { de: `Ihr Abonnement der Kommune ${target.municipalityName ?? ''} (${f.de})`, en: `your subscription to the municipality ${target.municipalityName ?? ''} (${f.en})` };
}

/** GET: says what the link would do and offers a real form; changes nothing. */
export function confirmationPage(target: UnsubscribeTarget): string {
  const form = (label: string) =>
    `<form method="post">\n<input type="hidden" name="List-Unsubscribe" value="One-Click">\n<button type="submit">${esc(label)}</button>\n</form>`;
  if (target.kind === 'gone') return donePage(target);
  if (target.kind === 'email' && target.alreadyOff) return donePage(target);
  if (target.kind === 'subscription') {
    const w = what(target);
    return page(
      'Abonnement beenden',
      `<h1>Abonnement beenden</h1>\n<p>Möchten Sie ${esc(w.de)} beenden? Sie erhalten dazu dann keine Benachrichtigungen und keine E-Mails mehr.</p>\n${form('Abonnement beenden')}`,
      `<h2>End subscription</h2>\n<p>Do you want to end ${esc(w.en)}? You will then receive no more notifications or emails about it.</p>\n${form('End subscription')}`,
    );
  }
  return page(
    'E-Mail-Benachrichtigungen abschalten',
    `<h1>E-Mail-Benachrichtigungen abschalten</h1>\n<p>Möchten Sie keine Benachrichtigungen von IKONE mehr per E-Mail erhalten? In der App sehen Sie sie weiterhin. Einladungen und Passwort-E-Mails bleiben davon unberührt.</p>\n${form('E-Mails abschalten')}`,
    `<h2>Turn off notification emails</h2>\n<p>Do you want to stop receiving IKONE notifications by email? You will still see them in the app. Invitations and password emails are not affected.</p>\n${form('Turn off emails')}`,
  );
}

/** POST (and GET of a link already used): the result. */
export function donePage(target: UnsubscribeTarget): string {
  if (target.kind === 'subscription') {
    const w = what(target);
    return page(
      'Abonnement beendet',
      `<h1>Abonnement beendet</h1>\n<p>${esc(w.de.charAt(0).toUpperCase() + w.de.slice(1))} ist beendet.</p>`,
      `<h2>Subscription ended</h2>\n<p>${esc(w.en.charAt(0).toUpperCase() + w.en.slice(1))} has ended.</p>`,
    );
  }
  if (target.kind === 'email') {
    return page(
      'E-Mail-Benachrichtigungen abgeschaltet',
      `<h1>E-Mail-Benachrichtigungen abgeschaltet</h1>\n<p>Sie erhalten keine Benachrichtigungen von IKONE mehr per E-Mail. Sie können sie in Ihren Einstellungen wieder einschalten.</p>`,
      `<h2>Notification emails turned off</h2>\n<p>You will no longer receive IKONE notifications by email. You can turn them on again in your settings.</p>`,
    );
  }
  return page(
    'Bereits abgemeldet',
    `<h1>Bereits abgemeldet</h1>\n<p>Dieses Abonnement ist bereits beendet.</p>`,
    `<h2>Already unsubscribed</h2>\n<p>This subscription has already ended.</p>`,
  );
}

/** Any refused request on an unsubscribe link: the reason in both languages. */
export function errorPage(de: string, en: string): string {
  return page('Fehler', `<h1>Das hat nicht geklappt</h1>\n<p>${esc(de)}</p>`, `<h2>That did not work</h2>\n<p>${esc(en)}</p>`);
}

export function notFoundPage(): string {
  return page(
    'Link ungültig',
    `<h1>Link ungültig</h1>\n<p>Dieser Abmelde-Link ist ungültig. Bitte verwenden Sie den vollständigen Link aus der E-Mail.</p>`,
    `<h2>Invalid link</h2>\n<p>This unsubscribe link is invalid. Please use the complete link from the email.</p>`,
  );
}
