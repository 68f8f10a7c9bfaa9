import { z } from "zod";

/** An unset or empty variable is absent (a `.env` line `WEBHOOK_LOKALE_ZIELE=` means the default). */
const leerIstAbsent = <T extends z.ZodType>(feld: T) =>
  z.preprocess((wert) => (wert === "" ? undefined : wert), feld);

const schema = z.object({
  /**
   * "true": webhooks may go to this machine and its networks — http://localhost, http://127.0.0.1
   * and http://[::1], and https to private, loopback or link-local addresses. For the development
   * stack and its end-to-end tests, which subscribe a receiver on localhost. "false" (default,
   * production): https only, and only to public addresses, so that staff cannot make the portal
   * POST into its own network (server-side request forgery, e.g. the cloud metadata service).
   */
  WEBHOOK_LOKALE_ZIELE: leerIstAbsent(
    z
      .enum(["true", "false"])
      .default("false")
      .transform((v) => v === "true"),
  ),
});

export type PaymentsEnv = { webhookLokaleZiele: boolean };

let parsed: PaymentsEnv | undefined;

/** The settings of the payments; read once, validated. */
export function paymentsEnv(): PaymentsEnv {
  if (!parsed) {
    const env = schema.parse(process.env);
    parsed = { webhookLokaleZiele: env.WEBHOOK_LOKALE_ZIELE };
  }
  return parsed;
}
