import 'reflect-metadata';
import { loadConfigOrExit } from '@ikone/platform';
import { createWebServer } from './server/web-server';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const web = await createWebServer(config);
  const stop = async () => {
    await web.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
  await web.app.listen({ port: config.web.port, host: config.host });
  console.log(`Web bereit / ready: ${config.publicUrl}/ (Port ${config.web.port}, Gateway ${config.web.gatewayUrl})`);
}

if (process.argv[1] && /apps[\\/]web[\\/]src[\\/]main\.(js|ts)$/.test(process.argv[1])) {
  main().catch((error: unknown) => {
    console.error('Web konnte nicht starten / failed to start:', error);
    process.exit(1);
  });
}
