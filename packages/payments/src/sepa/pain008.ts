import { type Ergebnis, gut, type SepaFehler, schlecht } from "./ergebnis.ts";
import { pruefeGlaeubigerId } from "./glaeubiger-id.ts";
import { normalisiereIban, pruefeBic, pruefeIban } from "./iban.ts";
import { type IsoDatum, istGeschaeftstag, istIsoDatum } from "./kalender.ts";
import { pruefeSepaReferenz, pruefeVerwendungszweck, sepaName, zuSepaZeichen } from "./zeichen.ts";

/** Sequence type of a CORE collection (EPC AT-21). */
export type Sequenztyp = "FRST" | "RCUR" | "OOFF" | "FNAL";
const SEQUENZTYPEN: readonly Sequenztyp[] = ["FRST", "RCUR", "FNAL", "OOFF"];

export type Glaeubiger = {
  name: string;
  iban: string;
  /** Optional (IBAN-only); `NOTPROVIDED` goes into the file then. */
  bic?: string | null;
  /** Gläubiger-Identifikationsnummer, e.g. `DE98ZZZ09999999999`. */
  glaeubigerId: string;
};

export type Lastschrift = {
  /** Unique per collection, ≤ 35 SEPA characters; comes back in camt and pain.002 files. */
  endToEndId: string;
  /** Amount in euro cents, a whole number > 0. */
  betragCent: number;
  mandatsreferenz: string;
  mandatUnterschriebenAm: IsoDatum;
  sequenztyp: Sequenztyp;
  schuldner: { name: string; iban: string; bic?: string | null };
  /** Unstructured remittance text, carries the Kassenzeichen; converted to the SEPA set, ≤ 140. */
  verwendungszweck: string;
};

export type Pain008Eingabe = {
  glaeubiger: Glaeubiger;
  /** Requested collection date (ReqdColltnDt), a TARGET2 business day. */
  faelligkeitsdatum: IsoDatum;
  lastschriften: Lastschrift[];
  /** Message id (MsgId), ≤ 32 SEPA characters; generated when left out. */
  nachrichtenId?: string;
  /** Creation time (CreDtTm); default now. */
  erstelltAm?: Date;
};

export type Pain008Datei = {
  /** The pain.008.001.08 document, UTF-8. */
  xml: string;
  nachrichtenId: string;
  anzahl: number;
  summeCent: number;
  /** One payment information block per sequence type. */
  zahlungsgruppen: {
    pmtInfId: string;
    sequenztyp: Sequenztyp;
    anzahl: number;
    summeCent: number;
  }[];
};

/** The largest amount SEPA allows per transaction: 999 999 999.99 EUR. */
const MAX_CENT = 99_999_999_999;

/** Euro cents as the decimal the ISO schema wants: 3070 → `30.70`. */
export function centAlsBetrag(cent: number): string {
  return `${Math.floor(cent / 100)}.${String(cent % 100).padStart(2, "0")}`;
}

