import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    globalSetup: ['test/globalSetup.ts'],
    // Vitest's default is one worker fewer than the cores: one worker on a 2-core CI machine.
    // Test files are independent (own database, ports from the OS), and a PostgreSQL test
    // spends much of its time waiting on the server, so more workers than cores pay off there.
    maxWorkers: process.env.GUILDHALL_TEST_DB === 'postgres' ? 4 : 2,
    isolate: false,
    // Interactions are never deferred on a timer in tests (the deferral's own tests use manual
    // timers), so a slow, shared machine cannot change what a test sees.
    env: { LOG_LEVEL: 'silent', GUILDHALL_INTERACTION_DEFER_MS: 'off' },
  },
});
