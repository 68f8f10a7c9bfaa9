import { defineConfig } from "drizzle-kit";

// One migration history for the portal database, collected from every domain package's schema.
export default defineConfig({
  dialect: "postgresql",
  schema: [
    "../katalog/src/schema.ts",
    "../barrierefreiheit/src/schema.ts",
    "../ratelimit/src/schema.ts",
    "../auth/src/schema.ts",
    "../postfach/src/schema.ts",
    "../antraege/src/schema.ts",
    "../forms/src/schema.ts",
    "../payments/src/schema.ts",
    "../beteiligung/src/schema.ts",
  ],
  out: "./drizzle",
});
