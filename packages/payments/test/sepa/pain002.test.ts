import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { liesPain002 } from "../../src/sepa/index.ts";
import { SEPA_DATEN, xmllint } from "./xmllint.ts";

const SAMPLE = join(SEPA_DATEN, "samples/pain.002.001.10.sdd-reject-ac01.xml");

describe("pain.002.001.10 status report", () => {
  it("the sample is valid against its XSD", () => {
    expect(xmllint("pain.002.001.10.xsd", { datei: SAMPLE }).ok).toBe(true);
  });

  it("reads the rejected transaction with its reason and original references", () => {
    const r = liesPain002(readFileSync(SAMPLE, "utf8"));
    if (!r.ok) throw new Error(r.fehler.code);
    expect(r.wert).toMatchObject({
      nachrichtenId: "Message-ID-4712",
      originalNachrichtenId: "Message-ID-4711",
      originalNachrichtentyp: "pain.008.001.08",
      zahlungsgruppen: [{ pmtInfId: "Sammlerreferenz-4710" }],
    });
    expect(r.wert.transaktionen).toHaveLength(1);
    expect(r.wert.transaktionen[0]).toMatchObject({
      endToEndId: "OriginatorID1234",
      pmtInfId: "Sammlerreferenz-4710",
      status: "RJCT",
      abgelehnt: true,
      mandatsreferenz: "Mandate-Id",
      betragCent: 654_314,
      faelligkeitsdatum: "2023-11-24",
      gruende: [{ code: "AC01", art: "konto" }],
    });
    expect(r.wert.transaktionen[0]?.gruende[0]?.de).toContain("IBAN");
  });

  it("refuses a camt file, broken XML and a report without the original group", () => {
    expect(
      liesPain002('<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"/>'),
    ).toMatchObject({
      ok: false,
      fehler: { code: "datei.namensraum" },
    });
    expect(liesPain002("<Document")).toMatchObject({ ok: false, fehler: { code: "datei.format" } });
    expect(
      liesPain002(
        '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10"><CstmrPmtStsRpt/></Document>',
      ),
    ).toMatchObject({ ok: false, fehler: { code: "pain002.inhalt" } });
  });
});
