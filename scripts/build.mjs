// Builds every artefact into dist/: the ESM package entries, the script-tag loader and its UI
// module, then the type declarations. Each vite mode is one configuration in vite.config.ts.
import { rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
for (const mode of ['esm', 'loader', 'ui']) run('npx', ['vite', 'build', '--mode', mode, '--logLevel', 'warn']);
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
