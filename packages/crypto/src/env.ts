import { z } from "zod";

const schema = z.object({
  /**
   * The directory of the Organisationseinheiten' key pairs (see `dateiSchluesselablage`).
   * Development and seed: `.data/schluessel`. Production: on the web app's hosts a directory
   * with the public keys only; the private keys only where the back office runs (a KMS later).
   */
  CRYPTO_SCHLUESSEL_VERZEICHNIS: z.string().trim().min(1).default(".data/schluessel"),
});

let parsed: z.infer<typeof schema> | undefined;

/** The settings of @portal/crypto; read once, validated. */
export function cryptoEnv(): z.infer<typeof schema> {
  parsed ??= schema.parse(process.env);
  return parsed;
}
