// axe-core (npm, pinned in package.json) run in a playwright page: the WCAG 2.1 A and AA rules, and the findings
// a person would be stopped by (impact serious or critical) told in a line each.
import { createRequire } from 'node:module';
import fs from 'node:fs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The rule sets of WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The impacts that fail a screen. */
export const BLOCKING = ['serious', 'critical'];

/**
 * Runs axe-core over the page as it is now (or over the part `include` selects) and returns every violation of
 * the WCAG 2.1 A/AA rules: { id, impact, help, helpUrl, targets: [css selector, ...], summaries: [...] }.
 */
export async function axeViolations(page, { include } = {}) {
  const loaded = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!loaded) {
    await page.evaluate(AXE_SOURCE);
  }
  const result = await page.evaluate(async ({ include, tags }) => {
    const context = include ? { include: [include] } : document;
    const run = await window.axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return run.violations.map(v => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      targets: v.nodes.map(n => n.target.join(' ')),
      summaries: v.nodes.map(n => n.failureSummary)
    }));
  }, { include, tags: WCAG_21_AA });
  return result;
}

/** The violations of `violations` that stop a person (serious or critical). */
export function blocking(violations) {
  return violations.filter(v => BLOCKING.includes(v.impact));
}

/** One readable block per finding, for a test's failure message. */
export function describe(screen, violations) {
  return violations.map(v => `${screen}: [${v.impact}] ${v.id} — ${v.help} (${v.helpUrl})\n`
    + v.targets.slice(0, 8).map((t, i) => `    at ${t}\n      ${(v.summaries[i] || '').replace(/\n/g, '\n      ')}`)
      .join('\n')).join('\n');
}

/**
 * Checks the screen and remembers its blocking findings in `findings` (an array shared by one script), so one run
 * lists every screen's findings before it fails.
 */
export async function checkScreen(page, screen, findings, options = {}) {
  const found = blocking(await axeViolations(page, options));
  if (found.length) {
    findings.push(describe(screen, found));
  }
  console.log(`axe: ${screen}: ${found.length ? found.length + ' serious or critical' : 'no serious or critical finding'}`);
  return found;
}
