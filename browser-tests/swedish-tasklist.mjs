// Tasklist in a Swedish browser shows no English: login, task list, task view, start dialog and filter
// dialog, as staff use them. Run by SwedishTasklistInBrowserTest against the whole application on H2
// with the demo users, or by hand against a running application:
//
//   node browser-tests/swedish-tasklist.mjs http://localhost:8080 target/browser-screenshots
//
// Every screen is photographed into the screenshot folder. The same steps then run in an English
// browser, where the check must find English on every screen (or it would prove nothing) and Camunda's
// English must still be there. Exits 1 with what was found, naming screen, text and element.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBrowser } from './lib/browser.mjs';
import { visibleTexts } from './lib/texts.mjs';
import { englishChecker, projectTexts } from './lib/english.mjs';
import { PASSWORD, formField, signIn } from './lib/camunda.mjs';

const [baseUrl = 'http://localhost:8080', screenshotDir = 'target/browser-screenshots'] = process.argv.slice(2);
const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TASKLIST = baseUrl.replace(/\/$/, '') + '/camunda/app/tasklist/';
const EST_MEMBER = 'anna.lindqvist';
const ADMIN = 'admin';

// what the test types is process data, Swedish like the rest
const REPORT = {
  district: 'Berga',
  place: 'Bergaskolan',
  category: 'Våld eller hot om våld',
  date: '2026-11-30',
  time: '14:30',
  description: 'Hot mot personal vid skolans entré.',
  source: 'Skola'
};
const TOO_LONG_PLACE = 'Ågatan '.repeat(30); // more than the 200 characters the form allows

const started = Date.now();
fs.mkdirSync(screenshotDir, { recursive: true });
for (const old of fs.readdirSync(screenshotDir).filter((f) => /\.(png|json)$/.test(f))) {
  fs.rmSync(path.join(screenshotDir, old)); // the screenshots of this run only
}

async function json(url, auth) {
  const response = await fetch(url, auth ? { headers: { Authorization: 'Basic ' + Buffer.from(auth).toString('base64') } } : {});
  if (!response.ok) {
    throw new Error(`${url}: HTTP ${response.status}`);
  }
  return JSON.parse((await response.text()).replace(/^\uFEFF/, ''));
}

// --- what counts as English: the locale files as the application serves them, and the project's Swedish

const en = await json(TASKLIST + 'locales/en.json');
const sv = await json(TASKLIST + 'locales/sv.json');
const engine = baseUrl.replace(/\/$/, '') + '/engine-rest';
const groups = await json(engine + '/group?maxResults=1000', `${ADMIN}:${PASSWORD}`);
const users = await json(engine + '/user?maxResults=1000', `${ADMIN}:${PASSWORD}`);
const checker = englishChecker({
  en,
  sv,
  swedishTexts: [
    ...projectTexts(projectDir),
    ...groups.map((g) => `${g.id} ${g.name}`),
    ...users.map((u) => `${u.id} ${u.firstName} ${u.lastName}`),
    ...Object.values(REPORT), TOO_LONG_PLACE
  ]
});

// --- the steps, the same in both languages; selectors never depend on the language

class Screens {
  constructor(language, page) {
    this.language = language;
    this.page = page;
    this.seen = [];
  }

  async look(name) {
    const page = this.page;
    await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
    await page.waitForTimeout(300);
    const file = path.join(screenshotDir, `${this.language}-${String(this.seen.length + 1).padStart(2, '0')}-${name}.png`);
    await page.screenshot({ path: file });
    const shown = await visibleTexts(page);
    const english = checker.check(shown);
    this.seen.push({ name, file, shown, english });
    return english;
  }
}

const logIn = (page, user) => signIn(page, baseUrl, 'tasklist', user);

