import { defineConfig } from "vitest/config";

// Vitest 4 runs on Vite 8, which transforms TS/TSX with Oxc instead of esbuild; the option below is
// the Oxc equivalent of esbuild's `jsx: "automatic"`. Tests build their own jsdom document (see
// src/test/page.ts) so the environment stays `node`, like the server that renders these components.
export default defineConfig({
  oxc: {
    jsx: { runtime: "automatic", importSource: "react" },
  },
  test: {
    environment: "node",
    include: ["src/**/*.test.{ts,tsx}"],
  },
});
