import { konto, mitgliedschaft, organisation } from "@portal/auth/schema";
import type { Mail } from "@portal/auth/types";
import type { Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { nachricht } from "../src/schema.ts";
import {
  exportiereNachrichten,
  ladeAnhang,
  leseNachricht,
  listeGesendete,
  listeNachrichten,
  markiereUngelesen,
  sendeNachricht,
} from "../src/services/nachricht.ts";
import { MAX_ANHANG_BYTES } from "../src/types.ts";

let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase(inject("adminUrl")));
});
afterAll(() => drop());

function postfach() {
  const mails: Mail[] = [];
  return { mails, post: async (mail: Mail) => void mails.push(mail) };
}

let zaehler = 0;
async function neuesKonto({
  sprache = "de",
  email = `person${++zaehler}@example.org` as string | null,
}: {
  sprache?: "de" | "en";
  email?: string | null;
} = {}) {
  const [row] = await db
    .insert(konto)
    .values({ email, sprache, emailBestaetigtAm: email ? new Date() : null })
    .returning();
  return row!;
}

async function neueOrganisation(mitglieder: string[]) {
  const [org] = await db
    .insert(organisation)
    .values({ name: "Muster GmbH", art: "unternehmen" })
    .returning();
  for (const kontoId of mitglieder) {
    await db.insert(mitgliedschaft).values({ organisationId: org!.id, kontoId, rolle: "mitglied" });
  }
  return org!;
}

const ABSENDER = { oeSchluessel: "oe:finanzamt-dresden", name: "Finanzamt Dresden" };
const PDF = Buffer.from("%PDF-1.7\n…");

async function sende(an: { kontoId: string } | { organisationId: string }, extra = {}) {
  const { mails, post } = postfach();
  const antwort = await sendeNachricht(
    db,
    {
      an,
      absender: ABSENDER,
      betreff: "Ihr Steuerbescheid 2025",
      text: "Geheimer Inhalt: Sie erhalten 1.234 € zurück.",
      ...extra,
    },
    { post },
  );
  if (!antwort.ok) throw new Error(JSON.stringify(antwort.fehler));
  return { id: antwort.id, mails, antwort };
}

