import { antragEreignis } from "@portal/antraege/schema";
import { reicheEin, speichereEntwurf } from "@portal/antraege/server";
import { konto } from "@portal/auth/schema";
import type { Mail } from "@portal/auth/types";
import type { Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { speichereKassenkonto, verbucheErgebnis } from "@portal/payments/server";
import { kassenkontoVon, lastschrift } from "@portal/payments/testing";
import { nachricht } from "@portal/postfach/schema";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ABGLEICH_STUNDEN, gleicheZahlungenAb } from "../src/zahlungen.ts";

// The crash the reconciliation exists for: the statement import committed the MD06 return,
// and the process died before the application heard of it. The next run records it and tells
// the applicant, once; a return older than the window is left alone.

let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase(inject("adminUrl")));
  const kasse = await speichereKassenkonto(db, kassenkontoVon(OE));
  if (!kasse.ok) throw new Error(kasse.meldung.de);
});
afterAll(() => drop());

const OE = "oe:stadt-dresden-strassenverkehr";
const STUNDE = 3_600_000;

/** A submitted application whose fee was debited and then returned (MD06) at `zurueckAm`. */
async function zurueckgegeben(zurueckAm: Date) {
  const [k] = await db
    .insert(konto)
    .values({ email: `abgleich-${crypto.randomUUID()}@example.org`, emailBestaetigtAm: new Date() })
    .returning();
  const debit = await lastschrift(db, { oe: OE });
  const e = await speichereEntwurf(db, {
    loescheDatei: async () => {},
    zugang: { kontoId: k!.id },
    formular: "bewohnerparkausweis",
    version: 1,
    antworten: { kennzeichen: "DD-AB 1234" },
  });
  if (!e.ok) throw new Error(e.fehler);
  const a = await reicheEin(db, {
    entwurfId: e.entwurf.id,
    berechtigung: { kontoId: k!.id, vertrauensniveau: "substanziell" },
    leistung: "bewohnerparkausweis-beantragen",
    leistungsname: "Bewohnerparkausweis beantragen",
    oeSchluessel: OE,
    stellenname: "Straßenverkehrsbehörde Dresden",
    praefix: "BPA",
    antworten: { kennzeichen: "DD-AB 1234" },
    idempotenzSchluessel: e.entwurf.id,
    // A stand-in for @portal/crypto: this test reads no answers.
    verschluessele: async (_oe, klartext) => `test.${Buffer.from(klartext).toString("base64url")}`,
    post: async () => {},
    zahlung: { intentId: debit.id },
  });
  if (!a.ok) throw new Error(a.fehler);
  const r = await verbucheErgebnis(db, {
    id: debit.id,
    ergebnis: "failed",
    grund: { code: "MD06" },
    jetzt: zurueckAm,
  });
  if (!r.ok) throw new Error(r.fehler);
  return { antragId: a.antrag.id, kontoId: k!.id, intentId: r.intent.id };
}

const zahlungsvermerke = (antragId: string) =>
  db
    .select()
    .from(antragEreignis)
    .where(and(eq(antragEreignis.antragId, antragId), eq(antragEreignis.art, "zahlung")));

describe("the applications' reconciliation with the payments", () => {
  it("records a return the import's process did not pass on, tells the applicant, and only once", async () => {
    const jetzt = new Date();
    const fehlt = await zurueckgegeben(new Date(jetzt.getTime() - STUNDE));
    const zuAlt = await zurueckgegeben(new Date(jetzt.getTime() - (ABGLEICH_STUNDEN + 1) * STUNDE));
    const mails: Mail[] = [];
    const arbeit = { db, post: async (m: Mail) => void mails.push(m), jetzt: () => jetzt };

    expect(await gleicheZahlungenAb(arbeit)).toBe(1);
    const [vermerk] = await zahlungsvermerke(fehlt.antragId);
    expect(vermerk?.data).toMatchObject({
      intentId: fehlt.intentId,
      status: "failed",
      grund: { code: "MD06" },
    });
    const briefe = await db.select().from(nachricht).where(eq(nachricht.kontoId, fehlt.kontoId));
    expect(briefe).toHaveLength(1);
    expect(briefe[0]?.text).toContain("zurückgeben lassen");
    expect(mails.some((m) => m.betreff.includes("noch offen"))).toBe(true);
    expect(await zahlungsvermerke(zuAlt.antragId)).toHaveLength(0);

    // The next run (or the web app after all) finds nothing left to do.
    const vorher = mails.length;
    expect(await gleicheZahlungenAb(arbeit)).toBe(0);
    expect(await zahlungsvermerke(fehlt.antragId)).toHaveLength(1);
    expect(mails.length).toBe(vorher);
  });
});
