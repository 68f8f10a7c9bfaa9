import type { Db } from "@portal/db/client";

// What this domain takes from domains built beside it, as injected functions with the smallest
// types it needs: the app wires in @portal/crypto, @portal/postfach and @portal/auth's audit
// trail. Ports that write take the transaction (`db`), so that the action, its audit entry and
// its message commit together or not at all.

/** Encrypts for an Organisationseinheit (@portal/crypto); returns a compact JWE. */
export type Verschluessele = (oe: string, klartext: Uint8Array) => Promise<string>;

/** Decrypts a compact JWE encrypted for an Organisationseinheit (@portal/crypto). */
export type Entschluessele = (oe: string, jwe: string) => Promise<Uint8Array>;

/** An entry of the staff audit trail, as @portal/auth's `protokolliereZugriff` takes it. */
export type Protokolleintrag = {
  mitarbeiterKontoId: string;
  oeSchluessel: string;
  /** A verb of the log's vocabulary: "antrag-angesehen", "antrag-zugewiesen", … */
  aktion: string;
  /** "antrag:<id>" */
  gegenstand: string;
  betroffenesKontoId?: string | null;
  jetzt?: Date;
};

/** Writes the audit trail; `protokolliereZugriff` from @portal/auth/server fits as it is. */
export type Protokolliere = (db: Db, eintrag: Protokolleintrag) => Promise<void>;

/** A message to the applicant's Postfach (the shape @portal/postfach's `sendeNachricht` takes). */
export type PostfachNachricht = {
  an: { kontoId: string };
  absender: { oeSchluessel: string; name: string };
  betreff: string;
  text: string;
  /** The procedure the message belongs to: the application's reference number. */
  verfahren: string;
  /** The Bescheid and its enclosures: PDF only (sealed documents, @portal/beleg / crypto). */
  anhaenge?: { dateiname: string; medientyp: "application/pdf"; inhalt: Buffer }[];
};

/**
 * Delivers a message to the Postfach, in the given transaction. Wire it as
 * `(db, n) => sendeNachricht(db, n, { post })` from @portal/postfach/server.
 */
export type SendeNachricht = (
  db: Db,
  nachricht: PostfachNachricht,
) => Promise<{ ok: true; id: string } | { ok: false }>;

/**
 * The bytes stored under a key (@portal/dateien's `Dateiablage.lade`), null when there are none.
 * Attachments are stored as a compact JWE for the authority, UTF-8 encoded.
 */
export type LadeDatei = (schluessel: string) => Promise<Uint8Array | null>;

/**
 * Removes a stored file by its key; nothing happens when there is none. Wire it as
 * `(s) => dateiablage().loesche(s)` from @portal/dateien/server.
 */
export type LoescheDatei = (schluessel: string) => Promise<void>;
