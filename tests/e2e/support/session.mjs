// The set-up most end-to-end files share: headless Chromium and a static server of the built
// app for the whole file, closed after its last test.

import { after, before } from 'node:test';
import { mkdir } from 'node:fs/promises';

import { launchChromium } from './browser.mjs';
import { startStaticServer } from './server.mjs';

/**
 * Registers `before` / `after` hooks that start Chromium and a server of `root` (with the
 * server's `overrides` and options, see server.mjs), and with `artifacts` make that folder for
 * screenshots. Returns `{ browser, server }`, filled in once the hooks have run.
 */
export function browserAndServer(root, { artifacts, overrides = {}, serverOptions = {} } = {}) {
  const session = { browser: null, server: null };
  before(async () => {
    session.browser = await launchChromium();
    session.server = await startStaticServer(root, overrides, serverOptions);
    if (artifacts) await mkdir(artifacts, { recursive: true });
  });
  after(async () => {
    await session.server?.close();
    await session.browser?.close();
  });
  return session;
}
