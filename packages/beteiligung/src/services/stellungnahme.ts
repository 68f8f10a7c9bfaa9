import { randomUUID } from "node:crypto";
import { type Dateiablage, pruefeDatei } from "@portal/dateien/server";
import type { Ablehnungsgrund } from "@portal/dateien/types";
import type { Db } from "@portal/db/client";
import { definePolicy } from "@portal/ratelimit/types";
import { z } from "zod";
import { ladeBeitrag } from "../queries/beitrag.ts";
import {
  type AnhangZeile,
  anhaengeDesBeitrags,
  fuegeAnhangEin,
  fuegeMitzeichnungEin,
  ladeAnhangFuerVerfahren,
  ladeEigenenBeitrag,
  ladeMitzeichnung,
  setzeStellungnahmeAngaben,
  zaehleMitzeichnungen,
} from "../queries/stellungnahme.ts";
import {
  type Beitragsstatus,
  type DarfGrund,
  darf,
  feldfehler,
  genuegt,
  type Identitaet,
  type Meldung,
  nameSchema,
  textSchema,
  type Verfahrensregeln,
} from "../types.ts";
import { type Einreicher, type EinreichFehler, reicheBeitragEin } from "./beitrag.ts";

// Formal statements (Stellungnahmen, issue 11 part 2): text, recorded consent, the submitter's
// name and postal address where the phase asks for an account, up to three PDF attachments,
// institutions (Träger öffentlicher Belange, § 4 BauGB) acting through an Organisationskonto in
// their phase, and co-signatures (Mitzeichnungen) of published public statements.

/**
 * The consent a statement needs, and the version of its wording: the version is stored with
 * the statement, so that it can be shown what the person agreed to (Art. 7 (1) GDPR). A new
 * wording gets a new version; a form still showing the old one is refused (`einwilligung`).
 */
export const EINWILLIGUNG = {
  fassung: "2026-12-01",
  text: {
    de: "Ich willige ein, dass meine Angaben zur Bearbeitung der Stellungnahme im Verfahren gespeichert und verarbeitet werden. Name und Anschrift erhält nur die zuständige Behörde; sie werden nicht veröffentlicht. Ich kann die Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen.",
    en: "I consent to my details being stored and processed for handling the statement in the procedure. Only the authority responsible receives my name and address; they are not published. I can withdraw my consent at any time with effect for the future.",
  },
} as const;

/** At most three attachments per statement, PDF only, each up to 10 MB. */
export const MAX_ANHAENGE = 3;
export const MAX_ANHANG_BYTES = 10 * 1024 * 1024;
export const ANHANG_TYPEN = ["application/pdf"] as const;

/**
 * Statement forms per client address, counted by the app before the files are checked (each
 * request may carry 30 MB to scan): 20 in 10 minutes, far above what a person sends.
 */
export const stellungnahmeProAdresse = definePolicy({
  name: "beteiligung-stellungnahme-adresse",
  limit: 20,
  windowSeconds: 10 * 60,
});

export const MAX_STRASSE = 200;
export const MAX_ORT = 100;

export const STELLUNGNAHME_MELDUNGEN = {
  einwilligung: {
    de: "Bitte willigen Sie in die Verarbeitung Ihrer Angaben ein. Ohne Einwilligung kann die Stellungnahme nicht angenommen werden.",
    en: "Please consent to the processing of your details. Without consent the statement cannot be accepted.",
  },
  fassung: {
    de: "Der Text der Einwilligung wurde inzwischen geändert. Bitte lesen Sie ihn und bestätigen Sie ihn erneut.",
    en: "The wording of the consent has changed in the meantime. Please read it and confirm it again.",
  },
  einreicherName: {
    de: "Bitte geben Sie Ihren Vor- und Nachnamen an.",
    en: "Please enter your first and last name.",
  },
  strasse: {
    de: "Bitte geben Sie Straße und Hausnummer an.",
    en: "Please enter the street and house number.",
  },
  plz: {
    de: "Bitte geben Sie eine fünfstellige Postleitzahl an.",
    en: "Please enter a five-digit postcode.",
  },
  ort: { de: "Bitte geben Sie den Ort an.", en: "Please enter the town." },
  zuLang: { de: "Diese Angabe ist zu lang.", en: "This entry is too long." },
  zuVieleAnhaenge: {
    de: `Sie können höchstens ${MAX_ANHAENGE} Dateien anhängen.`,
    en: `You can attach at most ${MAX_ANHAENGE} files.`,
  },
  "nicht-gefunden": {
    de: "Diese Stellungnahme kann nicht mitgezeichnet werden.",
    en: "This statement cannot be co-signed.",
  },
  bereits: {
    de: "Sie haben diese Stellungnahme bereits mitgezeichnet.",
    en: "You have already co-signed this statement.",
  },
  eigene: {
    de: "Ihre eigene Stellungnahme können Sie nicht mitzeichnen.",
    en: "You cannot co-sign your own statement.",
  },
} as const satisfies Record<string, Meldung>;

