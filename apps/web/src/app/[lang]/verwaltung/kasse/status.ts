import type { PaymentIntent } from "@portal/payments/server";
import type { KasseTexte } from "@/i18n/kasse";

/**
 * A payment's status in words: a collected direct debit is "eingezogen", a received transfer
 * "bezahlt". Always text, never a colour alone (WCAG 1.4.1).
 */
export function statusText(
  d: KasseTexte,
  intent: Pick<PaymentIntent, "status" | "paymentMethodType">,
): string {
  if (intent.status === "succeeded" && intent.paymentMethodType === "sepa_debit") {
    return d.eingezogen;
  }
  return d.status[intent.status];
}
