import { z } from "zod";

// Pure: the states, limits and input schemas of applications, shared by the services, the pages
// and the tests (zod only, safe in a client bundle).

/** The states of an application, in the order a procedure usually runs through them. */
export const ANTRAGSSTATUS = [
  "eingegangen",
  "in_bearbeitung",
  "rueckfrage",
  "entschieden",
  "zurueckgezogen",
] as const;
export type Antragsstatus = (typeof ANTRAGSSTATUS)[number];

/** The kinds of entries in an application's history. */
export const EREIGNISARTEN = [
  "eingereicht",
  "zugewiesen",
  "status",
  "rueckfrage",
  "antwort",
  "entscheidung",
  "angesehen",
  "abgerufen",
  "quittiert",
  "zahlung",
] as const;
export type Ereignisart = (typeof EREIGNISARTEN)[number];

/**
 * Which state may follow which. A Rückfrage is asked while the application is being worked on
 * and answering it returns it there; a decision or a withdrawal ends the procedure (a new
 * procedure, e.g. a Widerspruch, is a new application).
 */
export const UEBERGAENGE: Readonly<Record<Antragsstatus, readonly Antragsstatus[]>> = {
  eingegangen: ["in_bearbeitung", "zurueckgezogen"],
  in_bearbeitung: ["rueckfrage", "entschieden", "zurueckgezogen"],
  rueckfrage: ["in_bearbeitung", "entschieden", "zurueckgezogen"],
  entschieden: [],
  zurueckgezogen: [],
};

export const darfWechseln = (von: Antragsstatus, nach: Antragsstatus) =>
  UEBERGAENGE[von].includes(nach);

export const istAbgeschlossen = (status: Antragsstatus) => UEBERGAENGE[status].length === 0;

/**
 * The states staff set with `setzeStatus`. A Rückfrage and a decision always go to the citizen
 * as a message, so they have their own services (`stelleRueckfrage`, `entscheide`).
 */
export const FREIE_STATUS = ["in_bearbeitung", "zurueckgezogen"] as const;
export type FreierStatus = (typeof FREIE_STATUS)[number];

/** How a decision came out (the tenor of the Bescheid). */
export const ERGEBNISSE = ["stattgegeben", "teilweise_stattgegeben", "abgelehnt"] as const;
export type Ergebnis = (typeof ERGEBNISSE)[number];

/** A draft expires this many days after its last change (and is then deleted). */
export const ENTWURF_TAGE = 30;
/** A resume link works this many days after it was issued. */
export const FORTSETZUNG_TAGE = 7;
/** Applications per page of the authority's inbox. */
export const PRO_SEITE = 25;
/** A staff note, a Rückfrage, a decision's text, a citizen's answer: a letter, not a book. */
export const MAX_NOTIZ = 20_000;
/** The answers of one form as JSON: generous for any form; files are attachments, not answers. */
export const MAX_ANTWORTEN_BYTES = 1024 * 1024;
export const MAX_ANLAGEN = 50;

/** The prefix of a reference number: 2 to 5 capital letters (e.g. "MB" for Meldebehörde). */
export const praefixSchema = z.string().regex(/^[A-Z]{2,5}$/u, "Präfix: 2 bis 5 Großbuchstaben.");

/** `MB-2026-000123`: prefix, year, a number of at least six digits. */
export const AKTENZEICHEN_MUSTER = /^[A-Z]{2,5}-\d{4}-\d{6,}$/u;

export const formatiereAktenzeichen = (praefix: string, jahr: number, wert: number) =>
  `${praefix}-${jahr}-${String(wert).padStart(6, "0")}`;

/**
 * The calendar year of a moment in Saxony (Europe/Berlin): an application filed at 00:30 on
 * 1 January local time is numbered in the new year, although it is still the old one in UTC.
 */
export function jahrInSachsen(zeitpunkt: Date): number {
  const jahr = new Intl.DateTimeFormat("en", { timeZone: "Europe/Berlin", year: "numeric" }).format(
    zeitpunkt,
  );
  return Number(jahr);
}

const groesseInBytes = (wert: unknown) =>
  new TextEncoder().encode(JSON.stringify(wert) ?? "").length;

/** The answers of a form: an opaque JSON object (its fields are @portal/forms' business). */
export const antwortenSchema = z
  .record(z.string(), z.unknown())
  .refine(
    (a) => groesseInBytes(a) <= MAX_ANTWORTEN_BYTES,
    `Die Antworten dürfen höchstens ${MAX_ANTWORTEN_BYTES / 1024 / 1024} MB groß sein.`,
  );
