// Builds every artefact into dist/: the ESM package entries, the script-tag loader and its UI
// module, then the type declarations (with explicit extensions, for Node-style resolution) and
// the SRI hashes of the script-tag files. Each vite mode is one configuration in vite.config.ts.
import { chmodSync, cpSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
for (const mode of ['esm', 'loader', 'receipts', 'ui', 'collector', 'scan', 'console']) run('npx', ['vite', 'build', '--mode', mode, '--logLevel', 'warn']);
// The `consentry-collector` bin: vite keeps its #! line; running it as ./cli.js needs the x bit too.
chmodSync('dist/collector/cli.js', 0o755);
chmodSync('dist/collector/bin.js', 0o755);
chmodSync('dist/scan/cli.js', 0o755);
// The scanner reads its cookie database at run time; the database's licence ships beside it.
cpSync('src/scan/data', 'dist/scan/data', { recursive: true });
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('node', ['scripts/declaration-extensions.mjs']);
run('node', ['scripts/sri.mjs']);
