import type { Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { eq } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  anhang,
  beitrag,
  bewertung,
  meldung,
  mitzeichnung,
  umfrageAntwort,
  verfahren,
} from "../src/schema.ts";
import { speichereAbwaegung } from "../src/services/abwaegung.ts";
import {
  exportiereBeitraege,
  neutralisiere,
  verwaltetesVerfahren,
  verwalteteVerfahren,
  verwaltungsbeitrag,
  verwaltungsliste,
  zusatzangaben,
} from "../src/services/export.ts";
import { moderiere } from "../src/services/moderation.ts";
import { exportiereUmfrage } from "../src/services/umfrage.ts";
import { DRESDEN, LEIPZIG, legeBeitragAn, legeVerfahrenAn, NAUGHTY } from "./verwaltung-hilfen.ts";

let db: Database;
let drop: () => Promise<void>;
let dresden: string;
let leipzig: string;
const ids: Record<string, string> = {};
const mitarbeiterin = crypto.randomUUID();

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase(inject("adminUrl")));
  dresden = await legeVerfahrenAn(db, DRESDEN, "Bebauungsplan Johannstadt");
  leipzig = await legeVerfahrenAn(db, LEIPZIG, "Spielplätze");
  const t = (s: number) => new Date(Date.UTC(2026, 2, 10, 10, 0, s));
  ids.kommentar = await legeBeitragAn(db, dresden, {
    art: "kommentar",
    text: "Mehr Bäume an der Pfotenhauerstraße",
    status: "veroeffentlicht",
    kontoId: null,
    email: "erika@example.org",
    erstellt: t(1),
  });
  ids.anonym = await legeBeitragAn(db, dresden, {
    art: "kommentar",
    text: "Anonymer Hinweis",
    status: "verborgen",
    kontoId: null,
    erstellt: t(2),
  });
  for (const [i, text] of NAUGHTY.entries()) {
    ids[`naughty${i}`] = await legeBeitragAn(db, dresden, {
      text,
      name: text,
      erstellt: t(10 + i),
    });
  }
  ids.institution = await legeBeitragAn(db, dresden, {
    text: "Die Leitungstrasse ist zu beachten.",
    phaseId: "phase-2",
    oeffentlich: false,
    name: "SachsenNetze GmbH",
    erstellt: t(40),
  });
  await db
    .update(beitrag)
    .set({ institutionId: crypto.randomUUID(), institutionName: "SachsenNetze GmbH (Netzbetrieb)" })
    .where(eq(beitrag.id, ids.institution as string));
  ids.leipzig = await legeBeitragAn(db, leipzig, { text: "Leipziger Stellungnahme" });
  const datei = (beitragId: string, name: string, s: number) => ({
    beitragId,
    name,
    mime: "application/pdf",
    groesse: 1234,
    ablageSchluessel: `beteiligung/${beitragId}/${crypto.randomUUID()}`,
    sha256: "0".repeat(64),
    erstellt: t(50 + s),
  });
  await db
    .insert(anhang)
    .values([
      datei(ids.institution as string, "Leitungsplan.pdf", 1),
      datei(ids.institution as string, '=Anlage 2; "Trasse".pdf', 2),
      datei(ids.naughty0 as string, "<script>.pdf", 3),
      datei(ids.leipzig as string, "Leipzig.pdf", 4),
    ]);
  await db.insert(bewertung).values([
    { beitragId: ids.kommentar as string, person: "konto:a", wert: "zustimmung" },
    { beitragId: ids.kommentar as string, person: "konto:b", wert: "zustimmung" },
    { beitragId: ids.kommentar as string, person: "konto:c", wert: "ablehnung" },
  ]);
  await db.insert(meldung).values({ beitragId: ids.anonym as string, person: "konto:a" });
});
afterAll(() => drop());

