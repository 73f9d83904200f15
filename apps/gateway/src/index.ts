/**
 * What tests and the benchmark may drive of the gateway (checked by `npm run depcheck`). The
 * process entry stays `main.ts`; nothing inside `apps/` or `libs/` imports this file.
 */
export { createGateway } from './main';
