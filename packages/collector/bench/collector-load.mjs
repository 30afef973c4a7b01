// Load benchmark for the receipt collector (run by hand: `npm run build && npm run bench:collector`).
// Starts the built CLI on a fresh SQLite file in a temporary directory, posts a bounded number of
// distinct receipts from 50 concurrent keep-alive clients over loopback, then reads the whole log
// back through the admin export to count receipts that were acknowledged but not stored (loss).
// Target on a 2-core machine: ≥ 4000 receipts/s, p99 < 50 ms, zero loss.
//
// `-- --database postgres://… --instances N` starts N collector processes on that PostgreSQL
// database instead (sharing one signing key) and spreads the client connections over them, as a
// load balancer would. The database should be a fresh one: verify checks the whole log.
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '20000' },
    concurrency: { type: 'string', default: '50' },
    database: { type: 'string' },
    instances: { type: 'string', default: '1' },
  },
});
const REQUESTS = Math.min(Number(values.requests), 200_000);
const CONCURRENCY = Number(values.concurrency);
const INSTANCES = Number(values.instances);
if (INSTANCES > 1 && values.database === undefined) {
  console.error('--instances above 1 needs --database postgres://…: SQLite is written by one process.');
  process.exit(1);
}
const cli = fileURLToPath(new URL('../dist/server/cli.js', import.meta.url));
if (!existsSync(cli)) {
  console.error(`${cli} is missing: run \`npm run build\` first.`);
  process.exit(1);
}

