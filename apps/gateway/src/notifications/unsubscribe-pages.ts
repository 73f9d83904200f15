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

/** The pages' policy: the web application's stylesheet from the same address; no script, no framing. */
export const PAGE_CSP = `${HTML_CSP}; style-src 'self'; font-src 'self'; img-src 'self'`;

/**
 * A complete page in the frame of the web application (same header, KERN UX classes and the
 * web's stylesheet, which `npm start` serves on the same address): German first, the English
 * part marked as such for screen readers. No script, no inline style (the pages get a CSP).
 */
function page(titleDe: string, de: string, en: string): string {
  return (
    `<!DOCTYPE html>\n<html lang="de">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta name="robots" content="noindex">\n<title>${esc(titleDe)} – IKONE</title>\n` +
    `<link rel="stylesheet" href="/assets/app.css">\n<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">\n` +
    `</head>\n<body>\n<a class="ik-skip-link" href="#inhalt">Zum Inhalt springen</a>\n` +
    `<header class="ik-header">\n<div class="kern-kopfzeile"><div class="kern-container"><div class="kern-kopfzeile__content">` +
    `<span class="kern-kopfzeile__label">Plattform des Interkommunalen Netzwerks Digitale Stadt</span></div></div></div>\n` +
    `<div class="kern-container ik-header__bar">\n<a class="ik-brand" href="/"><span class="ik-brand__mark" aria-hidden="true">IK</span>` +
    `<span class="ik-brand__name">IKONE – Interkommunales Netzwerk Digitale Stadt</span></a>\n</div>\n</header>\n` +
    `<main id="inhalt" class="kern-container ik-main" tabindex="-1">\n<div class="ik-form ik-stack">\n${de}\n</div>\n` +
    `<section class="ik-card ik-form ik-stack" lang="en">\n${en}\n</section>\n</main>\n` +
    `<footer class="ik-footer">\n<div class="kern-container">\n<nav aria-label="Fußzeile">\n<ul class="ik-inline-list">\n` +
    `<li><a class="kern-link" href="/einstellungen/benachrichtigungen">Benachrichtigungs-Einstellungen</a></li>\n` +
    `<li><a class="kern-link" href="/impressum">Impressum</a></li>\n<li><a class="kern-link" href="/datenschutz">Datenschutz</a></li>\n` +
    `<li><a class="kern-link" href="/barrierefreiheit">Barrierefreiheit</a></li>\n</ul>\n</nav>\n` +
    `<p class="kern-body kern-body--small">IKONE ist freie Software (EUPL-1.2) für interkommunale Wissensnetzwerke.</p>\n</div>\n</footer>\n` +
    `</body>\n</html>\n`
  );
}

/** A heading and the paragraphs of one language, in KERN's type scale. */
function part(level: 1 | 2, heading: string, text: string, extra = ''): string {
  const size = level === 1 ? 'kern-heading-large' : 'kern-heading-medium';
  return `<h${level} class="${size}">${esc(heading)}</h${level}>\n<p class="kern-body">${esc(text)}</p>${extra ? `\n${extra}` : ''}`;
}

function what(target: Extract<UnsubscribeTarget, { kind: 'subscription' }>): { de: string; en: string } {
  const f = FREQUENCY[target.frequency];
  if (target.topicName) {
    return { de: `Ihr Abonnement des Themenfelds „${target.topicName}“ (${f.de})`, en: `your subscription to the topic “${target.topicNameEn ?? target.topicName}” (${f.en})` };
  }
  if (target.partnerName) {
    return { de: `Ihr Abonnement der Partnerorganisation ${target.partnerName} (${f.de})`, en: `your subscription to the partner organisation ${target.partnerName} (${f.en})` };
  }
  return { de: `Ihr Abonnement der Kommune ${target.municipalityName ?? ''} (${f.de})`, en: `your subscription to the municipality ${target.municipalityName ?? ''} (${f.en})` };
}

/** GET: says what the link would do and offers a real form; changes nothing. */
export function confirmationPage(target: UnsubscribeTarget): string {
  const form = (label: string) =>
    `<form method="post">\n<input type="hidden" name="List-Unsubscribe" value="One-Click">\n` +
    `<button type="submit" class="kern-btn kern-btn--primary"><span class="kern-label">${esc(label)}</span></button>\n</form>`;
  if (target.kind === 'gone') return donePage(target);
  if (target.kind === 'email' && target.alreadyOff) return donePage(target);
  if (target.kind === 'subscription') {
    const w = what(target);
    return page(
      'Abonnement beenden',
      part(1, 'Abonnement beenden', `Möchten Sie ${w.de} beenden? Sie erhalten dazu dann keine Benachrichtigungen und keine E-Mails mehr.`, form('Abonnement beenden')),
      part(2, 'End subscription', `Do you want to end ${w.en}? You will then receive no more notifications or emails about it.`, form('End subscription')),
    );
  }
  return page(
    'E-Mail-Benachrichtigungen abschalten',
    part(
      1,
      'E-Mail-Benachrichtigungen abschalten',
      'Möchten Sie keine Benachrichtigungen von IKONE mehr per E-Mail erhalten? Damit widerrufen Sie auch Ihre Einwilligung in E-Mails zu Ihren Abonnements. In der App sehen Sie alles weiterhin. Einladungen und Passwort-E-Mails bleiben davon unberührt.',
      form('E-Mails abschalten'),
    ),
    part(
      2,
      'Turn off notification emails',
      'Do you want to stop receiving IKONE notifications by email? This also withdraws your consent to emails about your subscriptions. You will still see everything in the app. Invitations and password emails are not affected.',
      form('Turn off emails'),
    ),
  );
}

/** POST (and GET of a link already used): the result. */
export function donePage(target: UnsubscribeTarget): string {
  if (target.kind === 'subscription') {
    const w = what(target);
    return page(
      'Abonnement beendet',
      part(1, 'Abonnement beendet', `${w.de.charAt(0).toUpperCase() + w.de.slice(1)} ist beendet.`),
      part(2, 'Subscription ended', `${w.en.charAt(0).toUpperCase() + w.en.slice(1)} has ended.`),
    );
  }
  if (target.kind === 'email') {
    return page(
      'E-Mail-Benachrichtigungen abgeschaltet',
      part(1, 'E-Mail-Benachrichtigungen abgeschaltet', 'Sie erhalten keine Benachrichtigungen von IKONE mehr per E-Mail; Ihr Widerruf der Einwilligung ist gespeichert. Sie können die E-Mails in Ihren Einstellungen wieder einschalten und bestätigen.'),
      part(2, 'Notification emails turned off', 'You will no longer receive IKONE notifications by email; the withdrawal of your consent is recorded. You can turn them on and confirm them again in your settings.'),
    );
  }
  return page(
    'Bereits abgemeldet',
    part(1, 'Bereits abgemeldet', 'Dieses Abonnement ist bereits beendet.'),
    part(2, 'Already unsubscribed', 'This subscription has already ended.'),
  );
}

/** Any refused request on an unsubscribe link: the reason in both languages. */
export function errorPage(de: string, en: string): string {
  return page('Fehler', `<h1>Das hat nicht geklappt</h1>\n<p>${esc(de)}</p>`, `<h2>That did not work</h2>\n<p>${esc(en)}</p>`);
}

export function notFoundPage(): string {
  return page(
    'Link ungültig',
    part(1, 'Link ungültig', 'Dieser Abmelde-Link ist ungültig. Bitte verwenden Sie den vollständigen Link aus der E-Mail.'),
    part(2, 'Invalid link', 'This unsubscribe link is invalid. Please use the complete link from the email.'),
  );
}
