import type { Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { konto, kontoToken, sicherheitsereignis } from "../src/schema.ts";
import {
  bestaetigeEmail,
  meldeAn,
  registriere,
  sendeBestaetigungErneut,
} from "../src/services/konto.ts";
import { pruefeSitzung } from "../src/services/sitzung.ts";
import {
  aenderePasswort,
  fordereZuruecksetzenAn,
  setzePasswortZurueck,
} from "../src/services/zuruecksetzen.ts";
import type { Mail } from "../src/types.ts";

let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase(inject("adminUrl")));
});
afterAll(() => drop());

/** The injected delivery: collects the mails instead of sending them. */
function postfach() {
  const mails: Mail[] = [];
  return { mails, post: async (mail: Mail) => void mails.push(mail) };
}

const tokenAus = (mail: Mail | undefined) => {
  const match = /[?&]token=([A-Za-z0-9_-]+)/.exec(mail?.text ?? "");
  if (!match?.[1]) throw new Error(`no token in mail: ${mail?.text}`);
  return match[1];
};

const PASSWORT = "Ein Satz, den nur ich kenne 🦊";
let zaehler = 0;
const neueAdresse = () => `person${++zaehler}@example.org`;

async function bestaetigtesKonto(email = neueAdresse(), passwort = PASSWORT) {
  const { mails, post } = postfach();
  await registriere(db, { email, passwort, sprache: "de" }, { post });
  const bestaetigt = await bestaetigeEmail(db, { token: tokenAus(mails[0]) });
  if (!bestaetigt.ok) throw new Error("confirmation failed");
  return { email, kontoId: bestaetigt.kontoId };
}

const ereignisse = async (kontoId: string) =>
  (
    await db
      .select({ art: sicherheitsereignis.art })
      .from(sicherheitsereignis)
      .where(eq(sicherheitsereignis.kontoId, kontoId))
      .orderBy(sicherheitsereignis.id)
  ).map((e) => e.art);

