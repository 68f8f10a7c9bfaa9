import { pruefeTagging, textAusPdf } from "@portal/beleg/testing";
import type { Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { abwaegung, abwaegungVerlauf, beitrag, MAX_ABWAEGUNG } from "../src/schema.ts";
import {
  abwaegungstabelle,
  abwaegungsverlauf,
  speichereAbwaegung,
} from "../src/services/abwaegung.ts";
import { DRESDEN, LEIPZIG, legeBeitragAn, legeVerfahrenAn, NAUGHTY } from "./verwaltung-hilfen.ts";

let db: Database;
let drop: () => Promise<void>;
let dresden: string;
let leipzig: string;
const sb = crypto.randomUUID();

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase(inject("adminUrl")));
  dresden = await legeVerfahrenAn(db, DRESDEN, "Bebauungsplan Nr. 3050 Dresden-Johannstadt");
  leipzig = await legeVerfahrenAn(db, LEIPZIG);
});
afterAll(() => drop());

describe("speichereAbwaegung", () => {
  it("saves a statement's weighing, replaces it, and keeps every version", async () => {
    const id = await legeBeitragAn(db, dresden);
    const erst = await speichereAbwaegung(db, {
      beitragId: id,
      gemeinden: [DRESDEN],
      eingabe: { text: "  Wird geprüft.  ", beschluss: "" },
      vonKontoId: sb,
      jetzt: new Date("2026-06-01T10:00:00Z"),
    });
    expect(erst).toEqual({ ok: true, text: "Wird geprüft.", beschluss: null });
    const dann = await speichereAbwaegung(db, {
      beitragId: id,
      gemeinden: [DRESDEN],
      eingabe: { text: "<b>Dem Hinweis wird gefolgt.</b>", beschluss: "beruecksichtigt" },
      vonKontoId: sb,
      jetzt: new Date("2026-06-02T10:00:00Z"),
    });
    expect(dann.ok).toBe(true);
    const [jetzt] = await db.select().from(abwaegung).where(eq(abwaegung.beitragId, id));
    expect(jetzt).toMatchObject({
      text: "<b>Dem Hinweis wird gefolgt.</b>",
      beschluss: "beruecksichtigt",
      bearbeitetVon: sb,
    });
    const verlauf = await abwaegungsverlauf(db, { beitragId: id, gemeinden: [DRESDEN] });
    expect(verlauf.map((v) => [v.text, v.beschluss])).toEqual([
      ["Wird geprüft.", null],
      ["<b>Dem Hinweis wird gefolgt.</b>", "beruecksichtigt"],
    ]);
    expect(await abwaegungsverlauf(db, { beitragId: id, gemeinden: [LEIPZIG] })).toEqual([]);
  });

  it("refuses another tenant's statement, a comment and an unknown id alike", async () => {
    const fremd = await legeBeitragAn(db, leipzig);
    const kommentar = await legeBeitragAn(db, dresden, { art: "kommentar" });
    const mit = (beitragId: string) =>
      speichereAbwaegung(db, {
        beitragId,
        gemeinden: [DRESDEN],
        eingabe: { text: "x", beschluss: "beruecksichtigt" },
        vonKontoId: sb,
      });
    expect(await mit(fremd)).toMatchObject({ ok: false, fehler: "nicht-gefunden" });
    expect(await mit(crypto.randomUUID())).toMatchObject({ ok: false, fehler: "nicht-gefunden" });
    expect(await mit("keine-uuid")).toMatchObject({ ok: false, fehler: "nicht-gefunden" });
    expect(await mit(kommentar)).toMatchObject({ ok: false, fehler: "keine-stellungnahme" });
    const [n] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(abwaegung)
      .where(sql`${abwaegung.beitragId} in (${fremd}, ${kommentar})`);
    expect(n?.n).toBe(0);
  });

  it("names the field of bad input, in German and English", async () => {
    const id = await legeBeitragAn(db, dresden);
    const r = await speichereAbwaegung(db, {
      beitragId: id,
      gemeinden: [DRESDEN],
      eingabe: { text: "ä".repeat(MAX_ABWAEGUNG + 1), beschluss: "angenommen" },
      vonKontoId: sb,
    });
    expect(r).toEqual({
      ok: false,
      fehler: "eingabe",
      felder: {
        text: {
          de: `Die Abwägung darf höchstens ${MAX_ABWAEGUNG} Zeichen lang sein.`,
          en: `The weighing may be at most ${MAX_ABWAEGUNG} characters long.`,
        },
        beschluss: {
          de: "Bitte wählen Sie einen Beschlussvorschlag aus der Liste.",
          en: "Please choose a proposed decision from the list.",
        },
      },
    });
    // Exactly the limit (in characters, not UTF-16 units) is fine.
    const genau = await speichereAbwaegung(db, {
      beitragId: id,
      gemeinden: [DRESDEN],
      eingabe: { text: "👍".repeat(MAX_ABWAEGUNG) },
      vonKontoId: sb,
    });
    expect(genau.ok).toBe(true);
  });

  it("keeps the history append-only; it goes only with its contribution", async () => {
    const id = await legeBeitragAn(db, dresden);
    await speichereAbwaegung(db, {
      beitragId: id,
      gemeinden: [DRESDEN],
      eingabe: { text: "a" },
      vonKontoId: sb,
    });
    await expect(
      db.update(abwaegungVerlauf).set({ text: "b" }).where(eq(abwaegungVerlauf.beitragId, id)),
    ).rejects.toThrow();
    await expect(
      db.delete(abwaegungVerlauf).where(eq(abwaegungVerlauf.beitragId, id)),
    ).rejects.toThrow();
    await db.delete(beitrag).where(eq(beitrag.id, id));
    const rest = await db.select().from(abwaegungVerlauf).where(eq(abwaegungVerlauf.beitragId, id));
    expect(rest).toEqual([]);
  });
});

