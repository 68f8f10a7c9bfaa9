import { randomBytes } from "node:crypto";
import type { Db } from "@portal/db/client";
import {
  findEndgueltigSeit,
  findEvents,
  findIntent,
  type IntentRow,
  insertEvent,
  insertIntent,
  kreisDerOe,
  listIntents,
  naechsterKassenzeichenwert,
  updateIntent,
} from "../queries/zahlung.ts";
import { rueckgabegrund } from "../sepa/rueckgabegruende.ts";
import {
  darfWechseln,
  type Ereignisart,
  type ErstelleEingabe,
  ereignisFuer,
  erstelleSchema,
  type Fehlerergebnis,
  formatiereKassenzeichen,
  type IntentErgebnis,
  inSepaZeichen,
  jahrInSachsen,
  type ListeEingabe,
  listeSchema,
  MAX_VERWENDUNGSZWECK,
  type Meldung,
  meldungFuer,
  type PaymentIntent,
  type PaymentProvider,
  unzulaessigeZeichen,
  type Zahlungsmittel,
  type Zahlungsstatus,
  zahlungsmittelSchema,
} from "../types.ts";
import { inTransaktion, mitIdempotenz } from "./idempotenz.ts";

type Erfolg = { ok: true; intent: PaymentIntent };

/** The API object of a row. */
export function alsIntent(row: IntentRow): PaymentIntent {
  return {
    id: row.id,
    object: "payment_intent",
    amount: row.amount,
    amountReceived: row.amountReceived,
    amountRefunded: row.amountRefunded,
    currency: "EUR",
    description: row.description,
    metadata: row.metadata,
    kassenzeichen: row.kassenzeichen,
    remittanceText: row.remittanceText,
    status: row.status,
    paymentMethodType: row.paymentMethodType,
    oeSchluessel: row.oeSchluessel,
    nextAction: row.nextAction ?? null,
    lastPaymentError: row.lastPaymentError ?? null,
    cancellationReason: row.cancellationReason ?? null,
    haushaltsstelle: row.haushaltsstelle ?? null,
    created: row.created,
    updated: row.updated,
  };
}

/** An intent result stored as JSON (idempotency) back with its dates. */
function ausGespeichert(gespeichert: unknown): Erfolg {
  const e = gespeichert as { intent: PaymentIntent & { created: string; updated: string } };
  return {
    ok: true,
    intent: {
      ...e.intent,
      created: new Date(e.intent.created),
      updated: new Date(e.intent.updated),
    },
  };
}

const fehler = (f: Fehlerergebnis["fehler"], meldung: Meldung, feld?: string): Fehlerergebnis => ({
  ok: false,
  fehler: f,
  meldung,
  ...(feld ? { feld } : {}),
});

const UNBEKANNT = fehler("unbekannt", {
  de: "Diese Zahlung gibt es nicht.",
  en: "This payment does not exist.",
});

const STATUSNAME: Record<Zahlungsstatus, Meldung> = {
  requires_payment_method: { de: "wartet auf Zahlungsdaten", en: "awaiting payment details" },
  requires_confirmation: { de: "wartet auf Bestätigung", en: "awaiting confirmation" },
  processing: { de: "in Bearbeitung", en: "processing" },
  succeeded: { de: "bezahlt", en: "paid" },
  failed: { de: "fehlgeschlagen", en: "failed" },
  canceled: { de: "storniert", en: "canceled" },
  partially_refunded: { de: "teilweise erstattet", en: "partially refunded" },
  refunded: { de: "erstattet", en: "refunded" },
};

const VORGANG = {
  bestaetigen: { de: "bestätigt", en: "confirmed" },
  verbuchen: { de: "als bezahlt verbucht", en: "booked as paid" },
  zurueckbuchen: { de: "als fehlgeschlagen verbucht", en: "booked as failed" },
  stornieren: { de: "storniert", en: "canceled" },
  erstatten: { de: "erstattet", en: "refunded" },
} satisfies Record<string, Meldung>;

