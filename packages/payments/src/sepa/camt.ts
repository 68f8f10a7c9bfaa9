import { type Ergebnis, gut, schlecht } from "./ergebnis.ts";
import type { IsoDatum } from "./kalender.ts";
import { type Rueckgabegrund, rueckgabegrund } from "./rueckgabegruende.ts";
import {
  attribut,
  betragInCent,
  type Knoten,
  kinder,
  liesIsoDokument,
  pfad,
  text,
  texte,
} from "./xml-lesen.ts";

export const CAMT_NAMENSRAEUME = [
  "urn:iso:std:iso:20022:tech:xsd:camt.054.001.08",
  "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08",
] as const;

/**
 * What an entry means for the portal:
 * - `ueberweisung`: a received credit transfer (PMNT/RCDT) — matched to a Kassenzeichen.
 * - `lastschrift`: the credit for collected direct debits (PMNT/IDDT/ESDD or BBDD).
 * - `ruecklastschrift`: a returned, rejected or refunded direct debit (return information, or
 *   PMNT/IDDT/UPDD / PRDD, or a reversal) — with the reason and the original references.
 * - `sonstige`: anything else (fees, outgoing payments); shown, not matched.
 */
export type Buchungsart = "ueberweisung" | "lastschrift" | "ruecklastschrift" | "sonstige";

export type Kontobewegung = {
  art: Buchungsart;
  /** Whole cents, always positive; `richtung` says which way. */
  betragCent: number;
  waehrung: string;
  richtung: "gutschrift" | "belastung";
  /** Entry status: BOOK (booked), PDNG (pending), INFO … Only BOOK is final. */
  status: string;
  gebucht: boolean;
  buchungsdatum?: IsoDatum;
  valutadatum?: IsoDatum;
  /** ISO bank transaction code, e.g. `PMNT/RCDT/ESCT`. */
  bankTransaktionscode?: string;
  /** The bank's reference of the entry (AcctSvcrRef), for de-duplication across files. */
  bankReferenz?: string;
  endToEndId?: string;
  mandatsreferenz?: string;
  /** Unstructured remittance lines joined with spaces. */
  verwendungszweck?: string;
  /** Structured creditor reference (e.g. ISO 11649 RF…), if any. */
  glaeubigerReferenz?: string;
  /** The other party: payer of a transfer, debtor of a debit. */
  gegenpartei?: { name?: string; iban?: string };
  /** Present for `ruecklastschrift`: the reason (code, explanation) and the bank's free text. */
  rueckgabe?: Rueckgabegrund & { code: string; zusatz?: string };
};

export type Kontoauszug = {
  /** `camt.053.001.08` or `camt.054.001.08`. */
  nachrichtentyp: string;
  nachrichtenId?: string;
  /** The account the statement or notification is about (IBAN). */
  konto?: string;
  bewegungen: Kontobewegung[];
};

function datum(k: Knoten | undefined): IsoDatum | undefined {
  const d = text(k, "Dt") ?? text(k, "DtTm")?.slice(0, 10);
  return d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : undefined;
}

function bankcode(k: Knoten | undefined): string | undefined {
  const domaene = text(k, "Domn", "Cd");
  if (!domaene) return undefined;
  return [domaene, text(k, "Domn", "Fmly", "Cd"), text(k, "Domn", "Fmly", "SubFmlyCd")]
    .filter(Boolean)
    .join("/");
}

function einordnen(
  code: string | undefined,
  richtung: Kontobewegung["richtung"],
  rueckgabe: boolean,
  storno: boolean,
): Buchungsart {
  const [domaene, familie, unterfamilie] = (code ?? "").split("/");
  const lastschriftFamilie = familie === "IDDT" || familie === "RDDT";
  if (rueckgabe) return "ruecklastschrift";
  // A reversal (RvslInd) of a direct-debit booking is a return too; of anything else it is not.
  if (storno && lastschriftFamilie) return "ruecklastschrift";
  if (
    domaene === "PMNT" &&
    lastschriftFamilie &&
    (unterfamilie === "UPDD" || unterfamilie === "PRDD")
  ) {
    return "ruecklastschrift";
  }
  if (domaene === "PMNT" && lastschriftFamilie && richtung === "gutschrift") return "lastschrift";
  if (domaene === "PMNT" && familie === "RCDT" && richtung === "gutschrift") return "ueberweisung";
  return "sonstige";
}

