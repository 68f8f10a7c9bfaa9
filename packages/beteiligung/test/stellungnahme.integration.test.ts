import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Dateiablage, lokaleAblage } from "@portal/dateien/server";
import type { Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { anhang, beitrag, mitzeichnung } from "../src/schema.ts";
import { bestaetigeBeitrag } from "../src/services/beitrag.ts";
import { oeffentlicheBeitraege } from "../src/services/lesen.ts";
import { moderiere } from "../src/services/moderation.ts";
import { personSchluessel } from "../src/services/person.ts";
import {
  EINWILLIGUNG,
  ladeAnhang,
  ladeEingangsbeleg,
  mitzeichnungszahlen,
  reicheStellungnahmeEin,
  zeichneMit,
} from "../src/services/stellungnahme.ts";
import { raeumeUnbestaetigteAuf } from "../src/services/verfahren-jobs.ts";
import type { Verfahrensregeln } from "../src/types.ts";
import {
  ANONYM,
  ENDE,
  institutionenPhase,
  MITTE,
  mitEmail,
  mitKonto,
  oeffentlichePhase,
  regeln,
  SPAETER,
  STUNDE,
} from "./hilfen.ts";

let db: Database;
let drop: () => Promise<void>;
let verzeichnis: string;
let ablage: Dateiablage;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase(inject("adminUrl")));
  verzeichnis = await mkdtemp(path.join(tmpdir(), "stellungnahme-"));
  ablage = lokaleAblage(verzeichnis);
});
afterAll(async () => {
  await drop();
  await rm(verzeichnis, { recursive: true, force: true });
});

/** A well-formed one-page PDF (correct xref offsets); `fuellung` bytes of page content. */
function pdf(text = "Stellungnahme", fuellung = 0): Buffer {
  const inhalt = Buffer.concat([
    Buffer.from(`BT /F1 12 Tf 72 770 Td (${text}) Tj ET\n`, "latin1"),
    Buffer.alloc(fuellung, 0x20),
  ]);
  const objekte = [
    Buffer.from("<< /Type /Catalog /Pages 2 0 R >>", "latin1"),
    Buffer.from("<< /Type /Pages /Kids [3 0 R] /Count 1 >>", "latin1"),
    Buffer.from(
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
      "latin1",
    ),
    Buffer.concat([
      Buffer.from(`<< /Length ${inhalt.length} >>\nstream\n`, "latin1"),
      inhalt,
      Buffer.from("\nendstream", "latin1"),
    ]),
  ];
  const teile = [Buffer.from("%PDF-1.7\n", "latin1")];
  let laenge = teile[0]!.length;
  const offsets: number[] = [];
  objekte.forEach((o, i) => {
    offsets.push(laenge);
    const b = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`, "latin1"),
      o,
      Buffer.from("\nendobj\n", "latin1"),
    ]);
    teile.push(b);
    laenge += b.length;
  });
  teile.push(
    Buffer.from(
      [
        "xref",
        `0 ${objekte.length + 1}`,
        "0000000000 65535 f ",
        ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n `),
        "trailer",
        `<< /Size ${objekte.length + 1} /Root 1 0 R >>`,
        "startxref",
        String(laenge),
        "%%EOF",
        "",
      ].join("\n"),
      "latin1",
    ),
  );
  return Buffer.concat(teile);
}

/** A 1×1 PNG's signature and header: a picture, whatever its name says. */
const png = () =>
  Buffer.from(
    "89504e470d0a1a0a0000000d49484452000000010000000108020000009077" +
      "53de0000000c4944415478da63f8ffff3f0005fe02fe0ddd4b0f0000000049454e44ae426082",
    "hex",
  );

/** A procedure whose public phase takes statements with an account (as Bebauungsplan 3050). */
const mitStellungnahmen = (ueber: Partial<Verfahrensregeln> = {}) =>
  regeln({
    moderation: "vorab",
    phasen: [
      oeffentlichePhase({
        erlaubt: ["lesen", "stellungnahme"],
        identitaet: { stellungnahme: "konto" },
      }),
      institutionenPhase(),
    ],
    ...ueber,
  });

