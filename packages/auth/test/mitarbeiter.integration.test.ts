import type { Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import {
  konto,
  mitarbeiter,
  sicherheitsereignis,
  sitzung,
  zugriffsprotokoll,
} from "../src/schema.ts";
import { bestaetigeEmail, meldeAn, registriere } from "../src/services/konto.ts";
import {
  ANMELDEVORGANG_GUELTIG_MS,
  beginneTotpEinrichtung,
  findeBuergerkonto,
  hatRolle,
  ladeMitarbeiter,
  legeMitarbeiterAn,
  meldeMitarbeiterAn,
  oeffneAnmeldevorgang,
  oesMitRolle,
  protokolliereZugriff,
  pruefeZweitenFaktor,
  schliesseTotpEinrichtungAb,
} from "../src/services/mitarbeiter.ts";
import { pruefeSitzung } from "../src/services/sitzung.ts";
import { totpCode } from "../src/services/totp.ts";
import type { Mail } from "../src/types.ts";

vi.stubEnv("NEXTAUTH_SECRET", "test-secret-of-at-least-32-characters!!");

let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase(inject("adminUrl")));
});
afterAll(() => drop());

const PASSWORT = "Ein Satz, den nur die Verwaltung kennt";
let zaehler = 0;
const neueAdresse = () => `mitarbeiter${++zaehler}@dresden.example`;

const t0 = new Date("2026-03-02T08:00:05Z");
const nach = (sekunden: number) => new Date(t0.getTime() + sekunden * 1000);

async function neuerMitarbeiter(rollen = [{ oe: "gv-14612000", rolle: "sachbearbeitung" }]) {
  const email = neueAdresse();
  const angelegt = await legeMitarbeiterAn(db, {
    email,
    name: "Erika Mustermann",
    passwort: PASSWORT,
    rollen,
    jetzt: t0,
  });
  if (!angelegt.ok) throw new Error(`not created: ${angelegt.grund}`);
  return { email, kontoId: angelegt.kontoId };
}

/** A staff member with the second factor set up at t0; returns the secret. */
async function eingerichteterMitarbeiter() {
  const m = await neuerMitarbeiter();
  const einrichtung = await beginneTotpEinrichtung(db, { kontoId: m.kontoId, jetzt: t0 });
  if (!einrichtung.ok) throw new Error(einrichtung.grund);
  const ergebnis = await schliesseTotpEinrichtungAb(db, {
    kontoId: m.kontoId,
    code: totpCode(einrichtung.geheimnis, t0),
    jetzt: t0,
  });
  if (!ergebnis.ok) throw new Error(ergebnis.grund);
  return { ...m, geheimnis: einrichtung.geheimnis };
}

const ereignisse = async (kontoId: string) =>
  (
    await db
      .select({ art: sicherheitsereignis.art, details: sicherheitsereignis.details })
      .from(sicherheitsereignis)
      .where(eq(sicherheitsereignis.kontoId, kontoId))
      .orderBy(sicherheitsereignis.id)
  ).map((e) => e.art);