/** Why an attachment was refused, for statements (PDF only, 10 MB). */
export const ANHANG_MELDUNGEN: Record<Ablehnungsgrund, Meldung> = {
  "zu-gross": {
    de: "Die Datei ist größer als 10 MB. Bitte hängen Sie eine kleinere Datei an.",
    en: "The file is larger than 10 MB. Please attach a smaller file.",
  },
  leer: { de: "Die Datei ist leer.", en: "The file is empty." },
  typ: {
    de: "Die Datei ist kein PDF. Bitte hängen Sie nur PDF-Dateien an.",
    en: "The file is not a PDF. Please attach PDF files only.",
  },
  "pdf-aktiv": {
    de: "Das PDF enthält aktive Inhalte (z. B. JavaScript oder eingebettete Dateien) und wird nicht angenommen. Bitte speichern Sie es ohne diese Inhalte, zum Beispiel über „Drucken als PDF“.",
    en: "The PDF contains active content (such as JavaScript or embedded files) and is not accepted. Please save it without them, for example with “Print to PDF”.",
  },
  "pdf-verschluesselt": {
    de: "Das PDF ist verschlüsselt oder kennwortgeschützt. Bitte hängen Sie es ohne Kennwortschutz an.",
    en: "The PDF is encrypted or password-protected. Please attach it without password protection.",
  },
  name: { de: "Der Dateiname ist ungültig.", en: "The file name is not valid." },
};

const laenge = (s: string) => [...s].length;
const angabe = (max: number) =>
  z
    .string()
    .optional()
    .transform((s) => s?.normalize("NFC").trim() ?? "")
    .refine((s) => laenge(s) <= max && !s.includes("\u0000"), {
      message: STELLUNGNAHME_MELDUNGEN.zuLang.de,
    });

/** What the statement form sends besides its files. */
export const stellungnahmeSchema = z.object({
  text: textSchema,
  /** The submitter's name and postal address: for the authority only, never public. */
  einreicherName: angabe(100),
  strasse: angabe(MAX_STRASSE),
  plz: angabe(10),
  ort: angabe(MAX_ORT),
  /** The consent checkbox ("ja") and the version of the wording the form showed. */
  einwilligung: z.string().optional(),
  einwilligungFassung: z.string().optional(),
  webseite: z.string().optional(),
  angezeigtUm: z.coerce.date().optional(),
});

/** A file of the form: the field it came from (`anhang1` …), its name and bytes. */
export type AnhangEingabe = { feld?: string; dateiname: string; bytes: Uint8Array };

/** The Organisationskonto a member submits for (membership checked by the caller). */
export type Institution = { id: string; name: string };

export type StellungnahmeErgebnis =
  | {
      ok: true;
      beitrag: { id: string; status: Beitragsstatus; oeffentlich: boolean; erstellt: Date };
      anhaenge: { id: string; name: string; groesse: number }[];
      /** As `reicheBeitragEin`: only with an e-mail address to confirm, for the app to mail. */
      bestaetigungsToken?: string;
    }
  | EinreichFehler;

const felderAuf = (felder: Record<string, Meldung>): EinreichFehler => ({
  ok: false,
  fehler: "eingabe",
  felder,
});

/**
 * Takes a statement. In this order: the procedure's rules (`darf`: an open phase allowing
 * "stellungnahme", in an institutions' phase only for an institution, with the identity the
 * phase asks for), the input (text, consent to the current wording, where the phase asks for an
 * account or eID the submitter's name and postal address), the attachments (at most three,
 * each a PDF without active content of at most 10 MB, checked on their bytes), then
 * `reicheBeitragEin`'s bot checks and rate limits and the insert, all in one transaction with
 * the statement's own columns and its attachments (stored in `ablage` under
 * `beteiligung/<statement>/<attachment>`; removed again if the transaction fails).
 *
 * In an institutions' phase the statement is stored for the institution and never public;
 * `institution` outside such a phase is ignored (a member speaks for themselves there).
 */