describe("sendeNachricht → listeNachrichten → leseNachricht", () => {
  it("stores, lists as unread, reading marks read, can be marked unread again", async () => {
    const k = await neuesKonto();
    const { id } = await sende(
      { kontoId: k.id },
      {
        anhaenge: [
          { dateiname: "C:\\Users\\x\\Bescheid.pdf", medientyp: "application/pdf", inhalt: PDF },
        ],
      },
    );

    const vorher = await listeNachrichten(db, { kontoId: k.id, seite: 1 });
    expect(vorher).toMatchObject({ gesamt: 1, ungelesen: 1 });
    expect(vorher.nachrichten[0]).toMatchObject({
      id,
      absenderName: "Finanzamt Dresden",
      betreff: "Ihr Steuerbescheid 2025",
      gelesen: false,
      anhaenge: 1,
    });

    const gelesen = await leseNachricht(db, { id, kontoId: k.id });
    expect(gelesen?.text).toContain("1.234 €");
    expect(gelesen?.anhaenge).toEqual([
      {
        id: expect.any(String),
        dateiname: "Bescheid.pdf",
        medientyp: "application/pdf",
        groesse: PDF.length,
      },
    ]);
    expect(await listeNachrichten(db, { kontoId: k.id, seite: 1 })).toMatchObject({ ungelesen: 0 });

    const datei = await ladeAnhang(db, {
      nachrichtId: id,
      anhangId: gelesen!.anhaenge[0]!.id,
      kontoId: k.id,
    });
    expect(datei?.inhalt.equals(PDF)).toBe(true);

    expect(await markiereUngelesen(db, { id, kontoId: k.id })).toBe(true);
    const nachher = await listeNachrichten(db, { kontoId: k.id, seite: 1 });
    expect(nachher).toMatchObject({ gesamt: 1, ungelesen: 1 });
    expect(nachher.nachrichten[0]?.gelesen).toBe(false);

    const gesendet = await listeGesendete(db, { oeSchluessel: ABSENDER.oeSchluessel, seite: 1 });
    expect(gesendet.nachrichten.map((n) => n.id)).toContain(id);

    const exportiert = await exportiereNachrichten(db, { kontoId: k.id });
    expect(exportiert).toHaveLength(1);
    expect(exportiert[0]).toMatchObject({
      id,
      text: expect.any(String),
      anhaenge: [{ dateiname: "Bescheid.pdf" }],
    });
  });

  it("answers null for another account's message and attachment, as for an unknown or malformed id", async () => {
    const eigentuemer = await neuesKonto();
    const fremder = await neuesKonto();
    const { id } = await sende(
      { kontoId: eigentuemer.id },
      { anhaenge: [{ dateiname: "a.txt", medientyp: "text/plain", inhalt: Buffer.from("x") }] },
    );
    const [anhang] = (await leseNachricht(db, { id, kontoId: eigentuemer.id }))!.anhaenge;
    await markiereUngelesen(db, { id, kontoId: eigentuemer.id });

    expect(await leseNachricht(db, { id, kontoId: fremder.id })).toBeNull();
    expect(await leseNachricht(db, { id: crypto.randomUUID(), kontoId: fremder.id })).toBeNull();
    expect(await leseNachricht(db, { id: "' or 1=1 --", kontoId: fremder.id })).toBeNull();
    expect(
      await ladeAnhang(db, { nachrichtId: id, anhangId: anhang!.id, kontoId: fremder.id }),
    ).toBeNull();
    // The attachment of my own message, asked for under a different message id: also null.
    const eigene = await sende({ kontoId: fremder.id });
    expect(
      await ladeAnhang(db, { nachrichtId: eigene.id, anhangId: anhang!.id, kontoId: fremder.id }),
    ).toBeNull();
    expect(await markiereUngelesen(db, { id, kontoId: fremder.id })).toBe(false);
    expect(await listeNachrichten(db, { kontoId: fremder.id, seite: 1 })).toMatchObject({
      gesamt: 1,
    });
    // The stranger's attempts did not mark it read.
    expect(await listeNachrichten(db, { kontoId: eigentuemer.id, seite: 1 })).toMatchObject({
      ungelesen: 1,
    });
  });

  it("shows an organisation's messages only when the session acts for it", async () => {
    const mitglied = await neuesKonto();
    const zweites = await neuesKonto({ sprache: "en" });
    const ohneAdresse = await neuesKonto({ email: null });
    const org = await neueOrganisation([mitglied.id, zweites.id, ohneAdresse.id]);
    const { id, mails } = await sende({ organisationId: org.id });

    expect(await listeNachrichten(db, { kontoId: mitglied.id, seite: 1 })).toMatchObject({
      gesamt: 0,
    });
    expect(await leseNachricht(db, { id, kontoId: mitglied.id })).toBeNull();
    const alsOrg = await listeNachrichten(db, {
      kontoId: mitglied.id,
      organisationId: org.id,
      seite: 1,
    });
    expect(alsOrg).toMatchObject({ gesamt: 1, ungelesen: 1 });
    expect(
      (await leseNachricht(db, { id, kontoId: mitglied.id, organisationId: org.id }))
        ?.anOrganisation,
    ).toBe(true);
    // Read by one member is read for the organisation.
    expect(
      await listeNachrichten(db, { kontoId: zweites.id, organisationId: org.id, seite: 1 }),
    ).toMatchObject({
      ungelesen: 0,
    });
    // Another organisation's id does not open it.
    const andere = await neueOrganisation([]);
    expect(
      await leseNachricht(db, { id, kontoId: mitglied.id, organisationId: andere.id }),
    ).toBeNull();

    // Every member with an address is told, each in their language; the one without is not.
    expect(mails.map((m) => m.an).sort()).toEqual([mitglied.email, zweites.email].sort());
    expect(mails.find((m) => m.an === zweites.email)?.text).toContain(
      "http://localhost:3000/en/konto/postfach",
    );
    expect(mails.find((m) => m.an === mitglied.email)?.text).toContain(
      "http://localhost:3000/de/konto/postfach",
    );
  });

  it("notifies without subject or content", async () => {
    const k = await neuesKonto();
    const { mails, antwort } = await sende({ kontoId: k.id });
    expect(antwort).toMatchObject({ benachrichtigt: 1 });
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail?.an).toBe(k.email);
    for (const teil of [mail!.betreff, mail!.text, mail!.html]) {
      expect(teil).not.toContain("Steuerbescheid");
      expect(teil).not.toContain("1.234");
    }
    expect(mail?.text).toContain("Finanzamt Dresden");
    expect(mail?.html).toContain('href="http://localhost:3000/de/konto/postfach"');

    const ohne = await neuesKonto({ email: null });
    const still = await sende({ kontoId: ohne.id });
    expect(still.mails).toHaveLength(0);
  });

  it("keeps the message when the mail fails", async () => {
    const k = await neuesKonto();
    const antwort = await sendeNachricht(
      db,
      { an: { kontoId: k.id }, absender: ABSENDER, betreff: "B", text: "T" },
      { post: async () => Promise.reject(new Error("smtp down")) },
    );
    expect(antwort).toMatchObject({ ok: true, benachrichtigt: 0 });
    expect(await listeNachrichten(db, { kontoId: k.id, seite: 1 })).toMatchObject({ gesamt: 1 });
  });
});

