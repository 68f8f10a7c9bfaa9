import "server-only";
import { z } from "zod";

const schema = z.object({
  CMS_URL: z.url().default("http://127.0.0.1:1337"),
  CMS_WEBHOOK_SECRET: z.string().min(16, "CMS_WEBHOOK_SECRET must be at least 16 characters"),
  /** The portal's read-only API token for the CMS's Content API (the CMS ensures it at start). */
  CMS_READ_TOKEN: z.string().min(32, "CMS_READ_TOKEN must be at least 32 characters"),
  PUBLIC_URL: z.url().default("http://localhost:3000"),
});

let parsed: z.infer<typeof schema> | undefined;

/** The web app's settings (the database settings live in @portal/db/env). */
export function webEnv() {
  parsed ??= schema.parse(process.env);
  return parsed;
}

/** The portal's public address (for absolute links: sitemap, robots, metadata); needs no secrets. */
export function publicUrl(): string {
  return z.url().default("http://localhost:3000").parse(process.env.PUBLIC_URL);
}

/** The session key (next-auth's NEXTAUTH_SECRET), from which the forms' own keys are derived. */
export function sitzungsSchluessel(): string {
  return z
    .string()
    .min(32, "NEXTAUTH_SECRET must be at least 32 characters")
    .parse(process.env.NEXTAUTH_SECRET);
}
