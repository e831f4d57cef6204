// Samverkan's own pages (not Tasklist's) for everyone, with real data in them, as the roles that use them: axe-core's
// WCAG 2.1 A/AA rules find nothing serious or critical; each page is in Swedish with a Swedish title and a skip link
// that puts the focus on its content; every chart has a text alternative and a table of its figures; the heat map
// is read without its colours. Two pages are used with the keyboard alone, the focus shown at every stop: an
// administrator adds a district on /referensdata (Enter) and retires it (Space), an auditor searches /granskning
// (Space) and opens the matter found. Run by PagesAccessibilityInBrowserTest, which prepares the data:
//
//   node browser-tests/pages-accessibility.mjs <base URL> <screenshot folder> <matter id> <last week's Monday> <new district>
//
// Exits 1 with every finding of every page; screenshots go to the folder.
import fs from 'node:fs';
import path from 'node:path';
import { BLOCKING, axeViolations, blocking, describe } from './lib/axe.mjs';
import { openBrowser } from './lib/browser.mjs';
import { signIn } from './lib/camunda.mjs';
import {
  chartsHaveAlternatives, heatMapWithoutColour, languageAndTitle, skipLink, tabThrough, tabTo
} from './lib/page-checks.mjs';

const [baseUrlArgument, screenshotDir = 'target/browser-screenshots/pages-accessibility', matterId, monday,
  newDistrict] = process.argv.slice(2);
if (!baseUrlArgument || !matterId || !monday || !newDistrict) {
  console.error('usage: node browser-tests/pages-accessibility.mjs <base URL> <screenshot folder> <matter id> '
    + '<last week\'s Monday> <new district>');
  process.exit(2);
}
const BASE = baseUrlArgument.replace(/\/$/, '');
const SAMVERKAN = / – Samverkan$/;
fs.mkdirSync(screenshotDir, { recursive: true });
for (const old of fs.readdirSync(screenshotDir)) {
  fs.rmSync(path.join(screenshotDir, old), { recursive: true });
}

const findings = []; // axe's, a block per page
const problems = []; // the other checks'
const checked = [];

