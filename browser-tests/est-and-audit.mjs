// EST's week and the auditors' pages in a Swedish browser, as people use them. Run by
// EstAndAuditInBrowserTest, which prepares the data first (a week of violence reports in Berga, one of
// them with a script and HTML in its description, EST's weekly timer fired, and a matter that climbed
// to the political steering group with a script in its title):
//
//   node browser-tests/est-and-audit.mjs <base URL> <screenshot folder> <matter id>
//
// 1. anna.lindqvist (EST) signs in to Tasklist, assesses the violence report (its description shown as
//    text), then claims "Analysera: …", fills in the problem analysis and completes it.
// 2. karin.wall (auditor) signs in to Cockpit, searches /granskning, opens the matter's timeline and
//    downloads its CSV and JSON export: the CSV has the BOM and the table's rows, the JSON parses.
// 3. johan.berg (department head) signs in to Tasklist and is refused the audit pages (403, #refused).
// No script of the data may run anywhere: window.__xss stays undefined, no dialog opens, no <b> of the
// data becomes bold. Every step is photographed into the screenshot folder, and the exports are kept.
import fs from 'node:fs';
import path from 'node:path';
import { openBrowser } from './lib/browser.mjs';
import { formField, signIn } from './lib/camunda.mjs';

const [baseUrlArgument, screenshotDir = 'target/browser-screenshots/est-and-audit', matterId] = process.argv.slice(2);
if (!baseUrlArgument || !matterId) {
  console.error('usage: node browser-tests/est-and-audit.mjs <base URL> <screenshot folder> <matter id>');
  process.exit(2);
}
const baseUrl = baseUrlArgument.replace(/\/$/, '');

// the texts EstAndAuditInBrowserTest put in
const SCRIPT_DESCRIPTION = '<script>window.__xss=1</script><b>fet</b> text';
const SCRIPT_TITLE = 'Oro vid <script>window.__xss=1</script><b>Bergaskolan</b>';
const ANALYSIS_TASK = 'Analysera: Berga – Våld eller hot om våld';
const ASSESSMENT_TASK = 'Bedöm händelsen';
const SUMMARY_TASK = 'Sammanfatta veckans lägesbild';
// EST's picture of the matter's district and category, compiled while it was open, comes last
const LEVELS = ['Lednings- och samordningsgruppen', 'Styrgruppen', 'Politiska styrgruppen', 'EST'];

const started = Date.now();
fs.mkdirSync(screenshotDir, { recursive: true });
for (const old of fs.readdirSync(screenshotDir)) {
  fs.rmSync(path.join(screenshotDir, old), { recursive: true }); // this run's files only
}

class Failure extends Error {}
function check(condition, message) {
  if (!condition) {
    throw new Failure(message);
  }
}

/** One person in a browser of their own: every step photographed, any dialog a failure. */
class Person {
  constructor(user, page) {
    this.user = user;
    this.page = page;
    this.step = 0;
    this.last = '(none)';
    this.dialogs = [];
    page.on('dialog', async (dialog) => {
      this.dialogs.push(`${dialog.type()} "${dialog.message()}" on ${page.url()}`);
      await dialog.dismiss().catch(() => {});
    });
  }

  async look(name) {
    await this.page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
    await this.page.waitForTimeout(200);
    this.step += 1;
    this.last = name;
    await this.page.screenshot({
      path: path.join(screenshotDir, `${this.user}-${String(this.step).padStart(2, '0')}-${name}.png`),
      fullPage: true
    });
    await this.noScriptRan(name);
  }

  /** The data's script did not run and its HTML is no markup: text it stays. */
  async noScriptRan(where) {
    const found = await this.page.evaluate(() => ({
      xss: typeof window.__xss,
      scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent.includes('__xss')).length,
      bold: [...document.querySelectorAll('b, strong')].map((b) => b.textContent.trim())
        .filter((text) => text === 'fet' || text === 'Bergaskolan')
    }));
    check(found.xss === 'undefined', `${where}: the data's script ran (window.__xss is ${found.xss})`);
    check(found.scripts === 0, `${where}: the data's <script> is an element of the page`);
    check(found.bold.length === 0, `${where}: the data's <b> is markup: ${found.bold.join(', ')}`);
    check(this.dialogs.length === 0, `${where}: a dialog opened: ${this.dialogs.join('; ')}`);
  }
}

