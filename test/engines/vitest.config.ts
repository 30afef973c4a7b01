import { defineConfig } from 'vitest/config';

// `npm run test:engines`: the visitor's flows (flows.ts) in Firefox ESR and WebKitGTK, against the
// built files served by the demo server (run `npm run build` first; `npm test` does).
export default defineConfig({
  test: {
    include: ['test/engines/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/engines/demo-server.ts'],
    // Starting a browser on a shared 2-core machine can take a while: these bounds only catch a hang.
    testTimeout: 60_000,
    hookTimeout: 90_000,
    expect: { poll: { timeout: 20_000 } },
  },
});
