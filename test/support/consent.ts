import type { SmtpSink } from '../notifications/smtp-sink';
import { waitFor } from '../notifications/smtp-sink';
import type { TestGateway } from './gateway';

/** The subject of the double opt-in email (ADR 0023), German and English. */
export const CONFIRMATION_SUBJECTS = ['Bitte bestätigen Sie die E-Mail-Benachrichtigungen von IKONE', 'Please confirm email notifications from IKONE'];

/** The confirmation emails the sink holds for `email`, oldest first, with the link each carries. */
export async function confirmationEmails(sink: SmtpSink, email: string): Promise<Array<{ link: string; token: string }>> {
  const found: Array<{ link: string; token: string }> = [];
  for (const message of sink.to(email)) {
    const parsed = await message.parsed();
    if (!CONFIRMATION_SUBJECTS.includes(parsed.subject ?? '')) continue;
    const link = /https?:\/\/\S+\/e-mail-bestaetigen\?token=[^\s"<>]+/.exec(parsed.text ?? '')?.[0];
    if (!link) throw new Error(`confirmation email without a link: ${parsed.text}`);
    found.push({ link, token: new URL(link).searchParams.get('token') ?? '' });
  }
  return found;
}

/** Waits for the `count`-th confirmation email to `email` and returns its link. */
export async function waitForConfirmation(sink: SmtpSink, email: string, count = 1): Promise<{ link: string; token: string }> {
  return waitFor(`confirmation email ${count} to ${email}`, async () => (await confirmationEmails(sink, email))[count - 1]);
}

/**
 * Confirms notification emails the way a person does: the link of the confirmation email the
 * notifier sent last (after a subscription asked for it), posted through the mutation the page's
 * button calls. For tests where the emails of a subscription matter.
 */
export async function confirmFromEmail(gw: TestGateway, sink: SmtpSink, email: string): Promise<void> {
  await waitForConfirmation(sink, email);
  // The newest email: an earlier one may carry a request already confirmed and withdrawn since.
  const { token } = (await confirmationEmails(sink, email)).at(-1)!;
  const res = await gw.gql<{ confirmEmailConsent: boolean }>(`mutation($t: String!) { confirmEmailConsent(token: $t) }`, { t: token });
  if (!res.data?.confirmEmailConsent) throw new Error(`confirmEmailConsent failed: ${JSON.stringify(res.errors)}`);
}
