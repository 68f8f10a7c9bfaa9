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

/** An unset or empty variable is absent (a `.env` line `EID_ISSUER=` switches the eID off). */
const leerIstAbsent = <T extends z.ZodType>(feld: T) =>
  z.preprocess((wert) => (wert === "" ? undefined : wert), feld.optional());

const eidSchema = z.object({
  PUBLIC_URL: publicUrl,
  /**
   * The OpenID Connect issuer of the eID service: the local simulator in development
   * (http://localhost:4010), the broker in production (Governikus Autent ID Connect, a BundID
   * bridge). Unset: the portal offers no eID sign-in.
   */
  // Taken exactly as given: the issuer identifier must equal the `iss` of the tokens.
  EID_ISSUER: leerIstAbsent(z.url()),
  /** The portal's client at the eID service (registered there with the redirect URI). */
  EID_CLIENT_ID: leerIstAbsent(z.string()),
  EID_CLIENT_SECRET: leerIstAbsent(z.string()),
  /** The scopes to ask for; the simulator releases the attributes with "eid". */
  EID_SCOPE: z.string().trim().min(1).default("openid eid"),
});

/** The eID client's settings, when the eID is configured. */
export type EidEnv = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  scope: string;
  /** `${PUBLIC_URL}/de/konto/eid/rueckkehr`: one fixed redirect URI for both languages. */
  redirectUri: string;
};

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
let eid: EidEnv | null | undefined;
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

/**
 * The eID client's settings, read when first needed; null when EID_ISSUER is unset (the eID is
 * then not offered). An issuer without client id or secret is a configuration error.
 */
export function eidEnv(): EidEnv | null {
  if (eid === undefined) {
    const env = eidSchema.parse(process.env);
    if (!env.EID_ISSUER) {
      eid = null;
    } else {
      if (!env.EID_CLIENT_ID || !env.EID_CLIENT_SECRET) {
        throw new Error("EID_ISSUER is set, so EID_CLIENT_ID and EID_CLIENT_SECRET must be too");
      }
      eid = {
        issuer: env.EID_ISSUER,
        clientId: env.EID_CLIENT_ID,
        clientSecret: env.EID_CLIENT_SECRET,
        scope: env.EID_SCOPE,
        redirectUri: `${env.PUBLIC_URL}/de/konto/eid/rueckkehr`,
      };
    }
  }
  return eid;
}

/** The inactivity rule of the accounts (for the daily clean-up job); read once, validated. */
export function inaktivitaetsEnv(): Inaktivitaetsgrenzen {
  if (!inaktivitaet) {
    const env = inaktivitaetsSchema.parse(process.env);
    inaktivitaet = { inaktivTage: env.KONTO_INAKTIV_TAGE, warnungTage: env.KONTO_WARNUNG_TAGE };
  }
  return inaktivitaet;
}
