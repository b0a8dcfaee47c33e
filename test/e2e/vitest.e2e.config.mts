// End-to-end tests: a real VS Code (code-server) in Debian's Chromium, driven by playwright-core.
//   npm run test:e2e
// JOURNEY_E2E_SKIP_BUILD=1 reuses dist/ and journey-maps.vsix instead of rebuilding them.
import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['test/e2e/**/*.e2e.test.ts'],
        // The first gives the run a temp folder of its own and fails it when a test leaves anything there.
        globalSetup: ['test/helpers/leftover-temp-guard.ts', 'test/e2e/global-setup.ts'],
        fileParallelism: false,
        maxWorkers: 1,
        testTimeout: 180_000,
        hookTimeout: 600_000, // the first run provisions code-server (about two minutes)
        teardownTimeout: 60_000,
        reporters: ['default'],
    },
});
