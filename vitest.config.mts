import { defineConfig } from 'vitest/config';

// Unit, protocol and browser tests. The end-to-end tests in a real VS Code have their own
// configuration (test/e2e/vitest.e2e.config.mts). Tests that spawn dist/ need `npm run build` first.
export default defineConfig({
    test: {
        include: ['test/**/*.test.ts'],
        exclude: ['test/e2e/**', 'test/extension-host/**', '**/node_modules/**'],
        setupFiles: ['scripts/polyfills.cjs'],
        // A temp folder of the run's own; the run fails when a test leaves anything in it.
        globalSetup: ['test/helpers/leftover-temp-guard.ts'],
        testTimeout: 30_000,
        hookTimeout: 60_000,
    },
});
