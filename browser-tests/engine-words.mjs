// No engine English reaches staff in Tasklist: a refused start form and a refused task form show Samverkan's
// Swedish reason alone (not "Cannot instantiate process definition …" nor Tasklist's heading in front of it,
// scripts/samverkan-refusals.js), and a required field left
// empty shows only the field's own message, no notification beside it. Run by EngineWordsInBrowserTest
// against the whole application on H2 with the demo users, or by hand:
//
//   node browser-tests/engine-words.mjs http://localhost:8080 target/browser-screenshots
import fs from 'node:fs';
import path from 'node:path';
import { openBrowser } from './lib/browser.mjs';
import { formField, reportViolence, signIn } from './lib/camunda.mjs';

const [baseUrl = 'http://localhost:8080', screenshotDir = 'target/browser-screenshots'] = process.argv.slice(2);
fs.mkdirSync(screenshotDir, { recursive: true });
const problems = [];
const ENGINE_WORDS = /Cannot|process definition|Exception|incident-report:|task form/;

const TASK = '[cam-tasklist-task]';

/** Closes Tasklist's notifications, which stay until closed. */
async function closeNotifications(page) {
  for (const close of await page.locator('.notifications .alert .close').all()) {
    await close.click().catch(() => {});
  }
  await page.locator('.notifications .alert').first().waitFor({ state: 'detached', timeout: 5000 }).catch(() => {});
}

async function notifications(page) {
  return (await page.locator('.notifications .alert').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
}

// a report of violence, submitted as an EST member does, so that EST has a "Bedöm händelsen" of its own to refuse
await reportViolence(baseUrl, 'anna.lindqvist', { district: 'berga', place: 'Bergaskolan',
  description: 'Hot mot personal vid entrén.', source: 'skola' });

const browser = await openBrowser('sv');
const { page } = browser;
try {
  await signIn(page, baseUrl, 'tasklist', 'anna.lindqvist');
  await page.locator('.start-process-action a').click();
  await page.locator('.modal-body a', { hasText: 'Rapportera händelse' }).click();
  await page.locator('.modal-body .fjs-form').waitFor();

  // a required field left empty: the fields say so, nothing else does
  await page.locator('.modal-footer button.btn-primary').click();
  await page.locator('.fjs-form-field-error').first().waitFor();
  await page.waitForTimeout(1500);
  const empty = await notifications(page);
  if (empty.length > 0) {
    problems.push(`an empty required field also gave the notification(s) ${JSON.stringify(empty)}`);
  }
  const fieldErrors = await page.locator('.fjs-form-field-error').allTextContents();
  if (!fieldErrors.some((text) => text.includes('Fältet måste fyllas i.'))) {
    problems.push(`the empty fields did not say "Fältet måste fyllas i.": ${JSON.stringify(fieldErrors)}`);
  }
  await page.screenshot({ path: path.join(screenshotDir, 'engine-words-required.png'), fullPage: true });

  // a report dated in the future: the server refuses it, with its reason alone
  const tomorrow = new Date(Date.now() + 2 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  await formField(page, 'Plats').fill('Rydstorget');
  await formField(page, 'Stadsdel').choose('Ryd');
  await formField(page, 'Kategori').choose('Skadegörelse');
  await formField(page, 'Datum då händelsen inträffade').fill(tomorrow);
  await page.keyboard.press('Tab');
  await formField(page, 'Klockslag').fill('12:00');
  await page.keyboard.press('Tab');
  await formField(page, 'Beskrivning').fill('Klotter på fasaden.');
  await formField(page, 'Källa').choose('Polisen');
  await page.locator('.modal-footer button.btn-primary').click();
  await page.locator('.notifications .alert').first().waitFor();
  const refused = await notifications(page);
  await page.screenshot({ path: path.join(screenshotDir, 'engine-words-refused-start.png'), fullPage: true });
  if (refused.length !== 1 || !refused[0].includes('Rapporten sparades inte.')) {
    problems.push(`a refused start showed ${JSON.stringify(refused)}, not the Swedish reason`);
  }
  for (const text of refused) {
    if (ENGINE_WORDS.test(text) || text.includes('Det gick inte att starta processen') || /^[×\s]*:/.test(text)) {
      problems.push(`a refused start showed more than the Swedish reason: ${JSON.stringify(text)}`);
    }
  }
  await page.keyboard.press('Escape');
  await closeNotifications(page);

  // an assessment of nothing but spaces: Camunda Forms lets it through, the server refuses it with its reason alone
  await page.locator('.modal-dialog').waitFor({ state: 'detached', timeout: 5000 }).catch(() => {});
  await page.locator('.task-filters .item h4 a', { hasText: 'EST-arbetsgruppen' }).click();
  await page.locator('.tasks-list li.task', { hasText: 'Bedöm händelsen' }).first().click();
  await page.locator(`${TASK} .fjs-form`).waitFor();
  if (await page.locator(`${TASK} button.claim`).count()) {
    await page.locator(`${TASK} button.claim`).click();
  }
  await page.locator(`${TASK} button.unclaim`).waitFor();
  await formField(page, 'Bedömning', TASK).fill('   ');
  await page.keyboard.press('Tab');
  await closeNotifications(page);
  await page.locator(`${TASK} button.btn-primary`).click();
  await page.locator('.notifications .alert').first().waitFor();
  const refusedTask = await notifications(page);
  await page.screenshot({ path: path.join(screenshotDir, 'engine-words-refused-task.png'), fullPage: true });
  if (refusedTask.length !== 1 || !refusedTask[0].includes('Bedömning saknas')) {
    problems.push(`a refused task form showed ${JSON.stringify(refusedTask)}, not the Swedish reason`);
  }
  for (const text of refusedTask) {
    if (ENGINE_WORDS.test(text) || text.includes('Ett fel uppstod') || /^[×\s]*:/.test(text)) {
      problems.push(`a refused task form showed more than the Swedish reason: ${JSON.stringify(text)}`);
    }
  }
  if (!(await page.locator('.tasks-list li.task', { hasText: 'Bedöm händelsen' }).count())) {
    problems.push('the refused assessment left the task list');
  }
} finally {
  await browser.close();
}

if (problems.length > 0) {
  console.error('Engine words reached staff:\n- ' + problems.join('\n- '));
  process.exit(1);
}
console.log('Refusals of start and task forms in Tasklist: the Swedish reason alone.');