const ADMIN_TOKEN = randomUUID();
const directory = mkdtempSync(join(tmpdir(), 'consentry-bench-'));
const storageArgs = values.database === undefined ? ['--db', join(directory, 'receipts.sqlite')] : ['--database', values.database, '--key', join(directory, 'signing.key')];
const servers = [];
// However the bench ends, the collectors stop and their files go.
process.once('exit', () => {
  for (const server of servers) server.kill('SIGKILL');
  rmSync(directory, { recursive: true, force: true });
});
const bases = [];
// One after another: the first creates the shared key, the others read it.
for (let index = 0; index < INSTANCES; index += 1) {
  const server = spawn(process.execPath, [cli, '--port', '0', ...storageArgs, '--rate-limit', '0'], {
    env: { ...process.env, CONSENTRY_ADMIN_TOKEN: ADMIN_TOKEN },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  servers.push(server);
  bases.push(
    await new Promise((resolve, reject) => {
      let output = '';
      server.stdout.on('data', (chunk) => {
        output += chunk;
        const match = /listening on (http:\/\/\S+)/.exec(output);
        if (match) resolve(match[1]);
      });
      server.once('exit', (code) => reject(new Error(`the collector exited with ${code}`)));
    }),
  );
}
const base = bases[0];

const agent = new Agent({ keepAlive: true });

/** A request through Node's http client, for the untimed export and verify calls. */
function send(method, path, body, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { method, agent, headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

// Receipts as a mixed audience makes them: some accept, some refuse, some decide category by category.
const DECISIONS = [
  ['given', 'banner.accept_all', true],
  ['refused', 'banner.reject_all', false],
  ['updated', 'preferences.save', null],
];

function receipt(index) {
  const [eventType, method, grantAll] = DECISIONS[index % DECISIONS.length];
  const grant = (name) => grantAll ?? name.length % 2 === 0;
  return {
    schema: 'consentry.receipt/1',
    receiptId: randomUUID(),
    subjectId: randomUUID(),
    eventTime: new Date().toISOString(),
    eventType,
    method,
    categories: Object.fromEntries(['functional', 'personalization', 'analytics'].map((name) => [name, grant(name)]).concat([['necessary', true]])),
    previousReceiptId: eventType === 'updated' ? randomUUID() : null,
    notice: { policyUrl: '/privacy', revision: '2026-01', language: 'en', textHash: 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=' },
    signals: { gpc: false },
    page: `https://shop.example.com/products/${index}`,
    sdkVersion: '0.1.0',
  };
}

/**
 * One keep-alive HTTP/1.1 connection speaking just enough of the protocol to post a request and
 * read a Content-Length response. Node's http client costs several times the CPU per request, and
 * on a 2-core machine the client shares the cores with the collector it measures.
 */
function openConnection(instance) {
  const { hostname, port } = new URL(bases[instance]);
  const socket = connect(Number(port), hostname);
  socket.setNoDelay(true);
  let buffer = Buffer.alloc(0);
  let waiting = null;
  const fail = (error) => waiting?.reject(error ?? new Error('connection closed'));
  socket.on('error', fail);
  socket.on('close', () => fail());
  socket.on('data', (chunk) => {
    buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
    const end = buffer.indexOf('\r\n\r\n');
    if (end < 0 || !waiting) return;
    const head = buffer.subarray(0, end).toString('latin1');
    const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? 0);
    if (buffer.length < end + 4 + length) return;
    buffer = buffer.subarray(end + 4 + length);
    const { resolve } = waiting;
    waiting = null;
    resolve(Number(head.slice(9, 12)));
  });
  return {
    post: (bytes) =>
      new Promise((resolve, reject) => {
        waiting = { resolve, reject };
        socket.write(bytes);
      }),
    close: () => socket.destroy(),
  };
}

// Requests are built before the clock starts, so the client spends its CPU on sending only.
// (Every instance is on the same host and address, so one Host header serves them all.)
const receipts = Array.from({ length: REQUESTS }, (_, index) => receipt(index));
const requests = receipts.map((r) => {
  const body = Buffer.from(JSON.stringify(r));
  const head = `POST /v1/receipts HTTP/1.1\r\nHost: ${new URL(base).hostname}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), body]);
});
const latencies = [];
const statuses = new Map();
const acknowledged = [];
let next = 0;

async function client(_, index) {
  // Connections go to the instances in turn, as a round-robin load balancer sends them.
  const connection = openConnection(index % INSTANCES);
  while (next < REQUESTS) {
    const index = next++;
    const started = performance.now();
    const status = await connection.post(requests[index]);
    latencies.push(performance.now() - started);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    if (status === 201) acknowledged.push(receipts[index].receiptId);
  }
  connection.close();
}

/**
 * PostgreSQL only: samples, every 20 ms while the load runs, how many of the collectors' sessions
 * are waiting for a lock (the append lock: another group holding it until its commit), which is
 * what one chain costs several instances. Returns the function that stops it and reports.
 */
async function sampleLockWaits() {
  if (values.database === undefined) return async () => null;
  const sampler = new pg.Client({ connectionString: values.database });
  await sampler.connect();
  const samples = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const { rows } = await sampler.query("SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE application_name = 'consentry-collector' AND wait_event_type = 'Lock'");
      samples.push(rows[0].waiting);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  return async () => {
    running = false;
    await loop;
    await sampler.end();
    const average = samples.reduce((sum, waiting) => sum + waiting, 0) / samples.length;
    const share = samples.filter((waiting) => waiting > 0).length / samples.length;
    return `${average.toFixed(2)} sessions waiting on average, someone waiting in ${Math.round(share * 100)}% of ${samples.length} samples`;
  };
}

const stopSampling = await sampleLockWaits();
const started = performance.now();
await Promise.all(Array.from({ length: CONCURRENCY }, client));
const seconds = (performance.now() - started) / 1000;
const lockWaits = await stopSampling();

// CPU time per receipt tells more than throughput when other work shares the cores (Linux only):
// the collectors' main threads (HTTP, validation, signing), their other threads (SQLite writer,
// GC), and this client. PostgreSQL's own processes are not counted.
const threadCpuMs = (pid, task) => {
  const fields = readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};
const perReceipt = (ms) => Math.round((ms * 1000) / REQUESTS);
let cpu = 'not measured here';
if (existsSync(`/proc/${servers[0].pid}/task`)) {
  let main = 0;
  let others = 0;
  for (const { pid } of servers) {
    const tasks = readdirSync(`/proc/${pid}/task`);
    main += threadCpuMs(pid, String(pid));
    others += tasks.filter((task) => task !== String(pid)).reduce((sum, task) => sum + threadCpuMs(pid, task), 0);
  }
  const { user, system } = process.cpuUsage();
  cpu = `collector ${perReceipt(main)} µs main thread + ${perReceipt(others)} µs other threads, client ${perReceipt((user + system) / 1000)} µs per receipt`;
}

const exported = await send('GET', '/v1/receipts?format=ndjson', undefined, { authorization: `Bearer ${ADMIN_TOKEN}` });
const stored = new Set(
  exported.body
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line).receiptId),
);
const lost = acknowledged.filter((id) => !stored.has(id)).length;
const verify = JSON.parse((await send('GET', '/v1/verify', undefined, { authorization: `Bearer ${ADMIN_TOKEN}` })).body);

// Group commits: each wrote one signed head. With several instances they take turns on the
// append lock, so how many commits there were and how full they were shows what the lock costs.
async function countHeads() {
  if (values.database === undefined) {
    const db = new Database(join(directory, 'receipts.sqlite'), { readonly: true });
    const { count } = db.prepare('SELECT count(*) AS count FROM heads').get();
    db.close();
    return count;
  }
  const client = new pg.Client({ connectionString: values.database });
  await client.connect();
  const { rows } = await client.query('SELECT count(*)::int AS count FROM consentry.heads');
  await client.end();
  return rows[0].count;
}
const commits = await countHeads();

latencies.sort((a, b) => a - b);
const percentile = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1);
const where = values.database === undefined ? 'SQLite' : `PostgreSQL, ${INSTANCES} instance${INSTANCES === 1 ? '' : 's'}`;
console.log(`collector     ${where}`);
console.log(`requests      ${REQUESTS} from ${CONCURRENCY} concurrent clients over loopback`);
console.log(`statuses      ${[...statuses].map(([status, count]) => `${status}: ${count}`).join(', ')}`);
console.log(`throughput    ${Math.round(acknowledged.length / seconds)} receipts/s (${seconds.toFixed(2)} s)`);
console.log(`latency       p50 ${percentile(50)} ms, p99 ${percentile(99)} ms, max ${latencies.at(-1).toFixed(1)} ms`);
console.log(`cpu time      ${cpu}`);
if (lockWaits) console.log(`lock waits    ${lockWaits}`);
console.log(`commits       ${commits} (${(commits / seconds).toFixed(0)}/s), ${(stored.size / commits).toFixed(1)} receipts each on average`);
console.log(`loss          ${lost} of ${acknowledged.length} acknowledged receipts missing from the log`);
console.log(`chain         ${verify.ok ? `intact, ${verify.checked} rows verified` : `BROKEN at row ${verify.broken.position}: ${verify.broken.reason}`}`);

agent.destroy();
for (const server of servers) server.kill('SIGTERM');
await Promise.all(servers.map((server) => new Promise((resolve) => server.once('exit', resolve))));
process.exitCode = lost === 0 && acknowledged.length === REQUESTS && verify.ok ? 0 : 1;
