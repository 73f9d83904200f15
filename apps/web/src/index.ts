/**
 * What tests may drive of the web application (checked by `npm run depcheck`): the server, and
 * the Berlin-time conversion of the forms' date fields. The process entry stays `main.ts`;
 * nothing inside `apps/` or `libs/` imports this file.
 */
export { createWebServer } from './server/web-server';
export type { WebServer } from './server/web-server';
export { fromBerlinLocalInput, toBerlinLocalInput } from './i18n/i18n';