const formular = (ueber: Record<string, unknown> = {}) => ({
  text: "Die geplante Bebauung verschattet den Spielplatz an der Pfotenhauerstraße.",
  einreicherName: "Erika Mustermann",
  strasse: "Pfotenhauerstraße 12",
  plz: "01307",
  ort: "Dresden",
  einwilligung: "ja",
  einwilligungFassung: EINWILLIGUNG.fassung,
  ...ueber,
});

const reiche = (
  r: Verfahrensregeln,
  ueber: Partial<Parameters<typeof reicheStellungnahmeEin>[1]> = {},
) =>
  reicheStellungnahmeEin(db, {
    regeln: r,
    eingabe: formular(),
    anhaenge: [],
    identitaet: mitKonto(),
    client: "test",
    jetzt: MITTE,
    ablage,
    ...ueber,
  });

const zeilenVon = (verfahrenId: string) =>
  db.select().from(beitrag).where(eq(beitrag.verfahrenId, verfahrenId));

describe("reicheStellungnahmeEin", () => {
  it("needs the consent, to the current wording, and stores its time and version", async () => {
    const r = mitStellungnahmen();
    const ohne = await reiche(r, { eingabe: formular({ einwilligung: undefined }) });
    expect(ohne).toMatchObject({ ok: false, fehler: "eingabe", felder: { einwilligung: {} } });
    const alt = await reiche(r, { eingabe: formular({ einwilligungFassung: "2020-01-01" }) });
    expect(alt).toMatchObject({ ok: false, fehler: "eingabe" });
    if (!alt.ok && alt.fehler === "eingabe")
      expect(alt.felder.einwilligung?.de).toMatch(/geändert/);
    expect(await zeilenVon(r.verfahrenId)).toHaveLength(0);

    const ja = await reiche(r);
    expect(ja).toMatchObject({ ok: true, beitrag: { status: "ausstehend", oeffentlich: true } });
    const [zeile] = await zeilenVon(r.verfahrenId);
    expect(zeile).toMatchObject({
      art: "stellungnahme",
      einwilligungFassung: EINWILLIGUNG.fassung,
      einreicherName: "Erika Mustermann",
      einreicherPlz: "01307",
      name: null,
    });
    expect(zeile?.einwilligungUm?.toISOString()).toBe(MITTE.toISOString());
  });

  it("asks for name and postal address where the phase needs an account", async () => {
    const r = mitStellungnahmen();
    const antwort = await reiche(r, {
      eingabe: formular({ einreicherName: " ", strasse: "", plz: "1307", ort: undefined }),
    });
    expect(antwort.ok).toBe(false);
    if (!antwort.ok && antwort.fehler === "eingabe") {
      expect(Object.keys(antwort.felder).sort()).toEqual([
        "einreicherName",
        "ort",
        "plz",
        "strasse",
      ]);
      expect(antwort.felder.plz?.en).toMatch(/five-digit/);
    }
    // Anonymous statements (where a phase allows them) need no address.
    const anonym = mitStellungnahmen({
      phasen: [oeffentlichePhase({ erlaubt: ["stellungnahme"], identitaet: {} })],
    });
    const ohneAnschrift = await reiche(anonym, {
      identitaet: ANONYM,
      eingabe: formular({
        einreicherName: "",
        strasse: "",
        plz: "",
        ort: "",
        webseite: "",
        angezeigtUm: new Date(MITTE.getTime() - 10_000).toISOString(),
      }),
    });
    expect(ohneAnschrift).toMatchObject({ ok: true });
  });

  it("takes up to three PDFs, checked on their bytes, and stores them in the Dateiablage", async () => {
    const r = mitStellungnahmen();
    const eins = pdf("Anlage 1");
    const antwort = await reiche(r, {
      anhaenge: [
        { feld: "anhang1", dateiname: "../../Lageplan <Entwurf>.pdf", bytes: eins },
        { feld: "anhang2", dateiname: "Gutachten.PDF", bytes: pdf("Anlage 2") },
      ],
    });
    expect(antwort.ok).toBe(true);
    if (!antwort.ok) return;
    expect(antwort.anhaenge.map((a) => a.name)).toEqual([
      "Lageplan _Entwurf_.pdf",
      "Gutachten.pdf",
    ]);
    const zeilen = await db.select().from(anhang).where(eq(anhang.beitragId, antwort.beitrag.id));
    expect(zeilen).toHaveLength(2);
    const erste = zeilen.find((z) => z.name.startsWith("Lageplan"))!;
    expect(erste).toMatchObject({ mime: "application/pdf", groesse: eins.length });
    expect(erste.sha256).toBe(createHash("sha256").update(eins).digest("hex"));
    expect(erste.ablageSchluessel).toBe(`beteiligung/${antwort.beitrag.id}/${erste.id}`);
    expect(Buffer.from((await ablage.lade(erste.ablageSchluessel))!)).toEqual(eins);
  });

  it("refuses a picture renamed .pdf, a PDF over 10 MB and a fourth file, storing nothing", async () => {
    const r = mitStellungnahmen();
    const antwort = await reiche(r, {
      anhaenge: [
        { feld: "anhang1", dateiname: "scan.pdf", bytes: png() },
        { feld: "anhang2", dateiname: "gross.pdf", bytes: pdf("gross", 10 * 1024 * 1024) },
        { feld: "anhang3", dateiname: "ok.pdf", bytes: pdf() },
      ],
    });
    expect(antwort).toMatchObject({ ok: false, fehler: "eingabe" });
    if (!antwort.ok && antwort.fehler === "eingabe") {
      expect(antwort.felder.anhang1?.de).toMatch(/kein PDF/);
      expect(antwort.felder.anhang2?.de).toMatch(/10 MB/);
      expect(antwort.felder.anhang3).toBeUndefined();
    }
    const vier = await reiche(r, {
      anhaenge: [1, 2, 3, 4].map((n) => ({ dateiname: `${n}.pdf`, bytes: pdf(String(n)) })),
    });
    expect(vier).toMatchObject({ ok: false, fehler: "eingabe", felder: { anhaenge: {} } });
    expect(await zeilenVon(r.verfahrenId)).toHaveLength(0);
  });

  it("leaves no file behind when storing fails half-way", async () => {
    const r = mitStellungnahmen();
    const gespeichert: string[] = [];
    const wackelig: Dateiablage = {
      async speichere(schluessel, bytes) {
        if (gespeichert.length === 1) throw new Error("Ablage voll");
        gespeichert.push(schluessel);
        await ablage.speichere(schluessel, bytes);
      },
      lade: (s) => ablage.lade(s),
      loesche: (s) => ablage.loesche(s),
    };
    await expect(
      reiche(r, {
        ablage: wackelig,
        anhaenge: [
          { dateiname: "a.pdf", bytes: pdf("a") },
          { dateiname: "b.pdf", bytes: pdf("b") },
        ],
      }),
    ).rejects.toThrow("Ablage voll");
    expect(await zeilenVon(r.verfahrenId)).toHaveLength(0);
    expect(await ablage.lade(gespeichert[0]!)).toBeNull();
  });

  it("in the institutions' phase refuses a citizen and takes an organisation's statement, never public", async () => {
    const r = mitStellungnahmen({ moderation: "nachtraeglich" });
    const buerger = await reiche(r, { jetzt: SPAETER });
    expect(buerger).toMatchObject({ ok: false, fehler: "nur-institutionen" });

    const institution = { id: crypto.randomUUID(), name: "Landesamt für Denkmalpflege Sachsen" };
    const amt = await reiche(r, { jetzt: SPAETER, institution });
    expect(amt).toMatchObject({ ok: true, beitrag: { oeffentlich: false } });
    if (!amt.ok) return;
    const [zeile] = await zeilenVon(r.verfahrenId);
    expect(zeile).toMatchObject({
      institutionId: institution.id,
      institutionName: institution.name,
      oeffentlich: false,
      phaseId: "toeb",
    });

    // Even published (post-moderation, or released by staff) it stays out of every public read.
    expect(zeile?.status).toBe("veroeffentlicht");
    expect(
      (await oeffentlicheBeitraege(db, { verfahrenId: r.verfahrenId, limit: 100 })).beitraege,
    ).toEqual([]);
    const person = await personSchluessel(db, { kontoId: crypto.randomUUID() });
    expect(
      await zeichneMit(db, { regeln: r, beitragId: amt.beitrag.id, person, jetzt: MITTE }),
    ).toMatchObject({ ok: false, fehler: "nicht-gefunden" });

    // In the public phase an organisation member speaks for themselves: no institution stored.
    const offen = await reiche(r, { institution });
    expect(offen).toMatchObject({ ok: true, beitrag: { oeffentlich: true } });
    if (offen.ok) {
      const [z] = await db.select().from(beitrag).where(eq(beitrag.id, offen.beitrag.id));
      expect(z?.institutionId).toBeNull();
    }
  });

  it("refuses statements and co-signatures outside an open phase", async () => {
    const r = mitStellungnahmen();
    expect(await reiche(r, { jetzt: ENDE })).toMatchObject({
      ok: false,
      fehler: "keine-offene-phase",
    });
    expect(await reiche(r, { jetzt: new Date("2026-01-01T00:00:00Z") })).toMatchObject({
      ok: false,
      fehler: "keine-offene-phase",
    });
    const ohne = mitStellungnahmen({ phasen: [oeffentlichePhase()] });
    expect(await reiche(ohne)).toMatchObject({ ok: false, fehler: "nicht-erlaubt" });
    expect(await zeilenVon(r.verfahrenId)).toHaveLength(0);
    const person = await personSchluessel(db, { kontoId: crypto.randomUUID() });
    expect(
      await zeichneMit(db, { regeln: r, beitragId: crypto.randomUUID(), person, jetzt: ENDE }),
    ).toMatchObject({ ok: false, fehler: "keine-offene-phase" });
  });

  it("stores naughty strings verbatim", async () => {
    const r = mitStellungnahmen();
    const boese = {
      text: `<script>alert("x")</script> =HYPERLINK("http://evil") \u202Egnp.exe 👩‍👩‍👧 ' OR 1=1; --`,
      einreicherName: `<img src=x onerror=alert(1)> Müller-Lüdenscheidt`,
      strasse: `"; DROP TABLE beteiligung_beitrag; -- 1`,
      ort: `{{7*7}} \${7*7} Dresden`,
    };
    const antwort = await reiche(r, { eingabe: formular(boese) });
    expect(antwort.ok).toBe(true);
    if (!antwort.ok) return;
    const beleg = await ladeEingangsbeleg(db, { id: antwort.beitrag.id, kontoId: null });
    expect(beleg).toBeNull();
    const [zeile] = await zeilenVon(r.verfahrenId);
    expect(zeile).toMatchObject({
      text: boese.text,
      einreicherName: boese.einreicherName,
      einreicherStrasse: boese.strasse,
      einreicherOrt: boese.ort,
    });
  });
});

