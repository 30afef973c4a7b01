// Vitest global set-up for the engine suites: the demo server (demo/serve.mjs, the built files and
// a live collector) on ENGINES_PORT, or on a free port, with its database in a fresh temp dir.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

export default async function startDemoServer(project: TestProject): Promise<() => void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'consentry-engines-'));
  const server = spawn('node', ['demo/serve.mjs'], {
    env: { ...process.env, PORT: process.env.ENGINES_PORT ?? '0', HOST: '127.0.0.1', CONSENTRY_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // It prints "Consentry demo on http://127.0.0.1:<port>/ …" once it listens.
  const baseUrl = await new Promise<string>((resolve, reject) => {
    let output = '';
    server.stdout.on('data', (chunk: Buffer) => {
      output += chunk;
      const url = /on (http:\/\/\S+\/)/.exec(output)?.[1];
      if (url) resolve(url);
    });
    server.once('exit', (code) => reject(new Error(`demo/serve.mjs exited (${code}): ${output}`)));
  });
  project.provide('baseUrl', baseUrl);
  return () => {
    server.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  };
}
