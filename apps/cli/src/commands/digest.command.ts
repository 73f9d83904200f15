import { setTimeout as sleep } from 'node:timers/promises';
import { DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, backoffDelay, ConfigModule, DatabaseModule, MailModule } from '@ikone/platform';
import { DigestBuilder, DigestPeriod, EmailSender, NotificationMailModule } from '@ikone/notifications';
import { CliIo, progress } from '../cli-io';
import { migrateDatabase } from './database';

export interface DigestOptions {
  period: DigestPeriod;
  /** The moment the digest is for (default now); its day or ISO week names the period. */
  at?: Date;
  /** Deliveries per send step (default 200, like the notifier's batches). */
  batchSize?: number;
}

export interface DigestResult {
  periodKey: string;
  created: number;
  sent: number;
  failed: number;
  cancelled: number;
  /** Digests a killed run left in doubt (SENDING, claim run out), resent once with the same Message-ID. */
  inDoubt: number;
  /** Still PENDING after the retries (transient SMTP failures): a re-run sends them. */
  pending: number;
}

/** Database, mail transport and the digest services; no queue, no workers. */
@Module({})
class DigestCliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: DigestCliModule, imports: [ConfigModule.forRoot(config), DatabaseModule, MailModule, NotificationMailModule] };
  }
}

const ROUNDS = 3;
/** Batches sent at the same time (the notifier runs 8 email jobs at once). */
const SEND_LANES = 4;

/**
 * `digest --period daily|weekly [--at ISO-time]`: builds the digests of the period now, for
 * everyone with new items whatever hour they chose, and sends them from this process. Safe to
 * run again: built digests are never built twice, sent ones never resent; deliveries a killed
 * run left in doubt (SENDING: it died between the SMTP hand-over and recording the answer) are
 * resent once with the same Message-ID after their claim ran out (ADR 0012).
 */
export async function digestCommand(config: AppConfig, io: CliIo, options: DigestOptions): Promise<DigestResult> {
  await migrateDatabase(config, io);
  const app = await NestFactory.createApplicationContext(DigestCliModule.forRoot(config), { logger: ['error', 'warn'], abortOnError: false });
  try {
    const builder = app.get(DigestBuilder);
    const sender = app.get(EmailSender);
    const at = options.at ?? new Date();
    const batchSize = options.batchSize ?? 200;
    const building = progress(io, 'Zusammenfassungen erstellen / building digests');
    const build = await builder.build(options.period, at, { onProgress: (done, total) => building.update(done, total) });
    building.stop();
    io.out(`${build.periodKey}: ${build.created} neue Zusammenfassung(en) / new digests`);
    const doubt = await sender.resendInDoubt({ periodKey: build.periodKey, waitForClaims: true });
    if (doubt.inDoubt > 0 || doubt.failedAgain > 0) {
      io.out(
        `${doubt.inDoubt} beim letzten Lauf ungewiss, mit derselben Message-ID erneut gesendet (${doubt.sent} angenommen); ` +
          `${doubt.failedAgain} nach erneutem Abbruch fehlgeschlagen / in doubt after the last run, resent`,
      );
    }
    const result: DigestResult = {
      periodKey: build.periodKey,
      created: build.created,
      sent: doubt.sent,
      failed: doubt.failed,
      cancelled: doubt.cancelled,
      inDoubt: doubt.inDoubt,
      pending: 0,
    };
    for (let round = 1; round <= ROUNDS; round++) {
      const pending = round === 1 ? build.pending : await builder.pending(build.periodKey);
      if (pending.length === 0) break;
      if (round > 1) await sleep(backoffDelay(round - 1, { firstMs: 2000 }));
      const sending = progress(io, 'Senden / sending');
      let next = 0;
      let done = 0;
      // Several batches at once, like the notifier's workers: while one batch reads and checks its
      // next deliveries, the others keep the SMTP pool busy (the pool size still bounds what is in doubt).
      const lane = async () => {
        for (let i = next; i < pending.length; i = next) {
          next += batchSize;
          const ids = pending.slice(i, i + batchSize);
          const outcome = await sender.sendMany(ids, { finalAttempt: round === ROUNDS });
          result.sent += outcome.sent;
          result.failed += outcome.failed;
          result.cancelled += outcome.cancelled;
          done += ids.length;
          sending.update(done, pending.length);
        }
      };
      await Promise.all(Array.from({ length: SEND_LANES }, lane));
      sending.stop();
    }
    result.pending = (await builder.pending(build.periodKey)).length;
    io.out(
      `${build.periodKey}: ${result.sent} gesendet, ${result.failed} fehlgeschlagen, ${result.cancelled} entfallen, ${result.pending} offen ` +
        `/ sent, failed, cancelled, pending`,
    );
    return result;
  } finally {
    await app.close();
  }
}
