import "server-only";
import { lokalerSepaAnbieter } from "@portal/payments/server";
/** The payment provider of the portal (the local SEPA provider; docs/payments.md). */
export const zahlungsanbieter = () => lokalerSepaAnbieter();
