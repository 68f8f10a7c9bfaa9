import type { Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { type EidSimulator, startEidSimulator } from "@portal/eid-simulator";
import { durchlaufeSimulator } from "@portal/eid-simulator/testing";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  eidIdentitaet,
  einmaligeIdentifikation,
  konto,
  sicherheitsereignis,
  sitzung,
} from "../src/schema.ts";
import {
  beginneEid,
  type EidTransaktion,
  type EidZweck,
  eidVerfuegbar,
  ladeEinmaligeIdentifikation,
  loescheAbgelaufeneIdentifikationen,
  schliesseEidAb,
} from "../src/services/eid.ts";
import { beginneSitzung, pruefeSitzung } from "../src/services/sitzung.ts";

// Against the real simulator (@portal/eid-simulator), over HTTP, as in development.

const REDIRECT_URI = "http://localhost:3000/de/konto/eid/rueckkehr";
const client = {
  clientId: "portal-test",
  clientSecret: "geheimnis-der-integrationstests-0123456789",
  redirectUris: [REDIRECT_URI],
};

let db: Database;
let drop: () => Promise<void>;
let sim: EidSimulator;
let anderer: EidSimulator;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase(inject("adminUrl")));
  sim = await startEidSimulator({ port: 0, clients: [client] });
  // Another OP with the same client registered: an attacker's, or a mix-up.
  anderer = await startEidSimulator({ port: 0, clients: [client] });
  // biome-ignore lint/style/noProcessEnv: the test configures the eID client as the stack would
  const env = process.env;
  env.PUBLIC_URL = "http://localhost:3000";
  env.EID_ISSUER = sim.issuer;
  env.EID_CLIENT_ID = client.clientId;
  env.EID_CLIENT_SECRET = client.clientSecret;
});
afterAll(async () => {
  await sim.stop();
  await anderer.stop();
  await drop();
});

/** Begins a request, walks the simulator's screens, and returns the callback and transaction. */
async function durchlauf(
  zweck: EidZweck,
  optionen: {
    identitaet?: string;
    entscheidung?: "zustimmen" | "ablehnen";
    lang?: "de" | "en";
    zurueck?: string;
  } = {},
) {
  const begonnen = await beginneEid(zweck, {
    lang: optionen.lang ?? "de",
    zurueck: optionen.zurueck ?? null,
  });
  expect(begonnen).not.toBeNull();
  const { url, transaktion } = begonnen!;
  const { rueckkehr } = await durchlaufeSimulator(url, {
    identitaet: optionen.identitaet ?? "erika",
    entscheidung: optionen.entscheidung ?? "zustimmen",
  });
  expect(`${rueckkehr.origin}${rueckkehr.pathname}`).toBe(REDIRECT_URI);
  return { rueckkehr, transaktion };
}

const kontenAnzahl = async () => (await db.select({ n: count() }).from(konto))[0]!.n;

