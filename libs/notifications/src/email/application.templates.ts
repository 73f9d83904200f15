import type { Locale, MunicipalityKind } from '@ikone/membership';
import { EmailLinks, RenderedEmail, formatDateTime, layout } from './email-layout';
import { noticeFooter } from './notice.templates';

/** Confirmation to the applicant that the application arrived. */
export interface ApplicationReceivedMailData {
  applicationId: string;
  applicantName: string;
  municipalityName: string;
}

/** Notice to a coordinator that an application waits for a decision. */
export interface ApplicationNewMailData {
  applicationId: string;
  applicantName: string;
  applicantEmail: string;
  municipalityName: string;
  kind: MunicipalityKind;
  state: string;
  /** False for a body the directory lacks: the coordinator checks it by hand. */
  inDirectory: boolean;
  motivation: string;
  /**
   * The coordinator's user id: the one-click link (footer and List-Unsubscribe) turns their
   * notification emails off, as for the report notice; the application stays in the app.
   * Absent in deliveries planned before the link existed.
   */
  unsubscribeId?: string;
}

/** Approval, carrying the invitation into the first officer's account. */
export interface ApplicationApprovedMailData {
  applicationId: string;
  invitationId: string;
  applicantName: string;
  municipalityName: string;
  /** A partner organisation was approved (ADR 0024); absent in deliveries planned before partners existed. */
  partner?: boolean;
  validDays: number;
  expiresAt: string;
}

export interface ApplicationDeclinedMailData {
  applicationId: string;
  applicantName: string;
  municipalityName: string;
  comment: string | null;
}

const KIND_LABELS = {
  de: { GEMEINDE: 'Gemeinde', STADT: 'Stadt', VERBANDSGEMEINDE: 'Verbandsgemeinde', LANDKREIS: 'Landkreis', OTHER: 'Sonstige Körperschaft' },
  en: { GEMEINDE: 'municipality', STADT: 'town or city', VERBANDSGEMEINDE: 'association of municipalities', LANDKREIS: 'district', OTHER: 'other body' },
} satisfies Record<Locale, Record<MunicipalityKind, string>>;

export function applicationReceivedMail(data: ApplicationReceivedMailData, locale: Locale, links: EmailLinks): RenderedEmail {
  if (locale === 'en') {
    return layout(locale, links, `Your membership application for ${data.municipalityName}`, `Hello ${data.applicantName},`, [
      { kind: 'p', text: `thank you for applying for ${data.municipalityName} to join the IKONE network. The coordination office will review your application and let you know its decision by email.` },
    ]);
  }
  return layout(locale, links, `Ihr Mitgliedsantrag für ${data.municipalityName}`, `Guten Tag ${data.applicantName},`, [
    { kind: 'p', text: `vielen Dank für Ihren Antrag auf Mitgliedschaft von ${data.municipalityName} im Netzwerk IKONE. Die Koordinierungsstelle prüft Ihren Antrag und teilt Ihnen ihre Entscheidung per E-Mail mit.` },
  ]);
}

export function applicationNewMail(data: ApplicationNewMailData, locale: Locale, links: EmailLinks): RenderedEmail {
  const link = links.application(data.applicationId);
  const kind = KIND_LABELS[locale][data.kind];
  const footer = data.unsubscribeId ? noticeFooter(null, data.unsubscribeId, locale, links) : undefined;
  if (locale === 'en') {
    return layout(locale, links, `New membership application: ${data.municipalityName}`, 'Hello,', [
      { kind: 'p', text: `${data.applicantName} has applied for ${data.municipalityName} to join the network.` },
      {
        kind: 'facts',
        rows: [
          ['Body', `${data.municipalityName} (${kind}, ${data.state})`],
          ['Directory', data.inDirectory ? 'listed' : 'not listed – please check the body'],
          ['Applicant', `${data.applicantName} <${data.applicantEmail}>`],
        ],
      },
      { kind: 'p', text: 'Motivation:' },
      { kind: 'quote', text: data.motivation },
      { kind: 'button', label: 'Review the application', href: link },
    ], footer);
  }
  return layout(locale, links, `Neuer Mitgliedsantrag: ${data.municipalityName}`, 'Guten Tag,', [
    { kind: 'p', text: `${data.applicantName} hat die Mitgliedschaft von ${data.municipalityName} im Netzwerk beantragt.` },
    {
      kind: 'facts',
      rows: [
        ['Kommune', `${data.municipalityName} (${kind}, ${data.state})`],
        ['Verzeichnis', data.inDirectory ? 'enthalten' : 'nicht enthalten – bitte prüfen Sie die Körperschaft'],
        ['Antragsteller/in', `${data.applicantName} <${data.applicantEmail}>`],
      ],
    },
    { kind: 'p', text: 'Begründung:' },
    { kind: 'quote', text: data.motivation },
    { kind: 'button', label: 'Antrag prüfen', href: link },
  ], footer);
}

