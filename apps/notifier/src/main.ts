import 'reflect-metadata';
import { INestApplicationContext, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, MailTransport, loadConfigOrExit } from '@ikone/platform';
import type { NotificationsOptions } from './notifier.options';
import { NotifierModule } from './notifier.module';

/** Where the password of a URL would show in a log line. */
function withoutPassword(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

/**
 * Builds and starts the notifier (relay and workers run once this resolves). SIGTERM closes
 * it: workers finish their active jobs, waiting jobs stay queued for the next instance.
 */
export async function createNotifier(config: AppConfig, options: NotificationsOptions = {}): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(NotifierModule.forRoot(config, options), {
    logger: config.env === 'test' ? ['error', 'warn'] : undefined,
    abortOnError: false,
  });
  app.enableShutdownHooks();
  const logger = new Logger('Notifier');
  logger.log(
    config.redisUrl
      ? `Warteschlange: Redis (${withoutPassword(config.redisUrl)}) / queue backend: Redis`
      : 'Warteschlange: PostgreSQL (BullMQ, Schema bullmq) / queue backend: PostgreSQL',
  );
  const mail = app.get(MailTransport);
  logger.log(
    mail.mode === 'smtp' && config.smtpUrl
      ? `E-Mail-Versand über SMTP (${withoutPassword(config.smtpUrl)}) / mail via SMTP`
      : `E-Mails werden als .eml-Dateien abgelegt in ${config.outboxDir} / mail written to files`,
  );
  logger.log('Notifier bereit / ready');
  return app;
}

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  // A key prefix on Redis lets several installations (or test runs) share one server.
  await createNotifier(config, config.queuePrefix ? { queuePrefix: config.queuePrefix } : {});
}

// Started as a program (not imported by tests).
if (process.argv[1] && /apps[\\/]notifier[\\/]src[\\/]main\.(js|ts)$/.test(process.argv[1])) {
  main().catch((error: unknown) => {
    console.error('Notifier konnte nicht starten / failed to start:', error);
    process.exit(1);
  });
}
