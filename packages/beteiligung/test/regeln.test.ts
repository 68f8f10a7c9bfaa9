import { describe, expect, it } from "vitest";
import { darf, genuegt, IDENTITAETEN, status, verfahrensregelnSchema } from "../src/types.ts";
import {
  BEGINN,
  ENDE,
  institutionenPhase,
  MITTE,
  oeffentlichePhase,
  regeln,
  SPAETER,
  WECHSEL,
} from "./hilfen.ts";

const ms = (d: Date, delta: number) => new Date(d.getTime() + delta);

describe("status", () => {
  const r = regeln();
  it("is announced before the first phase, active from its beginning, ended at the last one's end", () => {
    expect(status(r, ms(BEGINN, -1))).toBe("ankuendigung");
    expect(status(r, BEGINN)).toBe("aktiv");
    expect(status(r, MITTE)).toBe("aktiv");
    expect(status(r, WECHSEL)).toBe("aktiv");
    expect(status(r, ms(ENDE, -1))).toBe("aktiv");
    expect(status(r, ENDE)).toBe("beendet");
  });

  it("stays active in a gap between phases, and is announced without phases", () => {
    const luecke = regeln({
      phasen: [oeffentlichePhase({ ende: new Date("2026-03-10T00:00:00Z") }), institutionenPhase()],
    });
    expect(status(luecke, MITTE)).toBe("aktiv");
    expect(darf(luecke, { aktion: "kommentieren", jetzt: MITTE, identitaet: "eid" })).toMatchObject(
      {
        ok: false,
        grund: "keine-offene-phase",
      },
    );
    expect(status(regeln({ phasen: [] }), MITTE)).toBe("ankuendigung");
  });

  it("is the archive once editors archived it, whatever the date, and nothing is open then", () => {
    const archiv = regeln({ archiviert: true });
    expect(status(archiv, MITTE)).toBe("archiv");
    expect(darf(archiv, { aktion: "lesen", jetzt: MITTE, identitaet: "anonym" })).toMatchObject({
      ok: false,
      grund: "keine-offene-phase",
    });
  });
});

