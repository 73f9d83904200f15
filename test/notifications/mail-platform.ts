import type { INestApplicationContext } from '@nestjs/common';
import { loadConfig } from '@ikone/platform';
import { createNotifier } from '../../apps/notifier/src/index';
import { startTestGateway, TestGateway } from '../support/gateway';
import { SmtpSink } from './smtp-sink';

export interface MailPlatform {
  gw: TestGateway;
  notifier: INestApplicationContext;
  sink: SmtpSink;
  close(): Promise<void>;
}

/** A gateway and a notifier (no schedules) on one fresh database, sending to a real SMTP sink; links under https://ikone.test. */
export async function startMailPlatform(): Promise<MailPlatform> {
  const sink = await new SmtpSink().start();
  const env = { SMTP_URL: sink.url, PUBLIC_URL: 'https://ikone.test' };
  const gw = await startTestGateway(env);
  const notifier = await createNotifier(loadConfig({ NODE_ENV: 'test', DATABASE_URL: gw.config.databaseUrl!, IKONE_DATA_DIR: gw.dataDir, ...env }), {
    schedules: false,
  });
  return {
    gw,
    notifier,
    sink,
    async close() {
      await notifier.close();
      await gw.close();
      await sink.stop();
    },
  };
}
