// Reference data without a release, as people meet it: an administrator adds a district and retires another on
// Samverkan's page /referensdata; a member of staff, without any restart, is offered the new district (and no longer
// the retired one) in Tasklist's start form and reports in it; EST's assessment of a report made before the
// retirement still shows the retired district by its name.
// Run by ReferenceDataInBrowserTest against the whole application on H2 with the demo users, or by hand:
//
//   node browser-tests/reference-data.mjs http://localhost:8080 target/browser-screenshots
//
// Exits 1 with what was wrong; screenshots go to the folder (reference-data-*.png).
import fs from 'node:fs';
import path from 'node:path';
import { openBrowser } from './lib/browser.mjs';
import { PASSWORD, formField, reportViolence, signIn } from './lib/camunda.mjs';

const [baseUrl = 'http://localhost:8080', screenshotDir = 'target/browser-screenshots'] = process.argv.slice(2);
const BASE = baseUrl.replace(/\/$/, '');
const TASK = '[cam-tasklist-task]';
const NEW_DISTRICT = 'Nya Gränsö';
const RETIRED = { code: 'vikingstad', name: 'Vikingstad' };
fs.mkdirSync(screenshotDir, { recursive: true });
const problems = [];

async function shot(page, name) {
  await page.screenshot({ path: path.join(screenshotDir, `reference-data-${name}.png`), fullPage: true });
}

/** The engine's REST API as a demo user. */
async function rest(user, pathAndQuery) {
  const response = await fetch(BASE + '/engine-rest' + pathAndQuery, {
    headers: { Authorization: 'Basic ' + Buffer.from(`${user}:${PASSWORD}`).toString('base64') }
  });
  if (!response.ok) {
    throw new Error(`GET ${pathAndQuery} as ${user}: HTTP ${response.status} ${await response.text()}`);
  }
  return response.json();
}

/** What a form-js field shows: its text and the values of its inputs. */
async function shown(page, label, within) {
  const field = page.locator(`${within} .fjs-form-field`)
    .filter({ has: page.locator('label.fjs-form-field-label', { hasText: new RegExp('^\\s*' + label + '\\s*\\*?\\s*$') }) });
  return field.first().evaluate((element) => element.innerText + ' '
    + [...element.querySelectorAll('input')].map((input) => input.value).join(' '));
}

/** The options the start form's Stadsdel offers for what is typed. */
async function offered(page, typed) {
  const selector = await formField(page, 'Stadsdel').selector();
  await page.click(selector);
  await page.fill(selector, typed);
  await page.waitForTimeout(400);
  return page.locator('.fjs-dropdownlist-item').allTextContents();
}

// a report made before the retirement: violence in Vikingstad, which EST is to assess
await reportViolence(BASE, 'anna.lindqvist', { district: RETIRED.code, place: 'Vikingstads station',
  description: 'Hot mot en resenär på perrongen.', source: 'polis' });
const [assessment] = await rest('anna.lindqvist', '/task?processDefinitionKey=incident-report'
  + `&taskDefinitionKey=Task_AssessReport&processVariables=district_eq_${RETIRED.code}`);
if (!assessment) {
  throw new Error('EST has no assessment of the report in Vikingstad');
}

// --- an administrator adds a district and retires another on the page
{
  const browser = await openBrowser('sv');
  const { page } = browser;
  try {
    await signIn(page, BASE, 'tasklist', 'admin');
    await page.goto(BASE + '/referensdata');
    const districts = page.locator('section#stadsdelar');
    await districts.locator('form.search input[name=name]').fill(NEW_DISTRICT);
    await districts.locator('form.search button', { hasText: 'Lägg till' }).click();
    await page.locator('#done', { hasText: NEW_DISTRICT }).waitFor();
    await districts.locator(`tr[data-code="${RETIRED.code}"] button`, { hasText: 'Avveckla' }).click();
    await page.locator('#done', { hasText: `${RETIRED.name} är avvecklad` }).waitFor();
    const state = (await page.locator(`section#stadsdelar tr[data-code="${RETIRED.code}"] td.state`).textContent()).trim();
    if (state !== 'Nej, avvecklad') {
      problems.push(`the retired district's row says "${state}", not "Nej, avvecklad"`);
    }
    const history = await page.locator('section#history').innerText();
    for (const line of [`Tillagd: ${NEW_DISTRICT}`, `Avvecklad: ${RETIRED.name}`]) {
      if (!history.includes(line)) {
        problems.push(`the page's history lacks "${line}": ${JSON.stringify(history)}`);
      }
    }
    await shot(page, 'page');
  } finally {
    await browser.close();
  }
}

// --- a member of staff, without a restart: the start form offers the new district, not the retired one
{
  const browser = await openBrowser('sv');
  const { page } = browser;
  try {
    await signIn(page, BASE, 'tasklist', 'anna.lindqvist');
    await page.locator('.start-process-action a').click();
    await page.locator('.modal-body a', { hasText: 'Rapportera händelse' }).click();
    await page.locator('.modal-body .fjs-form').waitFor();
    await formField(page, 'Plats').fill('Gränsövägen 1');
    const retired = await offered(page, RETIRED.name);
    if (retired.some((option) => option.includes(RETIRED.name))) {
      problems.push(`the start form still offers the retired ${RETIRED.name}: ${JSON.stringify(retired)}`);
    }
    const added = await offered(page, 'Nya');
    if (!added.some((option) => option.includes(NEW_DISTRICT))) {
      problems.push(`the start form does not offer ${NEW_DISTRICT}: ${JSON.stringify(added)}`);
    }
    await formField(page, 'Stadsdel').choose(NEW_DISTRICT);
    await formField(page, 'Kategori').choose('Skadegörelse');
    await formField(page, 'Datum då händelsen inträffade')
      .fill(new Date(Date.now() - 24 * 3600 * 1000).toISOString().slice(0, 10));
    await page.keyboard.press('Tab');
    await formField(page, 'Klockslag').fill('12:00');
    await page.keyboard.press('Tab');
    await formField(page, 'Beskrivning').fill('Klotter på busskuren.');
    await formField(page, 'Källa').choose('Polisen');
    await shot(page, 'start-form');
    await page.locator('.modal-footer button.btn-primary').click();
    await page.locator('.modal-dialog').waitFor({ state: 'detached', timeout: 15000 }).catch(async () => {
      problems.push(`the report in ${NEW_DISTRICT} was not taken: ${JSON.stringify(
        await page.locator('.notifications .alert').allTextContents())}`);
    });
    await shot(page, 'reported');
  } finally {
    await browser.close();
  }
}

// --- EST's assessment of the report made before still shows the retired district by its name
{
  const browser = await openBrowser('sv');
  const { page } = browser;
  try {
    await signIn(page, BASE, 'tasklist', 'anna.lindqvist');
    await page.goto(`${BASE}/camunda/app/tasklist/default/#/?task=${assessment.id}`);
    await page.locator(`${TASK} .fjs-form`).waitFor();
    const district = await shown(page, 'Stadsdel', TASK);
    if (!district.includes(RETIRED.name)) {
      problems.push(`the assessment of the old report shows the district as ${JSON.stringify(district)}, not ${RETIRED.name}`);
    }
    await shot(page, 'old-report');
  } finally {
    await browser.close();
  }
}

if (problems.length > 0) {
  console.error('Reference data in the browser:\n- ' + problems.join('\n- '));
  process.exit(1);
}
console.log('Reference data in the browser: a district added and one retired on the page; the start form offers the '
  + 'new one at once, and the old report keeps the retired one\'s name');
