// Browser checks of Dyad's UI, run by the JUnit tests (DemoBrowserTest, XssBrowserTest) against a running
// server: playwright-core (from npm, package-lock.json) drives Debian's Chromium, never a downloaded browser.
//
//   DYAD_URL=http://127.0.0.1:7070 DYAD_MODE=demo|xss DYAD_CHROMIUM=/usr/bin/chromium \
//   DYAD_SCREENSHOTS=target/screenshots node src/test/browser/ui.mjs
//
// Exits 0 when every check holds, 1 (with the failed check on stderr) otherwise; screenshots are kept.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const base = (process.env.DYAD_URL || 'http://127.0.0.1:7070').replace(/\/$/, '');
const mode = process.env.DYAD_MODE || 'demo';
const shots = process.env.DYAD_SCREENSHOTS || 'target/screenshots';
const executablePath = process.env.DYAD_CHROMIUM || '/usr/bin/chromium';
const TIMEOUT = 20000;

fs.mkdirSync(shots, {recursive: true});
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-chromium-'));
const problems = [];
const dialogs = [];

function check(ok, what) {
  if (!ok) throw new Error('check failed: ' + what);
  console.log('ok   ' + what);
}

async function shot(page, name) {
  const file = path.join(shots, mode + '-' + name + '.png');
  await page.screenshot({path: file, fullPage: true});
  console.log('     screenshot ' + file);
}

async function ready(page, selector) {
  await page.waitForSelector(selector + '[data-ready="1"]', {state: 'attached', timeout: TIMEOUT});
}

