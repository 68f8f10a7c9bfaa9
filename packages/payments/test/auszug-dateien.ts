// Bank files for the import tests, built the way banks write them (camt.053.001.08,
// camt.054.001.08, pain.002.001.10; element order as in the XSDs in ../shared/data/sepa). The
// tests validate each kind once with xmllint, so the builders stay faithful to the schemas.

import { centAlsBetrag, xmlText } from "../src/sepa/pain008.ts";

export type Umsatz =
  | {
      /** The credit of a collected pain.008 batch, one TxDtls per debit. */
      art: "lastschriften";
      posten: { kassenzeichen: string; cent: number }[];
      status?: "BOOK" | "PDNG";
    }
  | {
      /** A returned debit (Rücklastschrift) with its reason code. */
      art: "ruecklastschrift";
      kassenzeichen: string;
      cent: number;
      grund: string;
      status?: "BOOK" | "PDNG";
    }
  | {
      /** A received credit transfer with its remittance lines. */
      art: "ueberweisung";
      cent: number;
      ustrd: string[];
      status?: "BOOK" | "PDNG";
    }
  | { art: "entgelt"; cent: number };

const code = (familie: string, unterfamilie: string) =>
  `<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>${familie}</Cd><SubFmlyCd>${unterfamilie}</SubFmlyCd></Fmly></Domn></BkTxCd>`;

function eintrag(u: Umsatz, n: number, tag: string): string {
  const kopf = (cent: number, richtung: "CRDT" | "DBIT", status = "BOOK") =>
    `<Ntry><Amt Ccy="EUR">${centAlsBetrag(cent)}</Amt><CdtDbtInd>${richtung}</CdtDbtInd>` +
    `<Sts><Cd>${status}</Cd></Sts><BookgDt><Dt>${tag}</Dt></BookgDt><ValDt><Dt>${tag}</Dt></ValDt>` +
    `<AcctSvcrRef>REF-${tag}-${n}</AcctSvcrRef>`;
  switch (u.art) {
    case "lastschriften": {
      const summe = u.posten.reduce((s, p) => s + p.cent, 0);
      return (
        kopf(summe, "CRDT", u.status) +
        code("IDDT", "ESDD") +
        `<NtryDtls><Btch><NbOfTxs>${u.posten.length}</NbOfTxs><TtlAmt Ccy="EUR">${centAlsBetrag(summe)}</TtlAmt><CdtDbtInd>CRDT</CdtDbtInd></Btch>` +
        u.posten
          .map(
            (p) =>
              `<TxDtls><Refs><EndToEndId>${p.kassenzeichen}</EndToEndId><MndtId>M-${p.kassenzeichen}</MndtId></Refs>` +
              `<Amt Ccy="EUR">${centAlsBetrag(p.cent)}</Amt><CdtDbtInd>CRDT</CdtDbtInd>` +
              `<RmtInf><Ustrd>${p.kassenzeichen} Bewohnerparkausweis</Ustrd></RmtInf></TxDtls>`,
          )
          .join("") +
        "</NtryDtls></Ntry>"
      );
    }
    case "ruecklastschrift":
      return (
        kopf(u.cent, "DBIT", u.status) +
        code("IDDT", "UPDD") +
        `<NtryDtls><TxDtls><Refs><EndToEndId>${u.kassenzeichen}</EndToEndId><MndtId>M-${u.kassenzeichen}</MndtId></Refs>` +
        `<Amt Ccy="EUR">${centAlsBetrag(u.cent)}</Amt><CdtDbtInd>DBIT</CdtDbtInd>` +
        `<RltdPties><Dbtr><Pty><Nm>Erika Mustermann</Nm></Pty></Dbtr><DbtrAcct><Id><IBAN>DE89370400440532013000</IBAN></Id></DbtrAcct></RltdPties>` +
        `<RmtInf><Ustrd>${u.kassenzeichen} Bewohnerparkausweis</Ustrd></RmtInf>` +
        `<RtrInf><Rsn><Cd>${u.grund}</Cd></Rsn><AddtlInf>Ruecklastschrift</AddtlInf></RtrInf></TxDtls></NtryDtls></Ntry>`
      );
    case "ueberweisung":
      return (
        kopf(u.cent, "CRDT", u.status) +
        code("RCDT", "ESCT") +
        `<NtryDtls><TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs>` +
        `<Amt Ccy="EUR">${centAlsBetrag(u.cent)}</Amt><CdtDbtInd>CRDT</CdtDbtInd>` +
        `<RltdPties><Dbtr><Pty><Nm>Max Mustermann</Nm></Pty></Dbtr><DbtrAcct><Id><IBAN>DE89370400440532013000</IBAN></Id></DbtrAcct></RltdPties>` +
        `<RmtInf>${u.ustrd.map((z) => `<Ustrd>${xmlText(z)}</Ustrd>`).join("")}</RmtInf></TxDtls></NtryDtls></Ntry>`
      );
    case "entgelt":
      return (
        kopf(u.cent, "DBIT") +
        `<BkTxCd><Domn><Cd>ACMT</Cd><Fmly><Cd>MDOP</Cd><SubFmlyCd>CHRG</SubFmlyCd></Fmly></Domn></BkTxCd>` +
        "<AddtlNtryInf>Kontofuehrungsentgelt</AddtlNtryInf></Ntry>"
      );
  }
}