export async function reicheStellungnahmeEin(
  db: Db,
  params: {
    regeln: Verfahrensregeln;
    eingabe: unknown;
    anhaenge: readonly AnhangEingabe[];
    identitaet: Einreicher;
    client: string;
    jetzt: Date;
    institution?: Institution;
    ablage: Dateiablage;
  },
): Promise<StellungnahmeErgebnis> {
  const { regeln, identitaet, jetzt } = params;
  const erlaubt = darf(regeln, {
    aktion: "stellungnahme",
    jetzt,
    identitaet: identitaet.art,
    institution: Boolean(params.institution),
  });
  if (!erlaubt.ok) return { ok: false, fehler: erlaubt.grund, meldung: erlaubt.meldung };
  const fuerInstitution =
    erlaubt.phase.publikum === "institutionen" ? (params.institution ?? null) : null;

  const geprueft = stellungnahmeSchema.safeParse(params.eingabe);
  const felder: Record<string, Meldung> = geprueft.success ? {} : feldfehler(geprueft.error);
  for (const feld of Object.keys(felder)) {
    if (felder[feld]?.de === STELLUNGNAHME_MELDUNGEN.zuLang.de) {
      felder[feld] = STELLUNGNAHME_MELDUNGEN.zuLang;
    }
  }
  const e = geprueft.success ? geprueft.data : null;
  if (e) {
    if (e.einwilligung !== "ja") felder.einwilligung = STELLUNGNAHME_MELDUNGEN.einwilligung;
    else if (e.einwilligungFassung !== EINWILLIGUNG.fassung) {
      felder.einwilligung = STELLUNGNAHME_MELDUNGEN.fassung;
    }
    // Where the phase asks for an account, the authority must be able to answer by post
    // (§ 3 Abs. 2 Satz 4 BauGB: the result of the review is communicated).
    const anschriftPflicht = genuegt(erlaubt.phase.identitaet.stellungnahme ?? "anonym", "konto");
    if (anschriftPflicht || e.einreicherName || e.strasse || e.plz || e.ort) {
      if (!e.einreicherName) felder.einreicherName ??= STELLUNGNAHME_MELDUNGEN.einreicherName;
      if (!e.strasse) felder.strasse ??= STELLUNGNAHME_MELDUNGEN.strasse;
      if (!felder.plz && !/^\d{5}$/.test(e.plz)) felder.plz = STELLUNGNAHME_MELDUNGEN.plz;
      if (!e.ort) felder.ort ??= STELLUNGNAHME_MELDUNGEN.ort;
    }
  }

  const dateien = params.anhaenge.filter((a) => a.bytes.byteLength > 0 || a.dateiname);
  const gepruefteDateien: {
    eingabe: AnhangEingabe;
    name: string;
    groesse: number;
    sha256: string;
    mime: string;
  }[] = [];
  if (dateien.length > MAX_ANHAENGE) felder.anhaenge = STELLUNGNAHME_MELDUNGEN.zuVieleAnhaenge;
  else {
    for (const [i, datei] of dateien.entries()) {
      const befund = await pruefeDatei({
        bytes: datei.bytes,
        dateiname: datei.dateiname,
        erlaubt: ANHANG_TYPEN,
        maxBytes: MAX_ANHANG_BYTES,
      });
      if (!befund.ok) felder[datei.feld ?? `anhang${i + 1}`] = ANHANG_MELDUNGEN[befund.grund];
      else
        gepruefteDateien.push({
          eingabe: datei,
          name: befund.dateiname,
          groesse: befund.groesse,
          sha256: befund.sha256,
          mime: befund.medientyp,
        });
    }
  }
  if (!e || Object.keys(felder).length > 0) return felderAuf(felder);

  const gespeichert: string[] = [];
  try {
    return await db.transaction(async (tx): Promise<StellungnahmeErgebnis> => {
      const antwort = await reicheBeitragEin(tx, {
        regeln,
        eingabe: {
          art: "stellungnahme",
          text: e.text,
          webseite: e.webseite,
          angezeigtUm: e.angezeigtUm,
        },
        identitaet,
        client: params.client,
        jetzt,
        institution: Boolean(params.institution),
      });
      if (!antwort.ok) return antwort;
      const id = antwort.beitrag.id;
      await setzeStellungnahmeAngaben(tx, {
        id,
        einwilligungUm: jetzt,
        einwilligungFassung: EINWILLIGUNG.fassung,
        einreicherName: e.einreicherName || null,
        einreicherStrasse: e.strasse || null,
        einreicherPlz: e.plz || null,
        einreicherOrt: e.ort || null,
        institutionId: fuerInstitution?.id ?? null,
        institutionName: fuerInstitution?.name ?? null,
      });
      const anhaenge = [];
      for (const datei of gepruefteDateien) {
        const anhangId = randomUUID();
        const schluessel = `beteiligung/${id}/${anhangId}`;
        gespeichert.push(schluessel);
        await params.ablage.speichere(schluessel, datei.eingabe.bytes);
        const zeile = await fuegeAnhangEin(tx, {
          id: anhangId,
          beitragId: id,
          name: datei.name,
          mime: datei.mime,
          groesse: datei.groesse,
          ablageSchluessel: schluessel,
          sha256: datei.sha256,
          erstellt: jetzt,
        });
        anhaenge.push({ id: zeile.id, name: zeile.name, groesse: zeile.groesse });
      }
      return {
        ok: true,
        beitrag: {
          id,
          status: antwort.beitrag.status,
          oeffentlich: antwort.beitrag.oeffentlich,
          erstellt: jetzt,
        },
        anhaenge,
        ...(antwort.bestaetigungsToken ? { bestaetigungsToken: antwort.bestaetigungsToken } : {}),
      };
    });
  } catch (fehler) {
    // Nothing was recorded: the files stored so far must not stay behind.
    await Promise.all(gespeichert.map((s) => params.ablage.loesche(s).catch(() => {})));
    throw fehler;
  }
}

