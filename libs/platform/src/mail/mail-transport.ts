import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer, { Transporter } from 'nodemailer';
import { AppConfig } from '../config/config';

/** A rendered email, ready to hand over. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
  /** Stable Message-ID (without angle brackets): a retried send keeps it, so receivers can dedupe. */
  messageId: string;
  /**
   * An iCalendar object sent as a `text/calendar; method=…` alternative, so mail clients offer to
   * add or update the event (nodemailer's icalEvent).
   */
  calendar?: { method: 'REQUEST' | 'CANCEL' | 'PUBLISH'; content: string };
}

/** Thrown for failures that a retry cannot fix (SMTP 5xx). */
export class PermanentMailError extends Error {}

/**
 * Hands emails to SMTP (`SMTP_URL`, pooled) or, without it, writes them as .eml files into
 * the outbox folder and logs where.
 */
@Injectable()
export class MailTransport implements OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private readonly transporter: Transporter;
  private readonly toFiles: boolean;

  constructor(private readonly config: AppConfig) {
    this.toFiles = !config.smtpUrl;
    this.transporter = config.smtpUrl
      ? nodemailer.createTransport(
          // A pool wide enough for fan-out batches (≥ 1,000 emails/s needs parallel connections).
          `${config.smtpUrl}${config.smtpUrl.includes('?') ? '&' : '?'}pool=true&maxConnections=${config.smtpPoolSize}&maxMessages=1000`,
        )
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  get mode(): 'smtp' | 'files' {
    return this.toFiles ? 'files' : 'smtp';
  }

  async send(mail: OutgoingMail): Promise<void> {
    try {
      const info = (await this.transporter.sendMail({
        from: this.config.mailFrom,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: mail.headers,
        messageId: `<${mail.messageId}>`,
        ...(mail.calendar ? { icalEvent: { method: mail.calendar.method, content: mail.calendar.content, filename: 'veranstaltung.ics' } } : {}),
      })) as { message?: Buffer };
      if (this.toFiles && info.message) {
        await mkdir(this.config.outboxDir, { recursive: true });
        const file = join(this.config.outboxDir, `${Date.now()}-${mail.messageId.replace(/[^A-Za-z0-9.-]/g, '_')}.eml`);
        await writeFile(file, info.message);
        this.logger.log(`E-Mail an ${mail.to} („${mail.subject}“) abgelegt: ${file}`);
      }
    } catch (error) {
      const code = (error as { responseCode?: number }).responseCode;
      if (code !== undefined && code >= 500) throw new PermanentMailError(`SMTP ${code}: ${(error as Error).message}`);
      throw error;
    }
  }

  onModuleDestroy(): void {
    this.transporter.close();
  }
}