async function as(user, steps) {
  const began = Date.now();
  const browser = await openBrowser('sv');
  const person = new Person(user, browser.page);
  try {
    await steps(person);
    await person.noScriptRan('at the end');
    console.log(`${user}: ${person.step} screens in ${((Date.now() - began) / 1000).toFixed(1)} s`);
  } catch (error) {
    const file = path.join(screenshotDir, `${user}-failed.png`);
    await browser.page.screenshot({ path: file, fullPage: true }).catch(() => {});
    throw new Error(`${user}, after step "${person.last}" (screenshot ${file}): ${error.message}`, { cause: error });
  } finally {
    await browser.close();
  }
  return person.step;
}

const taskInList = (page, name) => page.locator('.tasks-list li.task', { hasText: name });
const taskView = '[cam-tasklist-task]';

async function openTask(person, name) {
  const page = person.page;
  await taskInList(page, name).first().click();
  await page.locator(`${taskView} .fjs-form`).waitFor();
  await page.locator(`${taskView} .names h2, ${taskView} h2`, { hasText: name }).first().waitFor();
}

async function claim(person) {
  const page = person.page;
  await page.locator(`${taskView} button.claim`).click();
  await page.locator(`${taskView} button.unclaim`).waitFor();
}

/** Closes Tasklist's notifications, which stay over the buttons until closed. */
async function closeNotifications(page) {
  for (const close of await page.locator('.page-notifications .alert .close').all()) {
    await close.click().catch(() => {});
  }
  await page.locator('.page-notifications .alert').first().waitFor({ state: 'detached', timeout: 5000 }).catch(() => {});
}

/** Completes the open task and waits until the list no longer has it; an error Tasklist shows fails. */
async function complete(person, name) {
  const page = person.page;
  await closeNotifications(page);
  const before = await taskInList(page, name).count();
  await page.locator(`${taskView} button.btn-primary`).click();
  const outcome = await page.waitForFunction(([name, count]) => {
    const errors = [...document.querySelectorAll('.page-notifications .alert-danger')].map((a) => a.textContent.trim());
    if (errors.length) {
      return { errors };
    }
    const left = [...document.querySelectorAll('.tasks-list li.task')].filter((t) => t.textContent.includes(name));
    return left.length < count ? { errors: [] } : null;
  }, [name, before], { timeout: 15000 }).then((handle) => handle.jsonValue());
  check(outcome.errors.length === 0, `completing "${name}": Tasklist says ${outcome.errors.join('; ')}`);
}

// --- 1. EST: the violence report's assessment and the week's problem analysis in Tasklist

async function estMember(person) {
  const page = person.page;
  await signIn(page, baseUrl, 'tasklist', 'anna.lindqvist');
  await page.locator('.task-filters .item h4 a', { hasText: 'EST-arbetsgruppen' }).click();
  await taskInList(page, ANALYSIS_TASK).waitFor();
  await taskInList(page, ASSESSMENT_TASK).waitFor();
  await person.look('est-tasks');

  // the report's description, with its script and HTML, is shown as the text it is
  await openTask(person, ASSESSMENT_TASK);
  const description = page.locator(await formField(page, 'Beskrivning', taskView).selector());
  check(await description.inputValue() === SCRIPT_DESCRIPTION,
    `the assessment form shows the description as "${await description.inputValue()}", not as its text`);
  await person.look('assessment-form-description-as-text');
  await claim(person);
  await formField(page, 'Bedömning', taskView).fill('Hotet mot skolan är känt av polisen, som följer upp.');
  await person.look('assessment-filled');
  await complete(person, ASSESSMENT_TASK);
  await person.look('assessment-completed');

  // the week's problem: claimed, analysed, completed
  await openTask(person, ANALYSIS_TASK);
  const introduction = await page.locator(`${taskView} .fjs-form`).innerText();
  check(introduction.includes('Berga – Våld eller hot om våld') && introduction.includes('4 rapporter förra veckan'),
    `the analysis form does not show the problem and its reports: ${introduction.slice(0, 300)}`);
  await person.look('analysis-form');
  await claim(person);
  await person.look('analysis-claimed');

  // finishing the empty form: form-js names the required fields, and the task stays
  await page.locator(`${taskView} button.btn-primary`).click();
  await page.locator(`${taskView} .fjs-form-field-error`).first().waitFor();
  await person.look('analysis-required-fields');
  await closeNotifications(page);

  await page.locator(`${taskView} .fjs-form label`, { hasText: /^\s*Bekräfta\s*$/ }).click();
  // a select that is not searchable: its input is hidden, the person clicks the box showing the choice
  const placeType = await formField(page, 'Typ av plats', taskView).selector();
  await page.locator(placeType).locator('xpath=ancestor::div[contains(@class, "fjs-form-field")][1]')
    .locator('.fjs-input-group').click();
  await page.locator('.fjs-dropdownlist-item', { hasText: /^\s*Skola\s*$/ }).first().click();
  await formField(page, 'Förvaltningar och aktörer som behöver agera', taskView).fill('2');
  await formField(page, 'Polisens kunskap och EST:s analys', taskView)
    .fill('Hot vid skolans entré och i centrum kvällstid, samma grupp. Skolan och polisen samordnar.');
  await person.look('analysis-filled');
  await complete(person, ANALYSIS_TASK);
  // the week's next step is EST's: the summary, now in the list
  await taskInList(page, SUMMARY_TASK).waitFor();
  check(await taskInList(page, ANALYSIS_TASK).count() === 0, `"${ANALYSIS_TASK}" is still in the list`);
  await person.look('analysis-completed-summary-next');
}