/** What the submitter's receipt shows: everything they sent, its time and state. */
export type Eingangsbeleg = {
  id: string;
  verfahrenId: string;
  phaseId: string;
  text: string;
  status: Beitragsstatus;
  oeffentlich: boolean;
  erstellt: Date;
  einwilligungUm: Date | null;
  einwilligungFassung: string | null;
  einreicherName: string | null;
  strasse: string | null;
  plz: string | null;
  ort: string | null;
  institutionName: string | null;
  anhaenge: { id: string; name: string; groesse: number; sha256: string }[];
};

/**
 * A statement for its submitter's receipt: only the account's own (`kontoId` from the session),
 * or with `kontoId: null` only one submitted without an account (the caller proves the browser
 * sent it, e.g. with a signed cookie). Anything else: null, like an unknown id.
 */
export async function ladeEingangsbeleg(
  db: Db,
  params: { id: string; kontoId: string | null },
): Promise<Eingangsbeleg | null> {
  if (!z.uuid().safeParse(params.id).success) return null;
  const b = await ladeEigenenBeitrag(db, params);
  if (!b) return null;
  const anhaenge = await anhaengeDesBeitrags(db, { beitragId: b.id });
  return {
    id: b.id,
    verfahrenId: b.verfahrenId,
    phaseId: b.phaseId,
    text: b.text,
    status: b.status,
    oeffentlich: b.oeffentlich,
    erstellt: b.erstellt,
    einwilligungUm: b.einwilligungUm,
    einwilligungFassung: b.einwilligungFassung,
    einreicherName: b.einreicherName,
    strasse: b.einreicherStrasse,
    plz: b.einreicherPlz,
    ort: b.einreicherOrt,
    institutionName: b.institutionName,
    anhaenge: anhaenge.map((a) => ({
      id: a.id,
      name: a.name,
      groesse: a.groesse,
      sha256: a.sha256,
    })),
  };
}

export type AnhangInfo = {
  id: string;
  beitragId: string;
  verfahrenId: string;
  name: string;
  mime: string;
  groesse: number;
  sha256: string;
  /** The Dateiablage key of the bytes: for staff downloads only, never sent to a browser. */
  ablageSchluessel: string;
  erstellt: Date;
};

const anhangInfo = (a: AnhangZeile, verfahrenId: string): AnhangInfo => ({
  id: a.id,
  beitragId: a.beitragId,
  verfahrenId,
  name: a.name,
  mime: a.mime,
  groesse: a.groesse,
  sha256: a.sha256,
  ablageSchluessel: a.ablageSchluessel,
  erstellt: a.erstellt,
});

/**
 * An attachment for staff: its metadata and Dateiablage key, only if its statement belongs to
 * one of `verfahrenIds` (the procedures the staff member works on); null otherwise, as for an
 * unknown id. The caller checks the staff role, serves the bytes and writes the audit entry.
 */
export async function ladeAnhang(
  db: Db,
  params: { anhangId: string; verfahrenIds: string[] },
): Promise<AnhangInfo | null> {
  if (!z.uuid().safeParse(params.anhangId).success) return null;
  const zeile = await ladeAnhangFuerVerfahren(db, params);
  return zeile ? anhangInfo(zeile.anhang, zeile.verfahrenId) : null;
}

/** The attachments of a statement for staff (as `ladeAnhang`, by statement). */
export async function anhaengeFuerVerfahren(
  db: Db,
  params: { beitragId: string; verfahrenIds: string[] },
): Promise<AnhangInfo[]> {
  if (!z.uuid().safeParse(params.beitragId).success) return [];
  const b = await ladeBeitrag(db, { id: params.beitragId });
  if (!b || !params.verfahrenIds.includes(b.verfahrenId)) return [];
  return (await anhaengeDesBeitrags(db, { beitragId: b.id })).map((a) =>
    anhangInfo(a, b.verfahrenId),
  );
}

