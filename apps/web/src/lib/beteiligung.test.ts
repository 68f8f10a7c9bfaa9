import { regelnVon } from "@portal/beteiligung/server";
import type { Phase, Verfahrensregeln } from "@portal/beteiligung/types";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { de } from "@/i18n/beteiligung/de";
import {
  dateigroesse,
  gebietsMitte,
  letzterTag,
  moeglichkeit,
  sperrText,
  tagInSachsen,
} from "./beteiligung";
import { leseAdresse, signiereAdresse } from "./beteiligung-besucher";

const phase = (p: Partial<Phase> & Pick<Phase, "beginn" | "ende">): Phase => ({
  id: "phase-1",
  titel: "Online-Dialog",
  publikum: "oeffentlich",
  erlaubt: ["lesen", "kommentieren", "bewerten"],
  identitaet: { kommentieren: "email", bewerten: "email" },
  ...p,
});

const regeln = (phasen: Phase[], archiviert = false): Verfahrensregeln => ({
  verfahrenId: "v1",
  mandantId: "14612000",
  moderation: "nachtraeglich",
  meldeschwelle: 3,
  phasen,
  archiviert,
});

// Phases begin and end at midnight in Saxony, as editors enter them (CET in winter).
const dialog = phase({
  beginn: new Date("2026-10-31T23:00:00Z"),
  ende: new Date("2027-06-30T22:00:00Z"),
});
const IM_DIALOG = new Date("2026-12-07T12:00:00Z");

describe("what a procedure's page offers for an action", () => {
  it("offers the form in an open phase, saying which identity it asks for", () => {
    expect(moeglichkeit(regeln([dialog]), "kommentieren", "email", IM_DIALOG)).toEqual({
      art: "offen",
      braucht: "email",
    });
    const anonym = phase({ ...dialog, identitaet: {} });
    expect(moeglichkeit(regeln([anonym]), "kommentieren", "email", IM_DIALOG)).toEqual({
      art: "offen",
      braucht: "anonym",
    });
  });

  it("asks to sign in where the phase needs an account or the eID", () => {
    const konto = phase({ ...dialog, identitaet: { kommentieren: "konto" } });
    expect(moeglichkeit(regeln([konto]), "kommentieren", "email", IM_DIALOG)).toEqual({
      art: "anmelden",
      braucht: "konto",
    });
    expect(moeglichkeit(regeln([konto]), "kommentieren", "konto", IM_DIALOG).art).toBe("offen");
    const eid = phase({ ...dialog, identitaet: { kommentieren: "eid" } });
    expect(moeglichkeit(regeln([eid]), "kommentieren", "konto", IM_DIALOG)).toEqual({
      art: "anmelden",
      braucht: "eid",
    });
    // Rating takes the identity the visitor has: without a confirmed address, an address is asked for.
    expect(moeglichkeit(regeln([dialog]), "bewerten", "anonym", IM_DIALOG)).toEqual({
      art: "anmelden",
      braucht: "email",
    });
  });

  it("says from when, before the phase that allows it, and that it has ended after the last", () => {
    const vorher = new Date("2026-10-15T12:00:00Z");
    const ab = moeglichkeit(regeln([dialog]), "kommentieren", "email", vorher);
    expect(ab).toEqual({ art: "ab", datum: dialog.beginn });
    expect(sperrText(ab, "Kommentieren", de, (d) => tagInSachsen(d))).toBe(
      "Kommentieren ist ab 2026-11-01 möglich.",
    );
    const danach = new Date("2027-06-30T22:00:00Z"); // the end is exclusive
    expect(moeglichkeit(regeln([dialog]), "kommentieren", "email", danach)).toEqual({
      art: "beendet",
    });
    expect(moeglichkeit(regeln([dialog], true), "kommentieren", "email", IM_DIALOG)).toEqual({
      art: "archiv",
    });
  });

  it("names a later phase that allows what the current one does not", () => {
    const auslegung = phase({
      beginn: new Date("2026-11-14T23:00:00Z"),
      ende: new Date("2027-01-31T23:00:00Z"),
      erlaubt: ["lesen", "stellungnahme"],
      identitaet: { stellungnahme: "konto" },
    });
    const dialogDanach = phase({
      id: "phase-2",
      beginn: new Date("2027-01-31T23:00:00Z"),
      ende: new Date("2027-02-28T23:00:00Z"),
    });
    const r = regeln([auslegung, dialogDanach]);
    const m = moeglichkeit(r, "kommentieren", "email", IM_DIALOG);
    expect(m).toEqual({ art: "ab", datum: dialogDanach.beginn });
    expect(sperrText(m, "Kommentieren", de, () => "1. Februar 2027")).toBe(
      "Kommentieren ist ab 1. Februar 2027 möglich.",
    );
    expect(moeglichkeit(r, "kartenpunkt", "email", IM_DIALOG)).toEqual({
      art: "nicht-vorgesehen",
    });
  });

  it("says when only institutions may contribute, and never offers a form then", () => {
    const toeb = phase({
      ...dialog,
      publikum: "institutionen",
      erlaubt: ["lesen", "stellungnahme"],
      identitaet: { stellungnahme: "konto" },
    });
    const m = moeglichkeit(regeln([toeb]), "stellungnahme", "eid", IM_DIALOG);
    expect(m).toEqual({ art: "institutionen" });
    expect(sperrText(m, "x", de, String)).toBe(de.gesperrt.institutionen);
  });

  it("reads the rules of a procedure as the read model keeps them", () => {
    const r = regelnVon({
      documentId: "d1",
      slug: "s",
      gemeindeAgs: "14612000",
      titel: "T",
      art: "dialog",
      kurzbeschreibung: "",
      beschreibung: null,
      dokumente: [],
      gebiet: null,
      moderation: "nachtraeglich",
      meldeschwelle: 3,
      archiviert: false,
      phasen: [
        {
          id: "phase-1",
          titel: "Online-Dialog",
          beginn: "2026-10-31T23:00:00.000Z",
          ende: "2027-06-30T22:00:00.000Z",
          publikum: "oeffentlich",
          kommentieren: "email",
          bewerten: "nicht",
          kartenpunkt: "anonym",
          stellungnahme: "nicht",
          umfrage: "nicht",
        },
      ],
      fragen: [],
      aktualisiert: new Date(),
    });
    expect(moeglichkeit(r, "kartenpunkt", "email", IM_DIALOG)).toEqual({
      art: "offen",
      braucht: "anonym",
    });
    expect(moeglichkeit(r, "bewerten", "konto", IM_DIALOG)).toEqual({ art: "nicht-vorgesehen" });
  });
});