async function startDialog(screens, { submit }) {
  const page = screens.page;
  await page.locator('.start-process-action a').click();
  await page.locator('.modal-body a', { hasText: 'Rapportera händelse' }).waitFor();
  await screens.look('start-dialog-list');

  await page.locator('.modal-body a', { hasText: 'Rapportera händelse' }).click();
  await page.locator('.modal-body .fjs-form').waitFor();
  await screens.look('start-form');

  // starting the empty form: every required field says so
  await page.locator('.modal-footer button.btn-primary').click();
  await page.locator('.fjs-form-field-error').first().waitFor();
  const place = formField(page, 'Plats');
  await place.fill(TOO_LONG_PLACE);
  await formField(page, 'Datum då händelsen inträffade').fill(REPORT.date);
  await page.keyboard.press('Tab');
  await page.waitForTimeout(300);
  await screens.look('start-form-errors');

  // the date field's calendar
  await page.click(await formField(page, 'Datum då händelsen inträffade').selector());
  await page.locator('.flatpickr-calendar.open').waitFor();
  await screens.look('start-form-calendar');
  await page.keyboard.press('Tab');

  if (!submit) {
    await page.keyboard.press('Escape');
    await page.locator('.modal-dialog').waitFor({ state: 'detached' });
    return;
  }
  await place.fill(REPORT.place);
  await formField(page, 'Stadsdel').choose(REPORT.district);
  await formField(page, 'Kategori').choose(REPORT.category);
  await formField(page, 'Klockslag').fill(REPORT.time);
  await page.keyboard.press('Tab');
  await formField(page, 'Beskrivning').fill(REPORT.description);
  await formField(page, 'Källa').choose(REPORT.source);
  await screens.look('start-form-filled');
  await page.locator('.modal-footer button.btn-primary').click();
  await page.locator('.modal-dialog').waitFor({ state: 'detached' });
  await screens.look('process-started');
}

async function taskListAndTask(screens) {
  const page = screens.page;
  await page.locator('.task-filters .item h4 a', { hasText: 'EST-arbetsgruppen' }).click();
  await page.locator('.tasks-list .task', { hasText: 'Bedöm händelsen' }).first().waitFor();
  await screens.look('task-list');

  await page.locator('.tasks-list .task', { hasText: 'Bedöm händelsen' }).first().click();
  await page.locator('[cam-tasklist-task] .fjs-form').waitFor();
  await screens.look('task-form');

  if (await page.locator('button.claim').count()) { // the English run finds it taken by the Swedish one
    await page.locator('button.claim').click();
  }
  await page.locator('button.unclaim').waitFor();
  await screens.look('task-claimed');

  // finishing the empty form: the assessment is required
  await page.locator('[cam-tasklist-task] button.btn-primary').click();
  await page.locator('[cam-tasklist-task] .fjs-form-field-error').first().waitFor();
  await screens.look('task-form-errors');

  await page.locator('.followup-date .view-value').click();
  await page.locator('.uib-daypicker').first().waitFor();
  await screens.look('task-follow-up-calendar');
  await page.locator('[ng-click="cancelChange($event)"]').first().click(); // no date set

  await page.locator('.groups [ng-click="editGroups()"]').click();
  await page.locator('.modal-body.groups-modal').waitFor();
  await screens.look('task-groups-dialog');
  await page.locator('.modal-footer button').click();
  await page.locator('.modal-dialog').waitFor({ state: 'detached' });

  await page.locator('.createCommentLink').click();
  await page.locator('.modal-body textarea').waitFor();
  await screens.look('task-comment-dialog');
  await page.locator('.modal-footer button.btn-link, .modal-footer button.btn-default').first().click();
  await page.locator('.modal-dialog').waitFor({ state: 'detached' });

  const tabs = page.locator('[cam-tasklist-task] .nav-tabs li a');
  for (const [index, name] of ['history', 'diagram', 'description'].entries()) {
    await tabs.nth(index + 1).click();
    if (name === 'diagram') {
      await page.locator('[cam-tasklist-task] .djs-container svg').first().waitFor();
    }
    await screens.look('task-' + name);
  }

  await page.locator('a.showShortcutHelp').click();
  await page.locator('.shortcut-modal .modal-body').waitFor();
  await screens.look('shortcuts-dialog');
  await page.keyboard.press('Escape');
  await page.locator('.modal-dialog').waitFor({ state: 'detached' });

  // a filter as its users see it: read-only for staff
  await page.locator('.task-filters .item.active .actions a').click();
  await page.locator('.filter-modal .modal-body').waitFor();
  await screens.look('filter-dialog-staff');
  await page.keyboard.press('Escape');
}

