import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig, loadConfigOrExit } from '@ikone/platform';
import { GatewayModule } from './gateway.module';
import { registerSecurityHeaders } from './http/security-headers';
import { registerAttachmentUploads } from './knowledge/attachments/attachment-upload.route';

/** Builds the gateway (not yet listening); tests start it on port 0. */
export async function createGateway(config: AppConfig): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    GatewayModule.forRoot(config),
    new FastifyAdapter({ trustProxy: config.trustProxy, bodyLimit: 1_048_576 }),
    { logger: config.env === 'test' ? ['error', 'warn'] : config.logVerbose ? undefined : ['log', 'warn', 'error', 'fatal'] },
  );
  app.enableShutdownHooks();
  registerSecurityHeaders(app.getHttpAdapter().getInstance());
  registerAttachmentUploads(app);
  return app;
}

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await createGateway(config);
  await app.listen({ port: config.port, host: config.host });
  new Logger('Gateway').log(`GraphQL bereit / ready: ${config.publicUrl}/graphql`);
}

// Started as a program (not imported by tests).
if (process.argv[1] && /apps[\\/]gateway[\\/]src[\\/]main\.(js|ts)$/.test(process.argv[1])) {
  main().catch((error: unknown) => {
    console.error('Gateway konnte nicht starten / failed to start:', error);
    process.exit(1);
  });
}
