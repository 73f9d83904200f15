import { DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, ConfigModule, DatabaseModule, MailModule } from '@ikone/platform';
import { EmailSender, FreshnessPlanner, NotificationMailModule } from '@ikone/notifications';
import { CliIo } from '../cli-io';
import { migrateDatabase } from './database';

export interface FreshnessOptions {
  /** The run's clock (default now): everything due by then is asked or reminded. */
  at?: Date;
}

export interface FreshnessResult {
  asked: number;
  reminded: number;
  sent: number;
  failed: number;
  /** Still PENDING after this run (transient SMTP failures): a re-run sends them. */
  pending: number;
}

/** Database, mail transport and the planner; no queue, no workers. */
@Module({})
class FreshnessCliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: FreshnessCliModule, imports: [ConfigModule.forRoot(config), DatabaseModule, MailModule, NotificationMailModule] };
  }
}

/**
 * `freshness [--at ISO-time]` (ADR 0028): asks "Läuft das noch?" for every published case study
 * due by `--at`, writes the reminders due by then, and sends those emails from this process.
 * Safe to run again: a check exists once per case study and due date, each email once per check,
 * reminder and address; emails a killed run left unsent go out now.
 */
export async function freshnessCommand(config: AppConfig, io: CliIo, options: FreshnessOptions): Promise<FreshnessResult> {
  await migrateDatabase(config, io);
  const app = await NestFactory.createApplicationContext(FreshnessCliModule.forRoot(config), { logger: ['error', 'warn'], abortOnError: false });
  try {
    const planner = app.get(FreshnessPlanner);
    const sender = app.get(EmailSender);
    const plan = await planner.plan(options.at ?? new Date());
    const outcome = await sender.sendMany(plan.pending, { finalAttempt: false });
    const result: FreshnessResult = {
      asked: plan.asked,
      reminded: plan.reminded,
      sent: outcome.sent,
      failed: outcome.failed,
      pending: (await planner.pending()).length,
    };
    io.out(
      `${result.asked} Aktualitätsabfrage(n), ${result.reminded} Erinnerung(en); ${result.sent} E-Mail(s) gesendet, ${result.failed} fehlgeschlagen, ` +
        `${result.pending} offen / checks asked, reminders, emails sent, failed, pending`,
    );
    return result;
  } finally {
    await app.close();
  }
}