/** Escapes text for XML element content and attribute values. */
export function xmlText(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

function erzeugeNachrichtenId(jetzt: Date): string {
  const stempel = jetzt.toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const zufall = Array.from(globalThis.crypto.getRandomValues(new Uint8Array(5)), (b) =>
    b.toString(16).padStart(2, "0"),
  ).join("");
  return `PORTAL-${stempel}-${zufall}`; // 7 + 14 + 1 + 10 = 32 characters
}

type Pruefung = { ok: true } | { ok: false; fehler: SepaFehler };

function mitStelle(r: Ergebnis<unknown>, stelle: string, wer?: string): Pruefung {
  if (r.ok) return { ok: true };
  const zusatz = wer ? ` (${wer})` : "";
  return {
    ok: false,
    fehler: { ...r.fehler, de: `${r.fehler.de}${zusatz}`, en: `${r.fehler.en}${zusatz}`, stelle },
  };
}

function pruefeGlaeubiger(g: Glaeubiger): Pruefung {
  for (const [r, stelle] of [
    [pruefeIban(g.iban), "glaeubiger.iban"],
    [pruefeBic(g.bic, g.iban), "glaeubiger.bic"],
    [pruefeGlaeubigerId(g.glaeubigerId), "glaeubiger.glaeubigerId"],
  ] as const) {
    if (!r.ok) return mitStelle(r, stelle);
  }
  if (sepaName(g.name) === "") {
    return mitStelle(
      schlecht(
        "name.leer",
        "Der Name des Zahlungsempfängers fehlt.",
        "The creditor's name is missing.",
      ),
      "glaeubiger.name",
    );
  }
  return { ok: true };
}

function pruefeLastschrift(l: Lastschrift, i: number, faelligkeit: IsoDatum): Pruefung {
  const s = `lastschriften[${i}]`;
  const wer = typeof l.endToEndId === "string" && l.endToEndId !== "" ? l.endToEndId : `#${i + 1}`;
  const checks: [Ergebnis<unknown>, string][] = [
    [
      pruefeSepaReferenz(l.endToEndId, { de: "End-to-End-Referenz", en: "end-to-end id" }),
      "endToEndId",
    ],
    [pruefeSepaReferenz(l.mandatsreferenz), "mandatsreferenz"],
    [pruefeIban(l.schuldner.iban), "schuldner.iban"],
    [pruefeBic(l.schuldner.bic, l.schuldner.iban), "schuldner.bic"],
    [pruefeVerwendungszweck(zuSepaZeichen(l.verwendungszweck)), "verwendungszweck"],
  ];
  for (const [r, feld] of checks) if (!r.ok) return mitStelle(r, `${s}.${feld}`, wer);
  if (!Number.isSafeInteger(l.betragCent) || l.betragCent <= 0 || l.betragCent > MAX_CENT) {
    return mitStelle(
      schlecht(
        "betrag.ungueltig",
        "Der Betrag muss in ganzen Cent angegeben werden, größer als 0 und höchstens 999.999.999,99 EUR.",
        "The amount must be whole cents, more than 0 and at most EUR 999,999,999.99.",
      ),
      `${s}.betragCent`,
      wer,
    );
  }
  if (!SEQUENZTYPEN.includes(l.sequenztyp)) {
    return mitStelle(
      schlecht(
        "sequenztyp.ungueltig",
        "Der Sequenztyp muss FRST, RCUR, OOFF oder FNAL sein.",
        "The sequence type must be FRST, RCUR, OOFF or FNAL.",
      ),
      `${s}.sequenztyp`,
      wer,
    );
  }
  if (!istIsoDatum(l.mandatUnterschriebenAm) || l.mandatUnterschriebenAm > faelligkeit) {
    return mitStelle(
      schlecht(
        "mandat.datum",
        "Das Unterschriftsdatum des Mandats fehlt oder liegt nach dem Fälligkeitstag.",
        "The mandate's signature date is missing or after the due date.",
      ),
      `${s}.mandatUnterschriebenAm`,
      wer,
    );
  }
  if (sepaName(l.schuldner.name) === "") {
    return mitStelle(
      schlecht(
        "name.leer",
        "Der Name des Kontoinhabers fehlt.",
        "The account holder's name is missing.",
      ),
      `${s}.schuldner.name`,
      wer,
    );
  }
  return { ok: true };
}

function agent(bic: string | null | undefined): string {
  const b = pruefeBic(bic);
  const kennung = b.ok && b.wert ? `<BICFI>${b.wert}</BICFI>` : "<Othr><Id>NOTPROVIDED</Id></Othr>";
  return `<FinInstnId>${kennung}</FinInstnId>`;
}

/**
 * Builds a SEPA CORE direct-debit file, pain.008.001.08 as the current EPC SDD Core implementation
 * guidelines use it: one creditor account, one due date, one payment information block per
 * sequence type, control sums and counts computed from whole cents. Every transaction is checked
 * first (IBAN, BIC, creditor identifier, references, amount, remittance text); the first error is
 * returned with its place (`stelle`) and nothing is built. Names and remittance text are converted
 * to the EPC basic Latin set, which every bank accepts. An empty batch is refused.
 */
export function erzeugePain008(eingabe: Pain008Eingabe): Ergebnis<Pain008Datei> {
  const { glaeubiger, faelligkeitsdatum, lastschriften } = eingabe;
  if (!Array.isArray(lastschriften) || lastschriften.length === 0) {
    return schlecht(
      "pain008.leer",
      "Es gibt keine Lastschriften für diese Datei. Eine leere Sammellastschrift wird nicht erzeugt.",
      "There are no direct debits for this file. An empty batch is not created.",
    );
  }
  const erstelltAm = eingabe.erstelltAm ?? new Date();
  if (!istIsoDatum(faelligkeitsdatum)) {
    return schlecht(
      "faelligkeit.datum",
      "Der Fälligkeitstag ist kein gültiges Datum.",
      "The due date is not a valid date.",
    );
  }
  if (!istGeschaeftstag(faelligkeitsdatum)) {
    return schlecht(
      "faelligkeit.keinGeschaeftstag",
      `Der Fälligkeitstag ${faelligkeitsdatum} ist kein TARGET2-Geschäftstag (Wochenende oder Feiertag).`,
      `The due date ${faelligkeitsdatum} is not a TARGET2 business day (weekend or holiday).`,
    );
  }
  if (faelligkeitsdatum < erstelltAm.toISOString().slice(0, 10)) {
    return schlecht(
      "faelligkeit.vergangen",
      `Der Fälligkeitstag ${faelligkeitsdatum} liegt in der Vergangenheit.`,
      `The due date ${faelligkeitsdatum} is in the past.`,
    );
  }
  const g = pruefeGlaeubiger(glaeubiger);
  if (!g.ok) return g;
  const gesehen = new Set<string>();
  for (const [i, l] of lastschriften.entries()) {
    const p = pruefeLastschrift(l, i, faelligkeitsdatum);
    if (!p.ok) return p;
    if (gesehen.has(l.endToEndId)) {
      return schlecht(
        "endToEndId.doppelt",
        `Die End-to-End-Referenz ${l.endToEndId} kommt in der Datei mehrfach vor.`,
        `The end-to-end id ${l.endToEndId} occurs more than once in the file.`,
        `lastschriften[${i}].endToEndId`,
      );
    }
    gesehen.add(l.endToEndId);
  }
  const nachrichtenId = eingabe.nachrichtenId ?? erzeugeNachrichtenId(erstelltAm);
  const id = pruefeSepaReferenz(nachrichtenId, { de: "Nachrichten-ID", en: "message id" }, 32);
  if (!id.ok) return { ok: false, fehler: { ...id.fehler, stelle: "nachrichtenId" } };

  const glaeubigerId = pruefeGlaeubigerId(glaeubiger.glaeubigerId);
  const ci = glaeubigerId.ok ? glaeubigerId.wert.id : "";
  const glaeubigerName = xmlText(sepaName(glaeubiger.name));
  const zahlungsgruppen: Pain008Datei["zahlungsgruppen"] = [];
  const bloecke: string[] = [];
  for (const sequenztyp of SEQUENZTYPEN) {
    const gruppe = lastschriften.filter((l) => l.sequenztyp === sequenztyp);
    if (gruppe.length === 0) continue;
    const pmtInfId = `${nachrichtenId}-${zahlungsgruppen.length + 1}`;
    const summeCent = gruppe.reduce((s, l) => s + l.betragCent, 0);
    zahlungsgruppen.push({ pmtInfId, sequenztyp, anzahl: gruppe.length, summeCent });
    const transaktionen = gruppe.map(
      (l) =>
        `<DrctDbtTxInf><PmtId><EndToEndId>${xmlText(l.endToEndId)}</EndToEndId></PmtId>` +
        `<InstdAmt Ccy="EUR">${centAlsBetrag(l.betragCent)}</InstdAmt>` +
        `<DrctDbtTx><MndtRltdInf><MndtId>${xmlText(l.mandatsreferenz)}</MndtId>` +
        `<DtOfSgntr>${l.mandatUnterschriebenAm}</DtOfSgntr></MndtRltdInf></DrctDbtTx>` +
        `<DbtrAgt>${agent(l.schuldner.bic)}</DbtrAgt>` +
        `<Dbtr><Nm>${xmlText(sepaName(l.schuldner.name))}</Nm></Dbtr>` +
        `<DbtrAcct><Id><IBAN>${normalisiereIban(l.schuldner.iban)}</IBAN></Id></DbtrAcct>` +
        `<RmtInf><Ustrd>${xmlText(zuSepaZeichen(l.verwendungszweck))}</Ustrd></RmtInf></DrctDbtTxInf>`,
    );
    bloecke.push(
      `<PmtInf><PmtInfId>${xmlText(pmtInfId)}</PmtInfId><PmtMtd>DD</PmtMtd><BtchBookg>true</BtchBookg>` +
        `<NbOfTxs>${gruppe.length}</NbOfTxs><CtrlSum>${centAlsBetrag(summeCent)}</CtrlSum>` +
        `<PmtTpInf><SvcLvl><Cd>SEPA</Cd></SvcLvl><LclInstrm><Cd>CORE</Cd></LclInstrm><SeqTp>${sequenztyp}</SeqTp></PmtTpInf>` +
        `<ReqdColltnDt>${faelligkeitsdatum}</ReqdColltnDt>` +
        `<Cdtr><Nm>${glaeubigerName}</Nm></Cdtr>` +
        `<CdtrAcct><Id><IBAN>${normalisiereIban(glaeubiger.iban)}</IBAN></Id></CdtrAcct>` +
        `<CdtrAgt>${agent(glaeubiger.bic)}</CdtrAgt><ChrgBr>SLEV</ChrgBr>` +
        `<CdtrSchmeId><Id><PrvtId><Othr><Id>${ci}</Id><SchmeNm><Prtry>SEPA</Prtry></SchmeNm></Othr></PrvtId></Id></CdtrSchmeId>` +
        transaktionen.join("") +
        "</PmtInf>",
    );
  }
  const summeCent = zahlungsgruppen.reduce((s, z) => s + z.summeCent, 0);
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.008.001.08" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<CstmrDrctDbtInitn><GrpHdr><MsgId>${xmlText(nachrichtenId)}</MsgId>` +
    `<CreDtTm>${erstelltAm.toISOString().slice(0, 19)}Z</CreDtTm>` +
    `<NbOfTxs>${lastschriften.length}</NbOfTxs><CtrlSum>${centAlsBetrag(summeCent)}</CtrlSum>` +
    `<InitgPty><Nm>${glaeubigerName}</Nm></InitgPty></GrpHdr>` +
    bloecke.join("") +
    "</CstmrDrctDbtInitn></Document>\n";
  return gut({ xml, nachrichtenId, anzahl: lastschriften.length, summeCent, zahlungsgruppen });
}

/** A collection as the payments core hands it over: the transaction plus its creditor and due date. */
export type Lastschriftposten = Lastschrift & {
  glaeubiger: Glaeubiger;
  faelligkeitsdatum: IsoDatum;
};

/**
 * Groups collections into files: one file per creditor account (IBAN) and due date, as banks and
 * the EPC guidelines expect. Collections on one account must name the same creditor (name,
 * creditor identifier, BIC); otherwise the grouping is refused, since a file has one creditor per
 * payment block. Files come out ordered by due date, then IBAN.
 */
export function gruppiereLastschriften(posten: Lastschriftposten[]): Ergebnis<Pain008Eingabe[]> {
  const gruppen = new Map<string, Pain008Eingabe>();
  for (const [i, p] of posten.entries()) {
    const iban = normalisiereIban(p.glaeubiger.iban);
    const schluessel = `${p.faelligkeitsdatum}|${iban}`;
    const { glaeubiger, faelligkeitsdatum, ...lastschrift } = p;
    const gruppe = gruppen.get(schluessel);
    if (gruppe === undefined) {
      gruppen.set(schluessel, { glaeubiger, faelligkeitsdatum, lastschriften: [lastschrift] });
      continue;
    }
    const a = gruppe.glaeubiger;
    const gleich =
      a.name === glaeubiger.name &&
      a.glaeubigerId.replace(/\s+/g, "").toUpperCase() ===
        glaeubiger.glaeubigerId.replace(/\s+/g, "").toUpperCase() &&
      (a.bic ?? "").toUpperCase() === (glaeubiger.bic ?? "").toUpperCase();
    if (!gleich) {
      return schlecht(
        "glaeubiger.widerspruechlich",
        `Für das Konto ${iban} sind verschiedene Zahlungsempfänger angegeben (Name, Gläubiger-ID oder BIC).`,
        `Different creditors (name, creditor identifier or BIC) are given for the account ${iban}.`,
        `posten[${i}].glaeubiger`,
      );
    }
    gruppe.lastschriften.push(lastschrift);
  }
  return gut(
    [...gruppen.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([, g]) => g),
  );
}
