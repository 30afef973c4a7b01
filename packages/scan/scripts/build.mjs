// Builds @consentry/scan into dist/: the `consentry-scan` bin, and beside it the cookie database it
// reads at run time (data/, with its licence).
import { chmodSync, cpSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

rmSync('dist', { recursive: true, force: true });
execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
chmodSync('dist/bin.js', 0o755);
cpSync('src/data', 'dist/data', { recursive: true });