// --- 2. the auditor: search, timeline, CSV and JSON export

/** A CSV as Samverkan writes it: semicolons, every field quoted, CRLF; an apostrophe before a formula. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ';') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  check(cell === '' && row.length === 0, 'the CSV does not end with CRLF');
  return rows.map((r) => r.map((value) => (/^'[=+\-@]/.test(value) ? value.slice(1) : value)));
}

async function download(person, link, name) {
  const page = person.page;
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(link).click()]);
  const saved = path.join(screenshotDir, file.suggestedFilename() || name);
  await file.saveAs(saved);
  check(!await file.failure(), `the download of ${link} failed: ${await file.failure()}`);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(saved), saved };
}

async function auditor(person) {
  const page = person.page;
  await signIn(page, baseUrl, 'cockpit', 'karin.wall');
  await person.look('cockpit');

  const search = await page.goto(baseUrl + '/granskning');
  check(search.status() === 200, `/granskning: HTTP ${search.status()}`);
  await person.look('search');
  await page.locator('select[name=district]').selectOption({ label: 'Berga' });
  await page.locator('select[name=level]').selectOption({ label: 'Politiska styrgruppen' });
  await Promise.all([page.waitForURL(/district=berga/), page.locator('form.search button[type=submit]').click()]);
  const link = page.locator('#matters a', { hasText: 'Oro vid' });
  check(await link.count() === 1, `the search found ${await link.count()} matters "Oro vid …"`);
  check(await link.textContent() === SCRIPT_TITLE, `the search shows the title as "${await link.textContent()}"`);
  await person.look('search-results-title-as-text');

  await Promise.all([page.waitForURL(new RegExp(`/granskning/arenden/${matterId}$`)), link.click()]);
  await page.locator('#timeline').waitFor();
  const heading = await page.locator('h1').textContent();
  check(heading === `Ärende ${matterId}: ${SCRIPT_TITLE}`, `the timeline's heading is "${heading}"`);
  const levels = (await page.locator('#levels').textContent()).split(' → ');
  check(JSON.stringify(levels) === JSON.stringify(LEVELS), `the timeline's levels are ${levels.join(' → ')}`);
  const header = await page.locator('#timeline thead th').allTextContents();
  const rows = await page.locator('#timeline tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
  const decisions = rows.filter((r) => r[2].startsWith('Beslut:')).map((r) => [r[1], r[2], r[4]]);
  check(JSON.stringify(decisions) === JSON.stringify([
    ['Lednings- och samordningsgruppen', 'Beslut: Eskaleras', 'Johan Berg'],
    ['Styrgruppen', 'Beslut: Eskaleras', 'Maria Ek'],
    ['Politiska styrgruppen', 'Beslut: Hanteras här', 'Lars Holm']
  ]), `the timeline's decisions are ${JSON.stringify(decisions)}`);
  check(rows.some((r) => r[2] === 'Ärendet väcks' && r[3] === SCRIPT_TITLE), 'the timeline does not show the title as text');
  await person.look('timeline');

  // the CSV: a byte order mark, then the table's header and rows, cell for cell
  const csv = await download(person, '#export-csv', `arende-${matterId}.csv`);
  check(csv.bytes[0] === 0xef && csv.bytes[1] === 0xbb && csv.bytes[2] === 0xbf, `${csv.name} has no UTF-8 byte order mark`);
  const csvRows = parseCsv(csv.bytes.toString('utf8').slice(1));
  // the CSV starts with the table's columns, cell for cell; the codes the page leaves out follow them
  check(JSON.stringify(csvRows[0].slice(0, header.length)) === JSON.stringify(header),
    `the CSV's header is ${csvRows[0]}, the table's ${header}`);
  check(csvRows.length - 1 === rows.length, `the CSV has ${csvRows.length - 1} rows, the table ${rows.length}`);
  rows.forEach((row, i) => check(JSON.stringify(csvRows[i + 1].slice(0, row.length)) === JSON.stringify(row),
    `CSV row ${i + 1} is ${JSON.stringify(csvRows[i + 1])}, the table's ${JSON.stringify(row)}`));
  await person.look('csv-downloaded');

  // the JSON: parses, and holds the same matter, levels and entries
  const exported = await download(person, '#export-json', `arende-${matterId}.json`);
  let timeline;
  try {
    timeline = JSON.parse(exported.bytes.toString('utf8'));
  } catch (error) {
    throw new Failure(`${exported.name} is not JSON: ${error.message}`);
  }
  check(timeline.matter?.title === SCRIPT_TITLE, `the JSON's title is ${JSON.stringify(timeline.matter?.title)}`);
  check(String(timeline.matter?.id) === String(matterId), `the JSON is of matter ${timeline.matter?.id}`);
  check(JSON.stringify(timeline.levels) === JSON.stringify(LEVELS), `the JSON's levels are ${timeline.levels}`);
  check(timeline.entries?.length === rows.length, `the JSON has ${timeline.entries?.length} entries, the table ${rows.length}`);
  timeline.entries.forEach((e, i) => check(e.level === rows[i][1] && e.kind === rows[i][2]
    && (e.whoName ?? '') === rows[i][4], `JSON entry ${i + 1} (${e.level}, ${e.kind}, ${e.whoName}) is not the table's row ${rows[i].slice(1, 5)}`));
  await person.look('json-downloaded');
}

// --- 3. a department head: refused, in Swedish, with no matter data

async function departmentHead(person) {
  const page = person.page;
  await signIn(page, baseUrl, 'tasklist', 'johan.berg');
  await person.look('tasklist');
  for (const [url, name] of [['/granskning', 'search-refused'], [`/granskning/arenden/${matterId}`, 'timeline-refused'],
    [`/granskning/arenden/${matterId}.csv`, 'csv-refused'], [`/granskning/arenden/${matterId}.json`, 'json-refused']]) {
    const response = await page.goto(baseUrl + url);
    check(response.status() === 403, `${url}: HTTP ${response.status()}, not 403`);
    const refusal = await page.locator('#refused').textContent();
    check(refusal.includes('Granskningen är bara för revisorer') && refusal.includes('Johan Berg'),
      `${url}: the refusal says "${refusal}"`);
    const body = await page.locator('body').innerText();
    check(!body.includes('Oro vid') && !body.includes('Bergaskolan') && !body.includes('Eskaleras')
      && await page.locator('#timeline, #matters, #export-csv').count() === 0, `${url}: the refusal shows matter data`);
    await person.look(name);
  }
}

const failures = [];
let screens = 0;
for (const [user, steps] of [['anna.lindqvist', estMember], ['karin.wall', auditor], ['johan.berg', departmentHead]]) {
  try {
    screens += await as(user, steps);
  } catch (error) {
    failures.push(error.message);
    if (!(error.cause instanceof Failure)) {
      console.log(error.cause?.stack || error.stack);
    }
  }
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`EST and audit in Chromium: ${screens} screens in ${seconds} s; screenshots and exports in ${screenshotDir}`);
if (failures.length) {
  console.log(`${failures.length} problem(s):\n  ` + failures.join('\n  '));
  process.exit(1);
}
console.log('EST completed its analysis, the auditor exported the timeline, the department was refused; '
  + 'the <script> and <b> of the data stayed text.');
