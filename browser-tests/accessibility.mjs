// Tasklist and the Camunda Forms as staff use them meet WCAG 2.1 A/AA: axe-core (lib/axe.mjs) over the login page,
// the task list and a task, the start dialog with every start form, the filter dialogs, and every form of a user task
// opened by a user of its candidate group. Fails on any serious or critical finding, each told with rule, impact,
// element and help. Run by TasklistAccessibilityInBrowserTest against the whole application on H2 with the demo
// users, which prepares a task for every form and names them in a JSON file:
//
//   node browser-tests/accessibility.mjs http://localhost:8080 target/browser-screenshots/accessibility tasks.json
//
// Screenshots of every screen checked go to the screenshot folder.
import fs from 'node:fs';
import path from 'node:path';
import { openBrowser } from './lib/browser.mjs';
import { axeViolations, blocking } from './lib/axe.mjs';
import { reportViolence, signIn } from './lib/camunda.mjs';
import { closeNotifications, openTask, TASK } from './lib/tasklist.mjs';
import { formFieldProblems } from './lib/form-fields.mjs';

const [baseUrl = 'http://localhost:8080', screenshotDir = 'target/browser-screenshots/accessibility', taskFile] =
  process.argv.slice(2);
const TASKLIST = baseUrl.replace(/\/$/, '') + '/camunda/app/tasklist/';
fs.mkdirSync(screenshotDir, { recursive: true });
const { tasks: formTasks = [], startForms = [] } = taskFile ? JSON.parse(fs.readFileSync(taskFile, 'utf8')) : {};
/** The findings by rule and element, each with the screens it is on; and the forms' fields' problems. */
const findings = new Map();
const checked = [];

/**
 * Findings that cannot be fixed without changing Camunda's own files, each with its reason; the lead decides.
 * Each is { rule, target (a substring of the element's selector), why }.
 */
const EXCEPTIONS = [];

/** The start forms: process name in the start dialog, and a user of a group that may start it. */
const START_FORMS = [
  { process: 'Rapportera händelse', form: 'incident-report-start', user: 'anna.lindqvist' },
  { process: 'Ärende – eskaleringskedjan', form: 'matter-start', user: 'demo-est' },
  { process: 'Samordning inför känd händelse', form: 'event-start', user: 'demo-coordination-group' },
  { process: 'Samverkansöverenskommelse och medborgarlöfte', form: 'agreement-start', user: 'demo-security-unit' }
];

/** axe, and for a form what its fields tell assistive technology (lib/form-fields.mjs). */
async function checkForm(page, screen, within) {
  await check(page, screen);
  const problems = await formFieldProblems(page, within);
  if (problems.length) {
    findings.set(`fields ${screen}`, { line: `the form's fields:\n    ${problems.join('\n    ')}`, screens: [screen] });
  }
  console.log(`fields: ${screen}: ${problems.length ? problems.length + ' problem(s)' : 'labels, descriptions and errors tied'}`);
}

async function check(page, screen) {
  await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
  await page.waitForTimeout(300);
  const file = path.join(screenshotDir, `${String(checked.length + 1).padStart(2, '0')}-${screen}.png`);
  await page.screenshot({ path: file });
  const found = blocking(await axeViolations(page));
  let counted = 0;
  for (const v of found) {
    v.targets.forEach((target, index) => {
      const exception = EXCEPTIONS.find((e) => e.rule === v.id && target.includes(e.target));
      if (exception) {
        // told, not hidden: an exception is printed with its reason, only not counted
        console.log(`axe: ${screen}: excepted ${v.id} at ${target}: ${exception.why}`);
        return;
      }
      counted++;
      // one entry per rule and element (ids that Tasklist numbers anew left out), with every screen it is on
      const key = `${v.id} ${target.replace(/-\d+-\d+-/g, '-N-')}`;
      const entry = findings.get(key)
        || { line: `[${v.impact}] ${v.id} — ${v.help} (${v.helpUrl})\n    at ${target}\n      `
          + (v.summaries[index] || '').replace(/\n/g, '\n      '), screens: [] };
      entry.screens.push(screen);
      findings.set(key, entry);
    });
  }
  console.log(`axe: ${screen}: ${counted ? counted + ' serious or critical at an element' : 'no serious or critical finding'}`);
  checked.push(screen);
}

