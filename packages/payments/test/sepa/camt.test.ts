import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  findeKassenzeichen,
  type Kontobewegung,
  liesCamt,
  rueckgabegrund,
} from "../../src/sepa/index.ts";
import { SEPA_DATEN, xmllint } from "./xmllint.ts";

const FIXTURE = new URL("./fixtures/camt.054.001.08.ruecklastschrift-md06.xml", import.meta.url);
const ruecklastschrift = readFileSync(FIXTURE, "utf8");
const sample = (name: string) => readFileSync(join(SEPA_DATEN, "samples", name), "utf8");

function lies(xml: string | Uint8Array): Kontobewegung[] {
  const r = liesCamt(xml);
  if (!r.ok) throw new Error(`${r.fehler.code}: ${r.fehler.de}`);
  return r.wert.bewegungen;
}

describe("camt.054 return fixture", () => {
  it("is valid against camt.054.001.08.xsd", () => {
    const v = xmllint("camt.054.001.08.xsd", { datei: FIXTURE.pathname });
    expect(v.ausgabe).toContain("validates");
    expect(v.ok).toBe(true);
  });

  it("reads the collection credit, the MD06 return, the transfer and the pending AC04 return", () => {
    const r = liesCamt(ruecklastschrift);
    if (!r.ok) throw new Error(r.fehler.code);
    expect(r.wert.nachrichtentyp).toBe("camt.054.001.08");
    expect(r.wert.konto).toBe("DE89370400440532013000");
    const [eins, zwei, rueck, ueberweisung, offen] = r.wert.bewegungen;
    expect(r.wert.bewegungen).toHaveLength(5);

    expect(eins).toMatchObject({
      art: "lastschrift",
      betragCent: 3070,
      richtung: "gutschrift",
      gebucht: true,
      endToEndId: "BPA-2026-000001",
      mandatsreferenz: "PORTAL-M-1",
      bankTransaktionscode: "PMNT/IDDT/ESDD",
      buchungsdatum: "2026-12-18",
    });
    expect(zwei).toMatchObject({
      art: "lastschrift",
      betragCent: 3070,
      endToEndId: "BPA-2026-000002",
    });

    expect(rueck).toMatchObject({
      art: "ruecklastschrift",
      betragCent: 3070,
      richtung: "belastung",
      gebucht: true,
      endToEndId: "BPA-2026-000001",
      mandatsreferenz: "PORTAL-M-1",
      bankReferenz: "BANK-REF-0002",
      rueckgabe: { code: "MD06", art: "widerspruch", zusatz: "Erstattungsverlangen des Zahlers" },
    });
    expect(rueck?.rueckgabe?.de).toContain("zurückgeben");
    expect(rueck?.rueckgabe?.en).toContain("refund");

    expect(ueberweisung).toMatchObject({
      art: "ueberweisung",
      betragCent: 4500,
      richtung: "gutschrift",
      verwendungszweck: "Gebuehr Fuehrungszeugnis KZ 5.1234.00 0777 Danke",
      gegenpartei: { name: "Erika Mustermann & Partner", iban: "AT611904300234573201" },
    });
    expect(
      findeKassenzeichen(ueberweisung?.verwendungszweck, ["5.1234.000001", "5.1234.000777"]),
    ).toBe("5.1234.000777");

    // No amount on the transaction: the entry's amount is used; pending, not final.
    expect(offen).toMatchObject({
      art: "ruecklastschrift",
      betragCent: 3070,
      status: "PDNG",
      gebucht: false,
      rueckgabe: { code: "AC04", art: "konto" },
    });
  });
});

describe("camt samples", () => {
  it("reads the camt.053 statement's booked credit transfer", () => {
    const [b] = lies(sample("camt.053.001.08.statement.xml"));
    expect(b).toMatchObject({
      art: "ueberweisung",
      richtung: "gutschrift",
      gebucht: true,
      endToEndId: "MUELL/FINP/RA12345",
      glaeubigerReferenz: "4654654654654654",
      buchungsdatum: "2014-12-31",
      valutadatum: "2015-01-02",
      gegenpartei: { name: "NAME NAME", iban: "NL56AGDH9619008421" },
    });
    // The sample's transaction carries an amount of 0 SEK; it is read as given.
    expect(b?.betragCent).toBe(0);
  });

  it("reads the camt.054 batch sample (3 transaction details — SOURCES.md says 4, the file has 3)", () => {
    const bewegungen = lies(sample("camt.054.001.08.notification.xml"));
    expect(bewegungen).toHaveLength(3);
    expect(bewegungen[0]).toMatchObject({
      betragCent: 310,
      waehrung: "CHF",
      bankTransaktionscode: "PMNT/ICDT/DMCT",
    });
    expect(bewegungen.every((b) => b.art === "sonstige")).toBe(true);
  });

  it("reads the minimal UETR sample and accepts bytes", () => {
    const bewegungen = lies(
      new TextEncoder().encode(sample("camt.054.001.08.notification-uetr.xml")),
    );
    expect(bewegungen).toHaveLength(1);
    expect(bewegungen[0]).toMatchObject({
      art: "sonstige",
      betragCent: 20_000_000,
      richtung: "belastung",
    });
  });
});

