/**
 * ISO 20022 external status/return reason codes as the SEPA direct-debit schemes use them for
 * R-transactions (rejects, returns, refunds; EPC "Guidance on reason codes for SDD R-transactions",
 * EPC173-14). `art` lets the portal pick what to tell the citizen next: a closed or wrong account
 * needs another account, missing funds another attempt or another payment method, a refund
 * request (MD06) a conversation, a mandate problem a new mandate.
 */
export type Rueckgabeart = "konto" | "deckung" | "widerspruch" | "mandat" | "technisch" | "sonstig";

export type Rueckgabegrund = { art: Rueckgabeart; de: string; en: string };

export const RUECKGABEGRUENDE: Readonly<Record<string, Rueckgabegrund>> = {
  AC01: {
    art: "konto",
    de: "Die IBAN ist falsch oder das Konto existiert nicht.",
    en: "The IBAN is wrong or the account does not exist.",
  },
  AC04: { art: "konto", de: "Das Konto ist aufgelöst.", en: "The account is closed." },
  AC06: { art: "konto", de: "Das Konto ist gesperrt.", en: "The account is blocked." },
  AC13: {
    art: "konto",
    de: "Das Konto ist ein Konto, von dem keine Lastschrift eingezogen werden darf (Art des Kontos).",
    en: "Direct debits are not allowed on this type of account.",
  },
  AG01: {
    art: "konto",
    de: "Lastschriften sind auf diesem Konto nicht erlaubt (z. B. Sparkonto oder Lastschriftsperre).",
    en: "Direct debits are not allowed on this account (e.g. a savings account or a debit block).",
  },
  AG02: {
    art: "technisch",
    de: "Der Auftrag enthielt einen ungültigen Code (Sequenztyp o. ä.).",
    en: "The order contained an invalid code (sequence type or similar).",
  },
  AM04: {
    art: "deckung",
    de: "Das Konto war nicht ausreichend gedeckt.",
    en: "There were insufficient funds in the account.",
  },
  AM05: {
    art: "technisch",
    de: "Die Lastschrift wurde doppelt eingereicht.",
    en: "The direct debit was a duplicate.",
  },
  BE05: {
    art: "technisch",
    de: "Der Zahlungsempfänger ist der Bank nicht bekannt (Gläubiger-ID).",
    en: "The creditor is not known to the bank (creditor identifier).",
  },
  CNOR: {
    art: "technisch",
    de: "Die Bank des Zahlungsempfängers ist für das Verfahren nicht erreichbar.",
    en: "The creditor's bank is not reachable for the scheme.",
  },
  DNOR: {
    art: "konto",
    de: "Die Bank des Kontoinhabers nimmt am SEPA-Lastschriftverfahren nicht teil.",
    en: "The debtor's bank does not take part in SEPA direct debit.",
  },
  FF01: {
    art: "technisch",
    de: "Die Datei hatte ein ungültiges Format.",
    en: "The file format was invalid.",
  },
  MD01: {
    art: "mandat",
    de: "Es liegt kein gültiges Mandat vor (oder es wurde widerrufen).",
    en: "There is no valid mandate (or it was revoked).",
  },
  MD02: {
    art: "mandat",
    de: "Im Mandat fehlen Pflichtangaben oder sie sind falsch.",
    en: "Mandatory information in the mandate is missing or wrong.",
  },
  MD06: {
    art: "widerspruch",
    de: "Der Kontoinhaber hat die Lastschrift bei seiner Bank zurückgeben lassen (Erstattungsverlangen).",
    en: "The account holder asked their bank to refund the direct debit.",
  },
  MD07: {
    art: "konto",
    de: "Der Kontoinhaber ist verstorben.",
    en: "The account holder is deceased.",
  },
  MS02: {
    art: "widerspruch",
    de: "Der Kontoinhaber hat der Lastschrift widersprochen (Grund nicht angegeben).",
    en: "The account holder refused the direct debit (no reason given).",
  },
  MS03: {
    art: "sonstig",
    de: "Die Bank hat die Lastschrift zurückgegeben (Grund nicht angegeben).",
    en: "The bank returned the direct debit (no reason given).",
  },
  RC01: { art: "technisch", de: "Der BIC ist falsch.", en: "The BIC is wrong." },
  RR01: {
    art: "technisch",
    de: "Kontoangaben des Kontoinhabers fehlen (regulatorische Gründe).",
    en: "The debtor's account details are missing (regulatory reason).",
  },
  RR02: {
    art: "technisch",
    de: "Name oder Anschrift des Kontoinhabers fehlen (regulatorische Gründe).",
    en: "The debtor's name or address is missing (regulatory reason).",
  },
  RR03: {
    art: "technisch",
    de: "Name oder Anschrift des Zahlungsempfängers fehlen (regulatorische Gründe).",
    en: "The creditor's name or address is missing (regulatory reason).",
  },
  RR04: { art: "sonstig", de: "Regulatorische Gründe.", en: "Regulatory reason." },
  SL01: {
    art: "konto",
    de: "Die Bank des Kontoinhabers hat die Lastschrift aufgrund einer Vereinbarung mit ihm abgewiesen (z. B. Lastschriftsperre für diesen Zahlungsempfänger).",
    en: "The debtor's bank refused the debit under an agreement with the debtor (e.g. a block for this creditor).",
  },
  FOCR: {
    art: "sonstig",
    de: "Rückgabe nach einer Rückrufanfrage des Zahlungsempfängers.",
    en: "Return following a cancellation request by the creditor.",
  },
  DUPL: { art: "technisch", de: "Doppelte Zahlung.", en: "Duplicate payment." },
  TM01: {
    art: "technisch",
    de: "Die Datei ist nach dem Annahmeschluss eingegangen.",
    en: "The file arrived after the cut-off time.",
  },
};

/** The explanation for a reason code; unknown codes get a neutral text that names the code. */
export function rueckgabegrund(code: string | undefined): Rueckgabegrund & { code: string } {
  const c = (code ?? "").toUpperCase();
  const bekannt = RUECKGABEGRUENDE[c];
  if (bekannt) return { code: c, ...bekannt };
  return {
    code: c,
    art: "sonstig",
    de: c
      ? `Die Bank hat die Zahlung zurückgegeben (Grund ${c}).`
      : "Die Bank hat die Zahlung zurückgegeben (ohne Angabe eines Grundes).",
    en: c
      ? `The bank returned the payment (reason ${c}).`
      : "The bank returned the payment (no reason given).",
  };
}
