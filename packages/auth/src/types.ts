/**
 * The Servicekonto's forms, limits and shared types. Pure (zod only, no node imports): a form in
 * the browser may import the limits from here. The blocklist of common passwords and everything
 * that touches the database live behind ./server.ts.
 */
import { z } from "zod";

export type Sprache = "de" | "en";
export const SPRACHEN = ["de", "en"] as const satisfies readonly Sprache[];

/**
 * A mail to send, as @portal/mail takes it: plain text for every client plus simple HTML.
 * The domain builds it; delivery (queue, SMTP) is injected as `post`.
 */
export type Mail = { an: string; betreff: string; text: string; html: string };

/** Sends a mail: injected, so that the domain decides what is sent and the app how. */
export type Post = (mail: Mail) => Promise<void>;

/**
 * NIST SP 800-63B-4 (2025) § 3.1.1.2: a password that is the only factor must be at least 15
 * characters long; verifiers must allow at least 64. We allow 128: enough for any passphrase or
 * password manager, small enough that hashing stays cheap.
 */
export const MIN_PASSWORT = 15;
export const MAX_PASSWORT = 128;
/** RFC 5321 § 4.5.3.1.3: a path holds at most 256 octets, i.e. an address at most 254. */
export const MAX_EMAIL = 254;
/** Our tokens are 43 characters (32 bytes, base64url); anything much longer is not one of ours. */
export const MAX_TOKEN = 100;

/**
 * The form of a password that is counted, compared and hashed: NFKC (§ 3.1.1.2 asks for
 * normalisation, so that "Å" typed as one code point or as A + ring is the same password).
 */
export const normalisierePasswort = (passwort: string) => passwort.normalize("NFKC");

/** The length of a password as a person counts it: code points after NFKC, not UTF-16 units. */
export const passwortLaenge = (passwort: string) => [...normalisierePasswort(passwort)].length;

/** The stored form of an address: trimmed, NFC, lower-cased — one account per address. */
export const normalisiereEmail = (email: string) => email.trim().normalize("NFC").toLowerCase();

/** Why a password is refused: too short, too long, common or breached, or the address itself. */
export type PasswortFehler = "zuKurz" | "zuLang" | "haeufig" | "wieEmail";

/** The art (kind) of a security event, as the log stores it. */
export type Ereignisart =
  | "registriert"
  | "registrierung-vorhandene-adresse"
  | "email-bestaetigt"
  | "angemeldet"
  | "anmeldung-fehlgeschlagen"
  | "abgemeldet"
  | "sitzung-beendet"
  | "alle-sitzungen-beendet"
  | "passwort-zurueckgesetzt"
  | "passwort-geaendert"
  // Organisationen (issue 8)
  | "organisation-gegruendet"
  | "mitglied-eingeladen"
  | "mitglied-beigetreten"
  | "organisation-rolle-geaendert"
  | "mitglied-entfernt"
  // Data protection (issue 8, item 6)
  | "konto-geloescht"
  | "konto-inaktiv-gewarnt"
  // Staff area (issue 8)
  | "mitarbeiter-angelegt"
  | "verwaltung-erster-faktor"
  | "zweiter-faktor-fehlgeschlagen"
  | "verwaltung-angemeldet"
  | "totp-einrichtung-begonnen"
  | "totp-aktiviert"
  // eID (issue 8, item 3): an account opened with the eID, an eID linked to an account
  | "eid-konto-eroeffnet"
  | "eid-verknuepft";

/**
 * The inactivity rule: an account not signed in to for `inaktivTage` is deleted, after a warning
 * mail `warnungTage` before (and at least that long before the deletion).
 */
export type Inaktivitaetsgrenzen = { inaktivTage: number; warnungTage: number };

/**
 * What other domains keep in the file store for an account (a draft's uploads, the receipts of
 * its applications): @portal/auth deletes accounts by the foreign keys' cascades and knows
 * nothing of files, so the app passes this port in. `sammle` runs before the account is
 * deleted (while the rows still say which files are its), `loesche` for each key after.
 */
export type KontoDateien = {
  sammle: (kontoId: string) => Promise<string[]>;
  loesche: (schluessel: string) => Promise<void>;
};

const tooBig = (maximum: number, input: string) =>
  ({ code: "too_big", origin: "string", maximum, inclusive: true, input }) as const;

