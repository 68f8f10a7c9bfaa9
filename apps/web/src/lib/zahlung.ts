import "server-only";
import { createHash } from "node:crypto";
import { verknuepfeZahlung, vermerkeZahlung } from "@portal/antraege/server";
import type { Database } from "@portal/db/client";
import type { Formulardefinition, Gebuehr, GebuehrZahlungsart } from "@portal/forms/types";
import { type Rueckgabeart, rueckgabegrund } from "@portal/payments/sepa";
import {
  cancel,
  confirm,
  create,
  findeKassenkonto,
  geplanterEinzug as geplanterEinzugNach,
  lokalerSepaAnbieter,
  type PaymentIntent,
  retrieve,
  stelleWebhooksZu,
  type Zahlungsmittel,
  zahlungsergebnis,
} from "@portal/payments/server";
import { formatDate, formatEuro } from "@/i18n/format";
import type { Lang } from "@/i18n/sprache";
import { zahlungTexte } from "@/i18n/zahlung";
import { post, sendeNachricht } from "@/lib/antraege";
import { getJobs } from "@/lib/jobs";
import { oeNamen } from "@/lib/verwaltung-oe";

// Everything payment-related of the web app (issue 10): the provider, the fee policy of a form as
// the runner applies it, the intents of the payment step and of "pay by transfer instead", and
// how a payment reads on the receipt, the confirmation page, the citizen's and the staff's pages.

/** The payment provider of the portal (the local SEPA provider; docs/payments.md). */
export const zahlungsanbieter = () => lokalerSepaAnbieter();

/**
 * The creditor identifier the page names in the mandate before it is given (the authority's
 * cash-office account, as the provider reads it); null when the authority collects no debits.
 * The provider stores the one it used in the intent's `nextAction`, which the receipt shows.
 */
export async function glaeubigerIdVon(db: Database, oeSchluessel: string): Promise<string | null> {
  const konto = await findeKassenkonto(db, { oeSchluessel });
  return konto?.lastschrift ? konto.glaeubigerId : null;
}

/**
 * The planned collection date of a debit confirmed at `jetzt`, as the provider computes it when it
 * stores the mandate. It is "planned": the cash office's batch may go later.
 */
export const geplanterEinzug = (jetzt: Date = new Date()) => geplanterEinzugNach(jetzt);

/** The fee the runner asks for before submission; null when there is none or it is due later. */
export const gebuehrVorEinreichung = (def: Formulardefinition): Gebuehr | null =>
  def.gebuehr?.zeitpunkt === "vor-einreichung" ? def.gebuehr : null;

/**
 * The fee paid before submission to the authority `oeSchluessel`, with the methods the form
 * allows and the authority's cash office offers (its `kasse_konto`: a debit needs its creditor
 * identifier). Null when there is no such fee, or when the authority takes none of the methods
 * online: then the application goes without a payment step and the authority asks for the fee.
 */
export async function gebuehrBei(
  db: Database,
  def: Formulardefinition,
  oeSchluessel: string,
): Promise<Gebuehr | null> {
  const gebuehr = gebuehrVorEinreichung(def);
  if (!gebuehr) return null;
  const konto = await findeKassenkonto(db, { oeSchluessel });
  if (!konto) return null;
  const zahlungsarten = gebuehr.zahlungsarten.filter((art) =>
    art === "sepa_debit" ? konto.lastschrift && Boolean(konto.glaeubigerId) : konto.ueberweisung,
  );
  return zahlungsarten.length > 0 ? { ...gebuehr, zahlungsarten } : null;
}

/**
 * The method the payment page preselects and creates the intent for when first shown: the debit
 * where it is allowed (its mandate needs the Kassenzeichen on the page), else the transfer.
 */
export const ersteZahlungsart = (gebuehr: Gebuehr): GebuehrZahlungsart =>
  gebuehr.zahlungsarten.includes("sepa_debit") ? "sepa_debit" : "bank_transfer";

/** A posted method, when the fee allows it. */
export function erlaubteZahlungsart(gebuehr: Gebuehr, wert: unknown): GebuehrZahlungsart | null {
  return typeof wert === "string" && (gebuehr.zahlungsarten as string[]).includes(wert)
    ? (wert as GebuehrZahlungsart)
    : null;
}

/**
 * The idempotency key of a draft's fee in one method: a reload of the payment page, a double
 * click and a retry after a failure between payment and submission find the same intent. Per
 * method, because an intent's method is fixed when it is created; and per authority and fee
 * (hashed, to stay short), because the citizen may go back and change the address (another
 * authority) or the form may get a new fee: the same key with another body would be refused.
 */
