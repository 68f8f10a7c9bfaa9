import { z } from "zod";

// Pure: the rules of a procedure (Verfahren) as plain data, the states of a contribution and the
// input schemas of every write. Shared by the services, the pages and the tests (zod only, safe
// in a client bundle). The procedures themselves will come from the CMS as a read model; until
// then the app hands their rules in as `Verfahrensregeln`.

/** A German and an English text for the user. */
export type Meldung = { de: string; en: string };

/** What a citizen or an institution can do in a phase. */
export const AKTIONEN = [
  "lesen",
  "kommentieren",
  "bewerten",
  "kartenpunkt",
  "stellungnahme",
  "umfrage",
] as const;
export type Aktion = (typeof AKTIONEN)[number];

/** How strongly a participant is identified, weakest first (the order is the ranking). */
export const IDENTITAETEN = ["anonym", "email", "konto", "eid"] as const;
export type Identitaet = (typeof IDENTITAETEN)[number];

/** Who a phase is for: everyone, or only institutions (Träger öffentlicher Belange). */
export const PUBLIKA = ["oeffentlich", "institutionen"] as const;
export type Publikum = (typeof PUBLIKA)[number];

/** Pre-moderation (nothing is public before staff release it) or post-moderation. */
export const MODERATIONSARTEN = ["vorab", "nachtraeglich"] as const;
export type Moderationsart = (typeof MODERATIONSARTEN)[number];

/** The kinds of procedures: an open dialogue, land-use planning (BauGB), a survey. */
export const VERFAHRENSARTEN = ["dialog", "bauleitplanung", "umfrage"] as const;
export type Verfahrensart = (typeof VERFAHRENSARTEN)[number];

/** Where a procedure is in its life. "archiv" is set by editors, never derived from the dates. */
export const LEBENSZYKLUS = ["ankuendigung", "aktiv", "beendet", "archiv"] as const;
export type Lebenszyklus = (typeof LEBENSZYKLUS)[number];

/** The kinds of contributions; a reply is a `kommentar` with `elternId`. */
export const BEITRAGSARTEN = ["kommentar", "kartenpunkt", "stellungnahme"] as const;
export type Beitragsart = (typeof BEITRAGSARTEN)[number];

/**
 * The states of a contribution: `unbestaetigt` until the e-mail address of an anonymous
 * contributor is confirmed, `ausstehend` in the moderation queue, `veroeffentlicht` public,
 * `verborgen` taken down pending review (by staff or by the report threshold), `abgelehnt` final.
 */
export const BEITRAGSSTATUS = [
  "unbestaetigt",
  "ausstehend",
  "veroeffentlicht",
  "verborgen",
  "abgelehnt",
] as const;
export type Beitragsstatus = (typeof BEITRAGSSTATUS)[number];

export const BEWERTUNGEN = ["zustimmung", "neutral", "ablehnung"] as const;
export type Bewertung = (typeof BEWERTUNGEN)[number];

/** Which moderation step may follow which (`moderiere`); everything else is refused. */
export const MODERATIONSUEBERGAENGE: Readonly<Record<Beitragsstatus, readonly Beitragsstatus[]>> = {
  unbestaetigt: [],
  ausstehend: ["veroeffentlicht", "abgelehnt"],
  veroeffentlicht: ["verborgen"],
  verborgen: ["veroeffentlicht", "abgelehnt"],
  abgelehnt: [],
};

export const darfModeriertWerden = (von: Beitragsstatus, nach: Beitragsstatus) =>
  MODERATIONSUEBERGAENGE[von].includes(nach);

/** Reports that hide a published contribution until staff look at it, unless a procedure says otherwise. */
export const STANDARD_MELDESCHWELLE = 3;
export const MAX_TEXT = 5000;
export const MAX_KARTENTEXT = 500;
export const MAX_NAME = 100;
export const MAX_MELDEGRUND = 1000;
export const MAX_NOTIZ = 2000;
/** A form submitted sooner than this after it was shown was filled in by a program. */
export const MINDESTAUSFUELLZEIT_MS = 3000;
/** How long the confirmation link of an anonymous contribution works. */
export const BESTAETIGUNG_STUNDEN = 48;

/**
 * Saxony's bounding box, rounded outwards (the state reaches from about 50.17° to 51.68° N and
 * 11.87° to 15.04° E): a point outside is a typo or a test, not a remark on a local plan.
 */
export const SACHSEN = { sued: 50.1, nord: 51.7, west: 11.8, ost: 15.1 } as const;

