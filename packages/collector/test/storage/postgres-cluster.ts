// Vitest globalSetup for the engine tests: a throwaway PostgreSQL cluster for the length of the run.
// pg_virtualenv (Debian's postgresql-common) creates a cluster, runs one command with PGHOST,
// PGPORT, PGUSER and PGPASSWORD pointing at it, and drops the cluster when the command ends; it
// works as root, where PostgreSQL itself refuses to start. The command here reports those
// variables and then waits for its standard input to close, which the teardown does.
//
// As root, pg_virtualenv keeps its cluster in the system's directories under the fixed name
// "regress", so a second run on the machine (another checkout's tests) would refuse to start; run
// as the postgres user it keeps everything in a temporary directory of its own, so it is run so.
import { spawn } from 'node:child_process';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A superuser URL of the throwaway cluster's `postgres` database. */
    postgresUrl: string;
  }
}

const REPORT_AND_WAIT = `printf '{"PGHOST":"%s","PGPORT":"%s","PGUSER":"%s","PGPASSWORD":"%s"}\\n' "$PGHOST" "\${PGPORT:-5432}" "$PGUSER" "$PGPASSWORD"; cat >/dev/null`;

export default async function startPostgres(project: TestProject): Promise<() => Promise<void>> {
  const command = ['pg_virtualenv', 'sh', '-c', REPORT_AND_WAIT];
  const asRoot = process.getuid?.() === 0;
  const child = spawn(asRoot ? 'runuser' : command[0]!, asRoot ? ['-u', 'postgres', '--', ...command] : command.slice(1), {
    // The postgres user may not be able to enter the checkout.
    cwd: '/',
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const env = await new Promise<Record<string, string>>((resolve, reject) => {
    let output = '';
    child.once('error', (error) => reject(new Error(`the PostgreSQL tests need pg_virtualenv (apt-get install postgresql; .ci/run installs it): ${error.message}`)));
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