describe("the procedures of a staff member's municipalities", () => {
  it("lists only their own with counts, and finds no other's by slug", async () => {
    const liste = await verwalteteVerfahren(db, { gemeinden: [DRESDEN] });
    expect(liste.map((v) => v.documentId)).toEqual([dresden]);
    expect(liste[0]?.zahlen).toEqual({
      gesamt: 2 + NAUGHTY.length + 1,
      ausstehend: NAUGHTY.length + 1,
      verborgen: 1,
      gemeldet: 1,
    });
    expect(await verwaltetesVerfahren(db, { slug: leipzig, gemeinden: [DRESDEN] })).toBeNull();
    expect(await verwaltetesVerfahren(db, { slug: dresden, gemeinden: [] })).toBeNull();
    expect((await verwaltetesVerfahren(db, { slug: dresden, gemeinden: [DRESDEN] }))?.titel).toBe(
      "Bebauungsplan Johannstadt",
    );
  });
});

describe("verwaltungsliste", () => {
  it("is null for another tenant's procedure", async () => {
    expect(await verwaltungsliste(db, { verfahrenId: leipzig, gemeinden: [DRESDEN] })).toBeNull();
  });

  it("shows newest first with numbers, submitter kind, ratings and reports", async () => {
    const liste = await verwaltungsliste(db, { verfahrenId: dresden, gemeinden: [DRESDEN] });
    expect(liste?.gesamt).toBe(NAUGHTY.length + 3);
    const erste = liste?.beitraege[0];
    expect(erste?.id).toBe(ids.institution);
    expect(erste?.einreicher).toBe("institution");
    expect(erste?.nummer).toBe(NAUGHTY.length + 3);
    const kommentar = liste?.beitraege.find((b) => b.id === ids.kommentar);
    expect(kommentar).toMatchObject({
      nummer: 1,
      einreicher: "email",
      bewertungen: { zustimmung: 2, neutral: 0, ablehnung: 1 },
      meldungen: 0,
    });
    expect(liste?.beitraege.find((b) => b.id === ids.anonym)).toMatchObject({
      einreicher: "anonym",
      meldungen: 1,
    });
    expect(liste?.beitraege.find((b) => b.id === ids.naughty0)?.einreicher).toBe("konto");
  });

  it("filters by phase, kind, state, words and reports", async () => {
    const mit = async (filter: object) =>
      (
        await verwaltungsliste(db, { verfahrenId: dresden, gemeinden: [DRESDEN], filter })
      )?.beitraege
        .map((b) => b.id)
        .sort();
    expect(await mit({ phaseId: "phase-2" })).toEqual([ids.institution]);
    expect(await mit({ art: "kommentar" })).toEqual([ids.kommentar, ids.anonym].sort());
    expect(await mit({ status: "verborgen" })).toEqual([ids.anonym]);
    expect(await mit({ gemeldet: true })).toEqual([ids.anonym]);
    expect(await mit({ suche: "pfotenhauer" })).toEqual([ids.kommentar]);
    // % and _ are no wildcards; the name is searched too.
    expect(await mit({ suche: "%" })).toEqual([]);
    expect(await mit({ suche: "SachsenNetze" })).toEqual([ids.institution]);
    expect(await mit({ suche: "<script>" })).toEqual([ids.naughty6]);
  });

  it("pages by 25 and keeps a page number in range", async () => {
    for (let i = 0; i < 20; i++) await legeBeitragAn(db, dresden, { text: `Füller ${i}` });
    const zwei = await verwaltungsliste(db, {
      verfahrenId: dresden,
      gemeinden: [DRESDEN],
      seite: 2,
    });
    expect(zwei?.seite).toBe(2);
    expect(zwei?.beitraege).toHaveLength(NAUGHTY.length + 3 + 20 - 25);
    const weit = await verwaltungsliste(db, {
      verfahrenId: dresden,
      gemeinden: [DRESDEN],
      seite: 99,
    });
    expect(weit?.seite).toBe(2);
  });
});