/** Structure elements of a type, counted in the file (pdfkit writes them uncompressed). */
const strukturelemente = (pdf: Uint8Array, typ: string) =>
  Buffer.from(pdf)
    .toString("latin1")
    .match(new RegExp(`/S /${typ}\\b`, "g"))?.length ?? 0;

describe("abwaegungstabelle", () => {
  it("is null for another tenant's procedure", async () => {
    expect(
      await abwaegungstabelle(db, { verfahrenId: leipzig, gemeinden: [DRESDEN], lang: "de" }),
    ).toBeNull();
  });

  it("lists every statement in a tagged landscape table, long texts over pages", async () => {
    const v = await legeVerfahrenAn(db, DRESDEN, "Radverkehrskonzept Dresden 2035");
    const lang = "Sehr lange Stellungnahme zum Radverkehr. ".repeat(120).trim();
    const ids: string[] = [];
    for (const text of [...NAUGHTY, lang]) ids.push(await legeBeitragAn(db, v, { text }));
    ids.push(
      await legeBeitragAn(db, v, {
        text: "Leitungen der Stadtwerke beachten.",
        oeffentlich: false,
        phaseId: "phase-2",
        name: "DREWAG Netz GmbH",
      }),
    );
    // Neither a comment nor an unconfirmed statement is in the table.
    await legeBeitragAn(db, v, { art: "kommentar", text: "Kommentar ohne Abwägung" });
    await legeBeitragAn(db, v, { status: "unbestaetigt", text: "Unbestätigt" });
    await speichereAbwaegung(db, {
      beitragId: ids[0] as string,
      gemeinden: [DRESDEN],
      eingabe: { text: "Der Anregung wird gefolgt.", beschluss: "beruecksichtigt" },
      vonKontoId: sb,
    });
    await speichereAbwaegung(db, {
      beitragId: ids.at(-1) as string,
      gemeinden: [DRESDEN],
      eingabe: { text: "Hinweis aufgenommen.", beschluss: "zur-kenntnis-genommen" },
      vonKontoId: sb,
    });

    const r = await abwaegungstabelle(db, { verfahrenId: v, gemeinden: [DRESDEN], lang: "de" });
    expect(r?.zeilen).toBe(ids.length);
    const pdf = r?.inhalt ?? new Uint8Array();
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe("%PDF-");
    // The header row and one row per statement.
    expect(strukturelemente(pdf, "TR")).toBe(ids.length + 1);
    expect(strukturelemente(pdf, "TH")).toBe(5);
    const befund = await pruefeTagging(pdf);
    expect(befund).toMatchObject({ markiert: true, strukturbaum: true, sprache: "de-DE" });
    expect(befund.titel).toBe("Abwägungstabelle – Radverkehrskonzept Dresden 2035");
    expect(befund.rollen).toEqual(
      expect.arrayContaining(["Document", "H1", "Table", "TR", "TH", "TD"]),
    );
    expect(befund.ungetaggterText).toEqual([]);

    const { text, seiten } = await textAusPdf(pdf);
    expect(seiten).toBeGreaterThan(1);
    const flach = text.replace(/\s+/g, " ");
    expect(flach).toContain("Der Anregung wird gefolgt.");
    expect(flach).toContain("berücksichtigt");
    expect(flach).toContain("zur Kenntnis genommen");
    expect(flach).toContain("Institution: DREWAG Netz GmbH");
    expect(flach).toContain('=HYPERLINK("http://x","y")');
    expect(flach).toContain('<script>alert("x")</script>');
    expect(flach).not.toContain("Kommentar ohne Abwägung");
    expect(flach).not.toContain("Unbestätigt");
    // The long statement is there in full, over the page breaks: every word of it (the
    // running header and the other cells come between its parts in content order).
    for (const wort of ["Sehr", "lange", "Stellungnahme", "zum", "Radverkehr."]) {
      expect(text.split(wort).length - 1).toBeGreaterThanOrEqual(120);
    }
    expect(text.split("Radverkehr.").length - 1).toBe(120);
  });

  it("says so when there are no statements, in English too", async () => {
    const v = await legeVerfahrenAn(db, DRESDEN, "Leer");
    const r = await abwaegungstabelle(db, { verfahrenId: v, gemeinden: [DRESDEN], lang: "en" });
    expect(r?.zeilen).toBe(0);
    const { text } = await textAusPdf(r?.inhalt ?? new Uint8Array());
    expect(text).toContain("No statements have been received for this procedure.");
    expect((await pruefeTagging(r?.inhalt ?? new Uint8Array())).sprache).toBe("en-GB");
  });
});
