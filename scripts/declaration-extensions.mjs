// The sources import each other without file extensions (moduleResolution "Bundler"), and tsc
// copies those specifiers into dist/types verbatim. TypeScript projects that resolve like Node
// (`moduleResolution: "node16"` / `"nodenext"`) cannot follow `'./core/consent'` from an ES module
// and lose the package's types (arethetypeswrong: "internal resolution error"). This step makes
// every relative specifier in the declarations explicit: `./x` → `./x.js`, or `./x/index.js` for a
// folder, which resolves the same way under Bundler.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const RELATIVE_SPECIFIER = /(\bfrom\s+|\bimport\s*\(\s*)(['"])(\.{1,2}\/[^'"]*)\2/g;

/** The explicit form of one relative specifier, seen from the declaration file at `file`. */
function explicitSpecifier(file, specifier) {
  if (/\.(js|mjs|cjs|json)$/.test(specifier)) return specifier;
  const target = join(dirname(file), specifier);
  if (existsSync(`${target}.d.ts`)) return `${specifier}.js`;
  if (existsSync(join(target, 'index.d.ts'))) return `${specifier}/index.js`;
  throw new Error(`${file}: cannot resolve '${specifier}' to a declaration file`);
}

function* declarationFiles(folder) {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) yield* declarationFiles(path);
    else if (name.endsWith('.d.ts')) yield path;
  }
}

// The folder of declarations to rewrite: the SDK's dist/types, or a server package's.
const folder = process.argv[2] ?? 'dist/types';

for (const file of declarationFiles(folder)) {
  const source = readFileSync(file, 'utf8');
  // Comment lines are left alone: a TSDoc @example imports the reader's own modules ('./consent').
  const rewritten = source
    .split('\n')
    .map((line) => (/^\s*(\*|\/\/|\/\*)/.test(line) ? line : line.replace(RELATIVE_SPECIFIER, (_, prefix, quote, specifier) => `${prefix}${quote}${explicitSpecifier(file, specifier)}${quote}`)))
    .join('\n');
  if (rewritten !== source) writeFileSync(file, rewritten);
}