export function gebuehrSchluessel(
  entwurfId: string,
  art: GebuehrZahlungsart,
  {
    oeSchluessel,
    betragCent,
    beschreibung,
  }: { oeSchluessel: string; betragCent: number; beschreibung: string },
) {
  const fuer = createHash("sha256")
    .update(`${oeSchluessel}\n${betragCent}\n${beschreibung}`)
    .digest("hex");
  return `antrag-gebuehr:${entwurfId}:${art}:${fuer.slice(0, 16)}`;
}

/** The key of "pay by transfer instead" after `fehlgeschlagen` failed: one transfer per failure. */
export const ueberweisungSchluessel = (antragId: string, fehlgeschlagen: string) =>
  `antrag-ueberweisung:${antragId}:${fehlgeschlagen}`;

/** The mandate reference of an intent (the local provider's rule, docs/payments.md). */
export const mandatsreferenzVon = (kassenzeichen: string) => `M-${kassenzeichen}`;

type GebuehrIntent = {
  gebuehr: Gebuehr;
  oeSchluessel: string;
  art: GebuehrZahlungsart;
  schluessel: string;
  metadata: Record<string, string>;
};

async function erstelle(db: Database, g: GebuehrIntent) {
  return create(db, {
    amount: g.gebuehr.betragCent,
    description: g.gebuehr.bezeichnung.de,
    metadata: g.metadata,
    paymentMethodType: g.art,
    oeSchluessel: g.oeSchluessel,
    ...(g.gebuehr.haushaltsstelle ? { haushaltsstelle: g.gebuehr.haushaltsstelle } : {}),
    idempotencyKey: g.schluessel,
  });
}

/**
 * The intent of a draft's fee in `art` (created on the payment page's first view, found again on
 * every later one): the responsible authority's, with the form and draft in its metadata.
 */
export async function gebuehrIntent(
  db: Database,
  {
    def,
    gebuehr,
    entwurfId,
    oeSchluessel,
    art,
  }: {
    def: Formulardefinition;
    gebuehr: Gebuehr;
    entwurfId: string;
    oeSchluessel: string;
    art: GebuehrZahlungsart;
  },
) {
  return erstelle(db, {
    gebuehr,
    oeSchluessel,
    art,
    schluessel: gebuehrSchluessel(entwurfId, art, {
      oeSchluessel,
      betragCent: gebuehr.betragCent,
      beschreibung: gebuehr.bezeichnung.de,
    }),
    metadata: { formular: def.schluessel, entwurf: entwurfId },
  });
}

/**
 * Confirms the fee of the payment step: `intent` with the payer's account for a debit, or as a
 * transfer. Confirming again returns the confirmed intent (a retry after a failed submission).
 */
export async function bestaetigeGebuehr(
  db: Database,
  { intentId, zahlungsmittel }: { intentId: string; zahlungsmittel: Zahlungsmittel },
) {
  return confirm(db, { id: intentId, provider: zahlungsanbieter(), zahlungsmittel });
}

/**
 * Cancels the intent the payment page created for its preselected method when the citizen chose
 * the other one (it was never confirmed), so the cash office sees no open payment nobody will
 * make. The page created it on its first view, so the key finds it (the same body: no new one).
 */
export async function verwirfVorauswahl(
  db: Database,
  eingabe: {
    def: Formulardefinition;
    gebuehr: Gebuehr;
    entwurfId: string;
    oeSchluessel: string;
    gewaehlt: GebuehrZahlungsart;
  },
) {
  const vorauswahl = ersteZahlungsart(eingabe.gebuehr);
  if (vorauswahl === eingabe.gewaehlt) return;
  const r = await gebuehrIntent(db, { ...eingabe, art: vorauswahl });
  if (
    r.ok &&
    (r.intent.status === "requires_payment_method" || r.intent.status === "requires_confirmation")
  )
    await cancel(db, {
      id: r.intent.id,
      cancellationReason: "abandoned: another payment method chosen",
    });
}

/**
 * "Pay the fee by transfer" after a failed payment: a new bank-transfer intent for the same
 * amount, authority and description, confirmed at once (its instructions are the next step).
 * The key from the application and the failed intent makes a repeated click find it again.
 */
