// Test helpers of @portal/payments (its tests and other domains' that need real payments): an
// authority with its cash-office account, and intents created and confirmed through the public
// services (no shortcuts into the tables).

import type { Database } from "@portal/db/client";
import { speichereKassenkonto } from "./services/kasse.ts";
import { lokalerSepaAnbieter } from "./services/sepa-anbieter.ts";
import { confirm, create } from "./services/zahlung.ts";
import type { PaymentIntent } from "./types.ts";

export const OE = "gv-14612000";
export const ANDERE_OE = "gv-14713000";
export const KASSENKONTO = {
  oeSchluessel: OE,
  glaeubigerId: "DE98ZZZ09999999999",
  kontoinhaber: "Landeshauptstadt Dresden, Stadtkasse",
  iban: "DE02120300000000202051",
  bic: "BYLADEM1001",
  lastschrift: true,
  ueberweisung: true,
};
export const ANDERES_KONTO = {
  ...KASSENKONTO,
  oeSchluessel: ANDERE_OE,
  kontoinhaber: "Stadt Leipzig, Stadtkasse",
  iban: "DE89370400440532013000",
  bic: "COBADEFFXXX",
};
/** The demo account for any other authority a test makes up. */
export const kassenkontoVon = (oeSchluessel: string) => ({ ...KASSENKONTO, oeSchluessel });
export const provider = lokalerSepaAnbieter();
/** Monday 2 March 2026, 11:00 in Dresden: the debits are due on Monday 16 March. */
export const JETZT = new Date("2026-03-02T10:00:00Z");

export async function richteKassenEin(db: Database) {
  for (const konto of [KASSENKONTO, ANDERES_KONTO]) {
    const r = await speichereKassenkonto(db, konto);
    if (!r.ok) throw new Error(r.meldung.de);
  }
}

/** A confirmed (processing) direct debit of `oe`. */
export async function lastschrift(
  db: Database,
  {
    oe = OE,
    amount = 3070,
    haushaltsstelle,
    jetzt = JETZT,
  }: { oe?: string; amount?: number; haushaltsstelle?: string; jetzt?: Date } = {},
): Promise<PaymentIntent> {
  const c = await create(db, {
    amount,
    description: "Bewohnerparkausweis Zone Äußere Neustadt",
    paymentMethodType: "sepa_debit",
    oeSchluessel: oe,
    ...(haushaltsstelle ? { haushaltsstelle } : {}),
    jetzt,
  });
  if (!c.ok) throw new Error(c.meldung.de);
  const r = await confirm(db, {
    id: c.intent.id,
    provider,
    zahlungsmittel: {
      type: "sepa_debit",
      kontoinhaber: "Erika Mustermann",
      iban: "DE89 3704 0044 0532 0130 00",
    },
    jetzt,
  });
  if (!r.ok) throw new Error(r.meldung.de);
  return r.intent;
}

/** A confirmed (processing) bank transfer of `oe`. */
export async function ueberweisung(
  db: Database,
  {
    oe = OE,
    amount = 4500,
    haushaltsstelle,
  }: { oe?: string; amount?: number; haushaltsstelle?: string } = {},
): Promise<PaymentIntent> {
  const c = await create(db, {
    amount,
    description: "Führungszeugnis",
    paymentMethodType: "bank_transfer",
    oeSchluessel: oe,
    ...(haushaltsstelle ? { haushaltsstelle } : {}),
    jetzt: JETZT,
  });
  if (!c.ok) throw new Error(c.meldung.de);
  const r = await confirm(db, { id: c.intent.id, provider, jetzt: JETZT });
  if (!r.ok) throw new Error(r.meldung.de);
  return r.intent;
}
