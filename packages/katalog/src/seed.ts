import "server-only";

// For the development stack and tests only: loads Saxony's geographic reference data from seed/geo.
// A separate entry point, so that no app bundles the seed files.

export { seedGebiet } from "./services/gebiet.ts";