// --- co-signing -------------------------------------------------------------------------------

export type MitzeichnungsErgebnis =
  | { ok: true; anzahl: number }
  | {
      ok: false;
      fehler: "eingabe" | "nicht-gefunden" | "bereits" | "eigene" | DarfGrund;
      meldung: Meldung;
    };

const identitaetVon = (person: string): Identitaet =>
  person.startsWith("konto:") ? "konto" : person.startsWith("email:") ? "email" : "anonym";

/**
 * Co-signs a published public statement of the procedure: one co-signature per person (`person`
 * from `personSchluessel`; a second one is refused as "bereits", also when two arrive at once),
 * not one's own statement, with an optional name to show. Only while a phase allows
 * "stellungnahme" with the identity it asks for (taken from the key, or `identitaet` for an
 * eID); in an institutions' phase citizens cannot co-sign.
 */
export async function zeichneMit(
  db: Db,
  params: {
    regeln: Verfahrensregeln;
    beitragId: string;
    person: string;
    name?: unknown;
    jetzt: Date;
    identitaet?: Identitaet;
  },
): Promise<MitzeichnungsErgebnis> {
  const { regeln, jetzt } = params;
  const name = nameSchema.safeParse(params.name ?? undefined);
  if (!name.success) {
    const f = feldfehler(name.error);
    return {
      ok: false,
      fehler: "eingabe",
      meldung: Object.values(f)[0] ?? STELLUNGNAHME_MELDUNGEN.zuLang,
    };
  }
  if (!params.person) {
    return { ok: false, fehler: "identitaet", meldung: STELLUNGNAHME_MELDUNGEN["nicht-gefunden"] };
  }
  const erlaubt = darf(regeln, {
    aktion: "stellungnahme",
    jetzt,
    identitaet: params.identitaet ?? identitaetVon(params.person),
  });
  if (!erlaubt.ok) return { ok: false, fehler: erlaubt.grund, meldung: erlaubt.meldung };
  if (!z.uuid().safeParse(params.beitragId).success) {
    return {
      ok: false,
      fehler: "nicht-gefunden",
      meldung: STELLUNGNAHME_MELDUNGEN["nicht-gefunden"],
    };
  }
  return db.transaction(async (tx): Promise<MitzeichnungsErgebnis> => {
    const ziel = await ladeBeitrag(tx, { id: params.beitragId });
    if (
      ziel?.art !== "stellungnahme" ||
      ziel.verfahrenId !== regeln.verfahrenId ||
      ziel.status !== "veroeffentlicht" ||
      !ziel.oeffentlich
    ) {
      return {
        ok: false,
        fehler: "nicht-gefunden",
        meldung: STELLUNGNAHME_MELDUNGEN["nicht-gefunden"],
      };
    }
    if (ziel.kontoId && params.person === `konto:${ziel.kontoId}`) {
      return { ok: false, fehler: "eigene", meldung: STELLUNGNAHME_MELDUNGEN.eigene };
    }
    const neu = await fuegeMitzeichnungEin(tx, {
      beitragId: ziel.id,
      person: params.person,
      name: name.data ?? null,
      erstellt: jetzt,
    });
    if (!neu) return { ok: false, fehler: "bereits", meldung: STELLUNGNAHME_MELDUNGEN.bereits };
    const [zahl] = await zaehleMitzeichnungen(tx, { beitragIds: [ziel.id] });
    return { ok: true, anzahl: zahl?.anzahl ?? 1 };
  });
}

/** How many co-signatures each of the given statements has (0 for those without). */
export async function mitzeichnungszahlen(
  db: Db,
  params: { beitragIds: string[] },
): Promise<Record<string, number>> {
  const ids = params.beitragIds.filter((id) => z.uuid().safeParse(id).success);
  const zahlen: Record<string, number> = Object.fromEntries(ids.map((id) => [id, 0]));
  for (const z of await zaehleMitzeichnungen(db, { beitragIds: ids }))
    zahlen[z.beitragId] = z.anzahl;
  return zahlen;
}

/** Whether this person has co-signed the statement. */
export async function hatMitgezeichnet(
  db: Db,
  params: { beitragId: string; person: string },
): Promise<boolean> {
  if (!z.uuid().safeParse(params.beitragId).success) return false;
  return (await ladeMitzeichnung(db, params)) !== null;
}
