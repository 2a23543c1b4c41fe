// The workbench page in a real Chromium against the whole local stack: drop the seed articles,
// read one with its claims marked, chart a series with the official overlay, export claims as CSV.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freePort } from '../../local/ports.js';
import { startLocalStack, type LocalStack } from '../../local/stack.js';
import { launchChromium } from '../support/browser.js';
import { graphql } from '../support/graphql.js';

const ARTICLES = 'test/fixtures/articles';
const SCREENSHOTS = 'test-results/e2e';
const SERIES = '/series?subject=Russia&metric=PERSONNEL&granularity=DAY&from=2024-10-01&to=2024-12-31';

let stack: LocalStack;
let browser: Browser;
let page: Page;
const url = (path: string) => new URL(path, stack.workbenchUrl).toString();

beforeAll(async () => {
  [stack, browser] = await Promise.all([
    (async () =>
      startLocalStack({
        s3Port: await freePort(),
        dynamoDbPort: await freePort(),
        graphqlPort: await freePort(),
        bucket: 'claimgraph-workbench',
        tableName: 'claimgraph-workbench',
        dataDirectory: null,
      }))(),
    launchChromium(),
  ]);
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

// A failing test leaves the page as it was, to look at.
beforeEach(({ onTestFailed, task }) => {
  onTestFailed(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, `${task.name.replace(/\W+/g, '-')}.png`), fullPage: true });
  });
});

async function expectAccessible() {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

describe('the workbench page', () => {
  it('uploads dropped articles through S3 and shows what the ingest found in each', async () => {
    await page.goto(url('/'));
    await page.setInputFiles('input[type=file]', [
      ...['analysis-longform.txt', 'daily-update.txt', 'moscow-briefing.html', 'moscow-claims.md'].map((name) => join(ARTICLES, name)),
      'test/fixtures/reference/general-staff.json',
    ]);
    // Dates the files state are read before the upload; the one that states none is given.
    await expect.poll(() => page.inputValue('input[aria-label="Publication date of moscow-briefing.html"]')).toBe('2024-12-10');
    expect(await page.inputValue('input[aria-label="Publication date of daily-update.txt"]')).toBe('');
    await page.fill('input[aria-label="Publication date of daily-update.txt"]', '2024-10-25');
    await expectAccessible();
    await page.getByRole('button', { name: /Upload 5 files/ }).click();
    await expect.poll(() => page.$$eval('tr[data-state]', (rows) => rows.map((row) => row.getAttribute('data-state'))), { timeout: 60_000 }).toEqual(Array(5).fill('done'));
    expect(await page.textContent('tr[data-file="daily-update.txt"] .result')).toContain('10 claims');
    expect(await page.textContent('tr[data-file="moscow-briefing.html"] .result')).toMatch(/\d+ claims · dated 2024-12-10/);
    const { article } = await graphql(stack.graphqlUrl, '{ article(id: "articles/daily-update.txt") { status published claimCount } }');
    expect(article).toEqual({ status: 'INGESTED', published: '2024-10-25', claimCount: 10 });
  });

  it('marks every claim of an article at its offsets and explains the one chosen', async () => {
    await page.goto(url('/article?id=articles%2Fdaily-update.txt'));
    await page.waitForSelector('.article-text .mark');
    const { article } = await graphql(stack.graphqlUrl, '{ article(id: "articles/daily-update.txt") { claims { id quote } } }');
    const marked = await page.$$eval('.article-text .mark', (marks) =>
      marks.map((m) => ({ text: m.firstChild?.textContent, claims: m.getAttribute('data-claims')!.split(' ') })),
    );
    for (const claim of article.claims as Array<{ id: string; quote: string }>) {
      expect(marked.filter((m) => m.claims.includes(claim.id)).map((m) => m.text).join('')).toBe(claim.quote);
    }
    await page.getByRole('link', { name: /Russia lost 1,630 troops/ }).first().click();
    await page.waitForSelector('.claim-details');
    const details = await page.textContent('.claim-details');
    expect(details).toContain('matches the official figure');
    expect(details).toContain('General Staff');
    await expectAccessible();
  });

  it('charts a series by side with the official series overlaid, and lists the claims behind a point', async () => {
    await page.goto(url(SERIES));
    await page.waitForSelector('.chart[data-drawn]');
    expect(Number(await page.getAttribute('.chart', 'data-drawn'))).toBe(3);
    expect(await page.$$eval('g.claim-points > *', (dots) => dots.length)).toBe(3);
    expect(await page.$$eval('g.official-series path', (lines) => lines.length)).toBeGreaterThan(0);
    // With the keyboard: focus the chart, step to the first point.
    await page.focus('.chart');
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('#bucket-title');
    expect(await page.textContent('#bucket-title')).toBe('2024-10-25');
    await page.waitForSelector('.panel .claim');
    expect(await page.textContent('.panel .claims')).toContain('Russia lost 1,630 troops');
    expect(page.url()).toContain('bucket=');
    await expectAccessible();
  });

  it('exports the filtered claims as CSV, every page of them', async () => {
    await page.goto(url('/claims?subject=Russia'));
    await page.waitForSelector('.claims-table');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const { claims } = await graphql(stack.graphqlUrl, '{ claims(filter: {subject: "Russia"}, first: 100) { edges { node { id } } } }');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^id,subject,metric,value,/);
    expect(lines.slice(1).map((line) => line.split(',')[0]).sort()).toEqual(claims.edges.map((e: any) => e.node.id).sort());
    await expectAccessible();
  });

  it('shows the latest totals, the disagreements and the ingest log, each at its own address', async () => {
    for (const [path, text] of [
      ['/latest?subject=Russia', '700,800'],
      ['/disagreements?subject=Russia&metric=PERSONNEL&from=2024-10-01&to=2024-12-29', /No two sources|What each source says/],
      ['/ingest', 'moscow-claims.md'],
    ] as const) {
      await page.goto(url(path));
      await page.getByText(text).first().waitFor();
      await page.locator('main [role=status]').waitFor({ state: 'detached' });
      await expectAccessible();
    }
  });
});