describe("legeMitarbeiterAn", () => {
  it("creates a confirmed account with the staff row and its roles", async () => {
    const { kontoId, email } = await neuerMitarbeiter([
      { oe: "gv-14612000", rolle: "sachbearbeitung" },
      { oe: "lra-14625", rolle: "kasse" },
    ]);
    const m = await ladeMitarbeiter(db, { kontoId });
    expect(m).toEqual({
      kontoId,
      email,
      name: "Erika Mustermann",
      totpAktiv: false,
      deaktiviert: false,
      rollen: [
        { oe: "gv-14612000", rolle: "sachbearbeitung" },
        { oe: "lra-14625", rolle: "kasse" },
      ],
    });
    const [k] = await db.select().from(konto).where(eq(konto.id, kontoId));
    expect(k?.emailBestaetigtAm).toEqual(t0);
    expect(k?.passwortHash).toMatch(/^\$argon2id\$/);
    expect(await ereignisse(kontoId)).toEqual(["mitarbeiter-angelegt"]);
  });

  it("refuses bad keys, roles, passwords, names and taken addresses", async () => {
    const basis = { email: neueAdresse(), name: "A", passwort: PASSWORT, jetzt: t0 };
    const mit = (rollen: { oe: string; rolle: string }[], extra = {}) =>
      legeMitarbeiterAn(db, { ...basis, rollen, ...extra });
    const gut = [{ oe: "gv-14612000", rolle: "admin" }];
    expect(await mit([{ oe: "14612000", rolle: "admin" }])).toEqual({
      ok: false,
      grund: "oeUngueltig",
    });
    expect(await mit([{ oe: "gv-14612000", rolle: "chef" }])).toEqual({
      ok: false,
      grund: "oeUngueltig",
    });
    expect(await mit([])).toEqual({ ok: false, grund: "keineRolle" });
    expect(await mit(gut, { passwort: "kurz" })).toEqual({ ok: false, grund: "zuKurz" });
    expect(await mit(gut, { name: "  " })).toEqual({ ok: false, grund: "name" });
    const vorhanden = await neuerMitarbeiter();
    expect(await mit(gut, { email: vorhanden.email.toUpperCase() })).toEqual({
      ok: false,
      grund: "vorhanden",
    });
  });
});

describe("sign-in with set-up of the second factor", () => {
  it("enrols: first factor → new secret (sealed, inactive) → first code activates and signs in", async () => {
    const m = await neuerMitarbeiter();
    const erster = await meldeMitarbeiterAn(db, { email: m.email, passwort: PASSWORT, jetzt: t0 });
    expect(erster).toMatchObject({ ok: true, kontoId: m.kontoId, einrichten: true });
    if (!erster.ok) return;
    expect(erster.laeuftAbAm).toEqual(new Date(t0.getTime() + ANMELDEVORGANG_GUELTIG_MS));
    expect(oeffneAnmeldevorgang(erster.vorgang, { jetzt: nach(60) })).toEqual({
      kontoId: m.kontoId,
    });
    expect(oeffneAnmeldevorgang(erster.vorgang, { jetzt: nach(5 * 60) })).toBeNull();
    expect(oeffneAnmeldevorgang(`${erster.vorgang}x`, { jetzt: nach(60) })).toBeNull();
    // No session before the second factor.
    expect(await db.select().from(sitzung).where(eq(sitzung.kontoId, m.kontoId))).toEqual([]);

    const einrichtung = await beginneTotpEinrichtung(db, { kontoId: m.kontoId, jetzt: t0 });
    if (!einrichtung.ok) throw new Error(einrichtung.grund);
    expect(einrichtung.geheimnis).toMatch(/^[A-Z2-7]{32}$/);
    expect(einrichtung.uri).toContain(`secret=${einrichtung.geheimnis}`);
    const [row] = await db.select().from(mitarbeiter).where(eq(mitarbeiter.kontoId, m.kontoId));
    expect(row?.totpGeheimnis).toMatch(/^v1\./);
    expect(row?.totpGeheimnis).not.toContain(einrichtung.geheimnis);
    expect(row?.totpAktiviertAm).toBeNull();
    // Reloading the page shows the same secret (what the app scanned stays valid).
    expect(await beginneTotpEinrichtung(db, { kontoId: m.kontoId, jetzt: t0 })).toEqual(
      einrichtung,
    );
    // Not active yet: a sign-in with a code is sent to the set-up.
    expect(
      await pruefeZweitenFaktor(db, {
        kontoId: m.kontoId,
        code: totpCode(einrichtung.geheimnis, t0),
        jetzt: t0,
      }),
    ).toEqual({ ok: false, grund: "nichtEingerichtet" });

    expect(
      await schliesseTotpEinrichtungAb(db, { kontoId: m.kontoId, code: "000000", jetzt: t0 }),
    ).toMatchObject({ ok: false });
    const ergebnis = await schliesseTotpEinrichtungAb(db, {
      kontoId: m.kontoId,
      code: totpCode(einrichtung.geheimnis, t0),
      geraet: "Firefox",
      jetzt: t0,
    });
    if (!ergebnis.ok) throw new Error(ergebnis.grund);
    const geprueft = await pruefeSitzung(db, {
      token: ergebnis.sitzung.token,
      bereich: "verwaltung",
      jetzt: nach(1),
    });
    expect(geprueft?.sitzung).toMatchObject({
      bereich: "verwaltung",
      vertrauensniveau: "substanziell",
    });
    // A staff session is no citizen session.
    expect(await pruefeSitzung(db, { token: ergebnis.sitzung.token, jetzt: nach(1) })).toBeNull();
    expect((await ladeMitarbeiter(db, { kontoId: m.kontoId }))?.totpAktiv).toBe(true);
    expect(await beginneTotpEinrichtung(db, { kontoId: m.kontoId })).toEqual({
      ok: false,
      grund: "schonEingerichtet",
    });
    // The next sign-in needs no set-up.
    expect(
      await meldeMitarbeiterAn(db, { email: m.email, passwort: PASSWORT, jetzt: nach(60) }),
    ).toMatchObject({ ok: true, einrichten: false });
    expect(await ereignisse(m.kontoId)).toEqual([
      "mitarbeiter-angelegt",
      "verwaltung-erster-faktor",
      "totp-einrichtung-begonnen",
      "zweiter-faktor-fehlgeschlagen",
      "totp-aktiviert",
      "verwaltung-angemeldet",
      "verwaltung-erster-faktor",
    ]);
  });
});