/** An address as typed: at most 254 characters, a plausible address (umlauts allowed), normalised. */
export const emailFeld = z
  .string()
  .trim()
  .max(MAX_EMAIL)
  .pipe(z.email({ pattern: z.regexes.unicodeEmail }))
  .transform(normalisiereEmail);

/**
 * A password as typed, not trimmed (spaces are allowed and count, § 3.1.1.2), bounded by
 * MAX_PASSWORT counted in code points. `min` is the minimum for a new password; sign-in takes
 * any non-empty one (the rules of the day may have changed since it was set).
 */
const passwortFeld = (min: number) =>
  z.string().superRefine((value, ctx) => {
    const laenge = passwortLaenge(value);
    if (laenge > MAX_PASSWORT) ctx.addIssue(tooBig(MAX_PASSWORT, value));
    else if (laenge < min)
      ctx.addIssue({
        code: "too_small",
        origin: "string",
        minimum: min,
        inclusive: true,
        input: value,
      });
  });

/** A token from a mailed link. */
export const tokenFeld = z.string().trim().min(1).max(MAX_TOKEN);

const sprachFeld = z.enum(SPRACHEN).default("de");

/** The repeated new password must match; the issue sits on `passwortWiederholung`. */
function wiederholt<T extends { passwort: string; passwortWiederholung: string }>(
  value: T,
  ctx: z.RefinementCtx,
) {
  if (value.passwort !== value.passwortWiederholung) {
    ctx.addIssue({
      code: "custom",
      path: ["passwortWiederholung"],
      message: "passwortWiederholung",
      params: { grund: "ungleich" },
    });
  }
}

export const registrierungSchema = z
  .object({
    email: emailFeld,
    passwort: passwortFeld(MIN_PASSWORT),
    passwortWiederholung: passwortFeld(0),
    sprache: sprachFeld,
  })
  .superRefine(wiederholt);
export type Registrierung = z.output<typeof registrierungSchema>;

export const anmeldungSchema = z.object({
  email: emailFeld,
  passwort: passwortFeld(1),
});
export type Anmeldung = z.output<typeof anmeldungSchema>;

/** "Send the confirmation mail again" and "I forgot my password": an address only. */
export const emailSchema = z.object({ email: emailFeld, sprache: sprachFeld });

export const tokenSchema = z.object({ token: tokenFeld });

export const passwortNeuSchema = z
  .object({
    token: tokenFeld,
    passwort: passwortFeld(MIN_PASSWORT),
    passwortWiederholung: passwortFeld(0),
  })
  .superRefine(wiederholt);

export const passwortAendernSchema = z
  .object({
    altesPasswort: passwortFeld(1),
    passwort: passwortFeld(MIN_PASSWORT),
    passwortWiederholung: passwortFeld(0),
  })
  .superRefine(wiederholt);

/** The fields of each form, in page order: for error summaries and to keep the values typed. */
export const FELDER = {
  registrierung: ["email", "passwort", "passwortWiederholung"],
  anmeldung: ["email", "passwort"],
  email: ["email"],
  passwortNeu: ["passwort", "passwortWiederholung"],
  passwortAendern: ["altesPasswort", "passwort", "passwortWiederholung"],
} as const;

/** A session as the "your sessions" page shows it. `id` is the hash, never the cookie's token. */
export type SitzungInfo = {
  id: string;
  erstelltAm: Date;
  zuletztAktivAm: Date;
  laeuftAbAm: Date;
  geraet: string | null;
  /** This is the session of the request that asked. */
  aktuell: boolean;
};

/** Where a session is valid: the citizen pages, or the staff area after the second factor. */
export type Bereich = "buergerkonto" | "verwaltung";

/**
 * The assurance level of a sign-in (eIDAS Regulation 910/2014 Art. 8; TR-03107-1): a password
 * is "niedrig", the online ID card "substanziell" or "hoch" as the eID service reports it.
 */
export type Vertrauensniveau = "niedrig" | "substanziell" | "hoch";

/** A live session as a request sees it. */
export type GepruefteSitzung = {
  id: string;
  erstelltAm: Date;
  laeuftAbAm: Date;
  zuletztAktivAm: Date;
  bereich: Bereich;
  vertrauensniveau: Vertrauensniveau;
  /** The organisation the citizen acts for in this session (membership checked when it was set). */
  organisationId: string | null;
};