describe("eID sign-in", () => {
  it("is offered when EID_ISSUER is set, and asks for PKCE, state, nonce and the level", async () => {
    expect(eidVerfuegbar()).toBe(true);
    const { url } = (await beginneEid({ zweck: "anmeldung" }, { lang: "en" }))!;
    const params = new URL(url).searchParams;
    expect(url.startsWith(sim.issuer)).toBe(true);
    expect(params.get("response_type")).toBe("code");
    expect(params.get("code_challenge_method")).toBe("S256");
    expect(params.get("redirect_uri")).toBe(REDIRECT_URI);
    expect(params.get("acr_values")).toBe("http://eidas.europa.eu/LoA/substantial");
    expect(params.get("state")).toBeTruthy();
    expect(params.get("nonce")).toBeTruthy();
    expect(params.get("ui_locales")).toBe("en");
  });

  it("opens an account without address for a new eID and signs it in at 'hoch'", async () => {
    const vorher = await kontenAnzahl();
    const { rueckkehr, transaktion } = await durchlauf(
      { zweck: "anmeldung" },
      { identitaet: "max", lang: "en", zurueck: "/en/konto/profil" },
    );
    const ergebnis = await schliesseEidAb(db, {
      callbackParams: rueckkehr,
      transaktion,
      geraet: "Firefox",
    });
    expect(ergebnis).toMatchObject({
      ok: true,
      zweck: "anmeldung",
      neu: true,
      vertrauensniveau: "hoch",
      lang: "en",
      zurueck: "/en/konto/profil",
    });
    if (!ergebnis.ok || ergebnis.zweck !== "anmeldung") throw new Error("unreachable");
    expect(await kontenAnzahl()).toBe(vorher + 1);

    const [k] = await db.select().from(konto).where(eq(konto.id, ergebnis.kontoId));
    expect(k).toMatchObject({ email: null, passwortHash: null, sprache: "en" });
    expect(k!.zuletztAngemeldetAm).not.toBeNull();
    const [identitaet] = await db
      .select()
      .from(eidIdentitaet)
      .where(eq(eidIdentitaet.kontoId, ergebnis.kontoId));
    expect(identitaet).toMatchObject({
      aussteller: sim.issuer,
      vertrauensniveau: "hoch",
      vornamen: "Max Ludwig",
      familienname: "Mustermann",
      geburtsname: null,
      geburtsdatum: "1989-02-28",
      geburtsort: "Leipzig",
      staatsangehoerigkeit: "D",
      anschrift: {
        strasse: "Augustusplatz 9",
        plz: "04109",
        ort: "Leipzig",
        ags: "14713000",
        land: "DE",
      },
    });
    expect(identitaet!.pseudonym).toMatch(/^[0-9a-f]{64}$/u);

    const geprueft = await pruefeSitzung(db, { token: ergebnis.sitzung.token });
    expect(geprueft?.konto.id).toBe(ergebnis.kontoId);
    expect(geprueft?.sitzung.vertrauensniveau).toBe("hoch");

    const ereignisse = await db
      .select()
      .from(sicherheitsereignis)
      .where(eq(sicherheitsereignis.kontoId, ergebnis.kontoId));
    expect(ereignisse.map((e) => e.art)).toEqual(["eid-konto-eroeffnet", "angemeldet"]);
    expect(JSON.stringify(ereignisse)).not.toContain("Mustermann");
  });

  it("signs the same eID into the same account the next time", async () => {
    const erster = await durchlauf({ zweck: "anmeldung" }, { identitaet: "anna" });
    const eins = await schliesseEidAb(db, {
      callbackParams: erster.rueckkehr,
      transaktion: erster.transaktion,
    });
    const vorher = await kontenAnzahl();
    const zweiter = await durchlauf({ zweck: "anmeldung" }, { identitaet: "anna" });
    const zwei = await schliesseEidAb(db, {
      callbackParams: zweiter.rueckkehr.searchParams,
      transaktion: zweiter.transaktion,
    });
    expect(eins.ok && zwei.ok).toBe(true);
    if (!eins.ok || !zwei.ok || eins.zweck !== "anmeldung" || zwei.zweck !== "anmeldung") return;
    expect(zwei.kontoId).toBe(eins.kontoId);
    expect(zwei.neu).toBe(false);
    expect(zwei.sitzung.token).not.toBe(eins.sitzung.token);
    expect(await kontenAnzahl()).toBe(vorher);
  });

  it("carries 'substanziell' for a foreign eIDAS eID, and refuses it when 'hoch' was asked", async () => {
    const { rueckkehr, transaktion } = await durchlauf(
      { zweck: "anmeldung" },
      { identitaet: "giulia" },
    );
    const ergebnis = await schliesseEidAb(db, { callbackParams: rueckkehr, transaktion });
    expect(ergebnis).toMatchObject({ ok: true, vertrauensniveau: "substanziell" });
    if (!ergebnis.ok || ergebnis.zweck !== "anmeldung") throw new Error("unreachable");
    const geprueft = await pruefeSitzung(db, { token: ergebnis.sitzung.token });
    expect(geprueft?.sitzung.vertrauensniveau).toBe("substanziell");

    const zweiter = await durchlauf({ zweck: "anmeldung" }, { identitaet: "giulia" });
    const hoch: EidTransaktion = { ...zweiter.transaktion, mindestens: "hoch" };
    expect(
      await schliesseEidAb(db, { callbackParams: zweiter.rueckkehr, transaktion: hoch }),
    ).toMatchObject({ ok: false, fehler: "niveau" });
  });

  it("answers 'abgebrochen' when the citizen declines at the eID service", async () => {
    const vorher = await kontenAnzahl();
    const { rueckkehr, transaktion } = await durchlauf(
      { zweck: "anmeldung" },
      { entscheidung: "ablehnen", zurueck: "/de/konto" },
    );
    expect(rueckkehr.searchParams.get("error")).toBe("access_denied");
    expect(await schliesseEidAb(db, { callbackParams: rueckkehr, transaktion })).toEqual({
      ok: false,
      fehler: "abgebrochen",
      lang: "de",
      zurueck: "/de/konto",
    });
    expect(await kontenAnzahl()).toBe(vorher);
  });

  it("refuses a wrong state, a missing transaction and an expired one", async () => {
    const { rueckkehr, transaktion } = await durchlauf({ zweck: "anmeldung" });
    const vorher = await kontenAnzahl();
    // Login CSRF: the code of someone else's request arrives with this browser's transaction.
    const fremd = (await beginneEid({ zweck: "anmeldung" }, { lang: "de" }))!.transaktion;
    expect(
      await schliesseEidAb(db, { callbackParams: rueckkehr, transaktion: fremd }),
    ).toMatchObject({ ok: false, fehler: "ungueltig" });
    expect(
      await schliesseEidAb(db, {
        callbackParams: rueckkehr,
        transaktion: { ...transaktion, state: "anderer-state" },
      }),
    ).toMatchObject({ ok: false, fehler: "ungueltig" });
    expect(
      await schliesseEidAb(db, { callbackParams: rueckkehr, transaktion: null }),
    ).toMatchObject({ ok: false, fehler: "ungueltig" });
    expect(
      await schliesseEidAb(db, {
        callbackParams: rueckkehr,
        transaktion,
        jetzt: new Date(transaktion.erstelltAm + 11 * 60 * 1000),
      }),
    ).toMatchObject({ ok: false, fehler: "ungueltig" });
    expect(await kontenAnzahl()).toBe(vorher);
  });

  it("refuses an ID token with another nonce (a tampered transaction) and a wrong PKCE verifier", async () => {
    const vorher = await kontenAnzahl();
    const a = await durchlauf({ zweck: "anmeldung" });
    expect(
      await schliesseEidAb(db, {
        callbackParams: a.rueckkehr,
        transaktion: { ...a.transaktion, nonce: "ein-anderer-nonce" },
      }),
    ).toMatchObject({ ok: false, fehler: "ungueltig" });
    const b = await durchlauf({ zweck: "anmeldung" });
    expect(
      await schliesseEidAb(db, {
        callbackParams: b.rueckkehr,
        transaktion: { ...b.transaktion, codeVerifier: "x".repeat(43) },
      }),
    ).toMatchObject({ ok: false, fehler: "ungueltig" });
    expect(await kontenAnzahl()).toBe(vorher);
  });

  it("refuses a code and token from another issuer (mix-up), with or without its iss", async () => {
    const vorher = await kontenAnzahl();
    const { url, transaktion } = (await beginneEid({ zweck: "anmeldung" }, { lang: "de" }))!;
    // The same request, sent to the other OP (which knows a client of the same id).
    const umgeleitet = new URL(url);
    const andere = new URL(anderer.issuer);
    umgeleitet.host = andere.host;
    const { rueckkehr } = await durchlaufeSimulator(umgeleitet, { identitaet: "erika" });
    expect(rueckkehr.searchParams.get("iss")).toBe(anderer.issuer);
    expect(await schliesseEidAb(db, { callbackParams: rueckkehr, transaktion })).toMatchObject({
      ok: false,
      fehler: "ungueltig",
    });
    const ohneIss = new URL(rueckkehr);
    ohneIss.searchParams.delete("iss");
    expect(await schliesseEidAb(db, { callbackParams: ohneIss, transaktion })).toMatchObject({
      ok: false,
      fehler: "ungueltig",
    });
    expect(await kontenAnzahl()).toBe(vorher);
  });
});

