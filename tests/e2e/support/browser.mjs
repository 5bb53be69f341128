// Debian's Chromium driven by playwright-core; no browser is ever downloaded.

import { chromium } from 'playwright-core';

/** Flags that make headless Chromium work on these machines and stay off the network. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
  });
}

/**
 * A new page that records uncaught errors and console errors, so a test can assert the app
 * ran cleanly.
 */
export async function openPage(browser) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  return { page, problems };
}

/**
 * [`openPage`] on `browser` (or a browser context), also recording every Content-Security-Policy
 * violation of the page's documents in `window.__violations`.
 */
export async function openPageRecordingViolations(browser) {
  const opened = await openPage(browser);
  await opened.page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  return opened;
}