describe("receipt and staff download", () => {
  it("shows the receipt only to the submitter and the attachment only to staff of the procedure", async () => {
    const r = mitStellungnahmen();
    const kontoId = crypto.randomUUID();
    const antwort = await reiche(r, {
      identitaet: mitKonto(kontoId),
      anhaenge: [{ dateiname: "Anlage.pdf", bytes: pdf() }],
    });
    if (!antwort.ok) throw new Error(JSON.stringify(antwort));
    const beleg = await ladeEingangsbeleg(db, { id: antwort.beitrag.id, kontoId });
    expect(beleg).toMatchObject({
      status: "ausstehend",
      einreicherName: "Erika Mustermann",
      anhaenge: [{ name: "Anlage.pdf" }],
    });
    expect(
      await ladeEingangsbeleg(db, { id: antwort.beitrag.id, kontoId: crypto.randomUUID() }),
    ).toBeNull();
    expect(await ladeEingangsbeleg(db, { id: "kein-uuid", kontoId })).toBeNull();

    const anhangId = antwort.anhaenge[0]!.id;
    expect(await ladeAnhang(db, { anhangId, verfahrenIds: [r.verfahrenId] })).toMatchObject({
      name: "Anlage.pdf",
      mime: "application/pdf",
      ablageSchluessel: `beteiligung/${antwort.beitrag.id}/${anhangId}`,
    });
    expect(await ladeAnhang(db, { anhangId, verfahrenIds: ["anderes-verfahren"] })).toBeNull();
    expect(await ladeAnhang(db, { anhangId, verfahrenIds: [] })).toBeNull();
  });
});

