import { mailEnvShape } from "@portal/mail/server";
import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z.url({ message: "DATABASE_URL must be a postgres:// URL" }),
  CMS_URL: z.url().default("http://127.0.0.1:1337"),
  /** The CMS's read-only API token (see docs/operations.md). */
  CMS_READ_TOKEN: z.string().min(32, "CMS_READ_TOKEN must be at least 32 characters"),
  /** Where the worker reaches the portal to expire cached pages (internal address). */
  PORTAL_URL: z.url().default("http://127.0.0.1:3000"),
  CMS_WEBHOOK_SECRET: z.string().min(16, "CMS_WEBHOOK_SECRET must be at least 16 characters"),
  // Required: a worker that cannot send would leave every mail waiting. The development stack
  // always sets it (the operator's relay, or its local mail catcher).
  ...mailEnvShape,
});

/** The worker's settings; read once, validated. */
export function workerEnv(source: NodeJS.ProcessEnv = process.env) {
  return schema.parse(source);
}
