import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import {
  type EntwurfInfo,
  entwurfsdatei,
  ladeEntwurf,
  speichereEntwurf,
  uebernehmeEntwurf,
  type Zugang,
} from "@portal/antraege/server";
import { type Angemeldet, getSession } from "@portal/auth/next";
import { SchluesselFehlt, schluesselablage } from "@portal/crypto/server";
import { pruefeDatei } from "@portal/dateien/server";
import { ABLEHNUNGSTEXTE } from "@portal/dateien/types";
import type { Database } from "@portal/db/client";
import {
  dateiFehler,
  feldAnPfad,
  istUpload,
  ladeFormular,
  profilwerteAus,
} from "@portal/forms/server";
import type {
  Antworten,
  Eingabe,
  Feldfehler,
  Formulardefinition,
  Upload,
} from "@portal/forms/types";
import {
  findLeistungBySlug,
  findOrganisationseinheit,
  findZustaendigeStellen,
  loeseOrtAuf,
  type OrganisationseinheitRow,
} from "@portal/katalog/server";
import { cookies } from "next/headers";
import type { Lang } from "@/i18n/sprache";
import { ablage, loescheDatei } from "@/lib/antraege";
import { publicUrl } from "@/lib/env";

// What the pages and actions of the form runner share: who reaches a draft (the account, or the
// resume token in this browser's cookie), the draft's content (the answers, plus the input of a
// page that did not pass its checks yet, so nothing typed is lost), uploads, and the receipt.

const sicher = () => publicUrl().startsWith("https:");

/** The cookie that holds a draft's resume token in the browser that started it without an account. */
export const entwurfCookie = (entwurfId: string) => `entwurf-${entwurfId}`;

export async function setzeEntwurfCookie(entwurfId: string, token: string, bis: Date | null) {
  const maxAge = bis ? Math.max(60, Math.floor((bis.getTime() - Date.now()) / 1000)) : 7 * 86_400;
  (await cookies()).set(entwurfCookie(entwurfId), token, {
    httpOnly: true,
    sameSite: "lax",
    secure: sicher(),
    path: "/",
    maxAge,
  });
}

export async function loescheEntwurfCookie(entwurfId: string) {
  (await cookies()).delete(entwurfCookie(entwurfId));
}

// ---------------------------------------------------------------------------------------------
// The draft's content

const OFFEN = "~offen";
/**
 * What "check your answers" sent for a form with a fee paid before submission (the confirmation
 * address without an account, the chosen authority): kept with the draft until the payment page
 * submits, so it is not asked again and never travels in a URL.
 */
const EINREICHUNG = "~einreichung";

/** The submission's inputs from "check your answers", held while the fee is paid. */
export type VorgemerkteEinreichung = {
  email: string | null;
  stelle?: string;
  /**
   * The fee's intent once confirmed (set by the payment step before it submits): a retry after a
   * failed submission uses it whatever method is chosen then, so a fee is never paid twice.
   */
  zahlungIntentId?: string;
};

/**
 * A page's input that did not pass its checks: shown again, with its errors, until it does.
 * `still`: shown without errors (the citizen went back, or added a row, and has not asked to
 * go on yet); `dateifehler`: files refused before they became answers; `hinweis`: the whole
 * page was refused (too large, too many uploads).
 */
export type OffeneSeite = {
  seite: string;
  eingabe: Eingabe;
  still?: boolean;
  dateifehler?: Feldfehler[];
  hinweis?: "zu-gross" | "zu-oft";
};

export function inhaltVon(roh: Record<string, unknown>): {
  antworten: Antworten;
  offen: OffeneSeite | null;
  einreichung: VorgemerkteEinreichung | null;
} {
  const { [OFFEN]: offen, [EINREICHUNG]: einreichung, ...antworten } = roh;
  const o = offen as OffeneSeite | undefined;
  const e = einreichung as VorgemerkteEinreichung | undefined;
  return {
    antworten: antworten as Antworten,
    offen:
      o && typeof o.seite === "string" && o.eingabe && typeof o.eingabe === "object" ? o : null,
    einreichung:
      e && typeof e === "object" && (e.email === null || typeof e.email === "string")
        ? {
            email: e.email,
            ...(typeof e.stelle === "string" ? { stelle: e.stelle } : {}),
            ...(typeof e.zahlungIntentId === "string"
              ? { zahlungIntentId: e.zahlungIntentId }
              : {}),
          }
        : null,
  };
}

export function inhalt(antworten: Antworten, offen: OffeneSeite | null): Record<string, unknown> {
  return offen ? { ...antworten, [OFFEN]: offen } : { ...antworten };
}

