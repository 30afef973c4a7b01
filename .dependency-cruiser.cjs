// The one-way layout of STYLE.md, checked by `npm run lint:layers` (part of `npm test`):
//   entries (index.ts, core.ts, embed.ts, protocol.ts) → instance → gate, receipts, storage,
//   consent-mode → model;  ui → instance's public types (src/model/consent.ts) and model;
//   the server packages (packages/collector, packages/scan) → the SDK's protocol entry only.
// A folder never imports one above it, the middle layers never import each other, and nothing
// may form a cycle. model/ and the core never import preact.
const MIDDLE = '^src/(gate|receipts|storage|consent-mode)/';
const CORE = '^src/(model|instance|gate|receipts|storage|consent-mode)/|^src/(index|core|embed|protocol)\\.ts$';
const ENTRIES = '^src/(index|core|embed|protocol|react)\\.ts$';

/** A rule: modules under `from` import nothing of ours but what `allowed` matches. */
const onlyImports = (name, comment, from, allowed) => ({
  name,
  severity: 'error',
  comment,
  from: { path: from },
  to: { path: '^src/', pathNot: allowed },
});

module.exports = {
  forbidden: [
    { name: 'no-cycle', severity: 'error', comment: 'Dependencies point one way (STYLE.md).', from: {}, to: { circular: true } },
    onlyImports('model-is-the-bottom', 'model/ imports nothing of ours outside itself.', '^src/model/', '^src/model/'),
    onlyImports('middle-imports-only-model', 'gate, receipts, storage and consent-mode import model/ and nothing above or beside them.', MIDDLE + '([^/]+)', ['^src/model/', '^src/$1/']),
    onlyImports('ui-reads-the-model', 'ui/ sees the instance through its public types (src/model/consent.ts) and the model only.', '^src/ui/', ['^src/ui/', '^src/model/']),
    {
      name: 'instance-is-below-entries-and-ui',
      severity: 'error',
      from: { path: '^src/instance/' },
      to: { path: '^src/ui/|' + ENTRIES },
    },
    {
      name: 'nothing-imports-entries',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: ENTRIES },
    },
    {
      name: 'the-sdk-never-imports-a-server-package',
      severity: 'error',
      comment: 'STYLE: the SDK never imports the collector or the scanner.',
      from: { path: '^src/' },
      to: { path: '^packages/|node_modules/@consentry/' },
    },
    {
      name: 'servers-see-the-sdk-through-its-protocol',
      severity: 'error',
      comment: 'The collector and the scanner import the SDK only through its protocol entry (consentry/protocol), never its layers.',
      from: { path: '^packages/' },
      to: { path: '^src/', pathNot: '^src/protocol\\.ts$' },
    },
    {
      name: 'server-packages-are-independent',
      severity: 'error',
      comment: 'The collector and the scanner are products of their own: neither imports the other.',
      from: { path: '^packages/([^/]+)/' },
      to: { path: '^packages/', pathNot: '^packages/$1/' },
    },
    {
      name: 'core-without-preact',
      severity: 'error',
      comment: 'STYLE: model/ and the core never import preact (the headless build ships without it).',
      from: { path: CORE, pathNot: '^src/index\\.ts$' },
      to: { path: 'node_modules/(preact|@preact/signals/)' },
    },
    {
      name: 'one-owner-of-cookies',
      severity: 'error',
      comment: 'SPEC §6, STYLE 8: every cookie read, write and deletion goes through js-cookie in src/storage/cookies.ts.',
      from: { path: '^src/', pathNot: '^src/storage/cookies\\.ts$' },
      to: { path: 'node_modules/js-cookie/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    // The root's paths plus each server package's `consentry/protocol` alias (tsconfig.lint.json).
    tsConfig: { fileName: 'tsconfig.lint.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'types', 'default'] },
  },
};