describe("linking an eID to a password account", () => {
  async function passwortkonto(email: string) {
    const [k] = await db
      .insert(konto)
      .values({ email, passwortHash: "x", emailBestaetigtAm: new Date() })
      .returning();
    const s = await beginneSitzung(db, { kontoId: k!.id });
    return { kontoId: k!.id, token: s.token };
  }

  it("raises the session to the eID's level with a new session, and refuses an eID of another account", async () => {
    const a = await passwortkonto("verknuepfen-a@example.org");
    const { rueckkehr, transaktion } = await durchlauf(
      { zweck: "verknuepfen", kontoId: a.kontoId },
      { identitaet: "juergen" },
    );
    const ergebnis = await schliesseEidAb(db, {
      callbackParams: rueckkehr,
      transaktion,
      angemeldet: a,
    });
    expect(ergebnis).toMatchObject({ ok: true, zweck: "verknuepfen", kontoId: a.kontoId });
    if (!ergebnis.ok || ergebnis.zweck !== "verknuepfen") throw new Error("unreachable");
    expect(await pruefeSitzung(db, { token: a.token })).toBeNull();
    const neu = await pruefeSitzung(db, { token: ergebnis.sitzung.token });
    expect(neu).toMatchObject({ konto: { id: a.kontoId }, sitzung: { vertrauensniveau: "hoch" } });
    const [identitaet] = await db
      .select()
      .from(eidIdentitaet)
      .where(eq(eidIdentitaet.kontoId, a.kontoId));
    expect(identitaet).toMatchObject({
      familienname: "Nößler",
      anschrift: { ort: "Oybin", ags: "14626430" },
    });

    // The eID now signs into that account.
    const anmeldung = await durchlauf({ zweck: "anmeldung" }, { identitaet: "juergen" });
    expect(
      await schliesseEidAb(db, {
        callbackParams: anmeldung.rueckkehr,
        transaktion: anmeldung.transaktion,
      }),
    ).toMatchObject({ ok: true, kontoId: a.kontoId, neu: false });

    // Another account cannot take it.
    const b = await passwortkonto("verknuepfen-b@example.org");
    const zweiter = await durchlauf(
      { zweck: "verknuepfen", kontoId: b.kontoId },
      { identitaet: "juergen" },
    );
    expect(
      await schliesseEidAb(db, {
        callbackParams: zweiter.rueckkehr,
        transaktion: zweiter.transaktion,
        angemeldet: b,
      }),
    ).toMatchObject({ ok: false, fehler: "vergeben" });
    expect(await pruefeSitzung(db, { token: b.token })).not.toBeNull();
  });

  it("refuses to link when the request's session is not the account the link began for", async () => {
    const a = await passwortkonto("verknuepfen-c@example.org");
    const b = await passwortkonto("verknuepfen-d@example.org");
    const { rueckkehr, transaktion } = await durchlauf(
      { zweck: "verknuepfen", kontoId: a.kontoId },
      { identitaet: "olena" },
    );
    expect(
      await schliesseEidAb(db, { callbackParams: rueckkehr, transaktion, angemeldet: b }),
    ).toMatchObject({ ok: false, fehler: "ungueltig" });
    expect(
      await db.select().from(eidIdentitaet).where(eq(eidIdentitaet.kontoId, a.kontoId)),
    ).toEqual([]);
  });
});