/** Presses a form's submit when it has a required field, so its errors are checked too. */
async function emptySubmit(page, within, button, screen) {
  const required = await page.locator(`${within} .fjs-form .fjs-form-field-label .fjs-asterix, `
    + `${within} .fjs-form [aria-required="true"], ${within} .fjs-form [required]`).count();
  if (!required) {
    return;
  }
  await closeNotifications(page);
  await page.locator(button).click();
  await page.locator(`${within} .fjs-form-field-error`).first().waitFor({ timeout: 5000 })
    .catch(() => console.log(`${screen}: no field error after an empty submit`));
  await page.waitForTimeout(500);
  await closeNotifications(page);
  await checkForm(page, screen, within);
}

async function asUser(user, steps) {
  const browser = await openBrowser('sv');
  try {
    await signIn(browser.page, baseUrl, 'tasklist', user);
    await steps(browser.page);
  } catch (error) {
    const file = path.join(screenshotDir, `failed-${user}.png`);
    await browser.page.screenshot({ path: file }).catch(() => {});
    throw new Error(`${user}, after "${checked.at(-1)}" (screenshot ${file}): ${error.stack}`);
  } finally {
    await browser.close();
  }
}

/**
 * The checks can see what they look for (or passing would prove nothing): a nameless button and a field whose label,
 * description and required state are tied to nothing, put into the page for a moment, are found.
 */
async function selfCheck(page) {
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<div id="samverkan-self-check">'
    + '<button type="button"><span class="glyphicon glyphicon-remove"></span></button>'
    + '<div class="fjs-form-field"><label>Plats<span class="fjs-asterix">*</span></label><input type="text" id="self-check-place">'
    + '<div class="fjs-form-field-description" id="self-check-place-description">T.ex. en gata</div></div></div>'));
  const axeSees = blocking(await axeViolations(page, { include: '#samverkan-self-check' })).some((v) => v.id === 'button-name');
  const fields = await formFieldProblems(page, '#samverkan-self-check');
  await page.evaluate(() => document.getElementById('samverkan-self-check').remove());
  // (its required state is not expected: scripts/samverkan-accessibility.js says it as soon as the field appears)
  const expected = ['without a name', 'description is not tied'];
  if (!axeSees || !expected.every((problem) => fields.some((found) => found.includes(problem)))) {
    findings.set('self-check', { line: `self-check: axe found a nameless button: ${axeSees}; the fields' check found `
      + JSON.stringify(fields), screens: ['login'] });
  }
}

// --- signed out: the login page

{
  const browser = await openBrowser('sv');
  try {
    await browser.page.goto(TASKLIST);
    await browser.page.locator('input[type=password]').waitFor();
    await check(browser.page, 'login');
    await selfCheck(browser.page);
  } finally {
    await browser.close();
  }
}

// --- an EST member: the task list, a task, its tabs and dialogs, the start dialog, a filter read-only

await reportViolence(baseUrl, 'anna.lindqvist', { district: 'berga', place: 'Bergaskolan',
  description: 'Hot mot personal vid entrén.', source: 'skola' });
await asUser('anna.lindqvist', async (page) => {
  await check(page, 'start-page');
  await page.locator('.task-filters .item h4 a', { hasText: 'EST-arbetsgruppen' }).click();
  await page.locator('.tasks-list .task', { hasText: 'Bedöm händelsen' }).first().waitFor();
  await check(page, 'task-list');
  await page.locator('.tasks-list .task', { hasText: 'Bedöm händelsen' }).first().click();
  await page.locator(`${TASK} .fjs-form`).waitFor();
  await checkForm(page, 'task', TASK);
  await page.locator(`${TASK} button.claim`).click();
  await page.locator(`${TASK} button.unclaim`).waitFor();
  await check(page, 'task-claimed');
  await emptySubmit(page, TASK, `${TASK} button.btn-primary`, 'task-errors');

  const tabs = page.locator(`${TASK} .nav-tabs li a`);
  for (const [index, name] of ['history', 'diagram', 'description'].entries()) {
    await tabs.nth(index + 1).click();
    if (name === 'diagram') {
      await page.locator(`${TASK} .djs-container svg`).first().waitFor();
    }
    await check(page, 'task-' + name);
  }
  await page.locator('.createCommentLink').click();
  await page.locator('.modal-body textarea').waitFor();
  await check(page, 'comment-dialog');
  await page.keyboard.press('Escape');
  await page.locator('.modal-dialog').waitFor({ state: 'detached' });

  await page.locator('.task-filters .item.active .actions a').click();
  await page.locator('.filter-modal .modal-body').waitFor();
  await check(page, 'filter-dialog-staff');
  await page.keyboard.press('Escape');
  await page.locator('.modal-dialog').waitFor({ state: 'detached' });

  await page.locator('.start-process-action a').click();
  await page.locator('.modal-body a', { hasText: 'Rapportera händelse' }).waitFor();
  await check(page, 'start-dialog');
});