/** A camt.054.001.08 debit/credit notification or camt.053.001.08 statement of `iban`. */
export function camt(
  art: "053" | "054",
  { msgId, iban, tag, umsaetze }: { msgId: string; iban: string; tag: string; umsaetze: Umsatz[] },
): string {
  const eintraege = umsaetze.map((u, i) => eintrag(u, i + 1, tag)).join("");
  const konto = `<Acct><Id><IBAN>${iban}</IBAN></Id></Acct>`;
  if (art === "054") {
    return (
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"><BkToCstmrDbtCdtNtfctn>' +
      `<GrpHdr><MsgId>${msgId}</MsgId><CreDtTm>${tag}T18:00:00+01:00</CreDtTm></GrpHdr>` +
      `<Ntfctn><Id>N-${msgId}</Id><CreDtTm>${tag}T18:00:00+01:00</CreDtTm>${konto}${eintraege}</Ntfctn>` +
      "</BkToCstmrDbtCdtNtfctn></Document>\n"
    );
  }
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt>' +
    `<GrpHdr><MsgId>${msgId}</MsgId><CreDtTm>${tag}T18:00:00+01:00</CreDtTm></GrpHdr>` +
    `<Stmt><Id>S-${msgId}</Id><CreDtTm>${tag}T18:00:00+01:00</CreDtTm>${konto}` +
    `<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">1000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>${tag}</Dt></Dt></Bal>` +
    `${eintraege}</Stmt></BkToCstmrStmt></Document>\n`
  );
}

/** A pain.002.001.10 status report rejecting the given debits of a pain.008 file. */
export function pain002({
  msgId,
  originalMsgId,
  abgelehnt,
  dateiAbgelehnt,
}: {
  msgId: string;
  originalMsgId: string;
  abgelehnt: { kassenzeichen: string; cent: number; grund: string }[];
  /** The whole file rejected (group status RJCT with this reason), no items listed. */
  dateiAbgelehnt?: string;
}): string {
  if (dateiAbgelehnt) {
    return (
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10"><CstmrPmtStsRpt>' +
      `<GrpHdr><MsgId>${msgId}</MsgId><CreDtTm>2026-03-13T09:30:00+01:00</CreDtTm></GrpHdr>` +
      `<OrgnlGrpInfAndSts><OrgnlMsgId>${originalMsgId}</OrgnlMsgId><OrgnlMsgNmId>pain.008.001.08</OrgnlMsgNmId>` +
      `<GrpSts>RJCT</GrpSts><StsRsnInf><Rsn><Cd>${dateiAbgelehnt}</Cd></Rsn></StsRsnInf></OrgnlGrpInfAndSts>` +
      "</CstmrPmtStsRpt></Document>\n"
    );
  }
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10"><CstmrPmtStsRpt>' +
    `<GrpHdr><MsgId>${msgId}</MsgId><CreDtTm>2026-03-13T09:30:00+01:00</CreDtTm></GrpHdr>` +
    `<OrgnlGrpInfAndSts><OrgnlMsgId>${originalMsgId}</OrgnlMsgId><OrgnlMsgNmId>pain.008.001.08</OrgnlMsgNmId><GrpSts>PART</GrpSts></OrgnlGrpInfAndSts>` +
    `<OrgnlPmtInfAndSts><OrgnlPmtInfId>${originalMsgId}-1</OrgnlPmtInfId>` +
    abgelehnt
      .map(
        (a, i) =>
          `<TxInfAndSts><StsId>ST-${i + 1}</StsId><OrgnlEndToEndId>${a.kassenzeichen}</OrgnlEndToEndId><TxSts>RJCT</TxSts>` +
          `<StsRsnInf><Rsn><Cd>${a.grund}</Cd></Rsn></StsRsnInf>` +
          `<OrgnlTxRef><Amt><InstdAmt Ccy="EUR">${centAlsBetrag(a.cent)}</InstdAmt></Amt><ReqdColltnDt>2026-03-16</ReqdColltnDt></OrgnlTxRef></TxInfAndSts>`,
      )
      .join("") +
    "</OrgnlPmtInfAndSts></CstmrPmtStsRpt></Document>\n"
  );
}