describe("bad camt files give clear errors, never a throw", () => {
  it.each([
    ["", "datei.leer"],
    ["das ist kein XML", "datei.format"],
    [
      '<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"><BkToCstmrDbtCdtNtfctn>',
      "datei.format",
    ],
    [
      '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02"><BkToCstmrDbtCdtNtfctn/></Document>',
      "datei.namensraum",
    ],
    [
      '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.008.001.08"><CstmrDrctDbtInitn/></Document>',
      "datei.namensraum",
    ],
    ["<Document><BkToCstmrDbtCdtNtfctn/></Document>", "datei.namensraum"],
    ['<Dokument xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"/>', "datei.format"],
    [
      '<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"><BkToCstmrDbtCdtNtfctn><GrpHdr><MsgId>&lol2;</MsgId></GrpHdr></BkToCstmrDbtCdtNtfctn></Document>',
      "datei.doctype",
    ],
    [
      '<!DOCTYPE x SYSTEM "file:///etc/passwd"><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"/>',
      "datei.doctype",
    ],
    [
      '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"><BkToCstmrDbtCdtNtfctn><Ntfctn><Ntry><Amt Ccy="EUR">12,50</Amt><CdtDbtInd>CRDT</CdtDbtInd></Ntry></Ntfctn></BkToCstmrDbtCdtNtfctn></Document>',
      "camt.betrag",
    ],
    [
      '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"><Foo/></Document>',
      "camt.inhalt",
    ],
  ])("%s → %s", (xml, code) => {
    const r = liesCamt(xml);
    expect(r).toMatchObject({ ok: false, fehler: { code } });
    if (!r.ok) {
      expect(r.fehler.de).not.toMatch(/undefined|TypeError|at line|char/i);
      expect(r.fehler.en.length).toBeGreaterThan(10);
    }
  });

  it("refuses files over the size limit and bytes that are not UTF-8", () => {
    expect(liesCamt(ruecklastschrift, { maxBytes: 1000 })).toMatchObject({
      ok: false,
      fehler: { code: "datei.zuGross" },
    });
    expect(liesCamt(new Uint8Array([0x3c, 0xff, 0xfe, 0x3e]))).toMatchObject({
      ok: false,
      fehler: { code: "datei.kodierung" },
    });
  });

  it("reads a namespace prefix", () => {
    const mitPraefix = ruecklastschrift
      .replace(/<(\/?)([A-Za-z])/g, "<$1c:$2")
      .replace('xmlns="urn', 'xmlns:c="urn');
    expect(lies(mitPraefix)).toHaveLength(5);
  });
});

describe("findeKassenzeichen and reason codes", () => {
  it("matches ignoring spaces, dots, line breaks and case; refuses ambiguity", () => {
    expect(findeKassenzeichen("kz 5 1234 000001", ["5.1234.000001"])).toBe("5.1234.000001");
    expect(findeKassenzeichen("KZ 5.1234.000001", ["5.1234.00000", "5.1234.000001"])).toBe(
      "5.1234.000001",
    );
    expect(findeKassenzeichen("KZ 111111 und 222222", ["111111", "222222"])).toBeNull();
    expect(findeKassenzeichen("Danke", ["5.1234.000001"])).toBeNull();
    expect(findeKassenzeichen(undefined, ["5.1234.000001"])).toBeNull();
  });

  it("explains the common return codes in German and English, and unknown ones neutrally", () => {
    for (const code of ["AC04", "MD06", "AM04", "MS02", "AC01", "MD01", "SL01"]) {
      const g = rueckgabegrund(code);
      expect(g.de).not.toContain(code);
      expect(g.en.length).toBeGreaterThan(5);
    }
    expect(rueckgabegrund("AM04").art).toBe("deckung");
    expect(rueckgabegrund("ZZ99")).toMatchObject({ code: "ZZ99", art: "sonstig" });
    expect(rueckgabegrund("ZZ99").de).toContain("ZZ99");
  });
});
