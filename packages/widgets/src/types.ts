// What the widgets and the portal's widget API (/api/beteiligung/v1/…) exchange as JSON: pure,
// shared by the embed script (src/element) and the route handlers of apps/web.

/** A message in both languages; the widget shows the one of the host page. */
export type Meldung = { de: string; en: string };

/** The weakest identity an action needs (as in @portal/beteiligung: anonym < email < konto < eid). */
export type WidgetIdentitaet = "anonym" | "email" | "konto" | "eid";

/** A procedure's lifecycle as citizens see it. */
export type WidgetStatus = "ankuendigung" | "aktiv" | "beendet" | "archiv";

/** The phase the card shows: the open one, else the next one. `ende` is exclusive (ISO times). */
export type WidgetPhase = { titel: string; beginn: string; ende: string; offen: boolean };

/** A published public contribution: never an account or an address. */
export type WidgetBeitrag = { id: string; name: string | null; text: string; erstellt: string };

/** GET /api/beteiligung/v1/verfahren/<slug> */
export type WidgetVerfahren = {
  slug: string;
  titel: string;
  kurzbeschreibung: string;
  status: WidgetStatus;
  /** The procedure's page on the portal (German or English, as asked). */
  url: string;
  mandant: string;
  phase: WidgetPhase | null;
  /** The comment form, when the open phase takes comments from the public. */
  formular: {
    identitaet: WidgetIdentitaet;
    /** The signed time the form was shown (the domain's minimum fill time). */
    angezeigtUm: string;
  } | null;
  /** Why there is no form (no open phase, comments not part of it, institutions only). */
  hinweis: Meldung | null;
  beitraege: WidgetBeitrag[];
};

/** One procedure of the list widget. */
export type WidgetListeneintrag = {
  slug: string;
  titel: string;
  kurzbeschreibung: string;
  status: WidgetStatus;
  url: string;
  phase: WidgetPhase | null;
};

/** GET /api/beteiligung/v1/mandanten/<ags>/verfahren */
export type WidgetVerfahrensliste = { mandant: string; verfahren: WidgetListeneintrag[] };

/** POST /api/beteiligung/v1/verfahren/<slug>/beitraege: what the widget sends. */
export type WidgetEingabe = {
  text: string;
  name?: string;
  email?: string;
  /** The honeypot: people leave it empty. */
  webseite?: string;
  angezeigtUm?: string;
  /** The language of the confirmation mail. */
  sprache?: "de" | "en";
};

/** The answer to an accepted contribution (201). */
export type WidgetEingang = {
  ok: true;
  status: "unbestaetigt" | "ausstehend" | "veroeffentlicht";
  meldung: Meldung;
};

/** Every refusal (4xx): a stable code, a message, and per field a message for input errors. */
export type WidgetFehler = {
  fehler: string;
  meldung: Meldung;
  felder?: Record<string, Meldung>;
};

/** The message the sign-in popup sends to the widget's window (`postMessage`). */
export const TOKEN_NACHRICHT = "beteiligung-token";

/** The largest JSON body the widget API takes (413 above). */
export const MAX_EINGABE_BYTES = 16 * 1024;