const uebergangVerboten = (von: Zahlungsstatus, was: Meldung) =>
  fehler("ungueltiger-uebergang", {
    de: `Eine Zahlung im Status „${STATUSNAME[von].de}“ kann nicht ${was.de} werden.`,
    en: `A payment with status “${STATUSNAME[von].en}” cannot be ${was.en}.`,
  });

const euro = (cent: number) =>
  `${new Intl.NumberFormat("de-DE", { minimumFractionDigits: 2 }).format(cent / 100)} EUR`;
const euroEn = (cent: number) =>
  `EUR ${new Intl.NumberFormat("en-GB", { minimumFractionDigits: 2 }).format(cent / 100)}`;

const schluesselFehler = (key: string | undefined) =>
  key !== undefined && (key.length < 1 || key.length > 255)
    ? fehler("eingabe-ungueltig", {
        de: "Der Idempotenzschlüssel muss 1 bis 255 Zeichen lang sein.",
        en: "The idempotency key must be 1 to 255 characters long.",
      })
    : undefined;

/** Changes the status of a locked intent and writes its event, in the caller's transaction. */
async function wechsle(
  tx: Db,
  row: IntentRow,
  nach: Zahlungsstatus,
  {
    werte = {},
    daten = {},
    jetzt,
  }: { werte?: Partial<IntentRow>; daten?: Record<string, unknown>; jetzt: Date },
) {
  const neu = await updateIntent(tx, {
    id: row.id,
    werte: { ...werte, status: nach, updated: jetzt },
  });
  await insertEvent(tx, {
    intentId: row.id,
    type: ereignisFuer(nach),
    data: { von: row.status, nach, ...daten },
    at: jetzt,
  });
  return neu;
}

/**
 * Creates a payment intent for a fee of an authority (`oeSchluessel`): amount in integer cents
 * (> 0, ≤ MAX_BETRAG_CENT), EUR only, with the next Kassenzeichen of the authority and year
 * and the remittance text `<Kassenzeichen> <remittanceText or the description in SEPA
 * characters>`. A direct debit starts `requires_payment_method` (the payer's account comes with
 * `confirm`), a bank transfer `requires_confirmation`. Writes `payment_intent.created`.
 *
 * With `idempotencyKey`, the same key and body return the first request's result, also when
 * requests arrive at the same time; the same key with another body is `idempotenz-konflikt`.
 */
export async function create(
  db: Db,
  eingabe: ErstelleEingabe & { idempotencyKey?: string; jetzt?: Date },
): Promise<IntentErgebnis> {
  const jetzt = eingabe.jetzt ?? new Date();
  const { idempotencyKey, jetzt: _jetzt, ...body } = eingabe;
  const schluessel = schluesselFehler(idempotencyKey);
  if (schluessel) return schluessel;
  const geprueft = erstelleSchema.safeParse(body);
  if (!geprueft.success) {
    const problem = geprueft.error.issues[0];
    return fehler(
      "eingabe-ungueltig",
      meldungFuer(problem, "eingabe"),
      String(problem?.path[0] ?? ""),
    );
  }
  const e = geprueft.data;
  if (e.remittanceText !== undefined) {
    const falsch = unzulaessigeZeichen(e.remittanceText);
    if (falsch.length > 0) {
      return fehler(
        "verwendungszweck-ungueltig",
        {
          de: `Der Verwendungszweck enthält Zeichen, die im SEPA-Zahlungsverkehr nicht erlaubt sind: ${falsch.map((z) => `„${z}“`).join(", ")}. Erlaubt sind Buchstaben ohne Umlaute (ae, oe, ue, ss), Ziffern, Leerzeichen und / - ? : ( ) . , ' +`,
          en: `The remittance text contains characters that SEPA payments do not allow: ${falsch.map((z) => `“${z}”`).join(", ")}. Allowed are letters without accents or umlauts, digits, spaces and / - ? : ( ) . , ' +`,
        },
        "remittanceText",
      );
    }
  }

  return mitIdempotenz(
    db,
    { key: idempotencyKey, operation: "create", body: e, jetzt, wiederholt: ausGespeichert },
    async (tx): Promise<Erfolg> => {
      const jahr = jahrInSachsen(jetzt);
      const kreis = await kreisDerOe(tx, { oeSchluessel: e.oeSchluessel });
      const wert = await naechsterKassenzeichenwert(tx, { oeSchluessel: e.oeSchluessel, jahr });
      const kassenzeichen = formatiereKassenzeichen(jahr, kreis, wert);
      const zusatz = e.remittanceText ?? inSepaZeichen(e.description);
      const remittanceText = `${kassenzeichen} ${zusatz}`
        .trim()
        .slice(0, MAX_VERWENDUNGSZWECK)
        .trim();
      const status =
        e.paymentMethodType === "sepa_debit" ? "requires_payment_method" : "requires_confirmation";
      const row = await insertIntent(tx, {
        id: `pi_${randomBytes(12).toString("hex")}`,
        amount: e.amount,
        currency: e.currency,
        description: e.description,
        metadata: e.metadata,
        kassenzeichen,
        remittanceText,
        status,
        paymentMethodType: e.paymentMethodType,
        oeSchluessel: e.oeSchluessel,
        haushaltsstelle: e.haushaltsstelle ?? null,
        created: jetzt,
        updated: jetzt,
      });
      await insertEvent(tx, {
        intentId: row.id,
        type: "payment_intent.created",
        data: { status, amount: row.amount, kassenzeichen },
        at: jetzt,
      });
      return { ok: true, intent: alsIntent(row) };
    },
  );
}

