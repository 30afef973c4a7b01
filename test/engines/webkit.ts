// WebKitGTK, Safari's engine (Debian's webkit2gtk-driver), through classic WebDriver: selenium-webdriver
// talks to WebKitWebDriver, which drives MiniBrowser in automation mode on a virtual X display
// (xvfb-run), since WebKitGTK has no headless mode.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { Builder, type WebDriver, type WebElement } from 'selenium-webdriver';
import { findTarget, type Engine, type EnginePage } from './engine';

const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
// Only catches a hang: on a loaded machine an element can take seconds to appear.
const WAIT_MS = 30_000;

/** A port no one listens on, unless WEBKIT_DRIVER_PORT names one. */
async function driverPort(): Promise<number> {
  if (process.env.WEBKIT_DRIVER_PORT) return Number(process.env.WEBKIT_DRIVER_PORT);
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts WebKitWebDriver under xvfb-run and resolves once it answers /status. */
async function startDriver(port: number): Promise<ChildProcess> {
  // Its own process group, so closing ends xvfb-run, Xvfb and the driver together.
  const child = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`, '--host=127.0.0.1'], { detached: true, stdio: 'ignore' });
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`WebKitWebDriver exited (${code})`))));
  const deadline = Date.now() + 30_000;
  for (;;) {
    const ready = fetch(`http://127.0.0.1:${port}/status`).then(
      (response) => response.ok,
      () => false,
    );
    if (await Promise.race([ready, exited])) return child;
    if (Date.now() > deadline) throw new Error('WebKitWebDriver did not start within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const CAPABILITIES = { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } };

// A new session (MiniBrowser starting) takes well under a second; now and then, on a loaded
// machine, WebKitWebDriver never answers the request at all (seen about once in ten runs of the
// three engines at once, while the test itself had not started). Such a driver is replaced.
const SESSION_MS = 20_000;

export async function launchWebKit(): Promise<Engine> {
  let port = await driverPort();
  let child = await startDriver(port);
  const stopDriver = (driver: ChildProcess) => driver.pid !== undefined && process.kill(-driver.pid, 'SIGTERM');

  /** A session on the running driver, or, when it does not answer in time, on a new driver (once). */
  async function newSession(): Promise<WebDriver> {
    for (let attempt = 1; ; attempt++) {
      const session = new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(CAPABILITIES).build();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<null>((resolve) => (timer = setTimeout(resolve, SESSION_MS, null)));
      const driver = await Promise.race([session, late]);
      clearTimeout(timer);
      if (driver) return driver;
      session.catch(() => {});
      if (attempt === 2) throw new Error(`WebKitWebDriver started no session within ${SESSION_MS / 1000} s, twice`);
      stopDriver(child);
      port = await driverPort();
      child = await startDriver(port);
    }
  }

  return {
    async newPage(baseUrl): Promise<EnginePage> {
      // A WebDriver session per page: each starts MiniBrowser with an ephemeral profile, so nothing
      // of an earlier page survives, not even a cookie set by a response that was still on its way.
      const driver = await newSession();
      return {
        goto: (path) => driver.get(new URL(path, baseUrl).href),
        reload: () => driver.navigate().refresh(),
        async click(target) {
          // Waits while the script finds nothing (null is falsy to driver.wait).
          const element = (await driver.wait(() => driver.executeScript<WebElement | null>(`return ${findTarget(target)}`), WAIT_MS)) as WebElement;
          await driver.wait(() => element.isDisplayed(), WAIT_MS);
          await element.click();
        },
        evaluate: (expression) => driver.executeScript(`return ${expression}`),
        cookies: async () =>
          (await driver.manage().getCookies()).map(({ name, value, expiry }) => ({
            name,
            value,
            expires: expiry === undefined ? null : typeof expiry === 'number' ? expiry : expiry.getTime() / 1000,
          })),
        close: () => driver.quit(),
      };
    },
    async close() {
      // Its own process group (see startDriver): xvfb-run, Xvfb and WebKitWebDriver end together.
      stopDriver(child);
    },
  };
}