async function shot(page, name) {
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

/** axe-core over the page as it is: its serious and critical findings remembered, the others told. */
async function axe(page, where) {
  const all = await axeViolations(page);
  const found = blocking(all);
  if (found.length) {
    findings.push(describe(where, found));
  }
  const others = all.filter((v) => !BLOCKING.includes(v.impact)).map((v) => `${v.id} (${v.impact}, ${v.targets.length})`);
  console.log(`axe: ${where}: ${found.length ? found.length + ' serious or critical' : 'no serious or critical finding'}`
    + (others.length ? `; not blocking: ${others.join(', ')}` : ''));
}

/**
 * Opens a page and checks it: the HTTP status, axe, language and title, charts, skip link, and every control reached
 * by Tab with its focus shown. Returns the charts found.
 */
async function checkPage(page, who, url, { status = 200, title, name }) {
  const where = `${url} as ${who}`;
  const response = await page.goto(BASE + url);
  if (response.status() !== status) {
    problems.push(`${where}: HTTP ${response.status()}, not ${status}`);
  }
  await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
  await axe(page, where);
  await languageAndTitle(page, title, problems, where);
  const charts = await chartsHaveAlternatives(page, problems, where);
  await shot(page, name);
  await skipLink(page, problems, where);
  const stops = await tabThrough(page, BASE + url, problems, where);
  checked.push(`${where} (${stops.length} keyboard stops)`);
  return charts;
}

/** One person in a browser of their own, signed in to a Camunda app first (or not at all). */
async function as(who, app, steps) {
  const browser = await openBrowser('sv');
  try {
    if (app) {
      await signIn(browser.page, BASE, app, who);
    }
    await steps(browser.page);
  } catch (error) {
    await browser.page.screenshot({ path: path.join(screenshotDir, `${who}-failed.png`), fullPage: true }).catch(() => {});
    problems.push(`${who}: ${error.stack}`);
  } finally {
    await browser.close();
  }
}

// --- anyone, not signed in: the public pages and the error pages
await as('anonymous', null, async (page) => {
  await checkPage(page, 'anonymous', '/medborgarlofte',
    { title: 'Medborgarlöfte – Linköpings kommun och Polisen', name: 'medborgarlofte' });
  await checkPage(page, 'anonymous', '/tillganglighet',
    { title: 'Tillgänglighetsredogörelse – Samverkan', name: 'tillganglighet' });
  await checkPage(page, 'anonymous', '/finns-inte', { status: 404, title: 'Finns inte – Samverkan', name: 'error-404' });
  await checkPage(page, 'anonymous', '/granskning', { status: 401, title: 'Inte inloggad – Samverkan', name: 'error-401' });
  // "/" leads to Tasklist, whose login page is Tasklist's (checked with Tasklist)
  await page.goto(BASE + '/');
  if (!page.url().includes('/camunda/app/tasklist/')) {
    problems.push(`"/" led to ${page.url()}, not to Tasklist`);
  }
});

// --- EST: the dashboard with eight weeks of reports, its heat map and charts, and the reports behind a figure
await as('anna.lindqvist', 'tasklist', async (page) => {
  const dashboard = `/lagesbild?week=${monday}`;
  const charts = await checkPage(page, 'anna.lindqvist', dashboard, { title: 'Lägesbild – Samverkan', name: 'lagesbild-est' });
  if (charts.length !== 2 || charts.some((chart) => !chart.lines)) {
    problems.push(`${dashboard}: ${charts.length} charts, ${charts.filter((c) => c.lines).length} drawn; two drawn expected`);
  }
  const map = await heatMapWithoutColour(page, problems, dashboard);
  const colours = new Set(map.cells.map((cell) => cell.colour));
  if (colours.size < 3 || !map.cells.some((cell) => cell.priority) || !map.cells.some((cell) => cell.trendShown)) {
    problems.push(`${dashboard}: the heat map has ${colours.size} shades, no priority or no trend: the data did not reach it`);
  }
  // a chart's table is opened with the keyboard
  await tabTo(page, 'summary');
  await page.keyboard.press('Enter');
  if (!await page.locator('#chart-districts-table').isVisible()) {
    problems.push(`${dashboard}: Enter on "Visa siffrorna som tabell" does not show the table`);
  }
  await shot(page, 'lagesbild-est-table-open');
  await axe(page, `${dashboard} as anna.lindqvist, a table open`);
  await checkPage(page, 'anna.lindqvist', `/lagesbild/rapporter?week=${monday}&district=ryd&category=skadegorelse`,
    { title: 'Rapporter i lägesbilden – Samverkan', name: 'lagesbild-rapporter-est' });
});

// --- the political steering group: the dashboard without descriptions, and the yearly report
await as('lars.holm', 'tasklist', async (page) => {
  await checkPage(page, 'lars.holm', `/lagesbild?week=${monday}`, { title: 'Lägesbild – Samverkan', name: 'lagesbild-politician' });
  await checkPage(page, 'lars.holm', `/lagesbild/rapporter?week=${monday}&district=ryd`,
    { title: 'Rapporter i lägesbilden – Samverkan', name: 'lagesbild-rapporter-politician' });
  await checkPage(page, 'lars.holm', '/arsrapport', { title: /^Årsrapport \d{4} – Samverkan$/, name: 'arsrapport-politician' });
});

// --- the auditor: the audit pages and the yearly report; the search used with the keyboard alone
await as('karin.wall', 'cockpit', async (page) => {
  await checkPage(page, 'karin.wall', '/granskning', { title: 'Granskning av ärenden – Samverkan', name: 'granskning' });
  await checkPage(page, 'karin.wall', `/granskning/arenden/${matterId}`,
    { title: new RegExp(`^Ärende ${matterId}: Klotter längs Rydsvägen – Samverkan$`), name: 'granskning-arende' });
  await checkPage(page, 'karin.wall', '/granskning/motesrytm', { title: /^Mötesrytm \d{4} – Samverkan$/, name: 'motesrytm' });
  await checkPage(page, 'karin.wall', '/granskning/gallring', { title: 'Gallring – Samverkan', name: 'gallring' });
  await checkPage(page, 'karin.wall', '/arsrapport', { title: /^Årsrapport \d{4} – Samverkan$/, name: 'arsrapport-auditor' });

  // the search, by keyboard: the district typed into its list, Space on "Sök", Enter on the matter found
  await page.goto(BASE + '/granskning');
  await tabTo(page, 'select[name=district]');
  await page.keyboard.type('Ryd');
  await tabTo(page, 'form.search button[type=submit]');
  await Promise.all([page.waitForURL(/district=ryd/), page.keyboard.press('Space')]);
  const count = (await page.locator('#count').textContent()).trim();
  if (count !== '1 ärende') {
    problems.push(`/granskning by keyboard: the search for Ryd found "${count}"`);
  }
  await tabTo(page, `a[href$="/granskning/arenden/${matterId}"]`);
  await Promise.all([page.waitForURL(new RegExp(`/granskning/arenden/${matterId}$`)), page.keyboard.press('Enter')]);
  await page.locator('#timeline').waitFor();
  await shot(page, 'granskning-by-keyboard');
});

// --- a department head is refused the audit pages: the refusal is a page like the others
await as('johan.berg', 'tasklist', async (page) => {
  await checkPage(page, 'johan.berg', '/granskning', { status: 403, title: 'Ingen åtkomst – Samverkan', name: 'error-403' });
});

// --- the administrator: reference data, and a district added with the keyboard alone
await as('admin', 'tasklist', async (page) => {
  await checkPage(page, 'admin', '/referensdata', { title: 'Referensdata – Samverkan', name: 'referensdata' });
  await page.goto(BASE + '/referensdata');
  await skipLink(page, problems, '/referensdata by keyboard');
  const field = await tabTo(page, 'section#stadsdelar form.search input[name=name]');
  await page.keyboard.type(newDistrict);
  const button = await tabTo(page, 'section#stadsdelar form.search button[type=submit]', 1);
  if (!field.shown || !button.shown) {
    problems.push(`/referensdata by keyboard: the focus does not show on ${field.shown ? button.what : field.what}`);
  }
  await Promise.all([page.waitForLoadState('load'), page.keyboard.press('Enter')]);
  await page.locator('#done', { hasText: newDistrict }).waitFor();
  await page.locator('section#stadsdelar td.name', { hasText: newDistrict }).waitFor();
  await shot(page, 'referensdata-added-by-keyboard');
  await axe(page, '/referensdata as admin, after adding');
  // and retired again, with Space on its row's button, so that no form offers it after the test
  const retire = await tabTo(page, `section#stadsdelar button[aria-label="Avveckla ${newDistrict}"]`, 200);
  if (!retire.shown) {
    problems.push(`/referensdata by keyboard: the focus does not show on ${retire.what}`);
  }
  await Promise.all([page.waitForLoadState('load'), page.keyboard.press('Space')]);
  await page.locator('#done', { hasText: `${newDistrict} är avvecklad` }).waitFor();
  await shot(page, 'referensdata-retired-by-keyboard');
  console.log(`keyboard: ${newDistrict} added with Enter and retired with Space`);
});

console.log(`Samverkan's pages: ${checked.length} pages checked (${checked.join('; ')})`);
if (findings.length || problems.length) {
  console.log(`${findings.length} page(s) with serious or critical findings, ${problems.length} other problem(s):`);
  findings.forEach((finding) => console.log(finding));
  problems.forEach((problem) => console.log('- ' + problem));
  process.exit(1);
}
console.log('No serious or critical finding; Swedish titles, skip links, charts with tables, the heat map in '
  + 'figures and words; a district added and a matter found with the keyboard alone.');