describe("zeichneMit", () => {
  it("co-signs a published public statement once per person, not one's own", async () => {
    const r = mitStellungnahmen({ moderation: "nachtraeglich" });
    const autorin = crypto.randomUUID();
    const antwort = await reiche(r, { identitaet: mitKonto(autorin) });
    if (!antwort.ok) throw new Error(JSON.stringify(antwort));
    const id = antwort.beitrag.id;

    const max = await personSchluessel(db, { kontoId: crypto.randomUUID() });
    const parallel = await Promise.all(
      [1, 2, 3].map(() =>
        zeichneMit(db, { regeln: r, beitragId: id, person: max, name: "Max", jetzt: MITTE }),
      ),
    );
    expect(parallel.filter((p) => p.ok)).toHaveLength(1);
    expect(parallel.filter((p) => !p.ok && p.fehler === "bereits")).toHaveLength(2);

    const lea = await personSchluessel(db, { kontoId: crypto.randomUUID() });
    expect(await zeichneMit(db, { regeln: r, beitragId: id, person: lea, jetzt: MITTE })).toEqual({
      ok: true,
      anzahl: 2,
    });
    expect(
      await zeichneMit(db, {
        regeln: r,
        beitragId: id,
        person: `konto:${autorin}`,
        jetzt: MITTE,
      }),
    ).toMatchObject({ ok: false, fehler: "eigene" });
    expect(
      await zeichneMit(db, { regeln: r, beitragId: id, person: "", jetzt: MITTE }),
    ).toMatchObject({ ok: false });
    // The phase asks for an account: a confirmed e-mail address is not enough.
    const email = await personSchluessel(db, { email: "erika@example.org" });
    expect(
      await zeichneMit(db, { regeln: r, beitragId: id, person: email, jetzt: MITTE }),
    ).toMatchObject({ ok: false, fehler: "identitaet" });

    expect(await mitzeichnungszahlen(db, { beitragIds: [id, crypto.randomUUID()] })).toMatchObject({
      [id]: 2,
    });
    const zeilen = await db.select().from(mitzeichnung).where(eq(mitzeichnung.beitragId, id));
    expect(zeilen.map((z) => z.name).sort()).toEqual(["Max", null].sort());
  });

  it("does not co-sign a statement waiting for moderation", async () => {
    const r = mitStellungnahmen();
    const antwort = await reiche(r);
    if (!antwort.ok) throw new Error(JSON.stringify(antwort));
    const person = await personSchluessel(db, { kontoId: crypto.randomUUID() });
    expect(
      await zeichneMit(db, { regeln: r, beitragId: antwort.beitrag.id, person, jetzt: MITTE }),
    ).toMatchObject({ ok: false, fehler: "nicht-gefunden" });
    await moderiere(db, {
      beitragId: antwort.beitrag.id,
      nach: "veroeffentlicht",
      vonKontoId: crypto.randomUUID(),
    });
    expect(
      await zeichneMit(db, { regeln: r, beitragId: antwort.beitrag.id, person, jetzt: MITTE }),
    ).toEqual({ ok: true, anzahl: 1 });
  });
});