describe("registriere → bestaetigeEmail → meldeAn", () => {
  it("registers, mails a link, confirms once, signs in with a fresh session", async () => {
    const { mails, post } = postfach();
    const email = "  Zoë.Müller@Example.ORG ";
    const antwort = await registriere(db, { email, passwort: PASSWORT, sprache: "en" }, { post });
    expect(antwort).toEqual({ ok: true });
    expect(mails).toHaveLength(1);
    expect(mails[0]?.an).toBe("zoë.müller@example.org");
    expect(mails[0]?.text).toContain("http://localhost:3000/en/konto/bestaetigen?token=");

    const [row] = await db.select().from(konto).where(eq(konto.email, "zoë.müller@example.org"));
    expect(row).toMatchObject({ sprache: "en", emailBestaetigtAm: null });
    expect(row?.passwortHash).toMatch(/^\$argon2id\$/);
    // The database holds only the hash of the mailed token.
    const token = tokenAus(mails[0]);
    const tokens = await db.select().from(kontoToken).where(eq(kontoToken.kontoId, row!.id));
    expect(tokens).toHaveLength(1);
    expect(tokens[0]?.id).not.toBe(token);

    // 'unbestaetigt' only with the right password: a wrong one learns nothing about the account.
    expect(await meldeAn(db, { email, passwort: "nicht das Passwort" })).toEqual({
      ok: false,
      grund: "falsch",
    });
    expect(await meldeAn(db, { email, passwort: PASSWORT })).toEqual({
      ok: false,
      grund: "unbestaetigt",
    });
    expect(await bestaetigeEmail(db, { token })).toEqual({ ok: true, kontoId: row!.id });
    expect(await bestaetigeEmail(db, { token })).toEqual({ ok: false, grund: "verbraucht" });

    const erste = await meldeAn(db, {
      email: "ZOË.MÜLLER@example.org",
      passwort: PASSWORT,
      geraet: "x".repeat(500),
    });
    if (!erste.ok) throw new Error("sign-in failed");
    expect(erste.konto).toEqual({ id: row!.id, email: "zoë.müller@example.org", sprache: "en" });
    expect(erste.sitzung.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const zweite = await meldeAn(db, { email, passwort: PASSWORT });
    if (!zweite.ok) throw new Error("sign-in failed");
    expect(zweite.sitzung.token).not.toBe(erste.sitzung.token);
    expect((await pruefeSitzung(db, { token: erste.sitzung.token }))?.konto.id).toBe(row!.id);

    expect(await ereignisse(row!.id)).toEqual([
      "registriert",
      "anmeldung-fehlgeschlagen",
      "anmeldung-fehlgeschlagen",
      "email-bestaetigt",
      "angemeldet",
      "angemeldet",
    ]);
  });

  it("answers a taken address exactly like a new one, and tells its owner instead", async () => {
    const { email, kontoId } = await bestaetigtesKonto();
    const { mails, post } = postfach();
    const antwort = await registriere(
      db,
      { email: email.toUpperCase(), passwort: "ein ganz anderes Passwort", sprache: "de" },
      { post },
    );
    expect(antwort).toEqual({ ok: true });
    expect(mails).toHaveLength(1);
    expect(mails[0]?.an).toBe(email);
    expect(mails[0]?.betreff).toBe("Ihr Servicekonto besteht bereits");
    expect(mails[0]?.text).not.toContain("token=");
    // Nothing changed: the old password still works, the new one does not.
    expect((await meldeAn(db, { email, passwort: PASSWORT })).ok).toBe(true);
    expect(await meldeAn(db, { email, passwort: "ein ganz anderes Passwort" })).toEqual({
      ok: false,
      grund: "falsch",
    });
    expect(await ereignisse(kontoId)).toContain("registrierung-vorhandene-adresse");
  });

  it("refuses a password that breaks the rules, before anything is stored or sent", async () => {
    const { mails, post } = postfach();
    const email = neueAdresse();
    for (const [passwort, grund] of [
      ["zu kurz", "zuKurz"],
      ["qwertyuiop12345", "haeufig"],
      [email, "wieEmail"],
      ["x".repeat(129), "zuLang"],
    ] as const) {
      expect(await registriere(db, { email, passwort, sprache: "de" }, { post })).toEqual({
        ok: false,
        grund,
      });
    }
    expect(mails).toEqual([]);
    expect(await db.select().from(konto).where(eq(konto.email, email))).toEqual([]);
  });

  it("answers 'falsch' alike for an unknown address, a wrong password and no password", async () => {
    const { email, kontoId } = await bestaetigtesKonto();
    const unbekannt = await meldeAn(db, { email: "niemand@example.org", passwort: PASSWORT });
    const falsch = await meldeAn(db, { email, passwort: `${PASSWORT}!` });
    expect(unbekannt).toEqual({ ok: false, grund: "falsch" });
    expect(falsch).toEqual(unbekannt);
    // An account without a password (eID only) cannot be signed into with any password.
    await db.update(konto).set({ passwortHash: null }).where(eq(konto.id, kontoId));
    expect(await meldeAn(db, { email, passwort: PASSWORT })).toEqual(unbekannt);
    const fehlgeschlagen = await db
      .select()
      .from(sicherheitsereignis)
      .where(eq(sicherheitsereignis.art, "anmeldung-fehlgeschlagen"));
    expect(fehlgeschlagen.some((e) => e.kontoId === null)).toBe(true);
    expect(fehlgeschlagen.filter((e) => e.kontoId === kontoId)).toHaveLength(2);
    // The log holds no address.
    expect(JSON.stringify(fehlgeschlagen)).not.toContain("niemand@");
  });

  it("replaces a hash made with weaker parameters at sign-in", async () => {
    const { email, kontoId } = await bestaetigtesKonto();
    const { hash } = await import("@node-rs/argon2");
    const schwach = await hash(PASSWORT, { memoryCost: 4096, timeCost: 1, parallelism: 1 });
    await db.update(konto).set({ passwortHash: schwach }).where(eq(konto.id, kontoId));
    expect((await meldeAn(db, { email, passwort: PASSWORT })).ok).toBe(true);
    const [row] = await db.select().from(konto).where(eq(konto.id, kontoId));
    expect(row?.passwortHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect((await meldeAn(db, { email, passwort: PASSWORT })).ok).toBe(true);
  });
});

describe("mailed tokens", () => {
  it("refuse garbage, expired links, a link of the other purpose, and a second use", async () => {
    const { mails, post } = postfach();
    const email = neueAdresse();
    const t0 = new Date("2026-03-02T10:00:00Z");
    await registriere(db, { email, passwort: PASSWORT, sprache: "de", jetzt: t0 }, { post });
    const token = tokenAus(mails[0]);

    for (const unsinn of ["", "x", "' or 1=1 --", "🦊".repeat(50), token.toUpperCase()]) {
      expect(await bestaetigeEmail(db, { token: unsinn })).toEqual({
        ok: false,
        grund: "ungueltig",
      });
    }
    const spaeter = new Date(t0.getTime() + 24 * 60 * 60 * 1000);
    expect(await bestaetigeEmail(db, { token, jetzt: spaeter })).toEqual({
      ok: false,
      grund: "abgelaufen",
    });
    // A confirmation link is no reset link.
    expect(
      await setzePasswortZurueck(db, { token, passwort: "ein neues langes Passwort" }),
    ).toEqual({
      ok: false,
      grund: "ungueltig",
    });

    // A new link replaces the old one; the old one then counts as used.
    await sendeBestaetigungErneut(db, { email, sprache: "en", jetzt: spaeter }, { post });
    expect(mails).toHaveLength(2);
    expect(mails[1]?.text).toContain("/en/konto/bestaetigen?token=");
    const neu = tokenAus(mails[1]);
    expect(await bestaetigeEmail(db, { token, jetzt: spaeter })).toEqual({
      ok: false,
      grund: "verbraucht",
    });
    expect((await bestaetigeEmail(db, { token: neu, jetzt: spaeter })).ok).toBe(true);
  });

  it("sends a confirmation again only to an unconfirmed account, answering alike", async () => {
    const { email } = await bestaetigtesKonto();
    const { mails, post } = postfach();
    expect(await sendeBestaetigungErneut(db, { email, sprache: "de" }, { post })).toEqual({
      ok: true,
    });
    expect(
      await sendeBestaetigungErneut(db, { email: "niemand@example.org", sprache: "de" }, { post }),
    ).toEqual({ ok: true });
    expect(mails).toEqual([]);
  });

  it("lets only one of two simultaneous uses of a link succeed", async () => {
    const { mails, post } = postfach();
    await registriere(db, { email: neueAdresse(), passwort: PASSWORT, sprache: "de" }, { post });
    const token = tokenAus(mails[0]);
    const ergebnisse = await Promise.all([
      bestaetigeEmail(db, { token }),
      bestaetigeEmail(db, { token }),
    ]);
    expect(ergebnisse.filter((e) => e.ok)).toHaveLength(1);
  });
});

describe("password reset and change", () => {
  it("resets with a mailed link, ends every session, and confirms the address", async () => {
    const { mails, post } = postfach();
    const email = neueAdresse();
    await registriere(db, { email, passwort: PASSWORT, sprache: "de" }, { post });
    // Never confirmed; the reset link proves the mailbox as well.
    await fordereZuruecksetzenAn(db, { email, sprache: "de" }, { post });
    expect(mails[1]?.text).toContain("/de/konto/passwort-neu?token=");
    const reset = tokenAus(mails[1]);

    const neu = "ein ganz neues Passwort für mich";
    expect(await setzePasswortZurueck(db, { token: reset, passwort: "kurz" })).toEqual({
      ok: false,
      grund: "zuKurz",
    });
    expect(await setzePasswortZurueck(db, { token: reset, passwort: email })).toEqual({
      ok: false,
      grund: "wieEmail",
    });
    // A refused password did not use up the link.
    const ok = await setzePasswortZurueck(db, { token: reset, passwort: neu });
    expect(ok.ok).toBe(true);
    expect(await setzePasswortZurueck(db, { token: reset, passwort: neu })).toEqual({
      ok: false,
      grund: "verbraucht",
    });
    expect(await meldeAn(db, { email, passwort: PASSWORT })).toEqual({
      ok: false,
      grund: "falsch",
    });
    expect((await meldeAn(db, { email, passwort: neu })).ok).toBe(true);
  });

  it("ends every session of the account on reset", async () => {
    const { email, kontoId } = await bestaetigtesKonto();
    const sitzungen = [];
    for (let i = 0; i < 3; i++) {
      const a = await meldeAn(db, { email, passwort: PASSWORT });
      if (!a.ok) throw new Error("sign-in failed");
      sitzungen.push(a.sitzung.token);
    }
    const andere = await bestaetigtesKonto();
    const fremd = await meldeAn(db, { email: andere.email, passwort: PASSWORT });
    if (!fremd.ok) throw new Error("sign-in failed");

    const { mails, post } = postfach();
    await fordereZuruecksetzenAn(db, { email, sprache: "en" }, { post });
    expect(mails[0]?.betreff).toBe("New password for your service account");
    await setzePasswortZurueck(db, {
      token: tokenAus(mails[0]),
      passwort: "noch ein neues Passwort",
    });
    for (const token of sitzungen) expect(await pruefeSitzung(db, { token })).toBeNull();
    // Another account's session is untouched.
    expect((await pruefeSitzung(db, { token: fremd.sitzung.token }))?.konto.id).toBe(
      andere.kontoId,
    );
    expect(await ereignisse(kontoId)).toContain("passwort-zurueckgesetzt");
  });

  it("mails nothing for an unknown address and answers the same; a reset link lives an hour", async () => {
    const { mails, post } = postfach();
    expect(
      await fordereZuruecksetzenAn(db, { email: "niemand@example.org", sprache: "de" }, { post }),
    ).toEqual({ ok: true });
    expect(mails).toEqual([]);

    const { email } = await bestaetigtesKonto();
    const t0 = new Date("2026-03-02T10:00:00Z");
    await fordereZuruecksetzenAn(db, { email, sprache: "de", jetzt: t0 }, { post });
    await fordereZuruecksetzenAn(db, { email, sprache: "de", jetzt: t0 }, { post });
    const [erster, zweiter] = mails.map(tokenAus);
    const passwort = "ein ganz neues Passwort für mich";
    // Only the newest link counts.
    expect(await setzePasswortZurueck(db, { token: erster!, passwort, jetzt: t0 })).toEqual({
      ok: false,
      grund: "verbraucht",
    });
    expect(
      await setzePasswortZurueck(db, {
        token: zweiter!,
        passwort,
        jetzt: new Date(t0.getTime() + 60 * 60 * 1000),
      }),
    ).toEqual({ ok: false, grund: "abgelaufen" });
  });

  it("changes the password with the old one and keeps only the asking session", async () => {
    const { email, kontoId } = await bestaetigtesKonto();
    const hier = await meldeAn(db, { email, passwort: PASSWORT });
    const dort = await meldeAn(db, { email, passwort: PASSWORT });
    if (!hier.ok || !dort.ok) throw new Error("sign-in failed");
    const neu = "mein neues Passwort ist lang";
    expect(
      await aenderePasswort(db, {
        kontoId,
        altesPasswort: "falsch falsch falsch",
        neuesPasswort: neu,
        ausserToken: hier.sitzung.token,
      }),
    ).toEqual({ ok: false, grund: "falsch" });
    expect(
      await aenderePasswort(db, {
        kontoId,
        altesPasswort: PASSWORT,
        neuesPasswort: "passwortpasswort",
        ausserToken: hier.sitzung.token,
      }),
    ).toEqual({ ok: false, grund: "haeufig" });
    expect(
      await aenderePasswort(db, {
        kontoId,
        altesPasswort: PASSWORT,
        neuesPasswort: neu,
        ausserToken: hier.sitzung.token,
      }),
    ).toEqual({ ok: true });
    expect(await pruefeSitzung(db, { token: hier.sitzung.token })).not.toBeNull();
    expect(await pruefeSitzung(db, { token: dort.sitzung.token })).toBeNull();
    expect((await meldeAn(db, { email, passwort: neu })).ok).toBe(true);
  });
});
