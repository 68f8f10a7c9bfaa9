import { defineConfig } from "vitest/config";

// Pure domain logic: no database, no global setup.
export default defineConfig({
  test: { testTimeout: 30_000 },
});
