import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Interactions are never deferred on a timer in tests (the deferral's own tests use manual
    // timers), so a slow, shared machine cannot change what a test sees.
    env: { LOG_LEVEL: 'silent', GUILDHALL_INTERACTION_DEFER_MS: 'off' },
  },
});
