import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import {
  centAlsBetrag,
  erzeugePain008,
  type Glaeubiger,
  gruppiereLastschriften,
  type Lastschrift,
  type Lastschriftposten,
} from "../../src/sepa/index.ts";
import { SEPA_DATEN, xmllint } from "./xmllint.ts";

const stadt: Glaeubiger = {
  name: "Landeshauptstadt Dresden, Stadtkasse",
  iban: "DE89 3704 0044 0532 0130 00",
  bic: "COBADEFFXXX",
  glaeubigerId: "DE98ZZZ09999999999",
};

const lastschrift = (n: number, extra: Partial<Lastschrift> = {}): Lastschrift => ({
  endToEndId: `BPA-2026-${String(n).padStart(6, "0")}`,
  betragCent: 3070,
  mandatsreferenz: `PORTAL-M-${n}`,
  mandatUnterschriebenAm: "2026-12-01",
  sequenztyp: "OOFF",
  schuldner: { name: "Jürgen Müller & Söhne", iban: "DE02120300000000202051" },
  verwendungszweck: `Kassenzeichen 5.1234.${n} Bewohnerparkausweis Gebühr`,
  ...extra,
});

const erstelltAm = new Date("2026-12-04T10:00:00Z");
const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false });

describe("pain.008.001.08 export", () => {
  it("the harness: the shared sample validates, a broken copy does not", () => {
    const sample = xmllint("pain.008.001.08.xsd", {
      datei: join(SEPA_DATEN, "samples/pain.008.001.08.sdd-core-frst.xml"),
    });
    expect(sample.ausgabe).toContain("validates");
    expect(sample.ok).toBe(true);
    const kaputt = xmllint("pain.008.001.08.xsd", {
      text: '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.008.001.08"><CstmrDrctDbtInitn/></Document>',
    });
    expect(kaputt.ok).toBe(false);
  });

  it("builds a file that validates against the ISO XSD, with sums, counts and escaped text", () => {
    const r = erzeugePain008({
      glaeubiger: stadt,
      faelligkeitsdatum: "2026-12-18",
      lastschriften: [
        lastschrift(1),
        lastschrift(2, {
          betragCent: 1,
          sequenztyp: "FRST",
          schuldner: { name: "A<B>\"C'", iban: "AT611904300234573201", bic: "BKAUATWW" },
        }),
        lastschrift(3, { betragCent: 99_999_999_999, sequenztyp: "RCUR" }),
        lastschrift(4, {
          betragCent: 1005,
          sequenztyp: "FRST",
          verwendungszweck: "Straße & Co <KZ 42>",
        }),
      ],
      erstelltAm,
    });
    if (!r.ok) throw new Error(JSON.stringify(r.fehler));
    const datei = r.wert;
    const v = xmllint("pain.008.001.08.xsd", { text: datei.xml });
    expect(v.ausgabe).toContain("validates");
    expect(v.ok).toBe(true);

    expect(datei.anzahl).toBe(4);
    expect(datei.summeCent).toBe(3070 + 1 + 99_999_999_999 + 1005);
    expect(datei.zahlungsgruppen.map((z) => [z.sequenztyp, z.anzahl, z.summeCent])).toEqual([
      ["FRST", 2, 1006],
      ["RCUR", 1, 99_999_999_999],
      ["OOFF", 1, 3070],
    ]);
    expect(datei.nachrichtenId.length).toBeLessThanOrEqual(35);
    for (const z of datei.zahlungsgruppen) expect(z.pmtInfId.length).toBeLessThanOrEqual(35);
    expect(new Set(datei.zahlungsgruppen.map((z) => z.pmtInfId)).size).toBe(3);

    const doc = parser.parse(datei.xml).Document.CstmrDrctDbtInitn;
    expect(doc.GrpHdr.NbOfTxs).toBe("4");
    expect(doc.GrpHdr.CtrlSum).toBe("1000000040.75");
    const [frst, rcur, ooff] = doc.PmtInf;
    expect(frst.CtrlSum).toBe("10.06");
    expect(frst.PmtTpInf.SeqTp).toBe("FRST");
    expect(rcur.DrctDbtTxInf.InstdAmt["#text"]).toBe("999999999.99");
    expect(ooff.DrctDbtTxInf.InstdAmt["#text"]).toBe("30.70");
    expect(ooff.ReqdColltnDt).toBe("2026-12-18");
    expect(ooff.CdtrSchmeId.Id.PrvtId.Othr.Id).toBe("DE98ZZZ09999999999");
    expect(ooff.CdtrAcct.Id.IBAN).toBe("DE89370400440532013000");
    // Names and remittance in the EPC basic Latin set; the debtor without BIC gets NOTPROVIDED.
    expect(ooff.DrctDbtTxInf.Dbtr.Nm).toBe("Juergen Mueller + Soehne");
    expect(ooff.DrctDbtTxInf.DbtrAgt.FinInstnId.Othr.Id).toBe("NOTPROVIDED");
    expect(frst.DrctDbtTxInf[0].DbtrAgt.FinInstnId.BICFI).toBe("BKAUATWW");
    expect(ooff.DrctDbtTxInf.RmtInf.Ustrd).toBe(
      "Kassenzeichen 5.1234.1 Bewohnerparkausweis Gebuehr",
    );
    expect(frst.DrctDbtTxInf[1].RmtInf.Ustrd).toBe("Strasse + Co KZ 42");
    expect(frst.DrctDbtTxInf[0].Dbtr.Nm).toBe("A B 'C'");
    expect(datei.xml).toContain("&apos;");
  });

  it("fails (does not skip) when xmllint is missing, naming the package to install", () => {
    expect(() =>
      xmllint("pain.008.001.08.xsd", { text: "<x/>" }, "xmllint-not-installed-here"),
    ).toThrow(/libxml2-utils/);
  });

  it("sums 1000 transactions exactly in cents and the file still validates", () => {
    const lastschriften = Array.from({ length: 1000 }, (_, i) =>
      lastschrift(i + 1, {
        betragCent: ((i * 7919) % 100_000) + 1,
        sequenztyp: i % 2 ? "RCUR" : "FRST",
      }),
    );
    const erwartet = lastschriften.reduce((s, l) => s + l.betragCent, 0);
    const r = erzeugePain008({
      glaeubiger: stadt,
      faelligkeitsdatum: "2026-12-18",
      lastschriften,
      erstelltAm,
    });
    if (!r.ok) throw new Error(r.fehler.code);
    expect(r.wert.summeCent).toBe(erwartet);
    expect(r.wert.xml).toContain(`<CtrlSum>${centAlsBetrag(erwartet)}</CtrlSum>`);
    expect(r.wert.zahlungsgruppen.map((z) => z.anzahl)).toEqual([500, 500]);
    expect(xmllint("pain.008.001.08.xsd", { text: r.wert.xml }).ok).toBe(true);
  });

  it("makes message ids unique", () => {
    const ids = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const r = erzeugePain008({
        glaeubiger: stadt,
        faelligkeitsdatum: "2026-12-18",
        lastschriften: [lastschrift(1)],
        erstelltAm,
      });
      if (r.ok) ids.add(r.wert.nachrichtenId);
    }
    expect(ids.size).toBe(50);
  });

  it("refuses an empty batch", () => {
    const r = erzeugePain008({
      glaeubiger: stadt,
      faelligkeitsdatum: "2026-12-18",
      lastschriften: [],
      erstelltAm,
    });
    expect(r).toMatchObject({ ok: false, fehler: { code: "pain008.leer" } });
    if (!r.ok) expect(r.fehler.en).toContain("empty batch");
  });

  it.each([
    [{ betragCent: 0 }, "betrag.ungueltig", "lastschriften[0].betragCent"],
    [{ betragCent: -5 }, "betrag.ungueltig", "lastschriften[0].betragCent"],
    [{ betragCent: 30.7 }, "betrag.ungueltig", "lastschriften[0].betragCent"],
    [{ betragCent: 100_000_000_000 }, "betrag.ungueltig", "lastschriften[0].betragCent"],
    [
      { schuldner: { name: "X", iban: "DE88370400440532013000" } },
      "iban.pruefziffer",
      "lastschriften[0].schuldner.iban",
    ],
    [
      { schuldner: { name: "X", iban: "BR1800360305000010009795493C1" } },
      "iban.nichtSepa",
      "lastschriften[0].schuldner.iban",
    ],
    [{ mandatsreferenz: "Mandat_1" }, "referenz.zeichen", "lastschriften[0].mandatsreferenz"],
    [{ endToEndId: "x".repeat(36) }, "referenz.zuLang", "lastschriften[0].endToEndId"],
    [
      { verwendungszweck: "ä".repeat(71) },
      "verwendungszweck.zuLang",
      "lastschriften[0].verwendungszweck",
    ],
    [
      { mandatUnterschriebenAm: "2026-12-19" },
      "mandat.datum",
      "lastschriften[0].mandatUnterschriebenAm",
    ],
    [{ sequenztyp: "XXXX" as never }, "sequenztyp.ungueltig", "lastschriften[0].sequenztyp"],
  ])("refuses a bad transaction %j", (extra, code, stelle) => {
    const r = erzeugePain008({
      glaeubiger: stadt,
      faelligkeitsdatum: "2026-12-18",
      lastschriften: [lastschrift(1, extra as Partial<Lastschrift>)],
      erstelltAm,
    });
    expect(r).toMatchObject({ ok: false, fehler: { code, stelle } });
  });

  it("refuses a bad creditor, a duplicate end-to-end id and bad due dates", () => {
    const basis = { faelligkeitsdatum: "2026-12-18", lastschriften: [lastschrift(1)], erstelltAm };
    expect(
      erzeugePain008({ ...basis, glaeubiger: { ...stadt, glaeubigerId: "DE97ZZZ09999999999" } }),
    ).toMatchObject({
      ok: false,
      fehler: { code: "glaeubigerId.pruefziffer", stelle: "glaeubiger.glaeubigerId" },
    });
    expect(
      erzeugePain008({
        ...basis,
        glaeubiger: stadt,
        lastschriften: [lastschrift(1), lastschrift(1)],
      }),
    ).toMatchObject({
      ok: false,
      fehler: { code: "endToEndId.doppelt" },
    });
    expect(
      erzeugePain008({ ...basis, glaeubiger: stadt, faelligkeitsdatum: "2026-12-25" }),
    ).toMatchObject({
      ok: false,
      fehler: { code: "faelligkeit.keinGeschaeftstag" },
    });
    expect(
      erzeugePain008({ ...basis, glaeubiger: stadt, faelligkeitsdatum: "2026-12-03" }),
    ).toMatchObject({
      ok: false,
      fehler: { code: "faelligkeit.vergangen" },
    });
    expect(
      erzeugePain008({ ...basis, glaeubiger: stadt, faelligkeitsdatum: "2026-02-30" }),
    ).toMatchObject({
      ok: false,
      fehler: { code: "faelligkeit.datum" },
    });
  });

  it("formats cents as decimals with two places", () => {
    expect(centAlsBetrag(3070)).toBe("30.70");
    expect(centAlsBetrag(1)).toBe("0.01");
    expect(centAlsBetrag(100)).toBe("1.00");
  });
});