describe("darf", () => {
  const r = regeln();

  it("refuses before, at the end of and after the phases, with a German and English message", () => {
    for (const jetzt of [ms(BEGINN, -1), ENDE, ms(ENDE, 86_400_000)]) {
      const antwort = darf(r, { aktion: "kommentieren", jetzt, identitaet: "eid" });
      expect(antwort).toMatchObject({ ok: false, grund: "keine-offene-phase" });
      if (antwort.ok) throw new Error("open");
      expect(antwort.meldung.de).toMatch(/^Dieses Verfahren nimmt derzeit keine Beiträge an\./);
      expect(antwort.meldung.en).toMatch(/not accepting contributions/);
    }
  });

  it("opens a phase at its beginning (inclusive) and closes it at its end (exclusive)", () => {
    expect(darf(r, { aktion: "kommentieren", jetzt: BEGINN, identitaet: "anonym" })).toMatchObject({
      ok: true,
      phase: { id: "auslegung" },
    });
    expect(
      darf(r, { aktion: "kommentieren", jetzt: ms(WECHSEL, -1), identitaet: "anonym" }),
    ).toMatchObject({ ok: true, phase: { id: "auslegung" } });
    // At the change the public phase is over: commenting is not part of the institutions' phase.
    expect(darf(r, { aktion: "kommentieren", jetzt: WECHSEL, identitaet: "anonym" })).toMatchObject(
      {
        ok: false,
        grund: "nicht-erlaubt",
      },
    );
    expect(
      darf(r, { aktion: "stellungnahme", jetzt: WECHSEL, identitaet: "konto", institution: true }),
    ).toMatchObject({ ok: true, phase: { id: "toeb" } });
  });

  it("refuses an action the open phase does not allow", () => {
    const antwort = darf(r, { aktion: "umfrage", jetzt: MITTE, identitaet: "eid" });
    expect(antwort).toMatchObject({ ok: false, grund: "nicht-erlaubt" });
    expect(darf(r, { aktion: "stellungnahme", jetzt: MITTE, identitaet: "eid" })).toMatchObject({
      ok: false,
      grund: "nicht-erlaubt",
    });
  });

  it("asks for at least the identity the phase names: anonym < email < konto < eid", () => {
    expect(darf(r, { aktion: "bewerten", jetzt: MITTE, identitaet: "anonym" })).toMatchObject({
      ok: false,
      grund: "identitaet",
      meldung: { de: expect.stringContaining("E-Mail"), en: expect.stringContaining("e-mail") },
    });
    for (const identitaet of ["email", "konto", "eid"] as const) {
      expect(darf(r, { aktion: "bewerten", jetzt: MITTE, identitaet }).ok).toBe(true);
    }
    // An action the phase names no identity for needs none.
    expect(darf(r, { aktion: "kommentieren", jetzt: MITTE, identitaet: "anonym" }).ok).toBe(true);

    const eid = regeln({ phasen: [oeffentlichePhase({ identitaet: { kommentieren: "eid" } })] });
    for (const identitaet of ["anonym", "email", "konto"] as const) {
      expect(darf(eid, { aktion: "kommentieren", jetzt: MITTE, identitaet })).toMatchObject({
        ok: false,
        grund: "identitaet",
        meldung: { de: expect.stringContaining("Online-Ausweis") },
      });
    }
    expect(darf(eid, { aktion: "kommentieren", jetzt: MITTE, identitaet: "eid" }).ok).toBe(true);
  });

  it("orders identities strictly", () => {
    for (const [i, hat] of IDENTITAETEN.entries()) {
      for (const [j, braucht] of IDENTITAETEN.entries()) {
        expect(genuegt(hat, braucht)).toBe(i >= j);
      }
    }
  });

  it("lets only institutions act in the institutions' phase; reading stays public", () => {
    expect(darf(r, { aktion: "stellungnahme", jetzt: SPAETER, identitaet: "eid" })).toMatchObject({
      ok: false,
      grund: "nur-institutionen",
      meldung: { de: expect.stringContaining("Institutionen") },
    });
    expect(
      darf(r, { aktion: "stellungnahme", jetzt: SPAETER, identitaet: "email", institution: true }),
    ).toMatchObject({ ok: false, grund: "identitaet" });
    expect(
      darf(r, { aktion: "stellungnahme", jetzt: SPAETER, identitaet: "konto", institution: true }),
    ).toMatchObject({ ok: true, phase: { id: "toeb", publikum: "institutionen" } });
    expect(darf(r, { aktion: "lesen", jetzt: SPAETER, identitaet: "anonym" }).ok).toBe(true);
  });

  it("takes the first open phase that allows the action when phases overlap", () => {
    const ueberlappend = regeln({
      phasen: [
        oeffentlichePhase({ id: "a", erlaubt: ["lesen"] }),
        oeffentlichePhase({ id: "b", erlaubt: ["lesen", "kommentieren"] }),
      ],
    });
    expect(
      darf(ueberlappend, { aktion: "kommentieren", jetzt: MITTE, identitaet: "anonym" }),
    ).toMatchObject({ ok: true, phase: { id: "b" } });
  });
});

describe("Verfahrensregeln as data", () => {
  it("default to 3 reports and not archived, and refuse a phase that ends before it begins", () => {
    const { meldeschwelle: _, archiviert: __, ...ohne } = regeln();
    const geparst = verfahrensregelnSchema.parse(ohne);
    expect(geparst.meldeschwelle).toBe(3);
    expect(geparst.archiviert).toBe(false);
    expect(
      verfahrensregelnSchema.safeParse({
        ...ohne,
        phasen: [oeffentlichePhase({ beginn: WECHSEL, ende: BEGINN })],
      }).success,
    ).toBe(false);
  });
});