export const phaseSchema = z
  .object({
    id: z.string().min(1),
    titel: z.string().min(1),
    /** Inclusive: the phase opens at this instant. */
    beginn: z.date(),
    /** Exclusive: at this instant the phase is closed. */
    ende: z.date(),
    publikum: z.enum(PUBLIKA),
    erlaubt: z.array(z.enum(AKTIONEN)),
    /** The weakest identity an action needs; an action not named here needs none ("anonym"). */
    identitaet: z.partialRecord(z.enum(AKTIONEN), z.enum(IDENTITAETEN)),
  })
  .refine((p) => p.beginn < p.ende, { message: "A phase ends after it begins.", path: ["ende"] });
export type Phase = z.infer<typeof phaseSchema>;

export const verfahrensregelnSchema = z.object({
  verfahrenId: z.string().min(1),
  mandantId: z.string().min(1),
  moderation: z.enum(MODERATIONSARTEN),
  meldeschwelle: z.number().int().min(1).default(STANDARD_MELDESCHWELLE),
  phasen: z.array(phaseSchema),
  /** Set by editors when the procedure goes to the archive; then nothing is open any more. */
  archiviert: z.boolean().default(false),
});
export type Verfahrensregeln = z.infer<typeof verfahrensregelnSchema>;

// --- rules ------------------------------------------------------------------------------------

const RANG: Record<Identitaet, number> = { anonym: 0, email: 1, konto: 2, eid: 3 };

/** Whether `hat` is at least as strong as `braucht` (anonym < email < konto < eid). */
export const genuegt = (hat: Identitaet, braucht: Identitaet) => RANG[hat] >= RANG[braucht];

/** Whether a phase is open at `jetzt`: from `beginn` (inclusive) to `ende` (exclusive). */
export const istOffen = (phase: Phase, jetzt: Date) =>
  phase.beginn.getTime() <= jetzt.getTime() && jetzt.getTime() < phase.ende.getTime();

/**
 * The procedure's state at `jetzt`: "ankuendigung" before its first phase begins, "beendet" once
 * its last phase has ended, "aktiv" in between (also in a gap between two phases), "archiv" when
 * editors archived it. A procedure without phases is announced.
 */
export function status(regeln: Verfahrensregeln, jetzt: Date): Lebenszyklus {
  if (regeln.archiviert) return "archiv";
  if (regeln.phasen.length === 0) return "ankuendigung";
  const t = jetzt.getTime();
  const erster = Math.min(...regeln.phasen.map((p) => p.beginn.getTime()));
  const letzter = Math.max(...regeln.phasen.map((p) => p.ende.getTime()));
  if (t < erster) return "ankuendigung";
  if (t >= letzter) return "beendet";
  return "aktiv";
}

export type DarfGrund = "keine-offene-phase" | "nicht-erlaubt" | "identitaet" | "nur-institutionen";
export type DarfErgebnis =
  | { ok: true; phase: Phase }
  | { ok: false; grund: DarfGrund; meldung: Meldung };

const IDENTITAET_TEXT: Record<Identitaet, Meldung> = {
  anonym: { de: "ohne Anmeldung", en: "without signing in" },
  email: { de: "mit bestätigter E-Mail-Adresse", en: "with a confirmed e-mail address" },
  konto: { de: "mit einem Servicekonto", en: "with a service account" },
  eid: { de: "mit dem Online-Ausweis (eID)", en: "with the online ID (eID)" },
};

export const DARF_MELDUNGEN: Record<Exclude<DarfGrund, "identitaet">, Meldung> = {
  "keine-offene-phase": {
    de: "Dieses Verfahren nimmt derzeit keine Beiträge an. Beiträge sind nur während einer Beteiligungsphase möglich.",
    en: "This procedure is not accepting contributions at the moment. Contributions are only possible during a participation phase.",
  },
  "nicht-erlaubt": {
    de: "Das ist in der aktuellen Phase dieses Verfahrens nicht vorgesehen.",
    en: "This is not possible in the current phase of this procedure.",
  },
  "nur-institutionen": {
    de: "In dieser Phase können nur beteiligte Institutionen (Träger öffentlicher Belange) Stellung nehmen.",
    en: "In this phase only the institutions consulted (public agencies) can submit statements.",
  },
};

/**
 * Whether a participant may take `aktion` in the procedure at `jetzt`, and in which phase.
 * Checked in this order, so that the message names the first obstacle: an open phase, the
 * action allowed in it, the phase's audience, the identity. Reading ("lesen") is never
 * restricted to institutions: the documents of a procedure are public, and what institutions
 * contribute is stored non-public anyway. When phases overlap, the first open one that allows
 * the action decides.
 */