describe("one-off identification (Temporäre Identifikation)", () => {
  it("keeps only the procedure's attributes, bound to it, without account or session", async () => {
    const konten = await kontenAnzahl();
    const sitzungen = (await db.select({ n: count() }).from(sitzung))[0]!.n;
    const { rueckkehr, transaktion } = await durchlauf(
      { zweck: "identifikation", verfahren: "antrag:4711" },
      { identitaet: "olena", zurueck: "/de/antraege/4711" },
    );
    const jetzt = new Date();
    const ergebnis = await schliesseEidAb(db, { callbackParams: rueckkehr, transaktion, jetzt });
    expect(ergebnis).toMatchObject({
      ok: true,
      zweck: "identifikation",
      verfahren: "antrag:4711",
      vertrauensniveau: "hoch",
      zurueck: "/de/antraege/4711",
    });
    if (!ergebnis.ok || ergebnis.zweck !== "identifikation") throw new Error("unreachable");
    expect(await kontenAnzahl()).toBe(konten);
    expect((await db.select({ n: count() }).from(sitzung))[0]!.n).toBe(sitzungen);

    const [row] = await db
      .select()
      .from(einmaligeIdentifikation)
      .where(eq(einmaligeIdentifikation.id, ergebnis.identifikationId));
    // Names, date of birth and address; not the birth name, place of birth or nationality.
    expect(row!.attribute).toEqual({
      vornamen: "Olena",
      familienname: "Kovalenko",
      geburtsdatum: "1993-07-19",
      anschrift: {
        strasse: "Meißner Straße 12",
        plz: "01445",
        ort: "Radebeul",
        ags: "14627210",
        land: "DE",
      },
    });
    expect(row!.laeuftAbAm.getTime() - jetzt.getTime()).toBe(24 * 60 * 60 * 1000);

    const id = ergebnis.identifikationId;
    expect(await ladeEinmaligeIdentifikation(db, { id, verfahren: "antrag:4711" })).toMatchObject({
      id,
      vertrauensniveau: "hoch",
      attribute: { familienname: "Kovalenko" },
    });
    expect(await ladeEinmaligeIdentifikation(db, { id, verfahren: "antrag:4712" })).toBeNull();
    expect(
      await ladeEinmaligeIdentifikation(db, { id: "kein-uuid", verfahren: "antrag:4711" }),
    ).toBeNull();
    const spaeter = new Date(jetzt.getTime() + 25 * 60 * 60 * 1000);
    expect(
      await ladeEinmaligeIdentifikation(db, { id, verfahren: "antrag:4711", jetzt: spaeter }),
    ).toBeNull();

    expect(await loescheAbgelaufeneIdentifikationen(db, { jetzt })).toBe(0);
    expect(await loescheAbgelaufeneIdentifikationen(db, { jetzt: spaeter })).toBeGreaterThanOrEqual(
      1,
    );
    expect(
      await db.select().from(einmaligeIdentifikation).where(eq(einmaligeIdentifikation.id, id)),
    ).toEqual([]);
  });

  it("keeps the list a procedure names, and only that", async () => {
    const { rueckkehr, transaktion } = await durchlauf(
      {
        zweck: "identifikation",
        verfahren: "antrag:4713",
        attribute: ["familienname", "staatsangehoerigkeit"],
      },
      { identitaet: "olena" },
    );
    const ergebnis = await schliesseEidAb(db, { callbackParams: rueckkehr, transaktion });
    if (!ergebnis.ok || ergebnis.zweck !== "identifikation") throw new Error("not identified");
    const geladen = await ladeEinmaligeIdentifikation(db, {
      id: ergebnis.identifikationId,
      verfahren: "antrag:4713",
    });
    expect(geladen?.attribute).toEqual({ familienname: "Kovalenko", staatsangehoerigkeit: "UKR" });
  });
});