/**
 * Reads a bank-to-customer statement (camt.053.001.08) or debit/credit notification
 * (camt.054.001.08) and returns one movement per transaction detail (an entry without details
 * counts as one movement): received transfers with their remittance text (to match a
 * Kassenzeichen, see `findeKassenzeichen`), direct-debit credits, and returns with their reason
 * code and the original end-to-end id and mandate reference. A malformed file, a DOCTYPE, a file
 * over the size limit or another message type gives a clear error, never an exception.
 */
export function liesCamt(
  xml: string | Uint8Array,
  optionen: { maxBytes?: number } = {},
): Ergebnis<Kontoauszug> {
  const gelesen = liesIsoDokument(xml, {
    namensraeume: CAMT_NAMENSRAEUME,
    bezeichnung: "camt",
    ...(optionen.maxBytes === undefined ? {} : { maxBytes: optionen.maxBytes }),
  });
  if (!gelesen.ok) return gelesen;
  const { namensraum, dokument } = gelesen.wert;
  const nachrichtentyp = namensraum.split(":").pop() ?? "";
  const nachricht = pfad(
    dokument,
    nachrichtentyp.startsWith("camt.053") ? "BkToCstmrStmt" : "BkToCstmrDbtCdtNtfctn",
  );
  if (nachricht === undefined) {
    return schlecht(
      "camt.inhalt",
      "Die camt-Datei enthält keine Kontoauszugs- oder Avisdaten.",
      "The camt file contains no statement or notification.",
    );
  }
  const berichte = [...kinder(nachricht, "Stmt"), ...kinder(nachricht, "Ntfctn")];
  const bewegungen: Kontobewegung[] = [];
  let konto: string | undefined;
  for (const bericht of berichte) {
    konto ??= text(bericht, "Acct", "Id", "IBAN");
    for (const [n, eintrag] of kinder(bericht, "Ntry").entries()) {
      const r = liesEintrag(eintrag);
      if (!r.ok) return { ok: false, fehler: { ...r.fehler, stelle: `Ntry[${n}]` } };
      bewegungen.push(...r.wert);
    }
  }
  const nachrichtenId = text(nachricht, "GrpHdr", "MsgId");
  return gut({
    nachrichtentyp,
    ...(nachrichtenId === undefined ? {} : { nachrichtenId }),
    ...(konto === undefined ? {} : { konto }),
    bewegungen,
  });
}