export function darf(
  regeln: Verfahrensregeln,
  frage: { aktion: Aktion; jetzt: Date; identitaet: Identitaet; institution?: boolean },
): DarfErgebnis {
  const offen = regeln.archiviert ? [] : regeln.phasen.filter((p) => istOffen(p, frage.jetzt));
  if (offen.length === 0) {
    return {
      ok: false,
      grund: "keine-offene-phase",
      meldung: DARF_MELDUNGEN["keine-offene-phase"],
    };
  }
  const phase = offen.find((p) => p.erlaubt.includes(frage.aktion));
  if (!phase)
    return { ok: false, grund: "nicht-erlaubt", meldung: DARF_MELDUNGEN["nicht-erlaubt"] };
  if (phase.publikum === "institutionen" && frage.aktion !== "lesen" && !frage.institution) {
    return { ok: false, grund: "nur-institutionen", meldung: DARF_MELDUNGEN["nur-institutionen"] };
  }
  const braucht = phase.identitaet[frage.aktion] ?? "anonym";
  if (!genuegt(frage.identitaet, braucht)) {
    const wie = IDENTITAET_TEXT[braucht];
    return {
      ok: false,
      grund: "identitaet",
      meldung: {
        de: `Dafür müssen Sie sich ${wie.de} ausweisen.`,
        en: `For this you need to identify yourself ${wie.en}.`,
      },
    };
  }
  return { ok: true, phase };
}

/** The action a contribution of this kind needs (a reply is a comment). */
export const AKTION_DER_ART: Record<Beitragsart, Aktion> = {
  kommentar: "kommentieren",
  kartenpunkt: "kartenpunkt",
  stellungnahme: "stellungnahme",
};

// --- input ------------------------------------------------------------------------------------

// Text is stored as typed: trimmed and NFC-normalised (so that "é" typed two ways is one
// string), nothing stripped. HTML, formula prefixes (=, +, -, @) and bidi overrides are harmless
// in the database; the page escapes on rendering (React does) and isolates the text's direction
// (<bdi>), an export quotes formula prefixes (CSV injection). Lengths count code points, so an
// emoji counts as one character as a person sees it (mostly). NUL is refused: PostgreSQL text
// cannot hold it.

const laenge = (s: string) => [...s].length;

const text = (max: number, pflicht: Meldung, zuLang: Meldung) =>
  z
    .string({ error: pflicht.de })
    .transform((s) => s.normalize("NFC").trim())
    .refine((s) => laenge(s) >= 1, { message: pflicht.de })
    .refine((s) => laenge(s) <= max, { message: zuLang.de })
    .refine((s) => !s.includes("\u0000"), {
      message: "Der Text enthält ein unzulässiges Zeichen.",
    });

/** The comment or statement text: 1 to 5000 characters after trimming. */
export const textSchema = text(
  MAX_TEXT,
  { de: "Bitte geben Sie einen Text ein.", en: "Please enter a text." },
  {
    de: `Der Text darf höchstens ${MAX_TEXT} Zeichen lang sein.`,
    en: `The text may be at most ${MAX_TEXT} characters long.`,
  },
);

export const kartentextSchema = text(
  MAX_KARTENTEXT,
  {
    de: "Bitte beschreiben Sie, was Sie an diesem Ort anmerken.",
    en: "Please describe your remark about this place.",
  },
  {
    de: `Der Text darf höchstens ${MAX_KARTENTEXT} Zeichen lang sein.`,
    en: `The text may be at most ${MAX_KARTENTEXT} characters long.`,
  },
);

/** An optional name to show with the contribution: up to 100 characters, empty means none. */
export const nameSchema = z
  .string()
  .optional()
  .transform((s) => {
    const n = s?.normalize("NFC").trim();
    return n ? n : undefined;
  })
  .refine((s) => s === undefined || laenge(s) <= MAX_NAME, {
    message: `Der Name darf höchstens ${MAX_NAME} Zeichen lang sein.`,
  })
  .refine((s) => s === undefined || !s.includes("\u0000"), {
    message: "Der Name enthält ein unzulässiges Zeichen.",
  });

const koordinate = (von: number, bis: number) =>
  z.coerce
    .number({ error: "Bitte wählen Sie einen Ort auf der Karte." })
    .refine((n) => Number.isFinite(n) && n >= von && n <= bis, {
      message: "Der Ort liegt nicht in Sachsen. Bitte wählen Sie einen Ort in Sachsen.",
    });

/**
 * The form's own protection against bots (only checked on anonymous and e-mail forms): a field
 * people do not see (`webseite`, hidden with CSS and `aria-hidden`, `tabindex=-1`,
 * `autocomplete=off`) that programs fill in, and when the form was shown (`angezeigtUm`).
 */
const formularSchutz = {
  webseite: z.string().optional(),
  angezeigtUm: z.coerce.date().optional(),
};

export const kommentarEingabeSchema = z.object({
  art: z.literal("kommentar"),
  text: textSchema,
  name: nameSchema,
  /** The comment this one answers. */
  elternId: z.uuid({ error: "Der Kommentar, auf den Sie antworten, ist unbekannt." }).optional(),
  ...formularSchutz,
});

