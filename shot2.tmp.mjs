import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const ctx = await browser.newContext({ baseURL: 'http://localhost:3300', viewport: { width: 1280, height: 900 } });
const page = await ctx.newPage();
await page.goto('/anmelden');
await page.getByLabel('E-Mail-Adresse').fill(process.argv[2]);
await page.getByLabel('Passwort', { exact: true }).fill('Netzwerk-Demo-2025');
await page.getByRole('button', { name: 'Anmelden' }).click();
await page.waitForURL((u) => !u.pathname.startsWith('/anmelden'));
for (const [path, out] of process.argv.slice(3).map((a) => a.split('='))) {
  await page.goto(path);
  await page.screenshot({ path: out, fullPage: true });
}
await browser.close();
