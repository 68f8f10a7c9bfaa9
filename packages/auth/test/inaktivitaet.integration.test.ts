import type { Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  einmaligeIdentifikation,
  konto,
  kontoToken,
  mitarbeiter,
  mitgliedschaft,
  organisation,
  sicherheitsereignis,
} from "../src/schema.ts";
import { loescheAbgelaufenes, pruefeInaktiveKonten } from "../src/services/inaktivitaet.ts";
import { meldeAn } from "../src/services/konto.ts";
import { hashePasswort } from "../src/services/passwort.ts";
import type { Mail } from "../src/types.ts";

let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase(inject("adminUrl")));
});
afterAll(() => drop());

const TAG = 24 * 60 * 60 * 1000;
const JETZT = new Date("2027-06-01T01:30:00Z");
const tageVor = (tage: number, von = JETZT) => new Date(von.getTime() - tage * TAG);
const GRENZEN = { inaktivTage: 730, warnungTage: 31 };

function postfach() {
  const mails: Mail[] = [];
  return { mails, post: async (mail: Mail) => void mails.push(mail) };
}

let n = 0;
async function neuesKonto(
  werte: Partial<typeof konto.$inferInsert> & { ohneEmail?: boolean } = {},
) {
  const { ohneEmail, ...rest } = werte;
  const [k] = await db
    .insert(konto)
    .values({
      email: ohneEmail ? null : `inaktiv${++n}@example.org`,
      emailBestaetigtAm: ohneEmail ? null : tageVor(2000),
      erstelltAm: tageVor(2000),
      ...rest,
    })
    .returning();
  if (!k) throw new Error("no konto");
  return k;
}

const lade = async (id: string) => (await db.select().from(konto).where(eq(konto.id, id)))[0];

