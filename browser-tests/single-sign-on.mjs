// Single sign-on (profile oidc) as staff meet it: Samverkan without a session sends the browser to the
// municipality's identity provider (here the test's mock-oauth2-server and its login page), the person comes back
// signed in to Tasklist and lands on the filters of their group; signing out of Tasklist ends the provider's session
// too and leads to its login page again; a person none of whose groups is Samverkan's is refused in Swedish.
// Run by SingleSignOnWithOidcInBrowserTest against the application with profiles h2 and oidc, or by hand:
//
//   node browser-tests/single-sign-on.mjs http://127.0.0.1:8080 target/browser-screenshots
//
// Exits 1 with what was wrong; screenshots go to the folder (single-sign-on-*.png).
import fs from 'node:fs';
import path from 'node:path';
import { openBrowser } from './lib/browser.mjs';

const [baseUrl = 'http://127.0.0.1:8080', screenshotDir = 'target/browser-screenshots'] = process.argv.slice(2);
const BASE = baseUrl.replace(/\/$/, '');
const EST_FILTER = 'EST-arbetsgruppen (Effektiv samordning för trygghet)';
fs.mkdirSync(screenshotDir, { recursive: true });
const problems = [];

async function shot(page, name) {
  await page.screenshot({ path: path.join(screenshotDir, `single-sign-on-${name}.png`), fullPage: true });
}

/** Signs in on the provider's login page as this person with these directory groups. */
async function signInAtProvider(page, user, given, family, groups) {
  await page.locator('input[name=username]').waitFor();
  if (!page.url().includes('/kommunen/authorize')) {
    problems.push(`the sign-in page was ${page.url()}, not the provider's`);
  }
  await page.fill('input[name=username]', user);
  await page.fill('textarea[name=claims]', JSON.stringify({
    preferred_username: user, given_name: given, family_name: family, email: `${user}@linkoping.se`, groups
  }));
  await page.locator('input[type=submit]').click();
}

const browser = await openBrowser('sv');
const { page } = browser;
const endSessions = [];
// what went wrong on the way, told when the script fails
const trouble = [];
page.on('requestfailed', (request) => trouble.push(`failed: ${request.method()} ${request.url()}`));
page.on('response', (response) => {
  if (response.status() >= 400 && !response.url().includes('/login/oauth2/code/')) {
    trouble.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
  }
});
page.on('pageerror', (error) => trouble.push(`page error: ${error}`));
page.on('console', (message) => {
  if (message.type() === 'error') {
    trouble.push(`console: ${message.text()}`);
  }
});
page.on('request', (request) => {
  if (request.url().includes('/kommunen/endsession')) {
    endSessions.push(request.url());
  }
});
try {
  // --- an EST member: from "/" through the provider to Tasklist and the group's filters
  await page.goto(BASE + '/');
  await signInAtProvider(page, 'anna.lindqvist', 'Anna', 'Lindqvist', ['SG-Samverkan-EST', 'Alla anställda']);
  // Tasklist's first start after signing in loads every script: give a busy machine time
  await page.locator('.task-filters .item h4 a').first().waitFor({ timeout: 60000 });
  if (!page.url().startsWith(BASE + '/camunda/app/tasklist/')) {
    problems.push(`after signing in the browser was at ${page.url()}, not in Tasklist`);
  }
  await page.locator('.task-filters .item h4 a', { hasText: EST_FILTER }).waitFor();
  const filters = (await page.locator('.task-filters .item h4 a').allTextContents())
    .map((name) => name.trim().replace(/\s+\(?\d+\)?$/, ''));
  for (const wanted of ['Mina gruppers uppgifter', 'Mina uppgifter', EST_FILTER]) {
    if (!filters.includes(wanted)) {
      problems.push(`Tasklist's filters ${JSON.stringify(filters)} lack "${wanted}"`);
    }
  }
  const active = (await page.locator('.task-filters .item.active h4 a').textContent()).trim();
  if (active.replace(/\s+\(?\d+\)?$/, '') !== 'Mina gruppers uppgifter') {
    problems.push(`the EST member landed on the filter "${active}"`);
  }
  const account = (await page.locator('li.account > a.dropdown-toggle').textContent()).trim();
  if (!account.includes('Anna Lindqvist') && !account.includes('anna.lindqvist')) {
    problems.push(`Tasklist's header names "${account}", not the person signed in`);
  }
  await shot(page, 'tasklist-est');

  // --- signing out of Tasklist signs out of the provider too, and the next visit asks to sign in again
  await page.locator('li.account > a.dropdown-toggle').click();
  await page.locator('li.account li.logout a').click();
  await page.locator('input[name=username]').waitFor();
  if (endSessions.length !== 1) {
    problems.push(`signing out went to the provider's end of session ${endSessions.length} times, not once`);
  }
  await shot(page, 'signed-out');

} catch (error) {
  problems.push(String(error && error.stack || error) + ` (at ${page.url()})`);
  await shot(page, 'failure').catch(() => {});
} finally {
  await browser.close();
}

// --- a person with none of Samverkan's groups is refused, in Swedish (in a browser of their own)
{
  const other = await openBrowser('sv');
  try {
    await other.page.goto(BASE + '/');
    const refused = other.page.waitForResponse((response) => response.url().startsWith(BASE + '/login/oauth2/code/samverkan'));
    await signInAtProvider(other.page, 'olle.ekonom', 'Olle', 'Ekonom', ['Ekonomi', 'Alla anställda']);
    const answer = await refused;
    if (answer.status() !== 403) {
      problems.push(`a person without a Samverkan group got HTTP ${answer.status()}, not 403`);
    }
    const text = await other.page.locator('main').textContent();
    if (!text.includes('olle.ekonom är inte med i någon av Samverkans grupper')) {
      problems.push(`the refusal said ${JSON.stringify(text.trim().slice(0, 300))}`);
    }
    await shot(other.page, 'refused');
  } catch (error) {
    problems.push(String(error && error.stack || error) + ` (at ${other.page.url()})`);
  } finally {
    await other.close();
  }
}

if (problems.length > 0) {
  if (trouble.length > 0) {
    console.log('On the way:\n  ' + trouble.join('\n  '));
  }
  console.log('Single sign-on in the browser went wrong:\n- ' + problems.join('\n- '));
  process.exit(1);
}
console.log('Single sign-on in the browser: signed in through the provider, landed on the group\'s filters, '
  + 'signed out through the provider, refused without a group.');
