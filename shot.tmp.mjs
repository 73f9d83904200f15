import { chromium } from 'playwright-core';
const [,, url, out, w='1280', h='900'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const ctx = await browser.newContext({ viewport: { width: +w, height: +h } });
const page = await ctx.newPage();
await page.goto(url);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
