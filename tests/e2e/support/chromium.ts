/**
 * How every Lector test and benchmark starts Debian's Chromium. Free of vitest
 * imports so benchmarks can load it too.
 */
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** No sandbox (root in CI), no GPU, and nothing that talks to the network (the machine has none). */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface LaunchedExtension {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Defaults (in e2e tests) to the build made by tests/e2e/global-setup.ts. */
  extensionDir?: string;
  /** Extra Chromium flags (e.g. `--enable-speech-dispatcher`). */
  args?: string[];
  /** Extra environment for the browser (e.g. a private D-Bus session bus). */
  env?: Record<string, string>;
  /** A profile folder to keep between launches (a restart); a fresh temporary one by default. */
  userDataDir?: string;
  /** The page size; a desktop window (1280 × 900) by default. */
  viewport?: { width: number; height: number };
}

/** Chromium with the unpacked extension in `extensionDir` loaded, once its service worker runs. */
export async function launchChromiumWithExtension(extensionDir: string, options: LaunchOptions = {}): Promise<LaunchedExtension> {
  const context = await chromium.launchPersistentContext(options.userDataDir ?? '', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    ...(options.env ? { env: { ...process.env, ...options.env } as Record<string, string> } : {}),
    args: [...CHROMIUM_FLAGS, `--load-extension=${extensionDir}`, `--disable-extensions-except=${extensionDir}`, ...(options.args ?? [])],
  });
  try {
    const serviceWorker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    const extensionId = new URL(serviceWorker.url()).host;
    // Each launch is a fresh install, which opens the welcome tab. Tests start once it is there: opened later, it
    // would become the active tab under a test's page, and pages whose URL is hidden from us (chrome://…) are
    // found as the active tab (tabIdOf).
    const deadline = Date.now() + 10_000;
    while (!context.pages().some((page) => page.url().endsWith('/welcome.html')) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return { context, serviceWorker, extensionId, close: () => context.close() };
  } catch (error) {
    await context.close();
    throw error;
  }
}
