import { konto } from "@portal/auth/schema";
import type { Mail } from "@portal/auth/types";
import type { Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { clientKey } from "@portal/ratelimit/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { abo, type VerfahrensPhase, verfahren } from "../src/schema.ts";
import { abonniere, aboProAdresse, bestaetigeAbo, kuendigeAbo } from "../src/services/abo.ts";
import { bestaetigeBeitrag, reicheBeitragEin } from "../src/services/beitrag.ts";
import { meldeAntworten, meldeNeuePhasen } from "../src/services/benachrichtigung.ts";
import { moderiere } from "../src/services/moderation.ts";
import { regelnVon } from "../src/services/verfahren.ts";
import { kommentarForm, mitEmail, mitKonto, STUNDE, TAG } from "./hilfen.ts";

let db: Database;
let drop: () => Promise<void>;
let client: string;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase(inject("adminUrl")));
  client = await clientKey(db, "203.0.113.11");
});
afterAll(() => drop());

const T0 = new Date("2026-06-01T08:00:00Z");

const phase = (nr: number, beginn: Date, ende: Date): VerfahrensPhase => ({
  id: `phase-${nr}`,
  titel: `Phase ${nr}`,
  beginn: beginn.toISOString(),
  ende: ende.toISOString(),
  publikum: "oeffentlich",
  kommentieren: "anonym",
  bewerten: "nicht",
  kartenpunkt: "nicht",
  stellungnahme: "nicht",
  umfrage: "nicht",
});

let zaehler = 0;
/** A procedure in the read model, as the CMS sync writes it. */
async function legeVerfahrenAn(
  phasen: VerfahrensPhase[],
  moderation: "vorab" | "nachtraeglich" = "nachtraeglich",
) {
  const n = ++zaehler;
  const [zeile] = await db
    .insert(verfahren)
    .values({
      documentId: `abo-verfahren-${n}-${crypto.randomUUID()}`,
      slug: `abo-verfahren-${n}-${crypto.randomUUID()}`,
      gemeindeAgs: "14713000",
      titel: `Verfahren ${n} <b>&</b>`,
      art: "dialog",
      dokumente: [],
      moderation,
      meldeschwelle: 3,
      phasen,
      fragen: [],
    })
    .returning();
  if (!zeile) throw new Error("no procedure");
  return zeile;
}

const postfach = () => {
  const mails: Mail[] = [];
  return { mails, post: async (m: Mail) => void mails.push(m) };
};

const linkToken = (mail: Mail, pfad: string) => {
  const m = mail.text.match(new RegExp(`https?://\\S+${pfad}\\?token=([\\w-]+)`));
  if (!m?.[1]) throw new Error(`no ${pfad} link in ${mail.text}`);
  return m[1];
};

const abos = (verfahrenId: string) => db.select().from(abo).where(eq(abo.verfahrenId, verfahrenId));

