// Tasklist with the keyboard alone: an EST member signs in, goes to a report's "Bedöm händelsen" in the task list,
// takes it, writes the assessment, ticks the checkbox and completes the task, with Tab, Space and Enter only
// (page.keyboard; no click, no fill). Every element the focus lands on must show it: an outline at least 1px wide
// in a colour that is not transparent (styles/user-styles.css gives every focusable element one). Run by TasklistAccessibilityInBrowserTest, which then checks with
// the engine that the task was completed by her; or by hand:
//
//   node browser-tests/keyboard.mjs http://localhost:8080 target/browser-screenshots/accessibility
import fs from 'node:fs';
import path from 'node:path';
import { openBrowser } from './lib/browser.mjs';
import { PASSWORD, reportViolence } from './lib/camunda.mjs';
import { TASK } from './lib/tasklist.mjs';

const [baseUrl = 'http://localhost:8080', screenshotDir = 'target/browser-screenshots/accessibility'] =
  process.argv.slice(2);
const TASKLIST = baseUrl.replace(/\/$/, '') + '/camunda/app/tasklist/';
const USER = 'anna.lindqvist';
const ASSESSMENT = 'Polisen följer upp med skolan i dag.';
const MAX_TABS = 120;
fs.mkdirSync(screenshotDir, { recursive: true });
const problems = [];
let shot = 0;

/** The focused element: a short description, and whether its focus is visible. */
async function focused(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) {
      return { description: 'body', visible: true, body: true };
    }
    const style = getComputedStyle(element);
    const visible = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1
      && !/rgba\(.*,\s*0\)$|transparent/.test(style.outlineColor);
    const text = (element.getAttribute('aria-label') || element.textContent || element.value || '')
      .replace(/\s+/g, ' ').trim().slice(0, 40);
    const id = element.id ? '#' + element.id : '';
    const classes = typeof element.className === 'string' && element.className
      ? '.' + element.className.trim().split(/\s+/).slice(0, 3).join('.') : '';
    return { description: `<${element.tagName.toLowerCase()}${id}${classes}> "${text}"`, visible };
  });
}

/** Presses Tab until the focused element matches `test` (run in the page), checking each stop shows its focus. */
async function tabTo(page, what, test, argument) {
  for (let presses = 1; presses <= MAX_TABS; presses++) {
    await page.keyboard.press('Tab');
    await page.waitForTimeout(60);
    const now = await focused(page);
    if (!now.body && !now.visible) {
      problems.push(`the focus is not visible on ${now.description} (on the way to ${what})`);
    }
    if (await page.evaluate(test, argument)) {
      console.log(`keyboard: ${what} after ${presses} Tab(s): ${now.description}`);
      await page.screenshot({ path: path.join(screenshotDir, `keyboard-${String(++shot).padStart(2, '0')}.png`) });
      return;
    }
  }
  throw new Error(`${what} not reached with ${MAX_TABS} presses of Tab`);
}

const isTask = (name) => {
  const a = document.activeElement;
  return !!a && !!a.closest('.tasks-list .task') && a.closest('.tasks-list .task').textContent.includes(name);
};
const matches = (selector) => !!document.activeElement && document.activeElement.matches(selector);
const isField = (label) => {
  const a = document.activeElement;
  const labelled = a && a.id && document.querySelector(`label[for="${a.id}"]`);
  return !!labelled && labelled.textContent.replace(/\*/g, '').trim() === label;
};

await reportViolence(baseUrl, USER, { district: 'berga', place: 'Bergaskolan',
  description: 'Hot mot personal vid entrén.', source: 'skola' });

const browser = await openBrowser('sv');
const { page } = browser;
try {
  // signing in: the name, Tab, the password, Enter
  await page.goto(TASKLIST);
  await page.locator('input[type=password]').waitFor();
  await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
  if (!await page.evaluate(matches, 'input[type=text]')) {
    await tabTo(page, 'the user name field', matches, 'input[type=text]');
  }
  await page.keyboard.type(USER);
  await tabTo(page, 'the password field', matches, 'input[type=password]');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await page.locator('.tasks-list .task', { hasText: 'Bedöm händelsen' }).first().waitFor();
  await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});

  // the task in the list of the groups' tasks, opened with Enter
  await tabTo(page, 'the task "Bedöm händelsen"', isTask, 'Bedöm händelsen');
  await page.keyboard.press('Enter');
  await page.locator(`${TASK} .fjs-form`).waitFor();
  await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});

  // taken with Enter on "Ta uppgiften"
  await tabTo(page, 'the button that takes the task', matches, `${TASK} button.claim`);
  await page.keyboard.press('Enter');
  await page.locator(`${TASK} button.unclaim`).waitFor();
  await page.waitForTimeout(500);

  // the form: the assessment written, the checkbox ticked with Space
  await tabTo(page, 'the field "Bedömning"', isField, 'Bedömning');
  await page.keyboard.type(ASSESSMENT);
  await page.waitForTimeout(400);
  await tabTo(page, 'the checkbox "Åtgärd krävs före veckans genomgång"', isField,
    'Åtgärd krävs före veckans genomgång');
  await page.keyboard.press('Space');
  if (!await page.evaluate(() => document.activeElement.checked)) {
    problems.push('Space did not tick the checkbox');
  }

  // completed with Enter on "Slutför"
  await tabTo(page, 'the button that completes the task', matches, `${TASK} button.btn-primary`);
  await page.keyboard.press('Enter');
  await page.locator(`${TASK} .fjs-form`).waitFor({ state: 'detached' });
  await page.screenshot({ path: path.join(screenshotDir, `keyboard-${String(++shot).padStart(2, '0')}-done.png`) });
} catch (error) {
  await page.screenshot({ path: path.join(screenshotDir, 'keyboard-failed.png') }).catch(() => {});
  problems.push(`the keyboard alone did not get through: ${error.message}`);
} finally {
  await browser.close();
}

if (problems.length) {
  console.log(`Keyboard in Tasklist:\n- ${[...new Set(problems)].join('\n- ')}`);
  process.exit(1);
}
console.log('An EST member completed a task with the keyboard alone, the focus visible at every step.');
