import { z } from "zod";

const schema = z.object({
  /**
   * The secret confirmed e-mail addresses are hashed with into person keys (ratings, reports).
   * Optional: without it a secret kept in the portal database is used. Set it where a copy of
   * the database alone must not let anyone test whether an address rated or reported.
   */
  BETEILIGUNG_SECRET: z
    .preprocess(
      (wert) => (wert === "" ? undefined : wert),
      z.string().min(32, "BETEILIGUNG_SECRET must be at least 32 characters").optional(),
    )
    .optional(),
  /** The portal's public address, for the links in the notification mails. */
  PUBLIC_URL: z
    .url()
    .default("http://localhost:3000")
    .transform((url) => url.replace(/\/+$/, "")),
});

let parsed: z.infer<typeof schema> | undefined;

/** The settings of the participation domain; read once, validated. */
export function beteiligungEnv(): z.infer<typeof schema> {
  parsed ??= schema.parse(process.env);
  return parsed;
}
