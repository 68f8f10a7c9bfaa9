import { z } from "zod";

const schema = z.object({
  /** The portal's public address, for the link in the notification mail. */
  PUBLIC_URL: z
    .url()
    .default("http://localhost:3000")
    .transform((url) => url.replace(/\/+$/, "")),
});

let parsed: z.infer<typeof schema> | undefined;

/** The settings of the Postfach; read once, validated. */
export function postfachEnv(): z.infer<typeof schema> {
  parsed ??= schema.parse(process.env);
  return parsed;
}
