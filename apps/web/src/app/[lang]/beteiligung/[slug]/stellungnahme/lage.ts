import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { type Angemeldet, getSession } from "@portal/auth/next";
import type { OrganisationInfo } from "@portal/auth/server";
import { listeOrganisationen } from "@portal/auth/server";
import {
  darf,
  genuegt,
  type Identitaet,
  type Phase,
  type Verfahrensregeln,
} from "@portal/beteiligung/types";
import type { Database } from "@portal/db/client";
import { cookies } from "next/headers";
import { sitzungsSchluessel } from "@/lib/env";

// What the statement page, its action and its receipt share: who is submitting (account, eID,
// organisations), what the open phase asks of them, and the receipt cookie of a statement sent
// without an account.

/** The identity a signed-in session stands for: an eID sign-in (substantial, high) or the account. */
export const identitaetDer = (angemeldet: Angemeldet | null): Identitaet =>
  !angemeldet ? "anonym" : angemeldet.sitzung.vertrauensniveau === "niedrig" ? "konto" : "eid";

export type Lage =
  | { art: "geschlossen"; meldung: { de: string; en: string } }
  | {
      art: "anmelden";
      phase: Phase;
      braucht: Identitaet;
    }
  | { art: "keine-institution"; phase: Phase }
  | {
      art: "formular";
      phase: Phase;
      braucht: Identitaet;
      angemeldet: Angemeldet | null;
      /** The organisations to choose from in an institutions' phase, else empty. */
      organisationen: OrganisationInfo[];
    };

/**
 * What the page can offer now: nothing (no open phase for statements), a sign-in (the phase asks
 * for more than this visitor has), in an institutions' phase a pointer to the organisation
 * accounts (signed in, but a member of none), or the form.
 */
export async function lageFuer(db: Database, regeln: Verfahrensregeln, jetzt: Date): Promise<Lage> {
  const angemeldet = await getSession();
  // First whether any phase takes statements now, whoever asks (institution: the form decides).
  const offen = darf(regeln, {
    aktion: "stellungnahme",
    jetzt,
    identitaet: "eid",
    institution: true,
  });
  if (!offen.ok) return { art: "geschlossen", meldung: offen.meldung };
  const { phase } = offen;
  const braucht = phase.identitaet.stellungnahme ?? "anonym";
  const institutionen = phase.publikum === "institutionen";
  if (!genuegt(identitaetDer(angemeldet), braucht) || (institutionen && !angemeldet)) {
    return {
      art: "anmelden",
      phase,
      braucht: institutionen && braucht === "anonym" ? "konto" : braucht,
    };
  }
  const organisationen =
    institutionen && angemeldet
      ? await listeOrganisationen(db, { kontoId: angemeldet.konto.id })
      : [];
  if (institutionen && organisationen.length === 0) return { art: "keine-institution", phase };
  return { art: "formular", phase, braucht, angemeldet, organisationen };
}

// --- the receipt of a statement sent without an account --------------------------------------

const COOKIE = "beteiligung.stellungnahme";

const signatur = (id: string) =>
  createHmac(
    "sha256",
    createHmac("sha256", sitzungsSchluessel()).update("stellungnahme-eingang").digest(),
  )
    .update(id)
    .digest("base64url");

/** Lets this browser see the receipt of the statement it just sent without an account (a day). */
export async function merkeEingang(id: string): Promise<void> {
  (await cookies()).set(COOKIE, `${id}.${signatur(id)}`, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: 24 * 60 * 60,
  });
}

/** Whether this browser sent the statement `id` without an account (the signed cookie says so). */
export async function istEigenerEingang(id: string): Promise<boolean> {
  const wert = (await cookies()).get(COOKIE)?.value ?? "";
  const [gemerkt, sig] = wert.split(".");
  if (!gemerkt || !sig || gemerkt !== id) return false;
  const erwartet = Buffer.from(signatur(id));
  const gegeben = Buffer.from(sig);
  return erwartet.length === gegeben.length && timingSafeEqual(erwartet, gegeben);
}