describe("dates of phases in Saxony", () => {
  it("shows the first and the last day a phase is open", () => {
    expect(tagInSachsen("2026-10-31T23:00:00.000Z")).toBe("2026-11-01");
    expect(letzterTag("2027-06-30T22:00:00.000Z")).toBe("2027-06-30");
    expect(letzterTag("2027-01-31T23:00:00.000Z")).toBe("2027-01-31");
  });
});

describe("a procedure's area", () => {
  it("has its middle at the middle of its bounding box", () => {
    expect(
      gebietsMitte({
        type: "Polygon",
        coordinates: [
          [
            [13.68, 51.02],
            [13.82, 51.02],
            [13.82, 51.085],
            [13.68, 51.085],
            [13.68, 51.02],
          ],
        ],
      }),
    ).toEqual({ lat: 51.0525, lon: 13.75 });
    expect(
      gebietsMitte({
        type: "MultiPolygon",
        coordinates: [
          [
            [
              [12, 51],
              [12.2, 51],
              [12, 51.2],
              [12, 51],
            ],
          ],
          [
            [
              [14, 50.5],
              [14.2, 50.5],
              [14, 50.7],
              [14, 50.5],
            ],
          ],
        ],
      }),
    ).toEqual({ lat: 50.85, lon: 13.1 });
    expect(gebietsMitte({ type: "Polygon", coordinates: [] })).toBeNull();
  });
});

describe("file sizes", () => {
  it("reads as people say them", () => {
    expect(dateigroesse(850, "de")).toBe("850 kB");
    expect(dateigroesse(0.2, "de")).toBe("1 kB");
    expect(dateigroesse(2412.5, "de")).toBe("2,4 MB");
    expect(dateigroesse(2412.5, "en")).toBe("2.4 MB");
  });
});

describe("the confirmed address of a browser", () => {
  beforeEach(() => vi.stubEnv("NEXTAUTH_SECRET", "x".repeat(40)));
  afterEach(() => vi.unstubAllEnvs());

  const morgen = () => new Date(Date.now() + 24 * 60 * 60 * 1000);

  it("is read back as signed", () => {
    expect(leseAdresse(signiereAdresse("a.b@example.org", morgen()))).toBe("a.b@example.org");
  });

  it("does not count when changed, expired, unsigned or signed under another secret", () => {
    const echt = signiereAdresse("a@example.org", morgen());
    const [wert, sig] = echt.split(".");
    const anders = Buffer.from(`${morgen().getTime()}\nb@example.org`).toString("base64url");
    expect(leseAdresse(`${anders}.${sig}`)).toBeNull();
    expect(leseAdresse(wert)).toBeNull();
    expect(leseAdresse(`${echt}.x`)).toBeNull();
    expect(leseAdresse(signiereAdresse("a@example.org", new Date(Date.now() - 1000)))).toBeNull();
    expect(leseAdresse(undefined)).toBeNull();
    vi.stubEnv("NEXTAUTH_SECRET", "y".repeat(40));
    expect(leseAdresse(echt)).toBeNull();
  });
});
