import "server-only";
import {
  dateienDesKontos,
  type Entschluessele,
  type LoescheDatei,
  type Protokolliere,
  type SendeNachricht,
  type Verschluessele,
} from "@portal/antraege/server";
import { type KontoDateien, protokolliereZugriff } from "@portal/auth/server";
import {
  entschluessele as entschluesseleJwe,
  schluesselablage,
  verschluessele as verschluesseleJwe,
} from "@portal/crypto/server";
import { dateiablage } from "@portal/dateien/server";
import type { Database } from "@portal/db/client";
import { sendeNachricht as sendeInsPostfach } from "@portal/postfach/server";
import { post } from "@/lib/konto";

// The ports of @portal/antraege, wired once for the citizen's runner and the authority's inbox:
// encryption per Organisationseinheit (@portal/crypto's keystore; the private keys exist only
// where the back office runs), the Postfach, the staff audit trail and the mail queue.

export const verschluessele: Verschluessele = async (oe, klartext) =>
  verschluesseleJwe(klartext, await schluesselablage().oeffentlicherSchluessel(oe));

export const entschluessele: Entschluessele = async (oe, jwe) =>
  entschluesseleJwe(jwe, await schluesselablage().privaterSchluessel(oe));

export const sendeNachricht: SendeNachricht = (db, nachricht) =>
  sendeInsPostfach(db, nachricht, { post });

export const protokolliere: Protokolliere = (db, eintrag) => protokolliereZugriff(db, eintrag);

/** Where uploads and the attachments of applications are stored (@portal/dateien). */
export const ablage = () => dateiablage();

/** Removes a stored file: a draft's upload once the draft no longer names it. */
export const loescheDatei: LoescheDatei = (schluessel) => dateiablage().loesche(schluessel);

/**
 * The account's files for @portal/auth's deletion (GDPR Art. 17): its drafts' uploads and its
 * applications' receipts, listed before the rows go and removed after.
 */
export const kontoDateien = (db: Database): KontoDateien => ({
  sammle: (kontoId) => dateienDesKontos(db, { kontoId }),
  loesche: loescheDatei,
});

export { post };