/**
 * A cookie that only says "signed in here" (no secret, readable by scripts): cached pages are the
 * same for everyone, so the header learns the state from it in the browser. It is set and
 * removed with the session cookie; a stale one only changes the header's link label.
 */
export const ANGEMELDET_HINWEIS = "portal.angemeldet";

/** The account as a signed-in request sees it. */
export type KontoInfo = { id: string; email: string | null; sprache: Sprache };

/**
 * A relative path on this site to return to after signing in, or the account page. Anything else
 * ("//evil.example", "https://…", "/\\evil") would make the sign-in an open redirect.
 */
export function sichererRuecksprung(ziel: unknown, lang: "de" | "en"): string {
  const standard = `/${lang}/konto`;
  if (typeof ziel !== "string" || ziel.length > 500) return standard;
  return /^\/(?![/\\])[^\s\\]*$/u.test(ziel) ? ziel : standard;
}

/**
 * A path of the staff area (/{lang}/verwaltung…) to return to after the staff sign-in, else the
 * staff overview: the staff sign-in never sends anyone out of the staff area, let alone off site.
 */
export function sichererVerwaltungsRuecksprung(ziel: unknown, lang: "de" | "en"): string {
  const standard = `/${lang}/verwaltung`;
  const pfad = sichererRuecksprung(ziel, lang);
  return pfad === standard || pfad.startsWith(`${standard}/`) || pfad.startsWith(`${standard}?`)
    ? pfad
    : standard;
}

// --- Organisationen (issue 8): organisation accounts with members and roles ---

/** The kinds of organisation an account may found. */
export const ORGANISATIONSARTEN = ["unternehmen", "verein", "sonstige"] as const;
export type Organisationsart = (typeof ORGANISATIONSARTEN)[number];
/** "inhaber" manage the members; every member may act for the organisation. */
export const MITGLIEDSROLLEN = ["inhaber", "mitglied"] as const;
export type Mitgliedsrolle = (typeof MITGLIEDSROLLEN)[number];
/** An organisation's name: at most 200 characters as a person counts them (code points). */
export const MAX_ORGANISATIONSNAME = 200;

const organisationsnameFeld = z
  .string()
  .trim()
  .transform((name) => name.normalize("NFC"))
  .superRefine((name, ctx) => {
    const laenge = [...name].length;
    if (laenge === 0)
      ctx.addIssue({
        code: "too_small",
        origin: "string",
        minimum: 1,
        inclusive: true,
        input: name,
      });
    else if (laenge > MAX_ORGANISATIONSNAME) ctx.addIssue(tooBig(MAX_ORGANISATIONSNAME, name));
    // Control characters and bidirectional overrides (Unicode TR 36 § 2.4, "Trojan Source") in a
    // name other members and staff read could make it display as a different one.
    else if (/[\p{Cc}\u202A-\u202E\u2066-\u2069]/u.test(name))
      ctx.addIssue({ code: "custom", message: "name", input: name });
  });
const idFeld = z.uuid();

export const organisationGruendenSchema = z.object({
  name: organisationsnameFeld,
  art: z.enum(ORGANISATIONSARTEN),
});
export const einladungSchema = z.object({
  organisationId: idFeld,
  email: emailFeld,
  rolle: z.enum(MITGLIEDSROLLEN).default("mitglied"),
});
export const rolleAendernSchema = z.object({
  organisationId: idFeld,
  kontoId: idFeld,
  rolle: z.enum(MITGLIEDSROLLEN),
});
export const mitgliedSchema = z.object({ organisationId: idFeld, kontoId: idFeld });
export const organisationIdSchema = z.object({ organisationId: idFeld });
/** "Act for": an organisation's id, or empty to act as oneself. */
export const handelnFuerSchema = z.object({
  organisationId: z.union([idFeld, z.literal("").transform(() => null)]),
});

/** An organisation as its members see it, with the asking account's role. */
export type OrganisationInfo = {
  id: string;
  name: string;
  art: Organisationsart;
  rolle: Mitgliedsrolle;
};
/** A member as the member list shows it (the address is what identifies an account). */
export type MitgliedInfo = {
  kontoId: string;
  email: string | null;
  rolle: Mitgliedsrolle;
  seit: Date;
};
/** Why an organisation action was refused. */
export type OrganisationFehler =
  | "keinZugriff"
  | "letzterInhaber"
  | "schonMitglied"
  | "andereAdresse"
  | "nichtBestaetigt";

