import type { Locale } from '@ikone/membership';

/** A rendered email: subject, plain text and HTML (values already escaped in the HTML). */
export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
  /** One-click unsubscribe URL of a notification or digest email; becomes the RFC 8058 headers. */
  unsubscribeUrl?: string;
}

/** Builds the links an email carries; tokens are derived at send time, never stored. */
export interface EmailLinks {
  /** The public base URL, named in the footer. */
  home: string;
  invitation(invitationId: string): string;
  passwordReset(resetId: string): string;
  application(applicationId: string): string;
  /** An absolute URL for a path of the web application (`/praxisbeispiele/<slug>`). */
  page(path: string): string;
  /** The one-click unsubscribe URL for a subscription id or a user id (ADR 0006). */
  unsubscribe(id: string): string;
  /** The double opt-in confirmation page for a consent id (ADR 0023). */
  emailConsent(consentId: string): string;
  /** The answer page of a freshness check (ADR 0028). */
  freshness(checkId: string): string;
  /** Where a signed-in person manages subscriptions and email settings. */
  preferences: string;
}

/** One piece of an email body, rendered to both parts. */
export type Block =
  | { kind: 'p'; text: string }
  | { kind: 'button'; label: string; href: string }
  | { kind: 'quote'; text: string }
  | { kind: 'facts'; rows: Array<[label: string, value: string]> }
  | { kind: 'heading'; text: string }
  /** One entry of a list (a digest item) with an optional link. */
  | { kind: 'item'; text: string; href: string | null };

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const FOOTER = {
  de: (home: string) => `IKONE – Interkommunales Netzwerk für Wissensaustausch · ${home}\nDiese E-Mail wurde automatisch versandt; bitte antworten Sie nicht darauf.`,
  en: (home: string) => `IKONE – inter-municipal knowledge-sharing network · ${home}\nThis email was sent automatically; please do not reply to it.`,
} satisfies Record<Locale, (home: string) => string>;

const SIGNATURE = {
  de: 'Mit freundlichen Grüßen\nIhre Koordinierungsstelle des Netzwerks IKONE',
  en: 'Kind regards\nThe coordination office of the IKONE network',
} satisfies Record<Locale, string>;

const html = (text: string) => escapeHtml(text).replace(/\n/g, '<br>');

function blockText(block: Block): string {
  switch (block.kind) {
    case 'p':
      return block.text;
    case 'button':
      return `${block.label}:\n${block.href}`;
    case 'quote':
      return block.text
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n');
    case 'facts':
      return block.rows.map(([label, value]) => `${label}: ${value}`).join('\n');
    case 'heading':
      return `${block.text}\n${'='.repeat(Math.min(60, block.text.length))}`;
    case 'item':
      return block.href ? `* ${block.text}\n  ${block.href}` : `* ${block.text}`;
  }
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'p':
      return `<p style="margin:0 0 16px">${html(block.text)}</p>`;
    case 'button':
      return (
        `<p style="margin:0 0 16px"><a href="${escapeHtml(block.href)}" style="display:inline-block;padding:10px 18px;` +
        `background:#1f4e79;color:#ffffff;text-decoration:none;border-radius:4px">${html(block.label)}</a></p>` +
        `<p style="margin:0 0 16px;font-size:13px;color:#555555;word-break:break-all">${html(block.href)}</p>`
      );
    case 'quote':
      return `<blockquote style="margin:0 0 16px;padding:8px 12px;border-left:3px solid #cccccc;color:#333333">${html(block.text)}</blockquote>`;
    case 'facts':
      return (
        `<table style="margin:0 0 16px;border-collapse:collapse">` +
        block.rows
          .map(([label, value]) => `<tr><td style="padding:2px 12px 2px 0;color:#555555">${html(label)}</td><td style="padding:2px 0">${html(value)}</td></tr>`)
          .join('') +
        `</table>`
      );
    case 'heading':
      return `<h2 style="margin:24px 0 8px;font-size:17px;color:#1f4e79">${html(block.text)}</h2>`;
    case 'item':
      return block.href
        ? `<p style="margin:0 0 12px">${html(block.text)}<br><a href="${escapeHtml(block.href)}" style="color:#1f4e79">${html(block.href)}</a></p>`
        : `<p style="margin:0 0 12px">${html(block.text)}</p>`;
  }
}

/** A line above the footer saying why the email came and how to stop it, with its link. */
export interface FooterNote {
  text: string;
  href: string;
}

/** Wraps the blocks of a message with greeting, signature and the network footer, in both parts. */
export function layout(locale: Locale, links: EmailLinks, subject: string, greeting: string, blocks: Block[], note?: FooterNote): RenderedEmail {
  const footer = FOOTER[locale](links.home);
  const noteText = note ? `${note.text}\n${note.href}\n` : '';
  const noteHtml = note
    ? `<p style="margin:0 0 8px;font-size:12px;color:#666666">${html(note.text)} <a href="${escapeHtml(note.href)}" style="color:#1f4e79">${html(note.href)}</a></p>\n`
    : '';
  const text = [greeting, ...blocks.map(blockText), SIGNATURE[locale], `-- \n${noteText}${footer}`].join('\n\n') + '\n';
  const body = [`<p style="margin:0 0 16px">${html(greeting)}</p>`, ...blocks.map(blockHtml), `<p style="margin:0 0 16px">${html(SIGNATURE[locale])}</p>`].join('\n');
  const page =
    `<!DOCTYPE html>\n<html lang="${locale}">\n<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>\n` +
    `<body style="margin:0;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a">\n` +
    `<div style="max-width:600px">\n${body}\n` +
    `<hr style="border:none;border-top:1px solid #dddddd;margin:24px 0 12px">\n` +
    noteHtml +
    `<p style="margin:0;font-size:12px;color:#666666">${html(footer)}</p>\n</div>\n</body>\n</html>\n`;
  return { subject, text, html: page, ...(note ? { unsubscribeUrl: note.href } : {}) };
}

/** Formats an instant for the reader, always in German local time (Europe/Berlin). */
export function formatDateTime(iso: string, locale: Locale): string {
  const formatted = new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Berlin',
  }).format(new Date(iso));
  return locale === 'de' ? `${formatted} Uhr` : `${formatted} (German time)`;
}