describe("pruefeInaktiveKonten", () => {
  it("warns before the deadline, deletes after the warning period, and spares what it must", async () => {
    const baldFaellig = await neuesKonto({ zuletztAngemeldetAm: tageVor(700), sprache: "en" });
    const aktiv = await neuesKonto({ zuletztAngemeldetAm: tageVor(600) });
    const nieAngemeldet = await neuesKonto({ erstelltAm: tageVor(800) });
    const gewarntLangeHer = await neuesKonto({
      zuletztAngemeldetAm: tageVor(800),
      inaktivGewarntAm: tageVor(40),
    });
    const gewarntGerade = await neuesKonto({
      zuletztAngemeldetAm: tageVor(800),
      inaktivGewarntAm: tageVor(10),
    });
    const warnungVorAnmeldung = await neuesKonto({
      zuletztAngemeldetAm: tageVor(800),
      inaktivGewarntAm: tageVor(900),
    });
    const ohneEmail = await neuesKonto({ ohneEmail: true, zuletztAngemeldetAm: tageVor(700) });
    const mitarbeiterin = await neuesKonto({ zuletztAngemeldetAm: tageVor(800) });
    await db.insert(mitarbeiter).values({ kontoId: mitarbeiterin.id, name: "M. Muster" });
    const inhaber = await neuesKonto({
      zuletztAngemeldetAm: tageVor(800),
      inaktivGewarntAm: tageVor(40),
    });
    const mitglied = await neuesKonto({ zuletztAngemeldetAm: tageVor(5) });
    const [org] = await db
      .insert(organisation)
      .values({ name: "GmbH", art: "unternehmen" })
      .returning();
    await db.insert(mitgliedschaft).values([
      { organisationId: org!.id, kontoId: inhaber.id, rolle: "inhaber" },
      { organisationId: org!.id, kontoId: mitglied.id, rolle: "mitglied" },
    ]);

    const { mails, post } = postfach();
    const ergebnis = await pruefeInaktiveKonten(db, { jetzt: JETZT, post, grenzen: GRENZEN });

    expect(ergebnis).toEqual({ gewarnt: 3, geloescht: 1, zurueckgestellt: 1 });
    expect(await lade(gewarntLangeHer.id)).toBeUndefined();
    for (const k of [baldFaellig, nieAngemeldet, warnungVorAnmeldung, ohneEmail])
      expect((await lade(k.id))?.inaktivGewarntAm).toEqual(JETZT);
    expect((await lade(aktiv.id))?.inaktivGewarntAm).toBeNull();
    expect((await lade(gewarntGerade.id))?.inaktivGewarntAm).toEqual(tageVor(10));
    expect((await lade(mitarbeiterin.id))?.inaktivGewarntAm).toBeNull();
    expect(await lade(inhaber.id)).toBeDefined();

    expect(mails.map((m) => m.an).sort()).toEqual(
      [
        baldFaellig.email,
        nieAngemeldet.email,
        warnungVorAnmeldung.email,
        gewarntLangeHer.email,
      ].sort(),
    );
    const warnung = mails.find((m) => m.an === baldFaellig.email);
    expect(warnung?.betreff).toBe("Your Servicekonto will be deleted soon");
    // 31 days after the warning, in the account's language, with a link to sign in.
    expect(warnung?.text).toContain("on 2 July 2027");
    expect(warnung?.text).toContain("for 2 years");
    expect(warnung?.text).toMatch(/http:\/\/localhost:3000\/en\/konto\/anmelden/);
    expect(warnung?.html).toContain("<a href=");
    const deutsch = mails.find((m) => m.an === nieAngemeldet.email);
    expect(deutsch?.text).toContain("am 2. Juli 2027");
    const geloescht = mails.find((m) => m.an === gewarntLangeHer.email);
    expect(geloescht?.betreff).toBe("Ihr Servicekonto wurde gelöscht");
    expect(geloescht?.text).toContain("lange nicht genutzt");

    const log = await db
      .select()
      .from(sicherheitsereignis)
      .where(eq(sicherheitsereignis.kontoId, gewarntLangeHer.id));
    expect(log.map((e) => [e.art, e.details])).toContainEqual([
      "konto-geloescht",
      { anlass: "inaktiv" },
    ]);

    // The same day again: nothing new (no second warning).
    const nochmal = postfach();
    expect(
      await pruefeInaktiveKonten(db, { jetzt: JETZT, post: nochmal.post, grenzen: GRENZEN }),
    ).toEqual({ gewarnt: 0, geloescht: 0, zurueckgestellt: 1 });
    expect(nochmal.mails).toEqual([]);

    // 30 days later only the one warned 10 days before today is due; a day later the four warned
    // today go too (all but the spared).
    const spaeter = (tage: number) => new Date(JETZT.getTime() + tage * TAG);
    expect(
      (await pruefeInaktiveKonten(db, { jetzt: spaeter(30), post, grenzen: GRENZEN })).geloescht,
    ).toBe(1);
    expect(await lade(gewarntGerade.id)).toBeUndefined();
    expect(await lade(baldFaellig.id)).toBeDefined();
    const danach = await pruefeInaktiveKonten(db, { jetzt: spaeter(31), post, grenzen: GRENZEN });
    expect(danach.geloescht).toBe(4);
    const uebrig = await db
      .select({ id: konto.id })
      .from(konto)
      .where(
        inArray(konto.id, [
          baldFaellig.id,
          nieAngemeldet.id,
          warnungVorAnmeldung.id,
          ohneEmail.id,
          gewarntGerade.id,
          aktiv.id,
          mitarbeiterin.id,
          inhaber.id,
        ]),
      );
    expect(uebrig.map((k) => k.id).sort()).toEqual([aktiv.id, mitarbeiterin.id, inhaber.id].sort());
  });

  it("keeps an account that signs in after the warning", async () => {
    const passwort = "Ein Satz, den nur ich kenne 🦊";
    const k = await neuesKonto({
      zuletztAngemeldetAm: tageVor(700),
      passwortHash: await hashePasswort(passwort),
    });
    const { post } = postfach();
    await pruefeInaktiveKonten(db, { jetzt: JETZT, post, grenzen: GRENZEN });
    expect((await lade(k.id))?.inaktivGewarntAm).toEqual(JETZT);

    const anmeldung = await meldeAn(db, {
      email: k.email!,
      passwort,
      jetzt: new Date(JETZT.getTime() + TAG),
    });
    expect(anmeldung.ok).toBe(true);
    expect((await lade(k.id))?.inaktivGewarntAm).toBeNull();

    const spaeter = new Date(JETZT.getTime() + 40 * TAG);
    await pruefeInaktiveKonten(db, { jetzt: spaeter, post, grenzen: GRENZEN });
    expect(await lade(k.id)).toBeDefined();
  });

  it("does not count a warning whose mail could not be handed over", async () => {
    const k = await neuesKonto({ zuletztAngemeldetAm: tageVor(710) });
    const kaputt = async () => {
      throw new Error("queue down");
    };
    await expect(
      pruefeInaktiveKonten(db, { jetzt: JETZT, post: kaputt, grenzen: GRENZEN }),
    ).rejects.toThrow("queue down");
    expect((await lade(k.id))?.inaktivGewarntAm).toBeNull();
  });
});