describe("pruefeZweitenFaktor", () => {
  it("signs in with a code; the same code, or an older one, is refused afterwards (replay)", async () => {
    const m = await eingerichteterMitarbeiter();
    // The set-up used t0's step: its code works no more.
    expect(
      await pruefeZweitenFaktor(db, {
        kontoId: m.kontoId,
        code: totpCode(m.geheimnis, t0),
        jetzt: nach(20),
      }),
    ).toEqual({ ok: false, grund: "falsch" });
    const code = totpCode(m.geheimnis, nach(60));
    const ok = await pruefeZweitenFaktor(db, { kontoId: m.kontoId, code, jetzt: nach(60) });
    expect(ok.ok).toBe(true);
    expect(await pruefeZweitenFaktor(db, { kontoId: m.kontoId, code, jetzt: nach(70) })).toEqual({
      ok: false,
      grund: "falsch",
    });
    // One step of drift either way is accepted, if it is later than the last used step.
    expect(
      (
        await pruefeZweitenFaktor(db, {
          kontoId: m.kontoId,
          code: totpCode(m.geheimnis, nach(120)),
          jetzt: nach(95),
        })
      ).ok,
    ).toBe(true);
    expect(
      (
        await pruefeZweitenFaktor(db, {
          kontoId: m.kontoId,
          code: totpCode(m.geheimnis, nach(180)),
          jetzt: nach(205),
        })
      ).ok,
    ).toBe(true);
    const details = await db
      .select({ details: sicherheitsereignis.details })
      .from(sicherheitsereignis)
      .where(eq(sicherheitsereignis.art, "zweiter-faktor-fehlgeschlagen"));
    expect(details.map((d) => d.details)).toContainEqual({
      grund: "wiederholt",
      schritt: "anmelden",
    });
  });

  it("of two requests with the same code, exactly one signs in", async () => {
    const m = await eingerichteterMitarbeiter();
    const code = totpCode(m.geheimnis, nach(60));
    const ergebnisse = await Promise.all([
      pruefeZweitenFaktor(db, { kontoId: m.kontoId, code, jetzt: nach(60) }),
      pruefeZweitenFaktor(db, { kontoId: m.kontoId, code, jetzt: nach(60) }),
    ]);
    expect(ergebnisse.filter((e) => e.ok)).toHaveLength(1);
  });

  it("after 5 wrong codes in 15 minutes refuses even the right one until the window passes", async () => {
    const m = await eingerichteterMitarbeiter();
    const falsch = (sek: number) => {
      const richtig = totpCode(m.geheimnis, nach(sek));
      return richtig === "123456" ? "654321" : "123456";
    };
    for (let i = 0; i < 5; i++) {
      expect(
        await pruefeZweitenFaktor(db, {
          kontoId: m.kontoId,
          code: falsch(60 + i),
          jetzt: nach(60 + i),
        }),
      ).toEqual({ ok: false, grund: "falsch" });
    }
    const gesperrt = await pruefeZweitenFaktor(db, {
      kontoId: m.kontoId,
      code: totpCode(m.geheimnis, nach(120)),
      jetzt: nach(120),
    });
    expect(gesperrt).toEqual({ ok: false, grund: "gesperrt", bisAm: nach(60 + 15 * 60) });
    // The first failure leaves the window: one more try, which succeeds with the right code.
    const spaeter = nach(60 + 15 * 60 + 1);
    expect(
      (
        await pruefeZweitenFaktor(db, {
          kontoId: m.kontoId,
          code: totpCode(m.geheimnis, spaeter),
          jetzt: spaeter,
        })
      ).ok,
    ).toBe(true);
  });

  it("a success resets the count of failures", async () => {
    const m = await eingerichteterMitarbeiter();
    for (let i = 0; i < 4; i++) {
      await pruefeZweitenFaktor(db, { kontoId: m.kontoId, code: "abcdef", jetzt: nach(30 + i) });
    }
    expect(
      (
        await pruefeZweitenFaktor(db, {
          kontoId: m.kontoId,
          code: totpCode(m.geheimnis, nach(60)),
          jetzt: nach(60),
        })
      ).ok,
    ).toBe(true);
    await pruefeZweitenFaktor(db, { kontoId: m.kontoId, code: "abcdef", jetzt: nach(61) });
    expect(
      (
        await pruefeZweitenFaktor(db, {
          kontoId: m.kontoId,
          code: totpCode(m.geheimnis, nach(90)),
          jetzt: nach(90),
        })
      ).ok,
    ).toBe(true);
  });
});