export function applicationApprovedMail(data: ApplicationApprovedMailData, locale: Locale, links: EmailLinks): RenderedEmail {
  const link = links.invitation(data.invitationId);
  const until = formatDateTime(data.expiresAt, locale);
  if (locale === 'en') {
    return layout(locale, links, `Welcome to IKONE: ${data.municipalityName} is now a member`, `Hello ${data.applicantName},`, [
      { kind: 'p', text: `we are pleased to tell you that the coordination office has approved the membership of ${data.municipalityName}. You are invited as ${data.partner ? 'its first partner officer, who keeps its profile' : 'its first digital officer'}.` },
      { kind: 'p', text: 'To create your account, please choose your display name and a password:' },
      { kind: 'button', label: 'Accept invitation', href: link },
      { kind: 'p', text: `The link is valid for ${data.validDays} days (until ${until}) and can be used once.` },
    ]);
  }
  return layout(locale, links, `Willkommen bei IKONE: ${data.municipalityName} ist Mitglied`, `Guten Tag ${data.applicantName},`, [
    { kind: 'p', text: `wir freuen uns, Ihnen mitzuteilen, dass die Koordinierungsstelle die Mitgliedschaft von ${data.municipalityName} bestätigt hat. ${data.partner ? 'Sie sind eingeladen, als Partnerbeauftragte bzw. Partnerbeauftragter ihr Profil zu pflegen.' : 'Sie sind als erste Digitalbeauftragte bzw. erster Digitalbeauftragter eingeladen.'}` },
    { kind: 'p', text: 'Um Ihr Konto einzurichten, legen Sie bitte Ihren Anzeigenamen und ein Passwort fest:' },
    { kind: 'button', label: 'Einladung annehmen', href: link },
    { kind: 'p', text: `Der Link ist ${data.validDays} Tage gültig (bis ${until}) und kann einmal verwendet werden.` },
  ]);
}

export function applicationDeclinedMail(data: ApplicationDeclinedMailData, locale: Locale, links: EmailLinks): RenderedEmail {
  if (locale === 'en') {
    return layout(locale, links, `Your membership application for ${data.municipalityName}`, `Hello ${data.applicantName},`, [
      { kind: 'p', text: `thank you for your interest in the IKONE network. After reviewing it, the coordination office has declined the application of ${data.municipalityName}.` },
      ...(data.comment ? [{ kind: 'p' as const, text: 'The coordination office wrote:' }, { kind: 'quote' as const, text: data.comment }] : []),
      { kind: 'p', text: 'If you have questions about the decision, please contact the coordination office.' },
    ]);
  }
  return layout(locale, links, `Ihr Mitgliedsantrag für ${data.municipalityName}`, `Guten Tag ${data.applicantName},`, [
    { kind: 'p', text: `vielen Dank für Ihr Interesse am Netzwerk IKONE. Nach Prüfung hat die Koordinierungsstelle den Antrag von ${data.municipalityName} leider abgelehnt.` },
    ...(data.comment ? [{ kind: 'p' as const, text: 'Die Koordinierungsstelle schreibt dazu:' }, { kind: 'quote' as const, text: data.comment }] : []),
    { kind: 'p', text: 'Bei Fragen zur Entscheidung wenden Sie sich bitte an die Koordinierungsstelle.' },
  ]);
}
