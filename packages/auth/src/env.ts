import { z } from "zod";

const schema = z.object({
  /**
   * The portal's public address, for the links in account mails (confirmation, password reset).
   * Without a trailing slash; in production the https address users see.
   */
  PORTAL_URL: z
    .url()
    .default("http://localhost:3000")
    .transform((url) => url.replace(/\/+$/, "")),
});

let parsed: z.infer<typeof schema> | undefined;

/** The settings of the Servicekonto; read once, validated. */
export function authEnv(): z.infer<typeof schema> {
  parsed ??= schema.parse(process.env);
  return parsed;
}