describe("who may not sign in where", () => {
  it("refuses a wrong password and an unknown address alike", async () => {
    const m = await eingerichteterMitarbeiter();
    expect(await meldeMitarbeiterAn(db, { email: m.email, passwort: `${PASSWORT}!` })).toEqual({
      ok: false,
      grund: "falsch",
    });
    expect(
      await meldeMitarbeiterAn(db, { email: "niemand@dresden.example", passwort: PASSWORT }),
    ).toEqual({ ok: false, grund: "falsch" });
  });

  it("refuses a deactivated staff member at both factors", async () => {
    const m = await eingerichteterMitarbeiter();
    const erster = await meldeMitarbeiterAn(db, { email: m.email, passwort: PASSWORT, jetzt: t0 });
    expect(erster.ok).toBe(true);
    await db
      .update(mitarbeiter)
      .set({ deaktiviertAm: nach(10) })
      .where(eq(mitarbeiter.kontoId, m.kontoId));
    expect(await meldeMitarbeiterAn(db, { email: m.email, passwort: PASSWORT })).toEqual({
      ok: false,
      grund: "falsch",
    });
    // Deactivated between the two factors: the code opens nothing.
    expect(
      await pruefeZweitenFaktor(db, {
        kontoId: m.kontoId,
        code: totpCode(m.geheimnis, nach(60)),
        jetzt: nach(60),
      }),
    ).toEqual({ ok: false, grund: "falsch" });
    const geladen = await ladeMitarbeiter(db, { kontoId: m.kontoId });
    expect(geladen?.deaktiviert).toBe(true);
    expect(hatRolle(geladen!, { oe: "gv-14612000", rolle: "sachbearbeitung" })).toBe(false);
  });

  it("refuses a citizen account at the staff sign-in, and a staff account at the citizen sign-in", async () => {
    const mails: Mail[] = [];
    const email = neueAdresse();
    await registriere(
      db,
      { email, passwort: PASSWORT, sprache: "de" },
      { post: async (m) => void mails.push(m) },
    );
    const token = /[?&]token=([A-Za-z0-9_-]+)/.exec(mails[0]?.text ?? "")?.[1] ?? "";
    const bestaetigt = await bestaetigeEmail(db, { token });
    expect(bestaetigt.ok).toBe(true);
    expect((await meldeAn(db, { email, passwort: PASSWORT })).ok).toBe(true);
    expect(await meldeMitarbeiterAn(db, { email, passwort: PASSWORT })).toEqual({
      ok: false,
      grund: "falsch",
    });
    expect(await findeBuergerkonto(db, { email: email.toUpperCase() })).toMatchObject({
      kontoId: expect.any(String),
    });

    const m = await eingerichteterMitarbeiter();
    expect(await meldeAn(db, { email: m.email, passwort: PASSWORT })).toEqual({
      ok: false,
      grund: "falsch",
    });
    expect(await findeBuergerkonto(db, { email: m.email })).toBeNull();
    expect(await findeBuergerkonto(db, { email: "niemand@example.org" })).toBeNull();
    const sitzungen = await db.select().from(sitzung).where(eq(sitzung.kontoId, m.kontoId));
    expect(sitzungen.every((s) => s.bereich === "verwaltung")).toBe(true);
  });
});

