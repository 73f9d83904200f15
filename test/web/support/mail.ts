import type { ParsedMail } from 'mailparser';
import type { Page } from 'playwright-core';
import { SmtpSink, waitFor } from '../../notifications/smtp-sink';

/** The first email to `address` whose subject matches; polls the sink until the deadline. */
export async function mailTo(sink: SmtpSink, address: string, subject: RegExp, timeoutMs = 30_000): Promise<ParsedMail> {
  return waitFor(`an email to ${address} with subject ${subject}`, async () => {
    for (const message of sink.to(address)) {
      const parsed = await message.parsed();
      if (subject.test(parsed.subject ?? '')) return parsed;
    }
    return null;
  }, timeoutMs);
}

/** The absolute link to `path` (e.g. `/einladung`) in the plain-text part of an email. */
export function linkIn(mail: ParsedMail, path: string): string {
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = new RegExp(`https?://[^\\s"'<>]+${escaped}\\?token=[^\\s"'<>)]+`).exec(mail.text ?? '');
  if (!found) throw new Error(`no ${path} link in the email "${mail.subject}":\n${mail.text}`);
  return found[0];
}

/** Shows the email's HTML in the page and clicks the link with this name, as a reader would. */
export async function clickInEmail(page: Page, mail: ParsedMail, linkName: string): Promise<void> {
  if (typeof mail.html !== 'string') throw new Error(`the email "${mail.subject}" has no HTML part`);
  await page.setContent(mail.html);
  await Promise.all([page.waitForURL((u) => u.protocol === 'http:'), page.getByRole('link', { name: linkName }).click()]);
}
