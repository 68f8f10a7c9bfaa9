import "server-only";

// Rate limits for the portal's public forms and APIs: a policy names a limit per window, and
// `consume` counts a client's request against it in PostgreSQL, so every web instance shares the
// count. The client is known only by `clientKey`, a keyed hash of its address.

export { clientAddress, clientKey, normalizeAddress } from "./services/client.ts";
export { consume } from "./services/consume.ts";
export { type ConsumeResult, definePolicy, type Policy } from "./types.ts";