export async function ueberweisungStatt(
  db: Database,
  {
    antragId,
    aktenzeichen,
    fehlgeschlagen,
  }: { antragId: string; aktenzeichen: string; fehlgeschlagen: PaymentIntent },
) {
  const neu = await create(db, {
    amount: fehlgeschlagen.amount,
    description: fehlgeschlagen.description,
    metadata: { ...fehlgeschlagen.metadata, antrag: aktenzeichen, ersetzt: fehlgeschlagen.id },
    paymentMethodType: "bank_transfer",
    oeSchluessel: fehlgeschlagen.oeSchluessel,
    idempotencyKey: ueberweisungSchluessel(antragId, fehlgeschlagen.id),
  });
  if (!neu.ok) return neu;
  return confirm(db, { id: neu.intent.id, provider: zahlungsanbieter() });
}

/** An intent by id (null when unknown); with `oes`, only one of those authorities'. */
export async function ladeZahlung(
  db: Database,
  intentId: string | null | undefined,
  { oes }: { oes?: readonly string[] } = {},
) {
  if (!intentId) return null;
  const r = await retrieve(db, { id: intentId, ...(oes ? { oes } : {}) });
  return r.ok ? r.intent : null;
}

// ---------------------------------------------------------------------------------------------
// How a payment reads (pure)

/** The parts of `nextAction` the pages show, read defensively (it is provider JSON). */
export type Zahlungsangaben = {
  art: "sepa_debit" | "bank_transfer";
  betragCent: number;
  kassenzeichen: string;
  status: PaymentIntent["status"];
  lastschrift?: { mandatsreferenz: string; glaeubigerId: string; faelligAm: string; iban: string };
  ueberweisung?: {
    verwendungszweck: string;
    empfaenger?: { kontoinhaber: string; iban: string; bic?: string };
  };
  /** The bank's reason when the payment failed. */
  grund?: { code: string; art: Rueckgabeart; de: string; en: string };
};

const text = (wert: unknown) => (typeof wert === "string" ? wert : undefined);

export function zahlungsangaben(intent: PaymentIntent): Zahlungsangaben {
  const na = (intent.nextAction ?? {}) as Record<string, unknown>;
  const angaben: Zahlungsangaben = {
    art: intent.paymentMethodType,
    betragCent: intent.amount,
    kassenzeichen: intent.kassenzeichen,
    status: intent.status,
  };
  if (intent.paymentMethodType === "sepa_debit" && text(na.mandatsreferenz)) {
    angaben.lastschrift = {
      mandatsreferenz: text(na.mandatsreferenz) ?? "",
      glaeubigerId: text(na.glaeubigerId) ?? "",
      faelligAm: text(na.faelligAm) ?? "",
      iban: text(na.iban) ?? "",
    };
  }
  if (intent.paymentMethodType === "bank_transfer") {
    const e = na.empfaenger as Record<string, unknown> | undefined;
    const empfaenger =
      e && text(e.kontoinhaber) && text(e.iban)
        ? {
            kontoinhaber: text(e.kontoinhaber) ?? "",
            iban: text(e.iban) ?? "",
            ...(text(e.bic) ? { bic: text(e.bic) } : {}),
          }
        : undefined;
    angaben.ueberweisung = {
      verwendungszweck: text(na.verwendungszweck) ?? intent.kassenzeichen,
      ...(empfaenger ? { empfaenger } : {}),
    };
  }
  if (intent.status === "failed") angaben.grund = rueckgabegrund(intent.lastPaymentError?.code);
  return angaben;
}

/** An IBAN in groups of four, as printed on a card or a statement. */
export const ibanInGruppen = (iban: string) =>
  iban.replace(/\s+/g, "").replace(/(.{4})(?=.)/g, "$1 ");

/** The rows of a payment for a description list and the receipt PDF: what, how much, how, when. */
export function zahlungsZeilen(a: Zahlungsangaben, lang: Lang): { label: string; wert: string }[] {
  const d = zahlungTexte(lang);
  const zeilen = [
    { label: d.zahlungsart, wert: d.art[a.art] },
    { label: d.betrag, wert: formatEuro(lang, a.betragCent / 100) },
    { label: d.kassenzeichen, wert: a.kassenzeichen },
    { label: d.zahlungsstatus, wert: d.status[a.status] },
  ];
  if (a.lastschrift) {
    zeilen.push(
      { label: d.mandatsreferenz, wert: a.lastschrift.mandatsreferenz },
      { label: d.glaeubigerId, wert: a.lastschrift.glaeubigerId },
      { label: d.lastschriftUeberIban, wert: a.lastschrift.iban },
    );
    if (a.status === "processing" && a.lastschrift.faelligAm)
      zeilen.push({
        label: d.einzug,
        wert: d.lastschriftAm(formatDate(lang, a.lastschrift.faelligAm)),
      });
  }
  if (a.ueberweisung && a.status !== "succeeded") {
    const e = a.ueberweisung.empfaenger;
    zeilen.push(
      e
        ? {
            label: d.ueberweisungKonto,
            wert: [e.kontoinhaber, `IBAN ${ibanInGruppen(e.iban)}`, e.bic ? `BIC ${e.bic}` : ""]
              .filter(Boolean)
              .join(", "),
          }
        : { label: d.ueberweisungKonto, wert: d.kontoFehlt },
      { label: d.verwendungszweck, wert: a.kassenzeichen },
    );
  }
  if (a.grund) zeilen.push({ label: d.fehlgeschlagenText, wert: a.grund[lang] });
  return zeilen;
}