// --- Profile (issue 8, item 1) ---

/** Upper bounds of the profile fields: generous for real names and addresses, small enough to store. */
export const PROFIL_GRENZEN = { name: 100, strasse: 200, ort: 100, telefon: 30 } as const;
/** Earliest date of birth the profile accepts: earlier ones are typing errors, not people. */
export const FRUEHESTES_GEBURTSDATUM = "1900-01-01";

/** An empty form field means "not given": stored as null, not as "". */
const optional = (feld: z.ZodString) =>
  z.preprocess(
    (wert) => (typeof wert === "string" && wert.trim() === "" ? undefined : wert),
    feld.optional(),
  );

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `max:${max}` });

/** A real calendar date as `<input type="date">` sends it (YYYY-MM-DD); rejects 2023-02-30. */
function istKalenderdatum(wert: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(wert)) return false;
  const datum = new Date(`${wert}T00:00:00Z`);
  return !Number.isNaN(datum.getTime()) && datum.toISOString().slice(0, 10) === wert;
}

/**
 * The citizen's profile form. Every field is optional (the account works without one); postal
 * code and place only together, because the municipality (AGS) is resolved from both.
 */
export const profilSchema = z
  .object({
    vorname: optional(text(PROFIL_GRENZEN.name)),
    nachname: optional(text(PROFIL_GRENZEN.name)),
    strasse: optional(text(PROFIL_GRENZEN.strasse)),
    plz: optional(
      z
        .string()
        .trim()
        .regex(/^\d{5}$/u, { message: "plz" }),
    ),
    ort: optional(text(PROFIL_GRENZEN.ort)),
    geburtsdatum: optional(
      z
        .string()
        .trim()
        .refine(istKalenderdatum, { message: "datum", abort: true })
        .refine((d) => d >= FRUEHESTES_GEBURTSDATUM, { message: "zu-frueh" })
        // Compared as ISO strings against today's date in UTC: a day's tolerance is harmless here.
        .refine((d) => d <= new Date().toISOString().slice(0, 10), { message: "zukunft" }),
    ),
    telefon: optional(
      text(PROFIL_GRENZEN.telefon).regex(/^[0-9 +\-/()]+$/u, { message: "telefon" }),
    ),
  })
  .superRefine((profil, ctx) => {
    if (profil.plz && !profil.ort)
      ctx.addIssue({ code: "custom", path: ["ort"], message: "plz-ort" });
    if (profil.ort && !profil.plz)
      ctx.addIssue({ code: "custom", path: ["plz"], message: "plz-ort" });
  });

/** A profile as the form sends it after validation; absent fields are not given. */
export type ProfilEingabe = z.infer<typeof profilSchema>;

// --- Data protection (issue 8) ---

/**
 * The form that deletes the signed-in account: its password, or (an account without one, eID
 * only) the checked box `bestaetigt`. Both optional here: which one is needed is the account's
 * to say (loescheKonto), not the form's.
 */
export const kontoLoeschenSchema = z.object({
  passwort: passwortFeld(0).optional(),
  bestaetigt: z.literal("ja").optional(),
});
export type KontoLoeschen = z.infer<typeof kontoLoeschenSchema>;

// --- Staff area (issue 8): authority staff with roles per Organisationseinheit ---

/**
 * The roles of the staff area (as `ROLLEN` in schema.ts). `admin` of an Organisationseinheit
 * holds every role of that Organisationseinheit.
 */
export type Rolle = "sachbearbeitung" | "kasse" | "beteiligung" | "admin";

/** A role in one Organisationseinheit (`oe`: its key, e.g. "gv-14612000"). */
export type MitarbeiterRolle = { oe: string; rolle: Rolle };

/** A staff member as the staff area sees them. */
export type MitarbeiterInfo = {
  kontoId: string;
  email: string | null;
  name: string;
  /** The TOTP second factor is set up (else the next sign-in sets it up). */
  totpAktiv: boolean;
  deaktiviert: boolean;
  rollen: MitarbeiterRolle[];
};

/** A TOTP code as typed: six digits; spaces (as apps show "123 456") are dropped. */
export const totpCodeFeld = z
  .string()
  .transform((code) => code.replace(/\s/g, ""))
  .pipe(z.string().regex(/^\d{6}$/u));

export const totpCodeSchema = z.object({ code: totpCodeFeld });
