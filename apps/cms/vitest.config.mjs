import { defineConfig } from "vitest/config";

// Unit tests of the CMS's own code (not of Strapi): `npm test` here, after bundling the rules.
// The CMS is not an npm workspace; Vitest comes from the repository root (root `npm install`).
export default defineConfig({
  test: { include: ["test/**/*.test.ts"], testTimeout: 30_000 },
});
