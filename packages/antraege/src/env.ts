import { z } from "zod";

const schema = z.object({
  /** The portal's public address, for the links in the resume and confirmation mails. */
  PUBLIC_URL: z
    .url()
    .default("http://localhost:3000")
    .transform((url) => url.replace(/\/+$/, "")),
});

let parsed: z.infer<typeof schema> | undefined;

/** The settings of the applications; read once, validated. */
export function antraegeEnv(): z.infer<typeof schema> {
  parsed ??= schema.parse(process.env);
  return parsed;
}