function liesEintrag(eintrag: Knoten): Ergebnis<Kontobewegung[]> {
  const eintragsbetrag = betragInCent(text(eintrag, "Amt"));
  const richtungEintrag = text(eintrag, "CdtDbtInd");
  if (eintragsbetrag === undefined || (richtungEintrag !== "CRDT" && richtungEintrag !== "DBIT")) {
    return schlecht(
      "camt.betrag",
      "Ein Umsatz in der camt-Datei hat keinen lesbaren Betrag oder keine Soll/Haben-Kennung.",
      "An entry in the camt file has no readable amount or no credit/debit indicator.",
    );
  }
  const status = text(eintrag, "Sts", "Cd") ?? text(eintrag, "Sts") ?? "";
  const storno = text(eintrag, "RvslInd") === "true";
  const gemeinsam = {
    status,
    gebucht: status === "BOOK",
    waehrung: attribut(eintrag, "Ccy", "Amt") ?? "",
    ...optional("buchungsdatum", datum(pfad(eintrag, "BookgDt"))),
    ...optional("valutadatum", datum(pfad(eintrag, "ValDt"))),
    ...optional("bankReferenz", text(eintrag, "AcctSvcrRef")),
  };
  const codeEintrag = bankcode(pfad(eintrag, "BkTxCd"));
  const details = kinder(eintrag, "NtryDtls").flatMap((d) => kinder(d, "TxDtls"));
  if (details.length === 0) {
    const richtung = richtungEintrag === "CRDT" ? "gutschrift" : "belastung";
    return gut([
      {
        ...gemeinsam,
        art: einordnen(codeEintrag, richtung, false, storno),
        betragCent: eintragsbetrag,
        richtung,
        ...optional("bankTransaktionscode", codeEintrag),
        ...optional("verwendungszweck", text(eintrag, "AddtlNtryInf")),
      },
    ]);
  }
  const bewegungen: Kontobewegung[] = [];
  for (const d of details) {
    const betrag =
      betragInCent(text(d, "Amt")) ??
      betragInCent(text(d, "AmtDtls", "TxAmt", "Amt")) ??
      (details.length === 1 ? eintragsbetrag : undefined);
    if (betrag === undefined) {
      return schlecht(
        "camt.betrag",
        "Eine Einzelbuchung in der camt-Datei hat keinen lesbaren Betrag.",
        "A transaction in the camt file has no readable amount.",
      );
    }
    const waehrung =
      attribut(d, "Ccy", "Amt") ??
      attribut(d, "Ccy", "AmtDtls", "TxAmt", "Amt") ??
      gemeinsam.waehrung;
    const richtung =
      (text(d, "CdtDbtInd") ?? richtungEintrag) === "CRDT" ? "gutschrift" : "belastung";
    const code = bankcode(pfad(d, "BkTxCd")) ?? codeEintrag;
    const rtr = pfad(d, "RtrInf");
    const art = einordnen(code, richtung, rtr !== undefined, storno);
    const ustrd = texte(d, "RmtInf", "Ustrd");
    const strd = kinder(pfad(d, "RmtInf"), "Strd")
      .map((s) => text(s, "CdtrRefInf", "Ref"))
      .find((r) => r !== undefined);
    // The other party: for a received transfer the debtor (payer), for a debit the debtor too.
    const partei = pfad(d, "RltdPties", "Dbtr", "Pty") ?? pfad(d, "RltdPties", "Dbtr");
    const name = text(partei, "Nm");
    const iban = text(d, "RltdPties", "DbtrAcct", "Id", "IBAN");
    const grundCode = text(rtr, "Rsn", "Cd") ?? text(rtr, "Rsn", "Prtry");
    const zusatz = texte(rtr, "AddtlInf").join(" ");
    bewegungen.push({
      ...gemeinsam,
      art,
      betragCent: betrag,
      waehrung,
      richtung,
      ...optional("bankTransaktionscode", code),
      ...optional("bankReferenz", text(d, "Refs", "AcctSvcrRef") ?? gemeinsam.bankReferenz),
      ...optional("endToEndId", text(d, "Refs", "EndToEndId")),
      ...optional("mandatsreferenz", text(d, "Refs", "MndtId")),
      ...optional("verwendungszweck", ustrd.length > 0 ? ustrd.join(" ") : undefined),
      ...optional("glaeubigerReferenz", strd),
      ...(name !== undefined || iban !== undefined
        ? { gegenpartei: { ...optional("name", name), ...optional("iban", iban) } }
        : {}),
      ...(art === "ruecklastschrift"
        ? {
            rueckgabe: { ...rueckgabegrund(grundCode), ...optional("zusatz", zusatz || undefined) },
          }
        : {}),
    });
  }
  return gut(bewegungen);
}

function optional<K extends string, V>(schluessel: K, wert: V | undefined): { [P in K]?: V } {
  return (wert === undefined ? {} : { [schluessel]: wert }) as { [P in K]?: V };
}

/**
 * Finds which of the open Kassenzeichen a remittance text names. Payers and banks add or drop
 * spaces, dots and hyphens and break lines (camt splits Ustrd), so both sides are compared as
 * letters and digits only, without regard to case. The longest match wins; two different matches
 * of the same length are ambiguous and give `null` (the clerk assigns those by hand).
 */
export function findeKassenzeichen(
  verwendungszweck: string | undefined,
  offene: Iterable<string>,
): string | null {
  if (!verwendungszweck) return null;
  const kern = (s: string) =>
    s
      .normalize("NFKC")
      .toUpperCase()
      .replace(/[^A-Z0-9]/g, "");
  const text = kern(verwendungszweck);
  let bester: string | null = null;
  let laenge = 0;
  let mehrdeutig = false;
  for (const kz of offene) {
    const k = kern(kz);
    if (k.length < 4 || !text.includes(k)) continue;
    if (k.length > laenge) {
      bester = kz;
      laenge = k.length;
      mehrdeutig = false;
    } else if (k.length === laenge && bester !== null && kern(bester) !== k) {
      mehrdeutig = true;
    }
  }
  return mehrdeutig ? null : bester;
}
