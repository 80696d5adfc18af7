import { defineConfig } from 'vitest/config';
import { lessonsPlugin } from './src/lessons/vite-plugin';

export default defineConfig({
  // the page's lessons module (`virtual:lessons`) is built by the same plugin as in the page
  plugins: [lessonsPlugin()],
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'lessons/**/*.test.ts', 'scripts/**/*.test.mjs'],
    environment: 'node',
    // a loaded 2-core CI machine runs whole-cluster tests slowly; no test asserts on timing
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