describe("limits", () => {
  const fehlerVon = async (extra: Record<string, unknown>) => {
    const k = await neuesKonto();
    const { post, mails } = postfach();
    const antwort = await sendeNachricht(
      db,
      { an: { kontoId: k.id }, absender: ABSENDER, betreff: "B", text: "T", ...extra } as never,
      { post },
    );
    expect(antwort.ok).toBe(false);
    expect(mails).toHaveLength(0);
    expect(await listeNachrichten(db, { kontoId: k.id, seite: 1 })).toMatchObject({ gesamt: 0 });
    return antwort.ok ? [] : antwort.fehler.map((f) => `${f.pfad}: ${f.meldung}`);
  };
  const anhang = (groesse: number, medientyp = "application/pdf") => ({
    dateiname: "a.pdf",
    medientyp,
    inhalt: Buffer.alloc(groesse, 1),
  });

  it("refuses an empty or overlong subject and text, counting code points", async () => {
    expect(await fehlerVon({ betreff: "   " })).toEqual([
      "betreff: Der Betreff darf nicht leer sein.",
    ]);
    expect(await fehlerVon({ betreff: "🦊".repeat(201) })).toEqual([
      "betreff: Der Betreff darf höchstens 200 Zeichen lang sein.",
    ]);
    expect(await fehlerVon({ text: "x".repeat(20_001) })).toEqual([
      "text: Der Text darf höchstens 20000 Zeichen lang sein.",
    ]);
    // 200 emoji are 400 UTF-16 units but 200 characters: allowed.
    const k = await neuesKonto();
    const ok = await sendeNachricht(
      db,
      { an: { kontoId: k.id }, absender: ABSENDER, betreff: "🦊".repeat(200), text: "T" },
      { post: postfach().post },
    );
    expect(ok.ok).toBe(true);
  });

  it("refuses too many, too large or disallowed attachments", async () => {
    expect(await fehlerVon({ anhaenge: Array.from({ length: 11 }, () => anhang(1)) })).toEqual([
      "anhaenge: Höchstens 10 Anhänge je Nachricht.",
    ]);
    expect(await fehlerVon({ anhaenge: [anhang(MAX_ANHANG_BYTES + 1)] })).toEqual([
      "anhaenge.0.inhalt: Ein Anhang darf höchstens 10 MB groß sein.",
    ]);
    expect(await fehlerVon({ anhaenge: [anhang(9e6), anhang(9e6), anhang(9e6)] })).toEqual([
      "anhaenge: Alle Anhänge zusammen dürfen höchstens 25 MB groß sein.",
    ]);
    expect((await fehlerVon({ anhaenge: [anhang(1, "text/html")] }))[0]).toMatch(
      /^anhaenge\.0\.medientyp: Medientyp nicht erlaubt/,
    );
    expect(await fehlerVon({ anhaenge: [anhang(0)] })).toEqual([
      "anhaenge.0.inhalt: Ein Anhang darf nicht leer sein.",
    ]);
  });

  it("refuses a message to both or to neither recipient", async () => {
    const k = await neuesKonto();
    const org = await neueOrganisation([]);
    expect(
      (await fehlerVon({ an: { kontoId: k.id, organisationId: org.id } })).length,
    ).toBeGreaterThan(0);
    expect((await fehlerVon({ an: {} })).length).toBeGreaterThan(0);
    expect((await fehlerVon({ an: { kontoId: "nicht-uuid" } })).length).toBeGreaterThan(0);
  });
});

describe("many messages", () => {
  it("lists page 1 of 1,000 messages with the right counts", async () => {
    const k = await neuesKonto();
    const start = Date.UTC(2026, 0, 1);
    const zeilen = Array.from({ length: 1000 }, (_, i) => ({
      kontoId: k.id,
      absenderOeSchluessel: ABSENDER.oeSchluessel,
      absenderName: ABSENDER.name,
      betreff: `Nachricht ${i}`,
      text: "…",
      gesendetAm: new Date(start + i * 60_000),
      gelesenAm: i % 4 === 0 ? new Date(start + i * 60_000) : null,
    }));
    await db.insert(nachricht).values(zeilen);

    const seite1 = await listeNachrichten(db, { kontoId: k.id, seite: 1 });
    expect(seite1).toMatchObject({ gesamt: 1000, ungelesen: 750 });
    expect(seite1.nachrichten).toHaveLength(25);
    expect(seite1.nachrichten[0]?.betreff).toBe("Nachricht 999");
    const letzte = await listeNachrichten(db, { kontoId: k.id, seite: 40 });
    expect(letzte.nachrichten.at(-1)?.betreff).toBe("Nachricht 0");
    expect((await listeNachrichten(db, { kontoId: k.id, seite: 41 })).nachrichten).toHaveLength(0);
  });
});