// --- every start form, as a user of a group that may start its process

for (const { process, form, user } of START_FORMS) {
  await asUser(user, async (page) => {
    await page.locator('.start-process-action a').click();
    await page.locator('.modal-body a', { hasText: process }).first().click();
    await page.locator('.modal-body .fjs-form').waitFor();
    await checkForm(page, 'start-form-' + form, '.modal-dialog');
    await emptySubmit(page, '.modal-dialog', '.modal-footer button.btn-primary', `start-form-${form}-errors`);
  });
}

// --- an administrator: a new filter and an existing one, every section

await asUser('admin', async (page) => {
  const modal = page.locator('.filter-modal');
  const section = (n) => modal.locator('.accordion-toggle').nth(n);
  await page.locator('.task-filters header button.btn-link').first().click();
  await modal.locator('.modal-body').waitFor();
  await check(page, 'filter-new');
  await section(1).click();
  await modal.locator('[ng-click="addCriterion()"]').click();
  await section(2).click();
  await modal.locator('[ng-click="addReadPermission()"]').click();
  await section(3).click();
  await modal.locator('[ng-click="addVariable()"]').click();
  await check(page, 'filter-new-every-section');
  await page.keyboard.press('Escape');
  await modal.waitFor({ state: 'detached' });

  await page.locator('.task-filters .item h4 a', { hasText: 'EST-arbetsgruppen' }).click();
  await page.locator('.task-filters .item.active .actions a').click();
  await modal.locator('.modal-body').waitFor();
  await section(1).click();
  await check(page, 'filter-edit');
  await page.keyboard.press('Escape');
});

// --- every form of a user task, opened by a user of its candidate group

const byUser = new Map();
for (const task of formTasks) {
  byUser.set(task.user, [...(byUser.get(task.user) || []), task]);
}
for (const [user, tasks] of byUser) {
  await asUser(user, async (page) => {
    for (const task of tasks) {
      await openTask(page, baseUrl, task.taskId);
      await checkForm(page, `form-${task.form}`, TASK);
      if (await page.locator(`${TASK} button.claim`).count()) {
        await page.locator(`${TASK} button.claim`).click();
        await page.locator(`${TASK} button.unclaim`).waitFor();
      }
      await emptySubmit(page, TASK, `${TASK} button.btn-primary`, `form-${task.form}-errors`);
    }
  });
}

const missing = [...formTasks.map((task) => `form-${task.form}`), ...startForms.map((form) => `start-form-${form}`)]
  .filter((screen) => !checked.includes(screen));
if (taskFile && (formTasks.length === 0 || missing.length)) {
  findings.set('missing', { line: `forms not checked: ${missing.join(', ') || 'no task was given'}`, screens: [] });
}
console.log(`axe-core over ${checked.length} screens of Tasklist as staff, administrators and each form's group; `
  + `screenshots in ${screenshotDir}`);
if (findings.size) {
  console.log(`Serious or critical WCAG 2.1 A/AA findings (${findings.size}):\n` + [...findings.values()]
    .map(({ line, screens }) => `${line}\n    on ${screens.length} screen(s): ${screens.join(', ')}`).join('\n'));
  process.exit(1);
}
console.log('No serious or critical WCAG 2.1 A/AA finding.');