describe("the daily clean-up of unconfirmed statements", () => {
  // In January 2025, before every other test's contributions: their confirmations (valid 48
  // hours from March 2026) have not expired at these times, so the counts are this test's own.
  const JANUAR = new Date("2025-01-10T12:00:00Z");
  const FRIST = new Date(JANUAR.getTime() + 48 * STUNDE);
  const mitEmailStellungnahmen = () =>
    regeln({
      moderation: "vorab",
      phasen: [
        oeffentlichePhase({
          beginn: new Date("2025-01-01T00:00:00Z"),
          ende: new Date("2025-02-01T00:00:00Z"),
          erlaubt: ["lesen", "stellungnahme"],
          identitaet: { stellungnahme: "email" },
        }),
      ],
    });
  const mitAnhaengen = async (r: Verfahrensregeln, jetzt: Date, ...texte: string[]) => {
    const antwort = await reiche(r, {
      identitaet: mitEmail(`stellung-${crypto.randomUUID()}@example.org`),
      eingabe: formular({ webseite: "", angezeigtUm: new Date(jetzt.getTime() - 5000) }),
      anhaenge: texte.map((t, i) => ({
        feld: `anhang${i + 1}`,
        dateiname: `${t}.pdf`,
        bytes: pdf(t),
      })),
      jetzt,
    });
    if (!antwort.ok || !antwort.bestaetigungsToken) throw new Error(JSON.stringify(antwort));
    const dateien = await db.select().from(anhang).where(eq(anhang.beitragId, antwort.beitrag.id));
    expect(dateien).toHaveLength(texte.length);
    return { id: antwort.beitrag.id, token: antwort.bestaetigungsToken, dateien };
  };
  const raeumeAuf = (jetzt: Date, loescheDatei = (s: string) => ablage.loesche(s)) =>
    raeumeUnbestaetigteAuf({ db, jetzt: () => jetzt, loescheDatei });

  it("removes an expired unconfirmed statement's row and files; a confirmed one keeps its file", async () => {
    const r = mitEmailStellungnahmen();
    const offen = await mitAnhaengen(r, JANUAR, "Offen");
    const bestaetigt = await mitAnhaengen(r, JANUAR, "Bestaetigt");
    expect(
      await bestaetigeBeitrag(db, {
        token: bestaetigt.token,
        jetzt: new Date(FRIST.getTime() - 1),
      }),
    ).toMatchObject({ ok: true, status: "ausstehend" });
    const schluessel = (x: { dateien: { ablageSchluessel: string }[] }) =>
      x.dateien[0]?.ablageSchluessel ?? "";
    expect(await ablage.lade(schluessel(offen))).not.toBeNull();

    // Before the confirmation expires nothing goes.
    expect(await raeumeAuf(new Date(FRIST.getTime() - 1))).toEqual({ geloescht: 0, dateien: 0 });
    expect(await ablage.lade(schluessel(offen))).not.toBeNull();

    expect(await raeumeAuf(FRIST)).toEqual({ geloescht: 1, dateien: 1 });
    expect(await db.select().from(beitrag).where(eq(beitrag.id, offen.id))).toEqual([]);
    expect(await db.select().from(anhang).where(eq(anhang.beitragId, offen.id))).toEqual([]);
    expect(await ablage.lade(schluessel(offen))).toBeNull();

    expect(await db.select().from(beitrag).where(eq(beitrag.id, bestaetigt.id))).toHaveLength(1);
    expect(await db.select().from(anhang).where(eq(anhang.beitragId, bestaetigt.id))).toHaveLength(
      1,
    );
    expect(Buffer.from((await ablage.lade(schluessel(bestaetigt))) ?? [])).toEqual(
      pdf("Bestaetigt"),
    );
    // A second run finds nothing more.
    expect(await raeumeAuf(FRIST)).toEqual({ geloescht: 0, dateien: 0 });
  });

  it("logs a file that cannot be removed and still removes the others and the rows", async () => {
    const r = mitEmailStellungnahmen();
    const spaeter = new Date(JANUAR.getTime() + 4 * 24 * STUNDE);
    const offen = await mitAnhaengen(r, spaeter, "Erstens", "Zweitens");
    const [klemmt, geht] = offen.dateien.map((d) => d.ablageSchluessel);
    const fehler = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const ergebnis = await raeumeAuf(new Date(spaeter.getTime() + 48 * STUNDE), async (s) => {
        if (s === klemmt) throw new Error("store unavailable");
        await ablage.loesche(s);
      });
      expect(ergebnis).toEqual({ geloescht: 1, dateien: 1 });
      expect(fehler).toHaveBeenCalledWith(
        expect.stringContaining("could not be removed"),
        expect.objectContaining({ schluessel: klemmt }),
      );
    } finally {
      fehler.mockRestore();
    }
    expect(await db.select().from(beitrag).where(eq(beitrag.id, offen.id))).toEqual([]);
    expect(await ablage.lade(geht ?? "")).toBeNull();
    expect(await ablage.lade(klemmt ?? "")).not.toBeNull();
  });
});