/** An intent by id; with `oes`, only when it belongs to one of those authorities. */
export async function retrieve(
  db: Db,
  { id, oes }: { id: string; oes?: readonly string[] },
): Promise<IntentErgebnis> {
  const row = await findIntent(db, { id, oes });
  return row ? { ok: true, intent: alsIntent(row) } : UNBEKANNT;
}

/** Past confirmation: a repeated confirm returns the intent as it is. */
const BESTAETIGT: readonly Zahlungsstatus[] = [
  "processing",
  "succeeded",
  "partially_refunded",
  "refunded",
];

/**
 * Confirms an intent: hands it with the payment method to `provider.bereiteVor` and moves it to
 * what the provider says (`processing` for a debit awaiting the batch or a transfer awaiting the
 * credit). A direct debit needs `zahlungsmittel` (account holder, IBAN, optional BIC); a
 * refusal (e.g. an invalid IBAN) changes nothing, so the payer can correct it.
 *
 * The intent's row is locked (`for update`) for the whole confirmation: of concurrent confirms,
 * the first reaches the provider and the others wait, then find it confirmed and return it as it
 * is (no second mandate, no second collection). Confirming a failed or canceled one is refused.
 */
export async function confirm(
  db: Db,
  eingabe: {
    id: string;
    zahlungsmittel?: Zahlungsmittel;
    provider: PaymentProvider;
    oes?: readonly string[];
    jetzt?: Date;
  },
): Promise<IntentErgebnis> {
  const jetzt = eingabe.jetzt ?? new Date();
  let zahlungsmittel: Zahlungsmittel | undefined;
  if (eingabe.zahlungsmittel !== undefined) {
    const geprueft = zahlungsmittelSchema.safeParse(eingabe.zahlungsmittel);
    if (!geprueft.success) {
      const problem = geprueft.error.issues[0];
      return fehler(
        "zahlungsmittel-ungueltig",
        meldungFuer(problem),
        String(problem?.path[0] ?? ""),
      );
    }
    zahlungsmittel = geprueft.data;
  }
  return inTransaktion(db, async (tx): Promise<IntentErgebnis> => {
    let row = await findIntent(tx, { id: eingabe.id, oes: eingabe.oes, sperren: true });
    if (!row) return UNBEKANNT;
    if (BESTAETIGT.includes(row.status)) return { ok: true, intent: alsIntent(row) };
    if (
      !darfWechseln(row.status, "processing") &&
      !darfWechseln(row.status, "requires_confirmation")
    ) {
      return uebergangVerboten(row.status, VORGANG.bestaetigen);
    }
    const mittel: Zahlungsmittel | undefined =
      zahlungsmittel ??
      (row.paymentMethodType === "bank_transfer" ? { type: "bank_transfer" } : undefined);
    if (!mittel) {
      return fehler("zahlungsmittel-fehlt", {
        de: "Bitte geben Sie Kontoinhaber und IBAN für die Lastschrift an.",
        en: "Please give the account holder and IBAN for the direct debit.",
      });
    }
    if (mittel.type !== row.paymentMethodType) {
      return fehler("zahlungsmittel-ungueltig", {
        de: "Die Zahlungsdaten passen nicht zur gewählten Zahlungsart.",
        en: "The payment details do not match the chosen payment method.",
      });
    }
    if (row.status === "requires_payment_method") {
      row = await wechsle(tx, row, "requires_confirmation", { jetzt });
    }
    const vorbereitung = await eingabe.provider.bereiteVor(tx, {
      intent: alsIntent(row),
      zahlungsmittel: mittel,
      jetzt,
    });
    if (!vorbereitung.ok)
      return fehler(vorbereitung.fehler, vorbereitung.meldung, vorbereitung.feld);
    const neu = await wechsle(tx, row, vorbereitung.status, {
      werte: {
        nextAction: vorbereitung.nextAction,
        ...(vorbereitung.status === "succeeded" ? { amountReceived: row.amount } : {}),
      },
      // Only the kind: the next action may carry the payer's name, and this history is append-only.
      daten: vorbereitung.nextAction?.type ? { nextAction: vorbereitung.nextAction.type } : {},
      jetzt,
    });
    return { ok: true, intent: alsIntent(neu) };
  });
}

