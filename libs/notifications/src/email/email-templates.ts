import type { Locale } from '@ikone/membership';
import {
  ApplicationApprovedMailData,
  ApplicationDeclinedMailData,
  ApplicationNewMailData,
  ApplicationReceivedMailData,
  applicationApprovedMail,
  applicationDeclinedMail,
  applicationNewMail,
  applicationReceivedMail,
} from './application.templates';
import { InvitationMailData, PasswordResetMailData, invitationMail, passwordResetMail } from './account.templates';
import type { EmailLinks, RenderedEmail } from './email-layout';
import { EmailConsentMailData, emailConsentMail } from './consent.templates';
import { NoticeMailData, noticeMail } from './notice.templates';
import { DigestMailData, digestMail } from './digest.templates';
import { FreshnessMailData, freshnessMail } from './freshness.templates';

/** The data each template reads, keyed by the template name stored in `email_delivery.template`. */
export interface EmailTemplateData {
  invitation: InvitationMailData;
  'password-reset': PasswordResetMailData;
  'application-received': ApplicationReceivedMailData;
  'application-new': ApplicationNewMailData;
  'application-approved': ApplicationApprovedMailData;
  'application-declined': ApplicationDeclinedMailData;
  /** The double opt-in request for notification emails (transactional). */
  'email-consent': EmailConsentMailData;
  /** A notification repeated by email (publication, review decision, registration, …). */
  notice: NoticeMailData;
  digest: DigestMailData;
  /** "Läuft das noch?" to a case study's owners, and its reminders (transactional, ADR 0028). */
  'freshness-check': FreshnessMailData;
}

export type EmailTemplateName = keyof EmailTemplateData;

type Renderers = { [T in EmailTemplateName]: (data: EmailTemplateData[T], locale: Locale, links: EmailLinks) => RenderedEmail };

const RENDERERS: Renderers = {
  invitation: invitationMail,
  'password-reset': passwordResetMail,
  'application-received': applicationReceivedMail,
  'application-new': applicationNewMail,
  'application-approved': applicationApprovedMail,
  'application-declined': applicationDeclinedMail,
  'email-consent': emailConsentMail,
  notice: noticeMail,
  digest: digestMail,
  'freshness-check': freshnessMail,
};

/** Templates that are notification emails: they carry List-Unsubscribe and respect "email off". */
export const NOTIFICATION_TEMPLATES: ReadonlySet<string> = new Set<EmailTemplateName>(['notice', 'digest', 'application-new']);

export function isEmailTemplateName(name: string): name is EmailTemplateName {
  return Object.prototype.hasOwnProperty.call(RENDERERS, name);
}

/** Renders a template; a locale other than 'en' falls back to German, the default. */
export function renderEmail<T extends EmailTemplateName>(template: T, data: EmailTemplateData[T], locale: string, links: EmailLinks): RenderedEmail {
  const renderer = RENDERERS[template] as Renderers[T];
  return renderer(data, locale === 'en' ? 'en' : 'de', links);
}
