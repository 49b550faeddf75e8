import { fileURLToPath } from 'node:url';

// The repository root holds the lockfile and the workspace packages (@consentry/*) this example uses.
const root = fileURLToPath(new URL('../..', import.meta.url));

/** @type {import('next').NextConfig} */
export default {
  turbopack: { root },
  outputFileTracingRoot: root,
  poweredByHeader: false,
};