/**
 * Records what the bank says about a payment on its way (the statement import, or a provider's
 * notification): `succeeded` books the amount, `failed` keeps the return reason (e.g.
 * `{ code: "MD06" }`). Repeating the same outcome changes nothing (a statement imported twice).
 * A bank transfer may be booked before it was confirmed: the payer may transfer with the
 * Kassenzeichen straight from the receipt. A debit without a mandate cannot. A collected debit
 * that the bank returns later (the payer's objection, MD06) goes from `succeeded` to `failed`
 * and its received amount back to 0; a transfer cannot be returned this way (the payer's bank
 * cannot take back a credit transfer), nor a debit already refunded in part (the cash office
 * settles that by hand).
 */
export async function verbucheErgebnis(
  db: Db,
  eingabe: {
    id: string;
    ergebnis: "succeeded" | "failed";
    grund?: { code: string; message?: string };
    jetzt?: Date;
  },
): Promise<IntentErgebnis> {
  const jetzt = eingabe.jetzt ?? new Date();
  return inTransaktion(db, async (tx): Promise<IntentErgebnis> => {
    const row = await findIntent(tx, { id: eingabe.id, sperren: true });
    if (!row) return UNBEKANNT;
    if (row.status === eingabe.ergebnis) return { ok: true, intent: alsIntent(row) };
    const ruecklastschrift = row.status === "succeeded" && eingabe.ergebnis === "failed";
    if (
      !darfWechseln(row.status, eingabe.ergebnis) ||
      (ruecklastschrift && row.paymentMethodType !== "sepa_debit")
    ) {
      return uebergangVerboten(
        row.status,
        eingabe.ergebnis === "succeeded" ? VORGANG.verbuchen : VORGANG.zurueckbuchen,
      );
    }
    const neu = await wechsle(tx, row, eingabe.ergebnis, {
      werte:
        eingabe.ergebnis === "succeeded"
          ? { amountReceived: row.amount }
          : { lastPaymentError: eingabe.grund ?? { code: "unbekannt" }, amountReceived: 0 },
      // `zurueckgebucht`: the amount had been booked and goes out again (the HKR export's return row).
      daten: {
        ...(eingabe.grund ? { grund: eingabe.grund } : {}),
        ...(ruecklastschrift ? { zurueckgebucht: row.amountReceived } : {}),
      },
      jetzt,
    });
    return { ok: true, intent: alsIntent(neu) };
  });
}