// ---------------------------------------------------------------------------------------------
// Reaching a draft

/** A draft as a runner page works with it. */
export type Lauf = {
  entwurf: EntwurfInfo;
  zugang: Zugang;
  angemeldet: Angemeldet | null;
  /** The version the draft was filled in. */
  def: Formulardefinition;
  /** The form's newest version, when it is newer than the draft's. */
  neuere: Formulardefinition | null;
  antworten: Antworten;
  offen: OffeneSeite | null;
  /** Set by "check your answers" of a form whose fee is paid before submission. */
  einreichung: VorgemerkteEinreichung | null;
};

/**
 * The draft `entwurfId` of form `schluessel` if this request may reach it: the signed-in
 * account's own, or the one whose resume token this browser holds. A signed-in citizen who
 * holds the token of a draft started without an account takes it into the account. Null for
 * anything else (another's draft, an expired one, a malformed id), as for an unknown one.
 */
export async function ladeLauf(
  db: Database,
  { schluessel, entwurfId }: { schluessel: string; entwurfId: string },
): Promise<Lauf | null> {
  const angemeldet = await getSession();
  let entwurf: EntwurfInfo | null = null;
  let zugang: Zugang | null = null;
  if (angemeldet) {
    zugang = { kontoId: angemeldet.konto.id };
    entwurf = await ladeEntwurf(db, { entwurfId, zugang });
  }
  if (!entwurf) {
    const token = (await cookies()).get(entwurfCookie(entwurfId))?.value;
    if (token && token.length <= 100) {
      zugang = { token };
      entwurf = await ladeEntwurf(db, { entwurfId, zugang });
    }
  }
  if (!entwurf || !zugang || entwurf.formular !== schluessel) return null;
  const [def, neueste] = await Promise.all([
    ladeFormular(db, { schluessel, version: entwurf.version }),
    ladeFormular(db, { schluessel }),
  ]);
  if (!def || !neueste) return null;
  const { antworten, offen, einreichung } = inhaltVon(entwurf.antworten);
  return {
    entwurf,
    zugang,
    angemeldet,
    def,
    neuere: neueste.version > def.version ? neueste : null,
    antworten,
    offen,
    einreichung,
  };
}

/**
 * In an action: a signed-in citizen working on a draft reached by its token takes it into the
 * account (the token stops working; the draft is then in "Meine Anträge").
 */
export async function insKonto(db: Database, lauf: Lauf): Promise<Lauf> {
  if (!lauf.angemeldet || !("token" in lauf.zugang)) return lauf;
  const uebernommen = await uebernehmeEntwurf(db, {
    zugang: lauf.zugang,
    kontoId: lauf.angemeldet.konto.id,
  });
  if (!uebernommen) return lauf;
  await loescheEntwurfCookie(lauf.entwurf.id);
  return { ...lauf, entwurf: uebernommen, zugang: { kontoId: lauf.angemeldet.konto.id } };
}

/** Saves the draft's content and the page to resume at; false if it is no longer reachable. */
export async function speichere(
  db: Database,
  lauf: Lauf,
  werte: {
    antworten: Antworten;
    offen: OffeneSeite | null;
    seite: string | null;
    version?: number;
    einmaligeIdentifikationId?: string;
  },
): Promise<boolean> {
  const ergebnis = await speichereEntwurf(db, {
    entwurfId: lauf.entwurf.id,
    zugang: lauf.zugang,
    formular: lauf.entwurf.formular,
    version: werte.version ?? lauf.entwurf.version,
    antworten: inhalt(werte.antworten, werte.offen),
    seite: werte.seite,
    loescheDatei,
    ...(werte.einmaligeIdentifikationId
      ? { einmaligeIdentifikationId: werte.einmaligeIdentifikationId }
      : {}),
  });
  return ergebnis.ok;
}

/**
 * Keeps what "check your answers" sent with the draft, for the payment page (a form with a fee
 * paid before submission). Saving a page again drops it: changed answers are checked again.
 */
export async function merkeEinreichung(
  db: Database,
  lauf: Lauf,
  einreichung: VorgemerkteEinreichung,
): Promise<boolean> {
  const ergebnis = await speichereEntwurf(db, {
    entwurfId: lauf.entwurf.id,
    zugang: lauf.zugang,
    formular: lauf.entwurf.formular,
    version: lauf.entwurf.version,
    antworten: { ...inhalt(lauf.antworten, lauf.offen), [EINREICHUNG]: einreichung },
    seite: lauf.entwurf.seite,
    loescheDatei,
  });
  return ergebnis.ok;
}