describe("abonniere / bestaetigeAbo / kuendigeAbo", () => {
  it("double opt-in: nothing is mailed before the confirmation, the link works once", async () => {
    const v = await legeVerfahrenAn([
      phase(1, new Date(T0.getTime() + TAG), new Date(T0.getTime() + 30 * TAG)),
    ]);
    const r = await abonniere(db, {
      verfahrenId: v.documentId,
      email: " Anna@Example.org ",
      sprache: "en",
      client,
      jetzt: T0,
    });
    if (!r.ok) throw new Error(JSON.stringify(r));
    const [zeile] = await abos(v.documentId);
    expect(zeile).toMatchObject({ email: "anna@example.org", sprache: "en", bestaetigtUm: null });
    // Only hashes are stored.
    expect(JSON.stringify(zeile)).not.toContain(r.bestaetigungsToken);
    expect(JSON.stringify(zeile)).not.toContain(r.abmeldeToken);

    const { mails, post } = postfach();
    await meldeNeuePhasen(db, { post, jetzt: new Date(T0.getTime() + TAG + STUNDE) });
    expect(mails.filter((m) => m.an === "anna@example.org")).toHaveLength(0);

    expect(
      await bestaetigeAbo(db, {
        token: r.bestaetigungsToken,
        jetzt: new Date(T0.getTime() + STUNDE),
      }),
    ).toEqual({
      ok: true,
      verfahrenId: v.documentId,
    });
    expect(
      await bestaetigeAbo(db, {
        token: r.bestaetigungsToken,
        jetzt: new Date(T0.getTime() + 2 * STUNDE),
      }),
    ).toMatchObject({
      ok: false,
      fehler: "verbraucht",
    });
    expect(await bestaetigeAbo(db, { token: "falsch", jetzt: T0 })).toMatchObject({
      ok: false,
      fehler: "unbekannt",
    });
    expect(await bestaetigeAbo(db, { token: 42, jetzt: T0 })).toMatchObject({
      ok: false,
      fehler: "unbekannt",
    });
  });

  it("refuses an expired link (48 hours) and deletes the unconfirmed address", async () => {
    const v = await legeVerfahrenAn([]);
    const r = await abonniere(db, {
      verfahrenId: v.documentId,
      email: "bernd@example.org",
      sprache: "de",
      client,
      jetzt: T0,
    });
    if (!r.ok) throw new Error("refused");
    const spaeter = new Date(T0.getTime() + 48 * STUNDE);
    expect(await bestaetigeAbo(db, { token: r.bestaetigungsToken, jetzt: spaeter })).toMatchObject({
      ok: false,
      fehler: "abgelaufen",
    });
    await meldeNeuePhasen(db, { post: postfach().post, jetzt: new Date(spaeter.getTime() + 1) });
    expect(await abos(v.documentId)).toHaveLength(0);
  });

  it("the same address again: one subscription, the same answer, still confirmed", async () => {
    const v = await legeVerfahrenAn([]);
    const erst = await abonniere(db, {
      verfahrenId: v.documentId,
      email: "carla@example.org",
      sprache: "de",
      client,
      jetzt: T0,
    });
    if (!erst.ok) throw new Error("refused");
    await bestaetigeAbo(db, { token: erst.bestaetigungsToken, jetzt: T0 });
    const nochmal = await abonniere(db, {
      verfahrenId: v.documentId,
      email: "CARLA@example.org",
      sprache: "en",
      client,
      jetzt: T0,
    });
    const fremd = await abonniere(db, {
      verfahrenId: v.documentId,
      email: "dora@example.org",
      sprache: "en",
      client,
      jetzt: T0,
    });
    if (!nochmal.ok || !fremd.ok) throw new Error("refused");
    // Same shape for a known and an unknown address: nothing tells them apart.
    expect(Object.keys(nochmal).sort()).toEqual(Object.keys(fremd).sort());
    expect(nochmal.abmeldeToken).toBe(erst.abmeldeToken);
    const zeilen = await abos(v.documentId);
    expect(zeilen).toHaveLength(2);
    const carla = zeilen.find((z) => z.email === "carla@example.org");
    expect(carla?.bestaetigtUm).not.toBeNull();
    expect(carla?.sprache).toBe("de");
  });

  it("refuses a bad address and a missing consent; limits subscriptions per client", async () => {
    const v = await legeVerfahrenAn([]);
    const basis = { verfahrenId: v.documentId, sprache: "de" as const, client, jetzt: T0 };
    expect(await abonniere(db, { ...basis, email: "keine-adresse" })).toMatchObject({
      ok: false,
      fehler: "eingabe",
      felder: { email: { de: expect.any(String), en: expect.any(String) } },
    });
    expect(
      await abonniere(db, { ...basis, email: "ok@example.org", einwilligung: false }),
    ).toMatchObject({
      ok: false,
      felder: { einwilligung: expect.any(Object) },
    });
    const flut = await clientKey(db, "198.51.100.77");
    const antworten = [];
    for (let i = 0; i < aboProAdresse.limit + 3; i++) {
      antworten.push(
        await abonniere(db, { ...basis, client: flut, email: `flut${i}@example.org` }),
      );
    }
    expect(antworten.filter((a) => a.ok)).toHaveLength(aboProAdresse.limit);
    expect(antworten.at(-1)).toMatchObject({ ok: false, fehler: "zu-viele" });
  });

  it("unsubscribes with the token from the mail; the address is gone", async () => {
    const v = await legeVerfahrenAn([]);
    const r = await abonniere(db, {
      verfahrenId: v.documentId,
      email: "emil@example.org",
      sprache: "de",
      client,
      jetzt: T0,
    });
    if (!r.ok) throw new Error("refused");
    await bestaetigeAbo(db, { token: r.bestaetigungsToken, jetzt: T0 });
    expect(await kuendigeAbo(db, { token: r.abmeldeToken })).toEqual({
      ok: true,
      verfahrenId: v.documentId,
    });
    expect(await abos(v.documentId)).toHaveLength(0);
    expect(await kuendigeAbo(db, { token: r.abmeldeToken })).toMatchObject({
      ok: false,
      fehler: "unbekannt",
    });
    expect(await kuendigeAbo(db, { token: r.bestaetigungsToken })).toMatchObject({ ok: false });
  });
});

