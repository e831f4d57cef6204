// Debian's Chromium driven by playwright-core: no browser download, the flags this machine needs
// (no background connections to Google's hosts, which the closed network refuses) and a fresh profile
// for every user, so that no session, stored locale file or cache carries over.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'
];

/** The browser languages the tests use: what Chromium sends and what navigator.languages says. */
export const LANGUAGES = {
  sv: { locale: 'sv-SE', acceptLanguage: 'sv-SE,sv;q=0.9' },
  en: { locale: 'en-US', acceptLanguage: 'en-US,en;q=0.9' }
};

export async function openBrowser(language) {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM)`);
  }
  const { locale, acceptLanguage } = LANGUAGES[language];
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkan-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    locale,
    timezoneId: 'Europe/Stockholm',
    extraHTTPHeaders: { 'Accept-Language': acceptLanguage },
    viewport: { width: 1400, height: 900 }
  });
  context.setDefaultTimeout(15000);
  const page = context.pages()[0] || await context.newPage();
  return {
    context,
    page,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    }
  };
}