async function filterDialog(screens) {
  const page = screens.page;
  const modal = page.locator('.filter-modal');
  const section = (n) => modal.locator('.accordion-toggle').nth(n);

  await page.locator('.task-filters header button.btn-link').first().click();
  await modal.locator('.modal-body').waitFor();
  await screens.look('filter-new-general');

  await section(1).click();
  await modal.locator('[ng-click="addCriterion()"]').click();
  await modal.locator('[cam-tasklist-filter-modal-form-criteria] select').first().waitFor();
  // a criterion with an explanation below its value
  const criterion = modal.locator('[cam-tasklist-filter-modal-form-criteria] select').first();
  const values = await criterion.locator('option').evaluateAll((options) => options.map((o) => o.value));
  await criterion.selectOption(values.find((value) => value.endsWith('candidateGroups')));
  await screens.look('filter-new-criteria');

  await section(2).click();
  await modal.locator('[ng-click="addReadPermission()"]').click();
  await screens.look('filter-new-permissions');

  await section(3).click();
  await modal.locator('[ng-click="addVariable()"]').click();
  await screens.look('filter-new-variables');
  await page.keyboard.press('Escape');
  await modal.waitFor({ state: 'detached' });

  // an existing filter, which an administrator may change
  await page.locator('.task-filters .item h4 a', { hasText: 'EST-arbetsgruppen' }).click();
  await page.locator('.task-filters .item.active .actions a').click();
  await modal.locator('.modal-body').waitFor();
  await section(1).click();
  await screens.look('filter-edit-criteria');
  await page.keyboard.press('Escape');
}

async function run(language, { submit }) {
  const screens = [];
  for (const [user, steps] of [[EST_MEMBER, 'staff'], [ADMIN, 'filters']]) {
    const browser = await openBrowser(language);
    const s = new Screens(`${language}-${steps}`, browser.page);
    try {
      if (user === EST_MEMBER) {
        await browser.page.goto(TASKLIST);
        await browser.page.locator('input[type=password]').waitFor();
        await s.look('login');
        await logIn(browser.page, user);
        await s.look('start-page');
        await startDialog(s, { submit });
        await taskListAndTask(s);
      } else {
        await logIn(browser.page, user);
        await filterDialog(s);
      }
    } catch (error) {
      const file = path.join(screenshotDir, `${s.language}-failed.png`);
      await browser.page.screenshot({ path: file }).catch(() => {});
      throw new Error(`${language}, ${user}, after screen "${s.seen.at(-1)?.name}" (screenshot ${file}): ${error.message}`);
    } finally {
      await browser.close();
    }
    screens.push(...s.seen);
  }
  return screens;
}

// --- Swedish: nothing English on any screen

const failures = [];
const swedish = await run('sv', { submit: true });
for (const screen of swedish) {
  const counted = new Map();
  for (const item of screen.english) {
    const line = `${screen.name}: ${item.kind} "${item.text}" (${item.why}) in <${item.where}>`;
    counted.set(line, (counted.get(line) || 0) + 1);
  }
  counted.forEach((count, line) => failures.push(count > 1 ? `${line} ×${count}` : line));
}

// --- English: the check must see English on every screen, and Camunda's English must be left as it is

const english = await run('en', { submit: false });
const expectedEnglish = {
  'login': ['Password'],
  'start-form-errors': ['Field is required.', 'Field must have maximum length of 200.', 'Search'],
  'start-form-calendar': ['Month'],
  'task-form-errors': ['Field is required.'],
  'task-follow-up-calendar': ['previous', 'next'],
  'task-diagram': ['zoom in', 'zoom out', 'reset zoom'],
  'filter-new-criteria': ['Process Instance', 'Business Key', 'Candidate Groups'],
  'filter-new-permissions': ['Add permis.']
};
for (const screen of english) {
  if (screen.english.length === 0) {
    failures.push(`self-check: in English, the check found no English on "${screen.name}" (${screen.file})`);
  }
  for (const text of expectedEnglish[screen.name] || []) {
    const shown = screen.shown.some((item) => item.text.includes(text));
    const caught = screen.english.some((item) => item.text.includes(text));
    if (!shown) {
      failures.push(`self-check: an English browser no longer sees Camunda's "${text}" on "${screen.name}" (${screen.file})`);
    } else if (!caught) {
      failures.push(`self-check: the check missed the English "${text}" on "${screen.name}"`);
    }
  }
}
for (const name of Object.keys(expectedEnglish)) {
  if (!english.some((screen) => screen.name === name)) {
    failures.push(`self-check: no English screen "${name}"`);
  }
}

fs.writeFileSync(path.join(screenshotDir, 'texts.json'), JSON.stringify(
  [...swedish, ...english].map(({ name, file, shown, english: found }) => ({ name, file, shown, english: found })), null, 1));
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`Swedish Tasklist in Chromium: ${swedish.length} Swedish screens, ${english.length} English screens `
  + `checked against ${checker.englishWordCount} English words in ${seconds} s; screenshots in ${screenshotDir}`);
if (failures.length) {
  console.log(`${failures.length} problem(s):\n  ` + failures.join('\n  '));
  process.exit(1);
}
console.log('No English in the Swedish Tasklist; the check finds English in the English one.');
