// The built `consentry-collector` CLI (dist/server/cli.js, built by `npm test` before vitest)
// as a child process, for the tests that run it as an operator would.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ADMIN_TOKEN } from './fixtures';

export const CLI = fileURLToPath(new URL('../dist/server/cli.js', import.meta.url));

/** Throws unless the CLI has been built. */
export function requireBuiltCli(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` (npm test builds before vitest runs).`);
}

/** Runs the CLI to completion in `cwd`, for flags that exit at once and for start-up failures. */
export function runCli(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 25_000, cwd });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Starts the CLI on a free port with the test admin token, and resolves with its base URL once it
 * listens; `said(pattern)` resolves once what it writes to stdout and stderr matches `pattern`.
 */
export function startCli(args: string[]): Promise<{ child: ChildProcess; url: string; said(pattern: RegExp): Promise<void> }> {
  const child = spawn(process.execPath, [CLI, '--port', '0', ...args], {
    env: { ...process.env, CONSENTRY_ADMIN_TOKEN: ADMIN_TOKEN },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let listeners: { pattern: RegExp; resolve(): void }[] = [];
  const said = (pattern: RegExp) =>
    new Promise<void>((resolve) => {
      if (pattern.test(output)) resolve();
      else listeners.push({ pattern, resolve });
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the collector did not start:\n${output}`)), 25_000);
    const read = (chunk: Buffer) => {
      output += chunk;
      for (const listener of listeners) if (listener.pattern.test(output)) listener.resolve();
      listeners = listeners.filter((listener) => !listener.pattern.test(output));
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]!, said });
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => reject(new Error(`the collector exited with ${code}:\n${output}`)));
  });
}

/** Resolves with the signal that ended `child`, or its exit code. */
export function exited(child: ChildProcess): Promise<NodeJS.Signals | number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.signalCode ?? child.exitCode);
    else child.once('exit', (code, signal) => resolve(signal ?? code));
  });
}
