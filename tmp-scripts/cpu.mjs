import { chromium } from 'playwright-core';
const base = 'http://localhost:3100';
const motion = process.argv[2] ?? 'no-preference';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const res = await (await fetch(base + '/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ challenges(first: 1) { edges { node { id } } } }' }) })).json();
const id = res.data?.challenges?.edges?.[0]?.node?.id;
const pages = [];
for (let i = 0; i < 3; i++) {
  const ctx = await browser.newContext({ reducedMotion: motion });
  const page = await ctx.newPage();
  await page.goto(`${base}/challenges/${id}`);
  await page.waitForFunction(() => document.documentElement.dataset.board === 'ready');
  pages.push(page);
}
const cpu = () => Number(require_('child_process').execSync("ps -C chromium -o times= | awk '{s+=$1} END {print s}'").toString());
import { createRequire } from 'node:module';
const require_ = createRequire(import.meta.url);
await new Promise((r) => setTimeout(r, 2000));
const before = cpu();
await new Promise((r) => setTimeout(r, 20000));
console.log(id, await pages[0].locator('[data-live]').count(), motion, 'chromium CPU seconds over 20 s idle with 3 challenge pages:', cpu() - before);
await browser.close();