export const kartenpunktEingabeSchema = z.object({
  art: z.literal("kartenpunkt"),
  text: kartentextSchema,
  name: nameSchema,
  lat: koordinate(SACHSEN.sued, SACHSEN.nord),
  lon: koordinate(SACHSEN.west, SACHSEN.ost),
  ...formularSchutz,
});

export const stellungnahmeEingabeSchema = z.object({
  art: z.literal("stellungnahme"),
  text: textSchema,
  name: nameSchema,
  ...formularSchutz,
});

/** What a participant submits: a comment (or reply), a map point or a statement. */
export const beitragEingabeSchema = z.discriminatedUnion("art", [
  kommentarEingabeSchema,
  kartenpunktEingabeSchema,
  stellungnahmeEingabeSchema,
]);
export type BeitragEingabe = z.input<typeof beitragEingabeSchema>;
export type GepruefteBeitragEingabe = z.output<typeof beitragEingabeSchema>;

export const bewertungSchema = z.enum(BEWERTUNGEN, {
  error: "Bitte wählen Sie Zustimmung, neutral oder Ablehnung.",
});

export const meldegrundSchema = z
  .string()
  .optional()
  .transform((s) => (s ?? "").normalize("NFC").trim())
  .refine((s) => laenge(s) <= MAX_MELDEGRUND, {
    message: `Der Grund darf höchstens ${MAX_MELDEGRUND} Zeichen lang sein.`,
  })
  .refine((s) => !s.includes("\u0000"), { message: "Der Grund enthält ein unzulässiges Zeichen." });

export const notizSchema = z
  .string()
  .optional()
  .transform((s) => {
    const n = s?.normalize("NFC").trim();
    return n ? n : null;
  })
  .refine((s) => s === null || laenge(s) <= MAX_NOTIZ, {
    message: `Die Notiz darf höchstens ${MAX_NOTIZ} Zeichen lang sein.`,
  });

// The English texts of the field messages: zod carries one message, the German one; this maps
// it to English for the `{ de, en }` the pages get (unknown messages stay German in both).
const ENGLISCH: Record<string, string> = {
  "Bitte geben Sie einen Text ein.": "Please enter a text.",
  [`Der Text darf höchstens ${MAX_TEXT} Zeichen lang sein.`]: `The text may be at most ${MAX_TEXT} characters long.`,
  "Bitte beschreiben Sie, was Sie an diesem Ort anmerken.":
    "Please describe your remark about this place.",
  [`Der Text darf höchstens ${MAX_KARTENTEXT} Zeichen lang sein.`]: `The text may be at most ${MAX_KARTENTEXT} characters long.`,
  "Der Text enthält ein unzulässiges Zeichen.":
    "The text contains a character that is not allowed.",
  [`Der Name darf höchstens ${MAX_NAME} Zeichen lang sein.`]: `The name may be at most ${MAX_NAME} characters long.`,
  "Der Name enthält ein unzulässiges Zeichen.":
    "The name contains a character that is not allowed.",
  "Bitte wählen Sie einen Ort auf der Karte.": "Please choose a place on the map.",
  "Der Ort liegt nicht in Sachsen. Bitte wählen Sie einen Ort in Sachsen.":
    "The place is not in Saxony. Please choose a place in Saxony.",
  "Der Kommentar, auf den Sie antworten, ist unbekannt.":
    "The comment you are replying to is unknown.",
  "Bitte wählen Sie Zustimmung, neutral oder Ablehnung.":
    "Please choose agree, neutral or disagree.",
  [`Der Grund darf höchstens ${MAX_MELDEGRUND} Zeichen lang sein.`]: `The reason may be at most ${MAX_MELDEGRUND} characters long.`,
  "Der Grund enthält ein unzulässiges Zeichen.":
    "The reason contains a character that is not allowed.",
  [`Die Notiz darf höchstens ${MAX_NOTIZ} Zeichen lang sein.`]: `The note may be at most ${MAX_NOTIZ} characters long.`,
};

const UNGUELTIG: Meldung = {
  de: "Bitte prüfen Sie diese Angabe.",
  en: "Please check this entry.",
};

/** Field errors of a failed parse, one `{ de, en }` per field (the first problem of each). */
export function feldfehler(error: z.ZodError): Record<string, Meldung> {
  const felder: Record<string, Meldung> = {};
  for (const issue of error.issues) {
    const feld = issue.path.map(String).join(".") || "formular";
    if (felder[feld]) continue;
    const de = issue.code === "custom" || ENGLISCH[issue.message] ? issue.message : UNGUELTIG.de;
    felder[feld] = { de, en: ENGLISCH[de] ?? (de === UNGUELTIG.de ? UNGUELTIG.en : de) };
  }
  return felder;
}
