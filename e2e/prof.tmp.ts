import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './find-browser';
import { startServer } from './server';

const server = await startServer();
const res = await fetch(`${server.url}/api/boards`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ title: 'Prof', template: 'support-experience' }),
});
const board = (await res.json()) as any;
const browser = await chromium.launch({ executablePath: findChromium().executablePath, args: CHROMIUM_ARGS });
const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Performance.enable');
const get = (m: any[], n: string) => m.find((x) => x.name === n)?.value ?? 0;
const names = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration', 'LayoutCount'];
async function phase(label: string, fn: () => Promise<void>) {
  const m0 = (await cdp.send('Performance.getMetrics')).metrics;
  const t0 = Date.now();
  await fn();
  const m1 = (await cdp.send('Performance.getMetrics')).metrics;
  console.log(
    label,
    'wall',
    Date.now() - t0,
    names.map((n) => `${n}=${(get(m1, n) - get(m0, n)).toFixed(2)}`).join(' '),
  );
}
await cdp.send('Profiler.enable');
await cdp.send('Profiler.start');
await phase('load+join', async () => {
  await page.goto(board.links.participant);
  await page.getByLabel('Your name').fill('Prof');
  await page.getByRole('button', { name: 'Join board' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /Connected|Live/i })
    .first()
    .waitFor()
    .catch(() => {});
  await page.waitForTimeout(1500);
});
await phase('dock', async () => {
  const rail = page.getByRole('region', { name: 'Side panels' });
  await rail.getByRole('button', { name: 'Outline', exact: true }).click();
  await page.getByRole('button', { name: 'Dock the outline', exact: true }).click();
  await page.waitForTimeout(500);
});
await phase('select+type', async () => {
  await page
    .getByRole('button', { name: /^Step 1: / })
    .first()
    .click();
  const form = page.getByRole('form', { name: 'Edit step' });
  await form.getByLabel('Feeling', { exact: true }).click();
  await page.keyboard.type('Quite annoyed by the queue', { delay: 20 });
  await page.keyboard.press('Tab');
  await page.waitForTimeout(500);
});
const { profile } = (await cdp.send('Profiler.stop')) as any;
// self time per function
const self = new Map<string, number>();
const dt = profile.timeDeltas as number[];
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
profile.samples.forEach((id: number, i: number) => {
  const n: any = byId.get(id);
  const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
});
console.log(
  [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([k, v]) => `${v.toFixed(0)}ms ${k}`)
    .join('\n'),
);
await browser.close();
await server.stop();