// ---------------------------------------------------------------------------------------------
// Uploads

/**
 * Where a draft's upload is stored (in the clear, like the draft): @portal/antraege's key, as
 * that domain deletes the file once the draft no longer names it.
 */
export { entwurfsdatei };

/** Where a submitted attachment is stored: a compact JWE for the authority. */
export const antragsanlage = (entwurfId: string, uploadId: string) =>
  `anlage/${entwurfId}/${uploadId}`;

/** The upload stored at a path of the stored answers (`hunde.1.nachweis`), if any. */
function uploadAn(antworten: Antworten, pfad: string): Upload | undefined {
  let wert: unknown = antworten;
  for (const teil of pfad.split(".")) {
    if (Array.isArray(wert)) wert = wert[Number(teil)];
    else if (wert && typeof wert === "object") wert = (wert as Record<string, unknown>)[teil];
    else return undefined;
  }
  return istUpload(wert) ? wert : undefined;
}

/**
 * A posted page as `pruefeSeite` reads it: text inputs as strings (several values as arrays),
 * file inputs replaced by the upload they stored. A new file is checked on its content
 * (@portal/dateien: type by magic bytes, active PDFs and programs refused, name cleaned) against
 * the field's limits and stored for the draft; an empty file input keeps the previous upload
 * unless "remove" was ticked (`<pfad>~entfernen`). Refused files come back as field errors.
 */
export async function leseSeite(
  form: FormData,
  {
    def,
    seiteId,
    entwurfId,
    antworten,
    offen,
    lang,
  }: {
    def: Formulardefinition;
    seiteId: string;
    entwurfId: string;
    antworten: Antworten;
    offen: OffeneSeite | null;
    lang: Lang;
  },
): Promise<{ eingabe: Eingabe; dateifehler: Feldfehler[] }> {
  const eingabe: Eingabe = {};
  const dateifehler: Feldfehler[] = [];
  const vorher = offen?.seite === seiteId ? offen.eingabe : {};
  for (const name of new Set(form.keys())) {
    if (name.startsWith("$") || name.includes("~")) continue;
    const feld = feldAnPfad(def, seiteId, name);
    if (!feld) continue;
    if (feld.typ !== "datei") {
      const werte = form.getAll(name).filter((w): w is string => typeof w === "string");
      eingabe[name] =
        werte.length > 1 || (feld.typ === "auswahl" && feld.mehrfach) ? werte : werte[0];
      continue;
    }
    const datei = form.get(name);
    const bisher =
      (istUpload(vorher[name]) ? (vorher[name] as Upload) : undefined) ?? uploadAn(antworten, name);
    if (!(datei instanceof File) || datei.size === 0) {
      if (bisher && form.get(`${name}~entfernen`) !== "ja") eingabe[name] = bisher;
      continue;
    }
    if (datei.size > feld.maxBytes) {
      dateifehler.push(dateiFehler(feld, name, "zugross", lang));
      continue;
    }
    const bytes = new Uint8Array(await datei.arrayBuffer());
    const geprueft = await pruefeDatei({
      bytes,
      dateiname: datei.name,
      erlaubt: feld.medientypen,
      maxBytes: feld.maxBytes,
    });
    if (!geprueft.ok) {
      dateifehler.push(
        geprueft.grund === "zu-gross"
          ? dateiFehler(feld, name, "zugross", lang)
          : geprueft.grund === "typ"
            ? dateiFehler(feld, name, "typ", lang)
            : dateiFehler(feld, name, { text: ABLEHNUNGSTEXTE[geprueft.grund] }, lang),
      );
      continue;
    }
    const id = randomUUID();
    await ablage().speichere(entwurfsdatei(entwurfId, id), bytes);
    eingabe[name] = {
      id,
      dateiname: geprueft.dateiname,
      medientyp: geprueft.medientyp,
      groesse: geprueft.groesse,
    };
  }
  return { eingabe, dateifehler };
}

/** Every upload in a draft's answers (top level, groups and rows). */
export function uploadsIn(wert: unknown): Upload[] {
  if (istUpload(wert)) return [wert];
  if (Array.isArray(wert)) return wert.flatMap(uploadsIn);
  if (wert && typeof wert === "object") return Object.values(wert).flatMap(uploadsIn);
  return [];
}

// ---------------------------------------------------------------------------------------------
// The receipt