describe("meldeNeuePhasen", () => {
  it("mails every confirmed subscriber once per phase, not for phases begun before they subscribed", async () => {
    const beginn2 = new Date(T0.getTime() + 2 * TAG);
    const v = await legeVerfahrenAn([
      phase(1, new Date(T0.getTime() - TAG), new Date(T0.getTime() + 2 * TAG)),
      phase(2, beginn2, new Date(T0.getTime() + 10 * TAG)),
    ]);
    const tokens: Record<string, string> = {};
    for (const [email, sprache] of [
      ["fritz@example.org", "de"],
      ["gina@example.org", "en"],
      ["hans@example.org", "de"],
    ] as const) {
      const r = await abonniere(db, {
        verfahrenId: v.documentId,
        email,
        sprache,
        client: await clientKey(db, email),
        jetzt: T0,
      });
      if (!r.ok) throw new Error("refused");
      tokens[email] = r.abmeldeToken;
      if (email !== "hans@example.org")
        await bestaetigeAbo(db, { token: r.bestaetigungsToken, jetzt: T0 });
    }

    // Phase 1 was running when they subscribed: no mail for it.
    const erst = postfach();
    await meldeNeuePhasen(db, { post: erst.post, jetzt: new Date(T0.getTime() + STUNDE) });
    expect(
      erst.mails.filter((m) => m.an.endsWith("@example.org") && m.betreff.includes(v.titel)),
    ).toHaveLength(0);

    const dann = postfach();
    const jetzt = new Date(beginn2.getTime() + 5 * 60 * 1000);
    await meldeNeuePhasen(db, { post: dann.post, jetzt });
    const meine = dann.mails.filter((m) => m.betreff.includes(v.titel));
    expect(meine.map((m) => m.an).sort()).toEqual(["fritz@example.org", "gina@example.org"]);
    const gina = meine.find((m) => m.an === "gina@example.org");
    expect(gina?.betreff).toBe(`New phase: ${v.titel}`);
    expect(gina?.text).toContain("Phase 2");
    expect(gina?.html).toContain("&lt;b&gt;&amp;&lt;/b&gt;");
    expect(gina?.html).not.toContain("<b>&</b>");
    expect(meine.find((m) => m.an === "fritz@example.org")?.betreff).toBe(`Neue Phase: ${v.titel}`);
    // Each mail carries its subscriber's unsubscribe link, which works.
    for (const m of meine) expect(linkToken(m, "/beteiligung/abo/abmelden")).toBe(tokens[m.an]);
    expect(
      await kuendigeAbo(db, { token: linkToken(meine[0] as Mail, "/beteiligung/abo/abmelden") }),
    ).toMatchObject({
      ok: true,
    });

    // Never twice, also not from a second worker at once.
    const wieder = postfach();
    await Promise.all([
      meldeNeuePhasen(db, { post: wieder.post, jetzt: new Date(jetzt.getTime() + 15 * 60 * 1000) }),
      meldeNeuePhasen(db, { post: wieder.post, jetzt: new Date(jetzt.getTime() + 15 * 60 * 1000) }),
    ]);
    expect(wieder.mails.filter((m) => m.betreff.includes(v.titel))).toHaveLength(0);
  });
});