// ---------------------------------------------------------------------------------------------
// The bank's answer and the fee after a decision (server)

/**
 * Tells the application of `intent` what the bank said, once the payment is final (`succeeded`
 * or `failed`): for the statement import of the cash office and the webhooks, after
 * `verbucheErgebnis`. A failure's reason comes in words (`rueckgabegrund`), the citizen is told
 * in the Postfach and by mail. Payments of no application, and other states, do nothing.
 */
export async function meldeZahlungAnAntrag(db: Database, intent: PaymentIntent) {
  const ergebnis = zahlungsergebnis(intent);
  if (!ergebnis) return null;
  return vermerkeZahlung(db, {
    ...ergebnis,
    post,
    sendeNachricht,
    stellenname: async (oe) => (await oeNamen(db, [oe])).get(oe) ?? oe,
  });
}

/**
 * After a commit that changed payments (an import, a confirmation, a refund): the webhook
 * deliveries queued at once rather than by the worker's sweep within the minute, and the
 * applications of the payments that became final told (`meldeZahlungAnAntrag`). Best effort: a
 * failure here is logged and loses no delivery (the outbox rows stay open for the sweep).
 */
export async function nachZahlungsaenderung(db: Database, intents: readonly PaymentIntent[]) {
  for (const intent of intents) {
    try {
      await meldeZahlungAnAntrag(db, intent);
    } catch (fehler) {
      console.error(`[zahlung] the application of ${intent.id} could not be told`, fehler);
    }
  }
  try {
    await stelleWebhooksZu(await getJobs(), db);
  } catch (fehler) {
    console.error("[zahlung] webhook deliveries not queued now (the worker's sweep will)", fehler);
  }
}

/**
 * The fee of a form whose fee is due after the decision ("nach-entscheidung"): once the
 * application is decided in favour (fully or in part), a bank-transfer intent for it, confirmed
 * (its instructions are what the citizen sees) and linked to the application. Called where the
 * application is shown; the key from the application finds it again, and a linked one is kept.
 */
export async function gebuehrNachEntscheidung(
  db: Database,
  {
    def,
    antrag,
    kontoId,
  }: {
    def: Formulardefinition | null;
    antrag: {
      id: string;
      aktenzeichen: string;
      oeSchluessel: string;
      zahlungIntentId: string | null;
      verlauf: readonly { art: string; ergebnis: string | null }[];
    };
    kontoId: string;
  },
): Promise<PaymentIntent | null> {
  const gebuehr = def?.gebuehr;
  if (!def || gebuehr?.zeitpunkt !== "nach-entscheidung" || antrag.zahlungIntentId) return null;
  if (!gebuehr.zahlungsarten.includes("bank_transfer")) return null;
  const entscheidung = antrag.verlauf.findLast((e) => e.art === "entscheidung");
  if (
    entscheidung?.ergebnis !== "stattgegeben" &&
    entscheidung?.ergebnis !== "teilweise_stattgegeben"
  )
    return null;
  const erstellt = await create(db, {
    amount: gebuehr.betragCent,
    description: gebuehr.bezeichnung.de,
    metadata: { formular: def.schluessel, antrag: antrag.aktenzeichen },
    paymentMethodType: "bank_transfer",
    oeSchluessel: antrag.oeSchluessel,
    idempotencyKey: `antrag-gebuehr-entscheidung:${antrag.id}`,
  });
  if (!erstellt.ok) return null;
  const bestaetigt = await confirm(db, { id: erstellt.intent.id, provider: zahlungsanbieter() });
  if (!bestaetigt.ok) return null;
  const verknuepft = await verknuepfeZahlung(db, {
    antragId: antrag.id,
    kontoId,
    intentId: bestaetigt.intent.id,
    bisher: null,
    status: bestaetigt.intent.status,
  });
  return verknuepft.ok ? bestaetigt.intent : null;
}
