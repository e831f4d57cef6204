// The way around as staff meet it: "/" leads to Tasklist; Tasklist's header links to the Samverkan pages the
// person may open (and only those), the pages link back; each person lands on the work of their groups, not on
// an empty list; "Skapa uppgift" only for administrators; Cockpit shows an auditor the way to Granskning.
// Run by WayAroundInBrowserTest against the whole application on H2 with the demo users, or by hand:
//
//   node browser-tests/way-around.mjs http://localhost:8080 target/browser-screenshots
//
// Exits 1 with what was wrong; screenshots go to the folder (way-around-*.png).
import fs from 'node:fs';
import path from 'node:path';
import { openBrowser } from './lib/browser.mjs';
import { reportViolence, signIn } from './lib/camunda.mjs';

const [baseUrl = 'http://localhost:8080', screenshotDir = 'target/browser-screenshots'] = process.argv.slice(2);
const BASE = baseUrl.replace(/\/$/, '');
fs.mkdirSync(screenshotDir, { recursive: true });
const problems = [];

function expect(what, actual, wanted) {
  if (JSON.stringify(actual) !== JSON.stringify(wanted)) {
    problems.push(`${what}: ${JSON.stringify(actual)}, expected ${JSON.stringify(wanted)}`);
  }
}

async function shot(page, name) {
  await page.screenshot({ path: path.join(screenshotDir, `way-around-${name}.png`), fullPage: true });
}

/** The Samverkan links in a Camunda app's header (the list under "Samverkan"), once the script has put them there. */
async function headerLinks(page) {
  await page.locator('li.samverkan-pages > a', { hasText: 'Samverkan' }).waitFor();
  return page.locator('li.samverkan-page a').allTextContents();
}

/** Opens the header's "Samverkan" list and follows one of its links. */
async function follow(page, name) {
  await page.locator('li.samverkan-pages > a').click();
  await page.locator('li.samverkan-page a', { hasText: name }).click();
}

// a task for EST, so that an EST member lands on work: a report of violence, as EST's own member submits it
await reportViolence(BASE, 'anna.lindqvist', { district: 'ryd', place: 'Rydstorget',
  description: 'Hot mot vakt vid torget.', source: 'polis' });

// --- an EST member in Tasklist
{
  const browser = await openBrowser('sv');
  const { page } = browser;
  try {
    await page.goto(BASE + '/');
    await page.locator('input[type=password]').waitFor();
    if (!page.url().includes('/camunda/app/tasklist/')) {
      problems.push(`"/" led to ${page.url()}, not to Tasklist`);
    }
    await signIn(page, baseUrl, 'tasklist', 'anna.lindqvist');
    // Camunda's apps stay in Camunda's own app menu: the header lists Samverkan's pages
    expect('EST member\'s links in Tasklist', await headerLinks(page), ['Lägesbild', 'Medborgarlöfte']);
    const active = (await page.locator('.task-filters .item.active h4 a').textContent()).trim();
    expect('the filter an EST member lands on', active.replace(/\s+\(?\d+\)?$/, ''), 'Mina gruppers uppgifter');
    await page.locator('.tasks-list li.task').first().waitFor();
    const tasks = await page.locator('.tasks-list li.task').count();
    if (tasks === 0) {
      problems.push('an EST member landed on an empty list');
    }
    if (await page.locator('.create-task-action').isVisible()) {
      problems.push('"Skapa uppgift" is shown to an EST member, who may not create tasks');
    }
    // the accessibility statement, from Tasklist's footer
    const statement = page.locator('footer a.samverkan-accessibility');
    await statement.waitFor({ state: 'attached' });
    if ((await statement.getAttribute('href')) !== '/tillganglighet' || (await statement.textContent()) !== 'Tillgänglighet') {
      problems.push('Tasklist\'s footer does not lead to the accessibility statement');
    }
    await shot(page, 'tasklist-est');
    await follow(page, 'Lägesbild');
    await page.locator('h1', { hasText: 'Lägesbild' }).waitFor();
    const pageLinks = await page.locator('header.site nav.way-around a').allTextContents();
    expect('EST member\'s links on Lägesbild', pageLinks, ['Tasklist', 'Lägesbild', 'Medborgarlöfte']);
    await shot(page, 'lagesbild-est');
    await page.locator('header.site nav.way-around a', { hasText: 'Tasklist' }).click();
    await page.locator('.task-filters .item h4 a').first().waitFor();
  } finally {
    await browser.close();
  }
}

// --- an administrator in Tasklist: every page and app, and "Skapa uppgift"
{
  const browser = await openBrowser('sv');
  const { page } = browser;
  try {
    await signIn(page, baseUrl, 'tasklist', 'admin');
    expect('administrator\'s links in Tasklist', await headerLinks(page),
      ['Lägesbild', 'Granskning', 'Mötesrytm', 'Årsrapport', 'Medborgarlöfte', 'Referensdata']);
    await page.locator('.create-task-action').waitFor({ state: 'visible' });
    await shot(page, 'tasklist-admin');
  } finally {
    await browser.close();
  }
}

// --- an auditor in Cockpit finds Granskning
{
  const browser = await openBrowser('sv');
  const { page } = browser;
  try {
    await signIn(page, baseUrl, 'cockpit', 'karin.wall');
    expect('auditor\'s links in Cockpit', await headerLinks(page),
      ['Granskning', 'Mötesrytm', 'Årsrapport', 'Medborgarlöfte']);
    await shot(page, 'cockpit-auditor');
    await follow(page, 'Granskning');
    await page.locator('h1').first().waitFor();
    if (!new URL(page.url()).pathname.startsWith('/granskning')) {
      problems.push(`Granskning led the auditor to ${page.url()}`);
    }
    await shot(page, 'granskning-auditor');
  } finally {
    await browser.close();
  }
}

if (problems.length > 0) {
  console.error('The way around is not as it should be:\n- ' + problems.join('\n- '));
  process.exit(1);
}
console.log('The way around: every role led to its pages and work.');