describe("verwaltungsbeitrag", () => {
  it("shows one contribution with its moderation trail, only of the own procedures", async () => {
    const r = await moderiere(db, {
      beitragId: ids.anonym as string,
      nach: "veroeffentlicht",
      vonKontoId: mitarbeiterin,
      notiz: "geprüft <b>ok</b>",
    });
    expect(r.ok).toBe(true);
    const gefunden = await verwaltungsbeitrag(db, {
      verfahrenId: dresden,
      beitragId: ids.anonym as string,
      gemeinden: [DRESDEN],
    });
    expect(gefunden?.beitrag.nummer).toBe(2);
    expect(gefunden?.verlauf.map((v) => [v.von, v.nach, v.notiz, v.vonKontoId])).toEqual([
      ["verborgen", "veroeffentlicht", "geprüft <b>ok</b>", mitarbeiterin],
    ]);
    const params = { beitragId: ids.leipzig as string, gemeinden: [DRESDEN] };
    expect(await verwaltungsbeitrag(db, { ...params, verfahrenId: leipzig })).toBeNull();
    expect(await verwaltungsbeitrag(db, { ...params, verfahrenId: dresden })).toBeNull();
    expect(
      await verwaltungsbeitrag(db, { verfahrenId: dresden, beitragId: "x", gemeinden: [DRESDEN] }),
    ).toBeNull();
  });
});

describe("the submitter on the staff's page of one statement", () => {
  it("gives name, address, consent and co-signatures there, and nothing in the list", async () => {
    const id = await legeBeitragAn(db, dresden, {
      text: "Mit Anschrift",
      status: "veroeffentlicht",
    });
    const um = new Date(Date.UTC(2026, 2, 11, 9, 30));
    await db
      .update(beitrag)
      .set({
        einreicherName: "Erika <b>Muster</b>",
        einreicherStrasse: "Pfotenhauerstraße 1",
        einreicherPlz: "01307",
        einreicherOrt: "Dresden",
        einwilligungUm: um,
        einwilligungFassung: "2026-12-01",
      })
      .where(eq(beitrag.id, id));
    await db.insert(mitzeichnung).values([
      { beitragId: id, person: "konto:x", name: null },
      { beitragId: id, person: "konto:y", name: "Max" },
    ]);
    const eins = await verwaltungsbeitrag(db, {
      verfahrenId: dresden,
      beitragId: id,
      gemeinden: [DRESDEN],
    });
    expect(eins?.einreichung).toEqual({
      name: "Erika <b>Muster</b>",
      strasse: "Pfotenhauerstraße 1",
      plz: "01307",
      ort: "Dresden",
      einwilligungUm: um,
      einwilligungFassung: "2026-12-01",
    });
    expect(eins?.mitzeichnungen).toBe(2);
    const ohne = await verwaltungsbeitrag(db, {
      verfahrenId: dresden,
      beitragId: ids.kommentar as string,
      gemeinden: [DRESDEN],
    });
    expect(ohne?.einreichung.name).toBeNull();
    expect(ohne?.mitzeichnungen).toBe(0);
    const liste = await verwaltungsliste(db, {
      verfahrenId: dresden,
      gemeinden: [DRESDEN],
      filter: { suche: "Mit Anschrift" },
    });
    expect(JSON.stringify(liste)).not.toContain("Pfotenhauerstraße 1");
    const csv = await exportiereBeitraege(db, {
      verfahrenId: dresden,
      gemeinden: [DRESDEN],
      format: "csv",
      lang: "de",
    });
    expect(new TextDecoder().decode(csv?.inhalt)).not.toContain("Pfotenhauerstraße 1");
    await db.delete(beitrag).where(eq(beitrag.id, id));
  });
});