async function demo(page) {
  await page.goto(base + '/#network');
  await ready(page, '#cy');
  const edges = await page.evaluate(() => window.Dyad.test.cy.edges().length);
  check(edges > 5, 'network shows ' + edges + ' dyads as edges');
  await shot(page, 'network');

  // click edges (heaviest first) on the canvas, at a midpoint clear of every node, until one opens its dyad
  let clicked = null;
  for (let attempt = 0; attempt < 6 && clicked === null; attempt++) {
    if (!(await page.evaluate(() => location.hash.startsWith('#network')))) {
      await page.goto(base + '/#network');
      await ready(page, '#cy');
    }
    const targets = await page.evaluate(() => {
      const cy = window.Dyad.test.cy;
      const box = cy.container().getBoundingClientRect();
      const boxes = cy.nodes().map(n => n.renderedBoundingBox({includeLabels: true}));
      const clear = m => boxes.every(b => m.x < b.x1 - 6 || m.x > b.x2 + 6 || m.y < b.y1 - 6 || m.y > b.y2 + 6);
      return cy.edges().filter(e => !e.isLoop() && clear(e.renderedMidpoint()))
        .sort((a, b) => b.data('events') - a.data('events')).slice(0, 3).map(e => {
          const m = e.renderedMidpoint();
          return {x: box.left + m.x, y: box.top + m.y, source: e.data('source'), target: e.data('target')};
        });
    });
    for (const t of targets) {
      await page.mouse.click(t.x, t.y);
      try {
        await page.waitForFunction(() => !location.hash.startsWith('#network'), null, {timeout: 1500});
      } catch (e) {
        continue; // the click missed every edge: try the next one
      }
      if (await page.evaluate(() => location.hash.startsWith('#dyad'))) clicked = t;
      break;
    }
  }
  check(clicked !== null, 'clicking an edge opens the dyad view');
  await ready(page, '#timeline');
  await ready(page, '#dyad-events');
  // the click may land on a neighbouring edge: the dyad opened must be an edge of the network, named in the title
  const opened = await page.evaluate(() => {
    const p = new URLSearchParams(location.hash.slice(location.hash.indexOf('?') + 1));
    const cy = window.Dyad.test.cy;
    return {source: p.get('source'), target: p.get('target'),
      isEdge: cy.edges().some(e => e.data('source') === p.get('source') && e.data('target') === p.get('target'))};
  });
  const title = await page.textContent('#dyad-title');
  check(opened.isEdge && title.includes(opened.source) && title.includes(opened.target),
    'dyad view is ' + title + ' (clicked near ' + clicked.source + ' -> ' + clicked.target + ')');
  const chart = await page.evaluate(() => {
    const c = window.Dyad.test.chart;
    const total = c.data.datasets.slice(0, 4).reduce((n, d) => n + d.data.reduce((a, v) => a + Math.abs(v), 0), 0);
    return {points: c.data.labels.length, total};
  });
  check(chart.points > 0 && chart.total > 0, 'timeline has ' + chart.points + ' periods and ' + chart.total + ' events');
  const rows = await page.locator('#dyad-events tbody tr').count();
  check(rows > 0, 'dyad view lists ' + rows + ' events');
  await shot(page, 'dyad');

  // the events under one point: click the first period's bar
  const bar = await page.evaluate(() => {
    const c = window.Dyad.test.chart;
    const box = c.canvas.getBoundingClientRect();
    for (let i = 0; i < 4; i++) {
      const meta = c.getDatasetMeta(i);
      const k = meta.data.findIndex((el, j) => c.data.datasets[i].data[j] !== 0);
      if (k >= 0) return {x: box.left + meta.data[k].x, y: box.top + (meta.data[k].y + meta.data[k].base) / 2};
    }
    return null;
  });
  check(bar !== null, 'timeline has a bar to click');
  await page.mouse.click(bar.x, bar.y);
  await page.waitForFunction(() => document.getElementById('dyad-events-title').textContent.startsWith('Events of'),
    null, {timeout: TIMEOUT});
  await ready(page, '#dyad-events');
  const pointRows = await page.locator('#dyad-events tbody tr').count();
  check(pointRows > 0 && pointRows <= rows, 'clicking a point lists its ' + pointRows + ' events');

  // evidence of the first event listed
  const eventId = await page.getAttribute('#dyad-events tbody tr', 'data-event');
  await page.click('#dyad-events tbody tr .evidence-link');
  await ready(page, '#doc-text');
  const doc = await page.evaluate(async () => {
    const p = new URLSearchParams(location.hash.slice(location.hash.indexOf('?') + 1));
    const d = await (await fetch('api/documents/' + encodeURIComponent(p.get('doc')))).json();
    return {doc: d, event: p.get('event')};
  });
  check(doc.event === eventId, 'evidence view opened event ' + eventId);
  const ev = doc.doc.events.find(e => e.id === eventId);
  const sentence = await page.textContent('#evidence-sentence');
  check(sentence === ev.evidence.text, 'highlighted sentence is the event\'s: "' + sentence.slice(0, 60) + '..."');
  check(await page.isVisible('#evidence-sentence'), 'highlighted sentence is visible');
  const bg = await page.$eval('#evidence-sentence', e => getComputedStyle(e).backgroundColor);
  check(bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent', 'sentence is highlighted (' + bg + ')');
  const trigger = await page.$$eval('#evidence-sentence .trigger', els => els.map(e => e.textContent).join(''));
  const t = ev.evidence;
  check(trigger === doc.doc.text.slice(t.trigger_start, t.trigger_end), 'trigger marked: ' + trigger);
  const source = await page.$$eval('#evidence-sentence .actor.source', els => els.map(e => e.textContent).join(''));
  check(source.length > 0, 'source actor marked: ' + source);
  const rule = await page.textContent('#event-facts');
  check(rule.includes(t.rule), 'the rule that fired is shown');
  await shot(page, 'evidence');

  // events table with a filter, and its CSV
  await page.goto(base + '/#events?cameo=19');
  await ready(page, '#events-table');
  const cells = await page.$$eval('#events-table tbody tr td:nth-child(3)', tds => tds.map(td => td.textContent));
  check(cells.length > 0 && cells.every(c => c.startsWith('19')), 'events table filtered to CAMEO 19: ' + cells.length + ' rows');
  const href = await page.getAttribute('#csv-link', 'href');
  check(href.includes('cameo=19'), 'CSV link carries the filters: ' + href);
  const csv = await (await page.request.get(base + '/' + href)).text();
  const lines = csv.trim().split(/\r?\n/);
  check(lines[0].startsWith('id,date,source_code') && lines.length - 1 >= cells.length, 'CSV has ' + (lines.length - 1) + ' rows');
  await shot(page, 'events');
}

async function xss(page) {
  const scripts = async () => page.evaluate(() => [...document.scripts].map(s => s.getAttribute('src')));
  const ours = (await (async () => { await page.goto(base + '/#network'); return scripts(); })());
  await ready(page, '#cy');
  await shot(page, 'network');
  await page.goto(base + '/#events?q=' + encodeURIComponent('<script>'));
  await ready(page, '#events-table');
  const rows = await page.locator('#events-table tbody tr').count();
  check(rows > 0, 'events table shows the ' + rows + ' hostile events');
  const titles = await page.textContent('#events-table');
  check(titles.includes('<img src=x onerror='), 'hostile title is shown as text');
  await shot(page, 'events');
  await page.goto(base + '/#evidence?doc=' + encodeURIComponent('xss-1'));
  await ready(page, '#doc-text');
  const text = await page.textContent('#doc-text');
  check(text.includes('<script>window.__xss = 1</script>'), 'article text with <script> is shown as text');
  check(text.includes('onerror='), 'article text with onerror= is shown as text');
  const title = await page.textContent('#doc-title');
  check(title.includes('<img'), 'hostile title shown as text: ' + title);
  await shot(page, 'evidence');
  await page.goto(base + '/#dyad?' + new URLSearchParams({source: '<img src=x onerror=window.__xss=2>', target: 'SYR', group: 'code'}));
  await ready(page, '#timeline');
  await shot(page, 'dyad');
  const now = await scripts();
  check(JSON.stringify(now) === JSON.stringify(ours), 'no script element was added: ' + now.length);
  check(await page.locator('#doc-text img, #events-table img, main img').count() === 0, 'no img element was created');
  check(await page.evaluate(() => window.__xss === undefined), 'no payload ran (window.__xss unset)');
  check(dialogs.length === 0, 'no dialog opened');
}

const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: true,
  viewport: {width: 1400, height: 900},
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let failed = false;
try {
  const page = context.pages()[0] || await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  page.on('pageerror', e => problems.push('page error: ' + e.message));
  page.on('console', m => { if (m.type() === 'error') problems.push('console error: ' + m.text()); });
  page.on('dialog', d => { dialogs.push(d.message()); d.dismiss(); });
  await (mode === 'xss' ? xss(page) : demo(page));
  check(problems.length === 0, 'no script errors' + (problems.length ? ': ' + problems.join('; ') : ''));
} catch (e) {
  failed = true;
  console.error('FAIL ' + e.message);
  for (const p of problems) console.error('     ' + p);
  try {
    const page = context.pages()[0];
    if (page) await page.screenshot({path: path.join(shots, mode + '-failure.png'), fullPage: true});
  } catch (ignored) {
    // no page to show
  }
} finally {
  await context.close();
  fs.rmSync(profile, {recursive: true, force: true});
}
process.exit(failed ? 1 : 0);