/**
 * Cancels an intent that has not been confirmed yet. Canceling a canceled one returns it as it
 * is; one on its way or collected is refused (refund it instead).
 */
export async function cancel(
  db: Db,
  eingabe: { id: string; cancellationReason?: string; oes?: readonly string[]; jetzt?: Date },
): Promise<IntentErgebnis> {
  const jetzt = eingabe.jetzt ?? new Date();
  return inTransaktion(db, async (tx): Promise<IntentErgebnis> => {
    const row = await findIntent(tx, { id: eingabe.id, oes: eingabe.oes, sperren: true });
    if (!row) return UNBEKANNT;
    if (row.status === "canceled") return { ok: true, intent: alsIntent(row) };
    if (!darfWechseln(row.status, "canceled"))
      return uebergangVerboten(row.status, VORGANG.stornieren);
    const grund = eingabe.cancellationReason?.trim().slice(0, 500) || null;
    const neu = await wechsle(tx, row, "canceled", {
      werte: { cancellationReason: grund },
      daten: grund ? { grund } : {},
      jetzt,
    });
    return { ok: true, intent: alsIntent(neu) };
  });
}

/**
 * Refunds `amount` cents (default: all that is left) of a collected intent through the provider:
 * a part makes it `partially_refunded`, the rest `refunded`. Never more than was collected less
 * what was already refunded (`erstattung-zu-hoch`). With `idempotencyKey`, a retry of the same
 * refund returns its first result instead of refunding twice.
 */
export async function refund(
  db: Db,
  eingabe: {
    id: string;
    amount?: number;
    grund?: string;
    provider: PaymentProvider;
    oes?: readonly string[];
    idempotencyKey?: string;
    jetzt?: Date;
  },
): Promise<IntentErgebnis> {
  const jetzt = eingabe.jetzt ?? new Date();
  const schluessel = schluesselFehler(eingabe.idempotencyKey);
  if (schluessel) return schluessel;
  const betragFehler = erstelleSchema.shape.amount.safeParse(eingabe.amount ?? 1);
  if (!betragFehler.success) {
    return fehler(
      "eingabe-ungueltig",
      meldungFuer(betragFehler.error.issues[0], "betrag.zahl"),
      "amount",
    );
  }
  const grund = eingabe.grund?.trim().slice(0, 500) || null;
  return mitIdempotenz(
    db,
    {
      key: eingabe.idempotencyKey,
      operation: "refund",
      body: { id: eingabe.id, amount: eingabe.amount ?? null, grund },
      jetzt,
      wiederholt: ausGespeichert,
    },
    async (tx): Promise<IntentErgebnis> => {
      const row = await findIntent(tx, { id: eingabe.id, oes: eingabe.oes, sperren: true });
      if (!row) return UNBEKANNT;
      if (row.status !== "succeeded" && row.status !== "partially_refunded") {
        return uebergangVerboten(row.status, VORGANG.erstatten);
      }
      const offen = row.amountReceived - row.amountRefunded;
      const betrag = eingabe.amount ?? offen;
      if (betrag > offen) {
        return fehler(
          "erstattung-zu-hoch",
          {
            de: `Es können höchstens ${euro(offen)} erstattet werden (eingezogen ${euro(row.amountReceived)}, bereits erstattet ${euro(row.amountRefunded)}).`,
            en: `At most ${euroEn(offen)} can be refunded (collected ${euroEn(row.amountReceived)}, already refunded ${euroEn(row.amountRefunded)}).`,
          },
          "amount",
        );
      }
      const erstattung = await eingabe.provider.erstatte(tx, {
        intent: alsIntent(row),
        betrag,
        grund,
        jetzt,
      });
      if (!erstattung.ok) return fehler("anbieter-abgelehnt", erstattung.meldung);
      const summe = row.amountRefunded + betrag;
      const nach: Zahlungsstatus = summe === row.amountReceived ? "refunded" : "partially_refunded";
      const neu = await wechsle(tx, row, nach, {
        werte: { amountRefunded: summe },
        daten: { betrag, amountRefunded: summe, ...(grund ? { grund } : {}), ...erstattung.daten },
        jetzt,
      });
      return { ok: true, intent: alsIntent(neu) };
    },
  );
}