describe("exportiereUmfrage", () => {
  it("writes one row per answer set and one column per question, formulas neutralised", async () => {
    const id = await legeVerfahrenAn(db, LEIPZIG, "Umfrage Spielplätze");
    await db
      .update(verfahren)
      .set({
        fragen: [
          { id: "f-a", frage: "Wie oft?", art: "einfach", optionen: ["Oft", "Nie"] },
          { id: "f-b", frage: "Was fehlt?", art: "mehrfach", optionen: ["Schatten", "Bänke"] },
          { id: "f-c", frage: "Sonst noch etwas?", art: "text", optionen: [] },
        ],
      })
      .where(eq(verfahren.documentId, id));
    const t = (m: number) => new Date(Date.UTC(2026, 2, 12, 10, m));
    await db.insert(umfrageAntwort).values([
      {
        verfahrenId: id,
        phaseId: "phase-1",
        person: null,
        antworten: { "f-a": "Oft", "f-b": ["Schatten", "Bänke"], "f-c": '=HYPERLINK("x");\n2' },
        erstellt: t(1),
      },
      {
        verfahrenId: id,
        phaseId: "phase-1",
        person: null,
        antworten: { "f-a": "Nie", alt: "weg" },
        erstellt: t(2),
      },
    ]);
    expect(
      await exportiereUmfrage(db, { verfahrenId: id, gemeinden: [DRESDEN], lang: "de" }),
    ).toBeNull();
    const r = await exportiereUmfrage(db, { verfahrenId: id, gemeinden: [LEIPZIG], lang: "de" });
    expect(r?.zeilen).toBe(2);
    const csv = new TextDecoder("utf-8", { ignoreBOM: true }).decode(r?.inhalt);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(liesCsv(csv.slice(1))).toEqual([
      ["Nr.", "Eingegangen", "Wie oft?", "Was fehlt?", "Sonst noch etwas?"],
      ["1", "2026-03-12 11:01", "Oft", "Schatten | Bänke", `'=HYPERLINK("x");\n2`],
      ["2", "2026-03-12 11:02", "Nie", "", ""],
    ]);
    const en = await exportiereUmfrage(db, { verfahrenId: id, gemeinden: [LEIPZIG], lang: "en" });
    expect(new TextDecoder().decode(en?.inhalt)).toContain("No.;Received;");
  });
});

describe("zusatzangaben", () => {
  it("reads the institution and the attachments' names of the given rows only", async () => {
    const extras = await zusatzangaben(db, {
      beitragIds: [ids.institution, ids.kommentar, ids.naughty0] as string[],
    });
    expect(extras.get(ids.institution as string)).toEqual({
      institution: "SachsenNetze GmbH (Netzbetrieb)",
      anlagen: ["Leitungsplan.pdf", '=Anlage 2; "Trasse".pdf'],
    });
    expect(extras.get(ids.kommentar as string)).toEqual({ institution: null, anlagen: [] });
    expect(extras.get(ids.naughty0 as string)?.anlagen).toEqual(["<script>.pdf"]);
    // The Leipzig statement was not asked for.
    expect(extras.size).toBe(3);
    expect((await zusatzangaben(db, { beitragIds: [] })).size).toBe(0);
  });

  it("comes with the list and one contribution", async () => {
    const liste = await verwaltungsliste(db, { verfahrenId: dresden, gemeinden: [DRESDEN] });
    expect(liste?.beitraege.find((b) => b.id === ids.institution)).toMatchObject({
      institution: "SachsenNetze GmbH (Netzbetrieb)",
      anlagen: ["Leitungsplan.pdf", '=Anlage 2; "Trasse".pdf'],
    });
    const eins = await verwaltungsbeitrag(db, {
      verfahrenId: dresden,
      beitragId: ids.naughty0 as string,
      gemeinden: [DRESDEN],
    });
    expect(eins?.beitrag.anlagen).toEqual(["<script>.pdf"]);
    expect(eins?.beitrag.institution).toBeNull();
  });
});

/** Splits CSV text as RFC 4180 reads it (";" fields, quoted fields may hold anything). */
function liesCsv(csv: string): string[][] {
  const zeilen: string[][] = [];
  let feld = "";
  let zeile: string[] = [];
  let inQuotes = false;
  for (let i = 0; i < csv.length; i++) {
    const z = csv[i];
    if (inQuotes) {
      if (z === '"' && csv[i + 1] === '"') {
        feld += '"';
        i++;
      } else if (z === '"') inQuotes = false;
      else feld += z;
    } else if (z === '"') inQuotes = true;
    else if (z === ";") {
      zeile.push(feld);
      feld = "";
    } else if (z === "\r" && csv[i + 1] === "\n") {
      zeile.push(feld);
      zeilen.push(zeile);
      zeile = [];
      feld = "";
      i++;
    } else feld += z;
  }
  return zeilen;
}

