// The living demo as its users open it: after the simulated quarter, each named person of the staff signs in to
// Tasklist and lands on "Mina gruppers uppgifter" with work of their own in the list — the district coordinator the
// district day's planning, the politician the acute matter and the citizen promise's follow-up — and the auditor
// finds Granskning from Cockpit. Run by DemoUsersWithDemoInBrowserTest, or by hand against a fresh demo:
//
//   node browser-tests/demo-users.mjs http://localhost:8080 target/browser-screenshots
//
// Exits 1 with what was wrong; screenshots go to the folder (demo-users-*.png).
import fs from 'node:fs';
import path from 'node:path';
import { openBrowser } from './lib/browser.mjs';
import { signIn } from './lib/camunda.mjs';

const [baseUrl = 'http://localhost:8080', screenshotDir = 'target/browser-screenshots'] = process.argv.slice(2);
fs.mkdirSync(screenshotDir, { recursive: true });
const problems = [];

// who, and a task name (its beginning) that person must find among their work
const staff = [
  ['anna.lindqvist', 'Bedöm händelsen'],
  ['erik.sandberg', 'Bedöm händelsen'],
  ['sara.nilsson', 'Planera inför: Stadsdelsdag i Skäggetorp'],
  ['johan.berg', 'Besluta om ärende:'],
  ['maria.ek', 'Genomför insats:'],
  ['lars.holm', 'Följ upp medborgarlöftet'],
  ['mats.berglund', 'Planera inför: Stadsdelsdag i Skäggetorp'],
];

for (const [user, expected] of staff) {
  const browser = await openBrowser('sv');
  const { page } = browser;
  try {
    await signIn(page, baseUrl, 'tasklist', user);
    const filter = page.locator('.task-filters .item.active h4 a');
    await filter.waitFor();
    const landed = (await filter.textContent()).trim().replace(/\s+\(?\d+\)?$/, '');
    if (landed !== 'Mina gruppers uppgifter') {
      problems.push(`${user} landed on the filter "${landed}", not on "Mina gruppers uppgifter"`);
    }
    await page.locator('.tasks-list li.task').first().waitFor({ timeout: 30000 }).catch(() => {});
    const names = (await page.locator('.tasks-list li.task').allTextContents())
      .map(text => text.replace(/\s+/g, ' ').trim());
    if (names.length === 0) {
      problems.push(`${user} landed on an empty list`);
    } else if (!names.some(name => name.includes(expected))) {
      problems.push(`${user} does not find "${expected}…" among ${JSON.stringify(names)}`);
    }
    await page.screenshot({ path: path.join(screenshotDir, `demo-users-${user}.png`), fullPage: true });
  } catch (error) {
    problems.push(`${user}: ${error.message}`);
  } finally {
    await browser.close();
  }
}

// the auditor: no tasks, but the way to Granskning from Cockpit
{
  const browser = await openBrowser('sv');
  const { page } = browser;
  try {
    await signIn(page, baseUrl, 'cockpit', 'karin.wall');
    await page.locator('li.samverkan-pages > a', { hasText: 'Samverkan' }).waitFor();
    const links = await page.locator('li.samverkan-page a').allTextContents();
    if (!links.includes('Granskning')) {
      problems.push(`karin.wall finds no Granskning in Cockpit: ${JSON.stringify(links)}`);
    }
    await page.screenshot({ path: path.join(screenshotDir, 'demo-users-karin.wall.png'), fullPage: true });
  } catch (error) {
    problems.push(`karin.wall: ${error.message}`);
  } finally {
    await browser.close();
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`demo users: each of ${staff.length} staff landed on their own work; the auditor found Granskning`);
