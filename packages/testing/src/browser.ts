import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Work Chromium does that no test looks at, measured on the sign-on test (Chromium's CPU time
 * 16 s → 8.5 s): the new headless mode renders the omnibox popup, a WebUI page, in a process of
 * its own for every context (~0.4 CPU-s each), and gives every site a process. Pages still reach
 * every origin over real HTTP: CORS, cookies and SameSite are the network service's checks, not
 * the process model's.
 */
const UNUSED_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup'];
const NO_SITE_PER_PROCESS = '--disable-site-isolation-trials';

/**
 * Debian's Chromium (README.md "Two commands": never a downloaded browser), headless, with the flags
 * a closed network needs: nothing fetched in the background (updates, sync, QUIC probes).
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Browser tests need Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  // loaded here, not at the top: every test imports @stx/testing, few drive a browser
  const { chromium } = await import('playwright-core');
  const features = disabledFeatures();
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', NO_SITE_PER_PROCESS, ...(features ? [features.ours] : [])],
    ignoreDefaultArgs: features ? [features.playwrights] : undefined,
  });
}

/**
 * Chromium keeps only the last `--disable-features` it is given, and Playwright passes its own
 * (features that would make pages behave unlike a user's browser under automation): ours is
 * Playwright's list plus UNUSED_FEATURES, in place of Playwright's. Playwright does not publish its
 * list; read from its launcher, and when a later Playwright moves it, the browser keeps those
 * features on (slower, never different).
 */
function disabledFeatures(): { playwrights: string; ours: string } | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { server } = require('playwright-core/lib/coreBundle');
    const defaults: string[] = server.createPlaywright({ sdkLanguage: 'javascript' }).chromium._innerDefaultArgs({ args: [], headless: true });
    const playwrights = defaults.find((arg) => arg.startsWith('--disable-features='));
    return playwrights ? { playwrights, ours: `${playwrights},${UNUSED_FEATURES.join(',')}` } : undefined;
  } catch {
    return undefined;
  }
}