describe("gruppiereLastschriften", () => {
  const posten = (n: number, iban: string, faelligkeitsdatum: string): Lastschriftposten => ({
    ...lastschrift(n),
    glaeubiger: { ...stadt, iban },
    faelligkeitsdatum,
  });

  it("makes one file per creditor account and due date, each valid", () => {
    const r = gruppiereLastschriften([
      posten(1, "DE89370400440532013000", "2026-12-18"),
      posten(2, "DE02120300000000202051", "2026-12-18"),
      posten(3, "DE89 3704 0044 0532 0130 00", "2026-12-18"),
      posten(4, "DE89370400440532013000", "2026-12-21"),
    ]);
    if (!r.ok) throw new Error(r.fehler.code);
    expect(
      r.wert.map((d) => [
        d.faelligkeitsdatum,
        d.glaeubiger.iban.replace(/ /g, ""),
        d.lastschriften.length,
      ]),
    ).toEqual([
      ["2026-12-18", "DE02120300000000202051", 1],
      ["2026-12-18", "DE89370400440532013000", 2],
      ["2026-12-21", "DE89370400440532013000", 1],
    ]);
    for (const eingabe of r.wert) {
      const datei = erzeugePain008({ ...eingabe, erstelltAm });
      if (!datei.ok) throw new Error(datei.fehler.code);
      expect(xmllint("pain.008.001.08.xsd", { text: datei.wert.xml }).ok).toBe(true);
    }
  });

  it("refuses different creditors on one account", () => {
    const a = posten(1, "DE89370400440532013000", "2026-12-18");
    const b = { ...posten(2, "DE89370400440532013000", "2026-12-18") };
    b.glaeubiger = { ...b.glaeubiger, glaeubigerId: "DE88ZZZ00000032626" };
    expect(gruppiereLastschriften([a, b])).toMatchObject({
      ok: false,
      fehler: { code: "glaeubiger.widerspruechlich" },
    });
  });
});