describe("loescheAbgelaufenes", () => {
  it("deletes tokens a week after they expired and identifications when they expired", async () => {
    const k = await neuesKonto({ zuletztAngemeldetAm: JETZT });
    await db.insert(kontoToken).values([
      { id: "alt", kontoId: k.id, zweck: "email-bestaetigung", laeuftAbAm: tageVor(8) },
      {
        id: "frisch-abgelaufen",
        kontoId: k.id,
        zweck: "passwort-zuruecksetzen",
        laeuftAbAm: tageVor(1),
      },
      { id: "gueltig", kontoId: k.id, zweck: "passwort-zuruecksetzen", laeuftAbAm: tageVor(-1) },
    ]);
    const ident = { verfahren: "antrag:1", vertrauensniveau: "hoch" as const, attribute: { x: 1 } };
    await db.insert(einmaligeIdentifikation).values([
      { ...ident, laeuftAbAm: tageVor(0.01) },
      { ...ident, verfahren: "antrag:2", laeuftAbAm: tageVor(-0.01) },
    ]);

    expect(await loescheAbgelaufenes(db, { jetzt: JETZT })).toEqual({
      kontoTokens: 1,
      identifikationen: 1,
    });
    expect(
      (await db.select({ id: kontoToken.id }).from(kontoToken)).map((t) => t.id).sort(),
    ).toEqual(["frisch-abgelaufen", "gueltig"]);
    expect((await db.select().from(einmaligeIdentifikation)).map((i) => i.verfahren)).toEqual([
      "antrag:2",
    ]);
  });
});

describe("the files of an account deleted for inactivity", () => {
  it("are listed while the account still exists and removed after it is gone; a failure is no error", async () => {
    const faellig = await neuesKonto({
      zuletztAngemeldetAm: tageVor(800),
      inaktivGewarntAm: tageVor(40),
    });
    const gesammelt: { kontoId: string; gab: boolean }[] = [];
    const geloescht: { schluessel: string; gab: boolean }[] = [];
    const { post } = postfach();
    const ergebnis = await pruefeInaktiveKonten(db, {
      jetzt: JETZT,
      post,
      grenzen: GRENZEN,
      dateien: {
        sammle: async (kontoId) => {
          gesammelt.push({ kontoId, gab: Boolean(await lade(kontoId)) });
          return kontoId === faellig.id ? [`entwurf/${kontoId}/a`, `beleg/${kontoId}/pdf`] : [];
        },
        loesche: async (schluessel) => {
          geloescht.push({ schluessel, gab: Boolean(await lade(faellig.id)) });
          if (schluessel.startsWith("entwurf/")) throw new Error("disk full");
        },
      },
    });
    expect(ergebnis.geloescht).toBe(1);
    expect(await lade(faellig.id)).toBeUndefined();
    expect(gesammelt).toContainEqual({ kontoId: faellig.id, gab: true });
    expect(geloescht).toEqual([
      { schluessel: `entwurf/${faellig.id}/a`, gab: false },
      { schluessel: `beleg/${faellig.id}/pdf`, gab: false },
    ]);
  });
});
