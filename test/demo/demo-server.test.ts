// @vitest-environment node
// `npm start` (demo/serve.mjs over the built files): the demo pages and dist/ as before, and the
// collector under /consent storing receipts in SQLite under CONSENTRY_DATA_DIR.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validReceipt } from '../fixtures/receipt';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const data = mkdtempSync(join(tmpdir(), 'consentry-demo-'));
let server: ChildProcess;
let base: string;

beforeAll(async () => {
  if (!existsSync(`${ROOT}dist/consentry.js`) || !existsSync(`${ROOT}packages/collector/dist/server/index.js`))
    throw new Error('dist/ is missing: run `npm run build` (npm test builds before vitest runs).');
  server = spawn(process.execPath, ['demo/serve.mjs'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', CONSENTRY_DATA_DIR: data },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  base = await new Promise((resolve, reject) => {
    let output = '';
    const read = (chunk: Buffer) => {
      output += chunk;
      const match = /Consentry demo on (http:\/\/\S+?)\/ /.exec(output);
      if (match) resolve(match[1]!);
    };
    server.stdout!.on('data', read);
    server.stderr!.on('data', read);
    server.once('exit', (code) => reject(new Error(`the demo server exited with ${code}:\n${output}`)));
  });
});

afterAll(async () => {
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await exited;
  rmSync(data, { recursive: true, force: true });
});

describe('the demo server', () => {
  it('serves the demo pages and the built files', async () => {
    for (const [path, type] of [
      ['/', 'text/html; charset=utf-8'],
      ['/receipts.html', 'text/html; charset=utf-8'],
      ['/dist/consentry.js', 'text/javascript; charset=utf-8'],
    ]) {
      const response = await fetch(`${base}${path}`);
      expect([path, response.status, response.headers.get('content-type')]).toEqual([path, 200, type]);
    }
    const missing = await fetch(`${base}/no-such-page.html`);
    expect([missing.status, await missing.text()]).toEqual([404, 'not found']);
  });

  it('stores receipts posted to /consent/v1/receipts from its own pages, and lists them by subject', async () => {
    const receipt = validReceipt({ page: `${base}/` });
    const posted = await fetch(`${base}/consent/v1/receipts`, { method: 'POST', headers: { origin: base }, body: JSON.stringify(receipt) });
    expect(posted.status).toBe(201);
    const history = await (await fetch(`${base}/consent/v1/subjects/${receipt.subjectId}/receipts`)).json();
    expect(history.receipts).toEqual([{ ...receipt, ...(await posted.json()) }]);
    expect(readdirSync(data).sort()).toEqual(expect.arrayContaining(['receipts.sqlite', 'signing.key']));
  });

  it('gives the receipts page what it needs: the script tag build and the endpoint', async () => {
    const page = await (await fetch(`${base}/receipts.html`)).text();
    expect(page).toContain('<script src="/dist/consentry.js"');
    expect(page).toContain('data-endpoint="/consent/v1/receipts"');
    expect(page).toContain('/consent/v1/subjects/');
  });
});
