// Builds the SDK into dist/: the ESM package entries, the script-tag loader, its receipts module and
// its interface, then the type declarations (with explicit extensions, for Node-style resolution)
// and the SRI hashes of the script-tag files. Each vite mode is one configuration in vite.config.ts.
// The collector and the scanner build in their own packages (`npm run build` at the root runs all).
import { rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
for (const mode of ['esm', 'loader', 'receipts', 'ui']) run('npx', ['vite', 'build', '--mode', mode, '--logLevel', 'warn']);
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('node', ['scripts/declaration-extensions.mjs', 'dist/types']);
run('node', ['scripts/sri.mjs']);
