import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // expect.poll is used by the browser tests only, to wait for a page to show a change. Vitest's default gives
    // up after 1 s, less than a write and its refetch can take on a busy 2-core machine (the 督办单 scenario's
    // 办结 check failed so with the server 2.5 s late); Playwright's own waits allow 30 s.
    expect: { poll: { timeout: 15_000 } },
  },
});
