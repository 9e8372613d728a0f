import { chromium } from 'playwright-core';
const base = 'http://localhost:3100';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ deviceScaleFactor: 3 });
await page.goto(`${base}/challenges/04a08d60-cec3-4005-a862-894f67436e30`);
await page.waitForFunction(() => document.documentElement.dataset.board === 'ready');
const el = page.getByTestId('presence');
for (const [i, t] of [[0, 300], [1, 700], [2, 700]]) { await page.waitForTimeout(t); await el.screenshot({ path: `/tmp/runs/dot${i}.png` }); }
await browser.close();
