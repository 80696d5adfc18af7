import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'lessons/**/*.test.ts', 'scripts/**/*.test.mjs'],
    environment: 'node',
    // a loaded 2-core CI machine runs whole-cluster tests slowly; no test asserts on timing
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