const kodiereCursor = (row: { created: Date; id: string }) =>
  Buffer.from(`${row.created.toISOString()}|${row.id}`).toString("base64url");

function dekodiereCursor(cursor: string): { created: Date; id: string } | undefined {
  const [zeit, id] = Buffer.from(cursor, "base64url").toString().split("|");
  const created = new Date(zeit ?? "");
  return id && !Number.isNaN(created.getTime()) ? { created, id } : undefined;
}

export type Seite = {
  ok: true;
  data: PaymentIntent[];
  hasMore: boolean;
  nextCursor: string | null;
};

/**
 * The authorities' intents, newest first, filtered by status and creation time (`von`
 * inclusive, `bis` exclusive), `limit` (≤ 100) at a time; pass `nextCursor` as `cursor` for the
 * next page (stable while new payments arrive).
 */
export async function list(db: Db, eingabe: ListeEingabe): Promise<Seite | Fehlerergebnis> {
  const geprueft = listeSchema.safeParse(eingabe);
  if (!geprueft.success)
    return fehler("eingabe-ungueltig", {
      de: "Ungültige Filter für die Zahlungsliste.",
      en: "Invalid filters for the payment list.",
    });
  const e = geprueft.data;
  const nach = e.cursor ? dekodiereCursor(e.cursor) : undefined;
  if (e.cursor && !nach)
    return fehler(
      "eingabe-ungueltig",
      { de: "Ungültiger Cursor.", en: "Invalid cursor." },
      "cursor",
    );
  const rows = await listIntents(db, { ...e, nach });
  const seite = rows.slice(0, e.limit);
  const letzte = seite.at(-1);
  const hasMore = rows.length > e.limit;
  return {
    ok: true,
    data: seite.map(alsIntent),
    hasMore,
    nextCursor: hasMore && letzte ? kodiereCursor(letzte) : null,
  };
}

export type Zahlungsereignis = {
  id: number;
  type: Ereignisart;
  data: Record<string, unknown>;
  at: Date;
};

/** The history of an intent, oldest first (for the cash office). */
export async function listEvents(
  db: Db,
  { id, oes }: { id: string; oes?: readonly string[] },
): Promise<{ ok: true; data: Zahlungsereignis[] } | Fehlerergebnis> {
  const row = await findIntent(db, { id, oes });
  if (!row) return UNBEKANNT;
  const events = await findEvents(db, { intentId: id });
  return { ok: true, data: events.map(({ id, type, data, at }) => ({ id, type, data, at })) };
}

/**
 * The intents that became final (succeeded or failed) at or after `seit`, as they are now: for
 * whoever records outcomes elsewhere and must catch up on those a crash left unrecorded (the
 * applications' reconciliation). At most `limit`, the oldest first.
 */
export async function endgueltigSeit(
  db: Db,
  { seit, limit = 5000 }: { seit: Date; limit?: number },
): Promise<PaymentIntent[]> {
  return (await findEndgueltigSeit(db, { seit, limit })).map(alsIntent);
}

/** A final intent's outcome with the bank's reason in words (null while it is not final). */
export type Zahlungsergebnis = {
  intentId: string;
  status: "succeeded" | "failed";
  grund?: { code: string; de: string; en: string };
};

export function zahlungsergebnis(intent: PaymentIntent): Zahlungsergebnis | null {
  if (intent.status !== "succeeded" && intent.status !== "failed") return null;
  if (intent.status === "succeeded") return { intentId: intent.id, status: "succeeded" };
  const { code, de, en } = rueckgabegrund(intent.lastPaymentError?.code);
  return { intentId: intent.id, status: "failed", grund: { code, de, en } };
}
