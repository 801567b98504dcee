import { defineConfig } from 'vitest/config';

// unit: no build needed. site: checks over dist/ after `npm run build`.
// e2e: Chromium against the built site (npm run test:e2e).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'] } },
      // The site checks can run over a build for a path prefix (HANDBOOK_BASE):
      // the URL helpers read it from import.meta.env.BASE_URL, as in the build.
      // Files one at a time: two of them build sites of their own, and builds that
      // get as far as rendering share the project's .astro folder.
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], env: { BASE_URL: process.env.HANDBOOK_BASE ?? '/' }, fileParallelism: false } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // Scripts load on demand; on a busy 2-core CI machine that can take
          // longer than expect.poll's default second. A wait limit, not a speed check.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
