import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import AxeBuilder from '@axe-core/playwright';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { loadConfig, projectRoot } from '@ikone/platform';
import { createNotifier } from '../../../apps/notifier/src/index';
import { createWebServer, WebServer } from '../../../apps/web/src/index';
import { SmtpSink } from '../../notifications/smtp-sink';
import { startTestGateway, TestGateway } from '../../support/gateway';

/** Where Debian's Chromium lives (STACK.md); CHROMIUM_PATH overrides. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A port nobody listens on right now (for a server started a little later). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface WebPlatform {
  /** The one address people open (the web, which passes API paths to the gateway). */
  url: string;
  gw: TestGateway;
  web: WebServer;
  notifier: INestApplicationContext;
  sink: SmtpSink;
  browser: Browser;
  /** A fresh browser profile (cookies of its own), German unless told otherwise. */
  newContext(options?: { javaScriptEnabled?: boolean }): Promise<BrowserContext>;
  close(): Promise<void>;
}

/**
 * The whole platform for browser tests: a real gateway and notifier on a fresh database, a real
 * SMTP sink, the web application on its own port, and Debian's Chromium driven by Playwright.
 */
export async function startWebPlatform(env: Record<string, string> = {}): Promise<WebPlatform> {
  const sink = await new SmtpSink().start();
  const webPort = await freePort();
  const url = `http://127.0.0.1:${webPort}`;
  const shared = { SMTP_URL: sink.url, PUBLIC_URL: url, ...env };
  const gw = await startTestGateway(shared);
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: gw.config.databaseUrl!, IKONE_DATA_DIR: gw.dataDir, GATEWAY_URL: gw.url, ...shared });
  const notifier = await createNotifier(config, { queuePrefix: `ikone-web-${randomBytes(4).toString('hex')}`, schedules: false });
  const web = await createWebServer(config);
  await web.app.listen({ port: webPort, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  return {
    url,
    gw,
    web,
    notifier,
    sink,
    browser,
    newContext: (options = {}) => browser.newContext({ baseURL: url, locale: 'de-DE', timezoneId: 'Europe/Berlin', ...options }),
    async close() {
      await browser.close();
      await web.close();
      await notifier.close();
      await gw.close();
      await sink.stop();
    },
  };
}

/** axe-core with the WCAG 2.1 A/AA rules; returns the violations as readable lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} – ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Signs in through the sign-in page, as a person would. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/anmelden');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/anmelden'));
}

/** Saves a full-page screenshot for docs/screenshots when SCREENSHOTS=1 (the README links them). */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.SCREENSHOTS !== '1') return;
  const dir = join(projectRoot(), 'docs', 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

/** Waits until the locator is visible (Playwright's auto-wait); fails the test if it never is. */
export async function visible(locator: import('playwright-core').Locator, timeout = 10_000): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout });
}

/**
 * The focused element's accessible role attribute or tag name, after the page's load event: the
 * deferred enhance.js (which focuses the error summary) has run by then, however loaded the
 * machine. No animation-frame wait: with JavaScript off, page callbacks never fire.
 */
export async function focused(page: Page): Promise<string> {
  await page.waitForLoadState('load');
  return page.evaluate(() => {
    const el = document.activeElement;
    return el ? (el.getAttribute('role') ?? el.tagName.toLowerCase()) : '';
  });
}