/**
 * Where an application's receipt is kept: for an account's application under its id (the
 * account's session opens it), otherwise under a random token that only the submitting browser
 * holds (a cookie for a day), so that nobody else can fetch it by guessing the id.
 */
export {
  belegInfoSchluessel as belegInfoPfad,
  belegSchluessel as belegPfad,
} from "@portal/antraege/server";
export const belegCookie = (antragId: string) => `beleg-${antragId}`;
export const neuerBelegToken = () => randomBytes(24).toString("hex");

export async function setzeBelegCookie(antragId: string, token: string) {
  (await cookies()).set(belegCookie(antragId), token, {
    httpOnly: true,
    sameSite: "lax",
    secure: sicher(),
    path: "/",
    maxAge: 86_400,
  });
}

/** The receipt token this browser holds for an application (only hex, else none). */
export async function belegToken(antragId: string): Promise<string | null> {
  const token = (await cookies()).get(belegCookie(antragId))?.value ?? "";
  return /^[0-9a-f]{48}$/.test(token) ? token : null;
}

// ---------------------------------------------------------------------------------------------
// The responsible authority

export type Stelle = { schluessel: string; name: string; anschrift?: string; online: boolean };

export type Zustaendigkeit =
  | { art: "eindeutig"; stelle: Stelle; ags: string }
  /** Several municipalities fit the address, or the rule has cases with different authorities. */
  | { art: "wahl"; stellen: (Stelle & { ags: string; wert: string; label: string })[] }
  | { art: "unbekannt" };

const wertVon = (ags: string, oe: string) => `${ags}|${oe}`;

function anschriftVon(oe: OrganisationseinheitRow): string | undefined {
  const a = oe.anschriften[0];
  if (!a) return undefined;
  return (
    [a.strasse, [a.plz, a.ort].filter(Boolean).join(" ")].filter(Boolean).join(", ") || undefined
  );
}

async function hatSchluessel(oe: string): Promise<boolean> {
  try {
    await schluesselablage().oeffentlicherSchluessel(oe);
    return true;
  } catch (error) {
    if (error instanceof SchluesselFehlt) return false;
    throw error;
  }
}

/**
 * Who receives the application: the Zuständigkeitsfinder's authority for the Leistung in the
 * applicant's municipality, found from the postcode and town the form asked for (the fields
 * marked with the profile fields "plz" and "ort"). Where the address fits several
 * municipalities, or the Leistung's rule names different authorities for different cases, the
 * applicant chooses (`wahl`, a value of the offered ones). `online` is false for an authority
 * that has no key to receive encrypted applications yet.
 */
export async function findeZustaendigkeit(
  db: Database,
  { def, antworten, wahl }: { def: Formulardefinition; antworten: Antworten; wahl?: string },
): Promise<Zustaendigkeit> {
  const { plz, ort } = profilwerteAus(def, antworten);
  const leistung = await findLeistungBySlug(db, { slug: def.leistung, locale: "de" });
  if (!leistung || !plz) return { art: "unbekannt" };
  const aufgeloest = await loeseOrtAuf(db, { eingabe: [plz, ort].filter(Boolean).join(" ") });
  const orte =
    aufgeloest.ergebnis === "eindeutig"
      ? [aufgeloest.ort]
      : aufgeloest.ergebnis === "auswahl" && aufgeloest.grund !== "aehnlich"
        ? aufgeloest.orte
        : [];
  const stellen: (Stelle & { ags: string; wert: string; label: string })[] = [];
  for (const o of orte.slice(0, 20)) {
    const faelle = await findZustaendigeStellen(db, {
      leistungDocumentId: leistung.original.documentId,
      ags: o.ags,
    });
    for (const schluessel of new Set(faelle.map((f) => f.organisationseinheit))) {
      const oe = await findOrganisationseinheit(db, { schluessel });
      if (!oe) continue;
      stellen.push({
        schluessel,
        name: oe.name,
        anschrift: anschriftVon(oe),
        online: await hatSchluessel(schluessel),
        ags: o.ags,
        wert: wertVon(o.ags, schluessel),
        label: orte.length > 1 ? `${oe.name} (${o.gemeinde}, ${o.kreis})` : oe.name,
      });
    }
  }
  const gewaehlt = wahl ? stellen.find((s) => s.wert === wahl) : undefined;
  if (gewaehlt) return { art: "eindeutig", stelle: gewaehlt, ags: gewaehlt.ags };
  const [erste] = stellen;
  if (!erste) return { art: "unbekannt" };
  if (stellen.length === 1) return { art: "eindeutig", stelle: erste, ags: erste.ags };
  return { art: "wahl", stellen };
}
