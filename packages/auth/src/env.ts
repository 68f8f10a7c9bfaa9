import { z } from "zod";

const publicUrl = z
  .url()
  .default("http://localhost:3000")
  .transform((url) => url.replace(/\/+$/, ""));

const schema = z.object({
  /**
   * The portal's public address (the web app's PUBLIC_URL), for the links in account mails
   * (confirmation, password reset). In production the https address users see.
   */
  PUBLIC_URL: publicUrl,
});

const sitzungsSchema = z.object({
  PUBLIC_URL: publicUrl,
  /**
   * The key of the session cookies (next-auth's NEXTAUTH_SECRET; its JWTs are encrypted with a
   * key derived from it). Changing it signs everyone out.
   */
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters"),
});

let parsed: z.infer<typeof schema> | undefined;
let sitzung: (z.infer<typeof sitzungsSchema> & { sicher: boolean }) | undefined;

/** The settings of the Servicekonto; read once, validated. */
export function authEnv(): z.infer<typeof schema> {
  parsed ??= schema.parse(process.env);
  return parsed;
}

/**
 * The settings of sessions in the web app, read when the first request needs them (so a build
 * needs no secret). `sicher`: the portal is served over https, so cookies are `Secure`.
 */
export function sitzungsEnv(): z.infer<typeof sitzungsSchema> & { sicher: boolean } {
  if (!sitzung) {
    const env = sitzungsSchema.parse(process.env);
    sitzung = { ...env, sicher: env.PUBLIC_URL.startsWith("https:") };
  }
  return sitzung;
}

const anlegenSchema = z.object({
  /**
   * The first password of a staff account created with scripts/mitarbeiter-anlegen.ts, when it is
   * not typed or piped in (an environment variable stays out of the shell history).
   */
  MITARBEITER_PASSWORT: z.string().min(1).optional(),
});

/** The settings of the staff account script (read once, when it runs). */
export function anlegenEnv(): z.infer<typeof anlegenSchema> {
  return anlegenSchema.parse(process.env);
}
