import { z } from "zod";
import type { Inaktivitaetsgrenzen } from "./types.ts";

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

const inaktivitaetsSchema = z
  .object({
    /**
     * Days without a sign-in after which an account is deleted (data minimisation, GDPR Art. 5
     * (1) (e)). Default 730 (two years).
     */
    KONTO_INAKTIV_TAGE: z.coerce.number().int().min(30).default(730),
    /** Days before that deletion that the warning mail goes out. Default 31. */
    KONTO_WARNUNG_TAGE: z.coerce.number().int().min(1).default(31),
  })
  .refine((e) => e.KONTO_WARNUNG_TAGE < e.KONTO_INAKTIV_TAGE, {
    message: "KONTO_WARNUNG_TAGE must be less than KONTO_INAKTIV_TAGE",
    path: ["KONTO_WARNUNG_TAGE"],
  });

let parsed: z.infer<typeof schema> | undefined;
let inaktivitaet: Inaktivitaetsgrenzen | undefined;
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

/** The inactivity rule of the accounts (for the daily clean-up job); read once, validated. */
export function inaktivitaetsEnv(): Inaktivitaetsgrenzen {
  if (!inaktivitaet) {
    const env = inaktivitaetsSchema.parse(process.env);
    inaktivitaet = { inaktivTage: env.KONTO_INAKTIV_TAGE, warnungTage: env.KONTO_WARNUNG_TAGE };
  }
  return inaktivitaet;
}