describe("roles", () => {
  const m = {
    deaktiviert: false,
    rollen: [
      { oe: "gv-14612000", rolle: "sachbearbeitung" as const },
      { oe: "lra-14625", rolle: "admin" as const },
    ],
  };

  it("grants a role in its Organisationseinheit only", () => {
    expect(hatRolle(m, { oe: "gv-14612000", rolle: "sachbearbeitung" })).toBe(true);
    expect(hatRolle(m, { oe: "gv-14612000", rolle: "kasse" })).toBe(false);
    expect(hatRolle(m, { oe: "gv-14511000", rolle: "sachbearbeitung" })).toBe(false);
    expect(hatRolle(m, { oe: "gv-14612000" })).toBe(true);
    expect(hatRolle(m, { oe: "gv-14511000" })).toBe(false);
    expect(hatRolle(m, { rolle: "beteiligung" })).toBe(true);
    expect(hatRolle(m)).toBe(true);
    expect(hatRolle({ deaktiviert: false, rollen: [] })).toBe(false);
  });

  it("admin of an Organisationseinheit holds every role there, and none elsewhere", () => {
    for (const rolle of ["sachbearbeitung", "kasse", "beteiligung", "admin"] as const) {
      expect(hatRolle(m, { oe: "lra-14625", rolle })).toBe(true);
    }
    expect(hatRolle(m, { oe: "gv-14612000", rolle: "admin" })).toBe(false);
    expect(oesMitRolle(m, "sachbearbeitung")).toEqual(["gv-14612000", "lra-14625"]);
    expect(oesMitRolle(m, "kasse")).toEqual(["lra-14625"]);
  });
});

describe("protokolliereZugriff", () => {
  it("appends to the audit log, which refuses changes", async () => {
    const m = await neuerMitarbeiter();
    await protokolliereZugriff(db, {
      mitarbeiterKontoId: m.kontoId,
      oeSchluessel: "gv-14612000",
      aktion: "nachricht-gesendet",
      gegenstand: "nachricht:1",
      jetzt: t0,
    });
    const rows = await db
      .select()
      .from(zugriffsprotokoll)
      .where(eq(zugriffsprotokoll.mitarbeiterKontoId, m.kontoId));
    expect(rows).toMatchObject([
      {
        oeSchluessel: "gv-14612000",
        aktion: "nachricht-gesendet",
        gegenstand: "nachricht:1",
        betroffenesKontoId: null,
        zeitpunkt: t0,
      },
    ]);
    await expect(db.execute(sql`delete from zugriffsprotokoll`)).rejects.toThrow();
  });
});
