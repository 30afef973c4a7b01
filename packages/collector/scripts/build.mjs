// Builds @consentry/collector into dist/: the Node entries (server/), the console (console/) and
// the type declarations. Each vite mode is one configuration in vite.config.ts.
import { chmodSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join, relative } from 'node:path';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
for (const mode of ['server', 'console']) run('npx', ['vite', 'build', '--mode', mode, '--logLevel', 'warn']);
// The `consentry-collector` bin: vite keeps its #! line; running it as ./bin.js needs the x bit too.
chmodSync('dist/server/bin.js', 0o755);
chmodSync('dist/server/cli.js', 0o755);
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
// tsc keeps the 'consentry/protocol' alias as written; the protocol's declarations were emitted
// beside the collector's (tsconfig.build.json), so each declaration points at them instead.
const PROTOCOL = 'dist/types/src/protocol';
for (const entry of readdirSync('dist/types/packages', { recursive: true })) {
  const file = join('dist/types/packages', entry);
  if (!file.endsWith('.d.ts')) continue;
  const specifier = relative(dirname(file), PROTOCOL);
  const source = readFileSync(file, 'utf8');
  writeFileSync(file, source.replaceAll("'consentry/protocol'", `'${specifier.startsWith('.') ? specifier : './' + specifier}'`));
}
run('node', ['../../scripts/declaration-extensions.mjs', 'dist/types']);