export type Antworten = Record<string, unknown>;

/** The form a draft or an application is for (@portal/forms' slug and version). */
export const formularRefSchema = z.object({
  formular: z.string().trim().min(1).max(200),
  version: z.number().int().min(1),
});
export type FormularRef = z.infer<typeof formularRefSchema>;

/** A file already checked and stored (encrypted) by @portal/dateien, referenced by its key. */
export const anlageSchema = z.object({
  dateiname: z.string().trim().min(1).max(255),
  medientyp: z.string().trim().min(1).max(200),
  groesse: z.number().int().min(0),
  ablageSchluessel: z.string().trim().min(1).max(500),
  umschlag: z.string().min(1).optional(),
});
export type Anlage = z.infer<typeof anlageSchema>;

export const notizSchema = z.string().trim().max(MAX_NOTIZ, `Höchstens ${MAX_NOTIZ} Zeichen.`);

/** Ids in URLs: anything that is not a UUID is "not found", not an error. */
export const istUuid = (s: unknown): s is string => z.uuid().safeParse(s).success;

/** A page number from a query string (`?seite=`): a positive integer, else 1. */
export const seiteSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

/**
 * The inbox's filters as a query string carries them (`?status=…&leistung=…&von=2026-01-01`).
 * `von` and `bis` are calendar days, both included; `zugewiesenAn` is a staff account's id or
 * "niemand" for the unassigned ones. A malformed filter is dropped, not an error.
 */
export const filterSchema = z.object({
  status: z.enum(ANTRAGSSTATUS).optional().catch(undefined),
  leistung: z.string().trim().min(1).max(200).optional().catch(undefined),
  von: z.iso.date().optional().catch(undefined),
  bis: z.iso.date().optional().catch(undefined),
  zugewiesenAn: z
    .union([z.uuid(), z.literal("niemand")])
    .optional()
    .catch(undefined),
});
export type FilterEingabe = z.infer<typeof filterSchema>;

/**
 * The first moment of a calendar day (YYYY-MM-DD) in Saxony, as a Date. Midnight is never in a
 * daylight-saving gap in Europe/Berlin (the clocks change at 02:00/03:00), so one offset lookup
 * is exact.
 */
export function tagesbeginnInSachsen(tag: string): Date {
  const [j, m, t] = tag.split("-").map(Number) as [number, number, number];
  const utc = Date.UTC(j, m - 1, t);
  const name = new Intl.DateTimeFormat("en", {
    timeZone: "Europe/Berlin",
    timeZoneName: "longOffset",
  })
    .formatToParts(new Date(utc))
    .find((p) => p.type === "timeZoneName")?.value;
  const treffer = /GMT([+-])(\d{2}):(\d{2})/u.exec(name ?? "");
  const minuten = treffer
    ? (treffer[1] === "-" ? -1 : 1) * (Number(treffer[2]) * 60 + Number(treffer[3]))
    : 0;
  return new Date(utc - minuten * 60_000);
}

/** The inbox's filter for `listeAntraege`: `von` included, `bis` excluded. */
export type Filter = {
  status?: Antragsstatus;
  leistung?: string;
  von?: Date;
  bis?: Date;
  /** A staff account's id, or null for the applications nobody is assigned to. */
  zugewiesenAn?: string | null;
};

/** The filter of a query string (`filterSchema`) as `listeAntraege` takes it: whole days. */
export function filterAusEingabe(eingabe: FilterEingabe): Filter {
  const filter: Filter = {};
  if (eingabe.status) filter.status = eingabe.status;
  if (eingabe.leistung) filter.leistung = eingabe.leistung;
  if (eingabe.von) filter.von = tagesbeginnInSachsen(eingabe.von);
  if (eingabe.bis) {
    const folgetag = new Date(`${eingabe.bis}T12:00:00Z`);
    folgetag.setUTCDate(folgetag.getUTCDate() + 1);
    filter.bis = tagesbeginnInSachsen(folgetag.toISOString().slice(0, 10));
  }
  if (eingabe.zugewiesenAn)
    filter.zugewiesenAn = eingabe.zugewiesenAn === "niemand" ? null : eingabe.zugewiesenAn;
  return filter;
}
