import { defineConfig } from 'vitest/config';

// Three projects, one run (`npm test`): unit tests in happy-dom, Node tests (import safety, size,
// cookie codec on a server), and browser tests driving headless Chromium against the built files.
export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['packages/*/test/**/*.test.{ts,tsx}'],
          // The receiver is Node-only: its tests run in the node project against real databases.
          exclude: ['packages/receiver/**', '**/node_modules/**'],
          setupFiles: ['test/setup/unit.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: ['test/node/**/*.test.ts', 'packages/receiver/test/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium per file; two cores: keep files from competing.
          fileParallelism: false,
        },
      },
    ],
  },
});
