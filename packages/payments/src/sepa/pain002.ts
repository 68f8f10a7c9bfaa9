import { type Ergebnis, gut, schlecht } from "./ergebnis.ts";
import type { IsoDatum } from "./kalender.ts";
import { type Rueckgabegrund, rueckgabegrund } from "./rueckgabegruende.ts";
import {
  betragInCent,
  type Knoten,
  kinder,
  liesIsoDokument,
  pfad,
  text,
  texte,
} from "./xml-lesen.ts";

export const PAIN002_NAMENSRAEUME = ["urn:iso:std:iso:20022:tech:xsd:pain.002.001.10"] as const;

type Grund = Rueckgabegrund & { code: string; zusatz?: string };

export type Statusmeldung = {
  /** ACCP, ACTC, ACSP, PART, RJCT, PDNG … (ISO external payment status codes). */
  status?: string;
  gruende: Grund[];
};

export type Transaktionsstatus = Statusmeldung & {
  endToEndId?: string;
  pmtInfId?: string;
  mandatsreferenz?: string;
  betragCent?: number;
  faelligkeitsdatum?: IsoDatum;
  /** True for RJCT: the item was not collected and must not be booked. */
  abgelehnt: boolean;
};

export type Statusbericht = {
  nachrichtenId?: string;
  /** The MsgId of the pain.008 file the report is about. */
  originalNachrichtenId?: string;
  originalNachrichtentyp?: string;
  /** Status of the whole file (RJCT: nothing in it was accepted). */
  gruppe: Statusmeldung;
  zahlungsgruppen: (Statusmeldung & { pmtInfId?: string })[];
  transaktionen: Transaktionsstatus[];
};

function gruende(k: Knoten | undefined): Grund[] {
  return kinder(k, "StsRsnInf").map((s) => {
    const zusatz = texte(s, "AddtlInf").join(" ");
    return {
      ...rueckgabegrund(text(s, "Rsn", "Cd") ?? text(s, "Rsn", "Prtry")),
      ...(zusatz ? { zusatz } : {}),
    };
  });
}

function meldung(k: Knoten | undefined, statusFeld: string): Statusmeldung {
  const status = text(k, statusFeld);
  return { ...(status === undefined ? {} : { status }), gruende: gruende(k) };
}

/**
 * Reads a customer payment status report (pain.002.001.10), the bank's answer to a pain.008 file
 * before settlement: the file's status, each payment block's, and every transaction it reports
 * (typically the rejected ones, RJCT, with reason codes such as AC01 or AC04) with the original
 * end-to-end id and mandate reference. Never throws.
 */
export function liesPain002(
  xml: string | Uint8Array,
  optionen: { maxBytes?: number } = {},
): Ergebnis<Statusbericht> {
  const gelesen = liesIsoDokument(xml, {
    namensraeume: PAIN002_NAMENSRAEUME,
    bezeichnung: "pain.002",
    ...(optionen.maxBytes === undefined ? {} : { maxBytes: optionen.maxBytes }),
  });
  if (!gelesen.ok) return gelesen;
  const bericht = pfad(gelesen.wert.dokument, "CstmrPmtStsRpt");
  const original = pfad(bericht, "OrgnlGrpInfAndSts");
  if (bericht === undefined || original === undefined) {
    return schlecht(
      "pain002.inhalt",
      "Der Statusbericht enthält keinen Bezug auf eine eingereichte Datei.",
      "The status report does not refer to a submitted file.",
    );
  }
  const zahlungsgruppen: Statusbericht["zahlungsgruppen"] = [];
  const transaktionen: Transaktionsstatus[] = [];
  for (const pi of kinder(bericht, "OrgnlPmtInfAndSts")) {
    const pmtInfId = text(pi, "OrgnlPmtInfId");
    zahlungsgruppen.push({
      ...(pmtInfId === undefined ? {} : { pmtInfId }),
      ...meldung(pi, "PmtInfSts"),
    });
    for (const tx of kinder(pi, "TxInfAndSts")) {
      const m = meldung(tx, "TxSts");
      const ref = pfad(tx, "OrgnlTxRef");
      const felder: Omit<Transaktionsstatus, "status" | "gruende" | "abgelehnt"> = {};
      const e2e = text(tx, "OrgnlEndToEndId");
      if (e2e !== undefined) felder.endToEndId = e2e;
      if (pmtInfId !== undefined) felder.pmtInfId = pmtInfId;
      const mandat = text(ref, "MndtRltdInf", "MndtId");
      if (mandat !== undefined) felder.mandatsreferenz = mandat;
      const betrag = betragInCent(text(ref, "Amt", "InstdAmt"));
      if (betrag !== undefined) felder.betragCent = betrag;
      const faellig = text(ref, "ReqdColltnDt");
      if (faellig !== undefined) felder.faelligkeitsdatum = faellig;
      const status = m.status ?? zahlungsgruppen.at(-1)?.status;
      transaktionen.push({
        ...felder,
        ...(status === undefined ? {} : { status }),
        gruende: m.gruende,
        abgelehnt: status === "RJCT",
      });
    }
  }
  const nachrichtenId = text(bericht, "GrpHdr", "MsgId");
  const originalNachrichtenId = text(original, "OrgnlMsgId");
  const originalNachrichtentyp = text(original, "OrgnlMsgNmId");
  return gut({
    ...(nachrichtenId === undefined ? {} : { nachrichtenId }),
    ...(originalNachrichtenId === undefined ? {} : { originalNachrichtenId }),
    ...(originalNachrichtentyp === undefined ? {} : { originalNachrichtentyp }),
    gruppe: meldung(original, "GrpSts"),
    zahlungsgruppen,
    transaktionen,
  });
}
