import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { expect, type Page } from "@playwright/test";
import { pdf } from "./pdf";

// The cash office as the journeys use it: the bank's side of a SEPA direct debit. The portal's
// pain.008 file is checked against the official ISO 20022 schema with xmllint (as a bank would
// refuse it), and the bank's answer is a camt.054 debit notification written as banks write
// them (camt.054.001.08, element order of the XSD in ../shared/data/sepa).

const SEPA_XSD = fileURLToPath(new URL("../../../shared/data/sepa", import.meta.url));

/** The demo authority's account, as the development stack seeds its kasse_konto. */
export const KASSENKONTO_DRESDEN = "DE02120300000000202051";

/** Validates a pain.008.001.08 file with xmllint against the schema; returns xmllint's output. */
export async function pruefePain008(xml: string): Promise<string> {
  const datei = join(tmpdir(), `pain008-${Date.now()}-${Math.random()}.xml`);
  writeFileSync(datei, xml);
  const { stderr } = await promisify(execFile)("xmllint", [
    "--noout",
    "--schema",
    join(SEPA_XSD, "pain.008.001.08.xsd"),
    datei,
  ]);
  return stderr;
}

const betrag = (cent: number) => (cent / 100).toFixed(2);

/** A camt.054 in which the bank returns the debit `kassenzeichen` with `grund` (e.g. MD06). */
export function camt054Ruecklastschrift({
  kassenzeichen,
  cent,
  grund,
  tag = new Date().toISOString().slice(0, 10),
}: {
  kassenzeichen: string;
  cent: number;
  grund: string;
  tag?: string;
}): string {
  const msgId = `E2E-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"><BkToCstmrDbtCdtNtfctn>' +
    `<GrpHdr><MsgId>${msgId}</MsgId><CreDtTm>${tag}T18:00:00+01:00</CreDtTm></GrpHdr>` +
    `<Ntfctn><Id>N-${msgId}</Id><CreDtTm>${tag}T18:00:00+01:00</CreDtTm>` +
    `<Acct><Id><IBAN>${KASSENKONTO_DRESDEN}</IBAN></Id></Acct>` +
    `<Ntry><Amt Ccy="EUR">${betrag(cent)}</Amt><CdtDbtInd>DBIT</CdtDbtInd>` +
    `<Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>${tag}</Dt></BookgDt><ValDt><Dt>${tag}</Dt></ValDt>` +
    `<AcctSvcrRef>REF-${msgId}</AcctSvcrRef>` +
    "<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>IDDT</Cd><SubFmlyCd>UPDD</SubFmlyCd></Fmly></Domn></BkTxCd>" +
    `<NtryDtls><TxDtls><Refs><EndToEndId>${kassenzeichen}</EndToEndId><MndtId>M-${kassenzeichen}</MndtId></Refs>` +
    `<Amt Ccy="EUR">${betrag(cent)}</Amt><CdtDbtInd>DBIT</CdtDbtInd>` +
    `<RmtInf><Ustrd>${kassenzeichen} Bewohnerparkausweis</Ustrd></RmtInf>` +
    `<RtrInf><Rsn><Cd>${grund}</Cd></Rsn></RtrInf></TxDtls></NtryDtls></Ntry>` +
    "</Ntfctn></BkToCstmrDbtCdtNtfctn></Document>\n"
  );
}

/**
 * The residents' parking permit (Bewohnerparkausweis) up to "check your answers", filed by a
 * signed-in citizen of Dresden, then on to the payment page.
 */
export async function beantrageBewohnerparkausweis(page: Page, name: string) {
  await page.goto("/de/antrag/bewohnerparkausweis");
  await page.getByRole("button", { name: "Antrag beginnen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihre Angaben");
  await page.getByLabel("Vorname(n)").fill("Jürgen");
  await page.getByLabel("Familienname").fill(name);
  await page.getByLabel("Straße und Hausnummer").fill("Louisenstraße 3");
  await page.getByLabel("Postleitzahl").fill("01099");
  await page.getByLabel("Ort").fill("Dresden");
  await page
    .getByRole("group", { name: /Hauptwohnung/ })
    .getByLabel("Ja")
    .check();
  await page.getByRole("button", { name: "Weiter" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihr Fahrzeug");
  await page.getByLabel("Amtliches Kennzeichen").fill("DD-PA 2026");
  await page
    .getByRole("group", { name: "Auf wen ist das Fahrzeug zugelassen?" })
    .getByRole("radio")
    .first()
    .check();
  await page.getByLabel(/Fahrzeugschein/).setInputFiles({
    name: "fahrzeugschein.pdf",
    mimeType: "application/pdf",
    buffer: pdf("Zulassungsbescheinigung Teil I"),
  });
  await page.getByRole("button", { name: "Weiter" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Gebühr/);
  await page.getByLabel(/Ich habe den Hinweis zur Gebühr gelesen/).check();
  await page.getByRole("button", { name: "Weiter" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Angaben prüfen");
  await expect(page.getByTestId("gebuehr")).toContainText("30,70");
  await page.getByLabel("Ich bestätige diese Erklärung.").check();
  await page.getByRole("button", { name: "Weiter zur Zahlung" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gebühr bezahlen");
}
