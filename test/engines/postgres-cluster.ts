// Vitest globalSetup for the engine tests: a throwaway PostgreSQL cluster for the length of the run.
// pg_virtualenv (Debian's postgresql-common) creates a cluster, runs one command with PGHOST,
// PGPORT, PGUSER and PGPASSWORD pointing at it, and drops the cluster when the command ends; it
// works as root, where PostgreSQL itself refuses to start. The command here reports those
// variables and then waits for its standard input to close, which the teardown does.
import { spawn } from 'node:child_process';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A superuser URL of the throwaway cluster's `postgres` database. */
    postgresUrl: string;
  }
}

const REPORT_AND_WAIT = `
const { PGHOST, PGPORT = '5432', PGUSER, PGPASSWORD } = process.env;
process.stdout.write(JSON.stringify({ PGHOST, PGPORT, PGUSER, PGPASSWORD }) + '\\n');
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
`;

export default async function startPostgres(project: TestProject): Promise<() => Promise<void>> {
  const child = spawn('pg_virtualenv', [process.execPath, '-e', REPORT_AND_WAIT], { stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const env = await new Promise<Record<string, string>>((resolve, reject) => {
    let output = '';
    child.once('error', (error) =>
      reject(new Error(`the PostgreSQL tests need pg_virtualenv (apt-get install postgresql; .ci/run installs it): ${error.message}`)),
    );
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk;
      const line = output.split('\n').find((text) => text.startsWith('{'));
      if (line) resolve(JSON.parse(line) as Record<string, string>);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk;
    });
    void exited.then((code) => reject(new Error(`pg_virtualenv exited with ${code}:\n${output}`)));
  });
  const { PGHOST, PGPORT, PGUSER, PGPASSWORD } = env;
  project.provide('postgresUrl', `postgres://${PGUSER}:${encodeURIComponent(PGPASSWORD!)}@${PGHOST}:${PGPORT}/postgres`);
  return async () => {
    child.stdin.end();
    await exited;
  };
}