describe("meldeAntworten", () => {
  const kontoMit = async (email: string, sprache: "de" | "en") => {
    const [k] = await db
      .insert(konto)
      .values({ email, sprache, emailBestaetigtAm: T0 })
      .returning({ id: konto.id });
    if (!k) throw new Error("no account");
    return k.id;
  };

  it("mails the parent's author once per public reply, with nothing of the reply in it", async () => {
    const v = await legeVerfahrenAn([
      phase(1, new Date(T0.getTime() - TAG), new Date(T0.getTime() + 30 * TAG)),
    ]);
    const r = regelnVon(v);
    const jetzt = T0;
    const ilse = await kontoMit(`ilse-${crypto.randomUUID()}@example.org`, "en");
    const eltern = await reicheBeitragEin(db, {
      regeln: r,
      eingabe: { art: "kommentar", text: "Mehr Bänke bitte" },
      identitaet: mitKonto(ilse),
      client,
      jetzt,
    });
    if (!eltern.ok) throw new Error(JSON.stringify(eltern));
    const geheim = "Antwort von Jakob: <i>geheim</i>";
    const antwort = await reicheBeitragEin(db, {
      regeln: r,
      eingabe: {
        art: "kommentar",
        text: geheim,
        name: "Jakob Muster",
        elternId: eltern.beitrag.id,
      },
      identitaet: mitKonto(),
      client,
      jetzt,
    });
    // Her own reply to her own comment: no mail.
    const eigene = await reicheBeitragEin(db, {
      regeln: r,
      eingabe: { art: "kommentar", text: "Nachtrag", elternId: eltern.beitrag.id },
      identitaet: mitKonto(ilse),
      client,
      jetzt,
    });
    expect(antwort.ok && eigene.ok).toBe(true);

    const { mails, post } = postfach();
    await meldeAntworten(db, { post, jetzt });
    const an = await db.select({ email: konto.email }).from(konto).where(eq(konto.id, ilse));
    expect(mails.map((m) => m.an)).toEqual([an[0]?.email]);
    const [mail] = mails;
    expect(mail?.betreff).toBe("New reply to your contribution");
    expect(mail?.text).toContain(`/en/beteiligung/${v.slug}#beitrag-${eltern.beitrag.id}`);
    expect(mail?.text).not.toContain("Jakob");
    expect(mail?.text).not.toContain("geheim");
    expect(mail?.html).not.toContain("geheim");

    const nochmal = postfach();
    await meldeAntworten(db, { post: nochmal.post, jetzt });
    expect(nochmal.mails).toHaveLength(0);
  });

  it("an anonymous author at the confirmed address; under pre-moderation only once staff publish it", async () => {
    const v = await legeVerfahrenAn(
      [phase(1, new Date(T0.getTime() - TAG), new Date(T0.getTime() + 30 * TAG))],
      "vorab",
    );
    const r = regelnVon(v);
    const adresse = `kurt-${crypto.randomUUID()}@example.org`;
    const eltern = await reicheBeitragEin(db, {
      regeln: r,
      eingabe: kommentarForm(T0),
      identitaet: mitEmail(adresse),
      client,
      jetzt: T0,
    });
    if (!eltern.ok || !eltern.bestaetigungsToken) throw new Error(JSON.stringify(eltern));
    await bestaetigeBeitrag(db, { token: eltern.bestaetigungsToken, jetzt: T0 });
    const staff = crypto.randomUUID();
    expect(
      await moderiere(db, {
        beitragId: eltern.beitrag.id,
        nach: "veroeffentlicht",
        vonKontoId: staff,
        jetzt: T0,
      }),
    ).toMatchObject({ ok: true });

    // An anonymous reply with its own address: first to confirm, then to moderate.
    const antwort = await reicheBeitragEin(db, {
      regeln: r,
      eingabe: kommentarForm(T0, { elternId: eltern.beitrag.id, text: "Lena meint: nein" }),
      identitaet: mitEmail("lena@example.org"),
      client,
      jetzt: T0,
    });
    if (!antwort.ok || !antwort.bestaetigungsToken) throw new Error(JSON.stringify(antwort));
    // Kurt's own reply (same address, other spelling): never mailed to him.
    const eigene = await reicheBeitragEin(db, {
      regeln: r,
      eingabe: kommentarForm(T0, { elternId: eltern.beitrag.id, text: "Ergänzung" }),
      identitaet: mitEmail(adresse.toUpperCase()),
      client,
      jetzt: T0,
    });
    if (!eigene.ok || !eigene.bestaetigungsToken) throw new Error(JSON.stringify(eigene));

    const { mails, post } = postfach();
    const meine = () => mails.filter((m) => m.an === adresse || m.an === adresse.toUpperCase());
    await bestaetigeBeitrag(db, { token: antwort.bestaetigungsToken, jetzt: T0 });
    await bestaetigeBeitrag(db, { token: eigene.bestaetigungsToken, jetzt: T0 });
    await meldeAntworten(db, { post, jetzt: T0 });
    expect(meine()).toHaveLength(0); // waiting for staff: not public yet

    await moderiere(db, {
      beitragId: eigene.beitrag.id,
      nach: "veroeffentlicht",
      vonKontoId: staff,
      jetzt: T0,
    });
    await moderiere(db, {
      beitragId: antwort.beitrag.id,
      nach: "veroeffentlicht",
      vonKontoId: staff,
      jetzt: T0,
    });
    await meldeAntworten(db, { post, jetzt: T0 });
    expect(meine()).toHaveLength(1);
    expect(meine()[0]?.betreff).toBe("Neue Antwort auf Ihren Beitrag");
    expect(meine()[0]?.text).not.toContain("Lena");
    expect(mails.some((m) => m.an === "lena@example.org")).toBe(false);

    // Hidden and released again: still one mail.
    await moderiere(db, {
      beitragId: antwort.beitrag.id,
      nach: "verborgen",
      vonKontoId: staff,
      jetzt: T0,
    });
    await moderiere(db, {
      beitragId: antwort.beitrag.id,
      nach: "veroeffentlicht",
      vonKontoId: staff,
      jetzt: T0,
    });
    await meldeAntworten(db, { post, jetzt: T0 });
    expect(meine()).toHaveLength(1);
  });
});