describe("exportiereBeitraege", () => {
  it("refuses another tenant's procedure", async () => {
    for (const format of ["csv", "xlsx"] as const) {
      expect(
        await exportiereBeitraege(db, {
          verfahrenId: leipzig,
          gemeinden: [DRESDEN],
          format,
          lang: "de",
        }),
      ).toBeNull();
    }
  });

  it("writes CSV for German Excel with every text, formulas neutralised", async () => {
    await speichereAbwaegung(db, {
      beitragId: ids.institution as string,
      gemeinden: [DRESDEN],
      eingabe: { text: "=1+1 wird geprüft", beschluss: "teilweise-beruecksichtigt" },
      vonKontoId: mitarbeiterin,
    });
    const r = await exportiereBeitraege(db, {
      verfahrenId: dresden,
      gemeinden: [DRESDEN],
      format: "csv",
      lang: "de",
    });
    const csv = new TextDecoder("utf-8", { ignoreBOM: true }).decode(r?.inhalt);
    expect(csv.startsWith("\uFEFFNr.;ID;Art;")).toBe(true);
    const [kopf, ...zeilen] = liesCsv(csv.slice(1));
    expect(zeilen).toHaveLength(r?.zeilen ?? -1);
    expect(zeilen.some((z) => z.includes(ids.leipzig as string))).toBe(false);
    const spalte = (name: string) => kopf?.indexOf(name) ?? -1;
    for (const [i, text] of NAUGHTY.entries()) {
      const zeile = zeilen.find((z) => z[spalte("ID")] === ids[`naughty${i}`]);
      expect(zeile?.[spalte("Text")]).toBe(neutralisiere(text));
      expect(zeile?.[spalte("Name")]).toBe(neutralisiere(text));
    }
    const inst = zeilen.find((z) => z[spalte("ID")] === ids.institution);
    expect(inst?.[spalte("Einreichende")]).toBe("Institution");
    expect(inst?.[spalte("Öffentlich")]).toBe("nein");
    expect(inst?.[spalte("Phase")]).toBe("Träger öffentlicher Belange");
    expect(inst?.[spalte("Abwägung")]).toBe("'=1+1 wird geprüft");
    expect(inst?.[spalte("Beschluss")]).toBe("teilweise berücksichtigt");
    expect(inst?.[spalte("Institution")]).toBe("SachsenNetze GmbH (Netzbetrieb)");
    expect(inst?.[spalte("Anlagen")]).toBe('Leitungsplan.pdf, =Anlage 2; "Trasse".pdf');
    expect(zeilen.find((z) => z[spalte("ID")] === ids.kommentar)?.[spalte("Anlagen")]).toBe("");
    const kommentar = zeilen.find((z) => z[spalte("ID")] === ids.kommentar);
    expect(kommentar?.[spalte("Zustimmung")]).toBe("2");
    expect(kommentar?.[spalte("Eingegangen")]).toBe("2026-03-10 11:00");
    // No address leaves the portal in an export.
    expect(csv).not.toContain("erika@example.org");
  });

  it("writes XLSX whose cells read back verbatim as text, with no formula", async () => {
    const r = await exportiereBeitraege(db, {
      verfahrenId: dresden,
      gemeinden: [DRESDEN],
      format: "xlsx",
      lang: "en",
    });
    const teile = unzipSync(r?.inhalt ?? new Uint8Array());
    const blatt = strFromU8(teile["xl/worksheets/sheet1.xml"] ?? new Uint8Array());
    expect(blatt).not.toMatch(/<f[ >]/);
    const texte = [...blatt.matchAll(/<t xml:space="preserve">(.*?)<\/t>/gs)].map((m) =>
      (m[1] ?? "")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, "&"),
    );
    for (const text of NAUGHTY) expect(texte).toContain(text);
    expect(texte).toContain("SachsenNetze GmbH (Netzbetrieb)");
    expect(texte).toContain('Leitungsplan.pdf, =Anlage 2; "Trasse".pdf');
    expect(texte).toContain("Weighing");
    expect(texte).toContain("partly taken into account");
    expect(blatt.match(/<row /g)).toHaveLength((r?.zeilen ?? 0) + 1);
  });
});
