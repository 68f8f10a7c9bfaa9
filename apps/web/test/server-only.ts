// Stands in for `server-only` in unit tests (vitest.config.ts): tests are server code.
export {};
