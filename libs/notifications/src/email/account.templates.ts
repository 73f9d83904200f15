import type { Locale, Role } from '@ikone/membership';
import { EmailLinks, RenderedEmail, formatDateTime, layout } from './email-layout';

/** What an invitation email needs; stored with the delivery (the token is derived at send time). */
export interface InvitationMailData {
  invitationId: string;
  /** Display name of the inviting person; null when the system (CLI) invited. */
  inviterName: string | null;
  role: Role;
  municipalityName: string | null;
  validDays: number;
  expiresAt: string;
}

export interface PasswordResetMailData {
  resetId: string;
  displayName: string;
  validMinutes: number;
  expiresAt: string;
}

const ROLE_LABELS = {
  de: { MEMBER: 'Mitglied', OFFICER: 'Digitalbeauftragte bzw. Digitalbeauftragter', COORDINATOR: 'Mitglied der Koordinierungsstelle' },
  en: { MEMBER: 'member', OFFICER: 'digital officer', COORDINATOR: 'member of the coordination office' },
} satisfies Record<Locale, Record<Role, string>>;

/** The role a person is invited into, as the reader says it. */
export function roleLabel(role: Role, locale: Locale): string {
  return ROLE_LABELS[locale][role];
}

export function invitationMail(data: InvitationMailData, locale: Locale, links: EmailLinks): RenderedEmail {
  const link = links.invitation(data.invitationId);
  const until = formatDateTime(data.expiresAt, locale);
  const role = roleLabel(data.role, locale);
  if (locale === 'en') {
    const who = data.inviterName ?? 'The coordination office of the IKONE network';
    const where = data.municipalityName ? ` for ${data.municipalityName}` : '';
    return layout(locale, links, 'Your invitation to IKONE', 'Hello,', [
      { kind: 'p', text: `${who} invites you to join IKONE as ${role}${where}. IKONE is the platform on which municipalities share case studies of digitalization and meet at events.` },
      { kind: 'p', text: 'To accept the invitation, please choose your display name and a password:' },
      { kind: 'button', label: 'Accept invitation', href: link },
      { kind: 'p', text: `The link is valid for ${data.validDays} days (until ${until}) and can be used once. If you did not expect this invitation, you can ignore this email.` },
    ]);
  }
  const who = data.inviterName ?? 'Die Koordinierungsstelle des Netzwerks IKONE';
  const where = data.municipalityName ? ` für ${data.municipalityName}` : '';
  return layout(locale, links, 'Ihre Einladung zu IKONE', 'Guten Tag,', [
    { kind: 'p', text: `${who} lädt Sie ein, IKONE als ${role}${where} beizutreten. Auf IKONE teilen Kommunen Praxisbeispiele der Digitalisierung und treffen sich zu Veranstaltungen.` },
    { kind: 'p', text: 'Um die Einladung anzunehmen, legen Sie bitte Ihren Anzeigenamen und ein Passwort fest:' },
    { kind: 'button', label: 'Einladung annehmen', href: link },
    { kind: 'p', text: `Der Link ist ${data.validDays} Tage gültig (bis ${until}) und kann einmal verwendet werden. Falls Sie diese Einladung nicht erwartet haben, können Sie diese E-Mail ignorieren.` },
  ]);
}

export function passwordResetMail(data: PasswordResetMailData, locale: Locale, links: EmailLinks): RenderedEmail {
  const link = links.passwordReset(data.resetId);
  if (locale === 'en') {
    return layout(locale, links, 'Reset your IKONE password', `Hello ${data.displayName},`, [
      { kind: 'p', text: 'We received a request to reset the password of your IKONE account. To choose a new password, please open this link:' },
      { kind: 'button', label: 'Choose a new password', href: link },
      { kind: 'p', text: `The link is valid for ${data.validMinutes} minutes and can be used once. If you did not ask for this, you can ignore this email; your password stays unchanged.` },
    ]);
  }
  return layout(locale, links, 'Ihr Passwort für IKONE zurücksetzen', `Guten Tag ${data.displayName},`, [
    { kind: 'p', text: 'wir haben eine Anfrage erhalten, das Passwort Ihres IKONE-Kontos zurückzusetzen. Über den folgenden Link können Sie ein neues Passwort festlegen:' },
    { kind: 'button', label: 'Neues Passwort festlegen', href: link },
    { kind: 'p', text: `Der Link ist ${data.validMinutes} Minuten gültig und kann einmal verwendet werden. Falls Sie dies nicht angefordert haben, können Sie diese E-Mail ignorieren; Ihr Passwort bleibt unverändert.` },
  ]);
}
