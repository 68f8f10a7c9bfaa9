// Stands in for `server-only` in unit tests, which run as server code (see vitest.config.ts).
export {};
