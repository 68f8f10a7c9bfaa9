"use server";

import { refund, retrieve } from "@portal/payments/server";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { FormularErfolg } from "@/components/formular";
import { fill } from "@/i18n/format";
import { kasseTexte } from "@/i18n/kasse";
import type { Lang } from "@/i18n/sprache";
import { type Ablehnung, ablehnen, action, type FieldIssue } from "@/lib/action";
import { formatiereBetrag, kassePfad, parseEuro, ZAHLUNG_ID, zahlungPfad } from "@/lib/kasse";
import { nachZahlungsaenderung, zahlungsanbieter } from "@/lib/zahlung";
import { protokolliereKasse, requireKasse } from "../_server/zugriff";

// The refund of one payment, a plain form (works without JavaScript). The payment's id comes
// from the form but decides nothing: `retrieve` and `refund` look it up among the signed-in
// clerk's Organisationseinheiten. The idempotency key is a UUID the page drew when it was
// rendered, so a double click, a resent POST or a retry after a timeout refunds once. On success
// the browser goes back to the payment's page with a notice (POST/redirect/GET).

/** A reason is kept with the refund event (the payments package keeps 500 characters). */
const MAX_GRUND = 500;

const erstattungSchema = z.object({
  id: z.string().regex(ZAHLUNG_ID),
  schluessel: z.uuid(),
  betrag: z.string().trim().min(1).max(40),
  grund: z.string().trim().min(1).max(MAX_GRUND),
});
type Feld = "betrag" | "grund";

/** Refunds the typed amount (≤ what is left) of a collected payment, with its reason. */
export const erstatteZahlung = action({
  schema: erstattungSchema,
  auth: ({ lang }) => requireKasse({ lang, zurueck: kassePfad(lang) }),
  run: async (eingabe, { auth, db, lang }): Promise<FormularErfolg | Ablehnung<Feld>> => {
    const d = kasseTexte(lang);
    const betrag = parseEuro(eingabe.betrag);
    if (!betrag.ok) return ablehnen<Feld>({ errors: { betrag: d.fehler.betrag[betrag.fehler] } });
    const vorher = await retrieve(db, { id: eingabe.id, oes: auth.oes });
    if (!vorher.ok) return ablehnen<Feld>({ formError: d.fehler.nichtGefunden });
    const offen = vorher.intent.amountReceived - vorher.intent.amountRefunded;
    // Checked here too for a message at the field; the service checks it again under its lock.
    if (
      (vorher.intent.status === "succeeded" || vorher.intent.status === "partially_refunded") &&
      betrag.cent > offen
    ) {
      return ablehnen<Feld>({
        errors: { betrag: fill(d.fehler.zuViel, { betrag: formatiereBetrag(lang, offen) }) },
      });
    }
    const ergebnis = await refund(db, {
      id: eingabe.id,
      amount: betrag.cent,
      grund: eingabe.grund,
      provider: zahlungsanbieter(),
      oes: auth.oes,
      idempotencyKey: eingabe.schluessel,
    });
    if (!ergebnis.ok) {
      const text = ergebnis.meldung[lang];
      return ergebnis.feld === "amount"
        ? ablehnen<Feld>({ errors: { betrag: text } })
        : ablehnen<Feld>({ formError: text });
    }
    await nachZahlungsaenderung(db, [ergebnis.intent]);
    await protokolliereKasse(db, {
      kontoId: auth.mitarbeiter.kontoId,
      oes: [ergebnis.intent.oeSchluessel],
      aktion: "zahlung-erstattet",
      gegenstand: `${ergebnis.intent.id}:${betrag.cent}`,
    });
    redirect(`${zahlungPfad(lang, ergebnis.intent.id)}?erstattet=1#meldung`);
  },
  maxBytes: 4 * MAX_GRUND + 4096,
  messages: { field: feldfehler },
});

function feldfehler(issue: FieldIssue, lang: Lang): string | undefined {
  const d = kasseTexte(lang).fehler;
  if (issue.field === "betrag") return issue.kind === "pflicht" ? d.betrag.leer : d.betrag.format;
  if (issue.field === "grund") return d.grund;
  // A changed hidden id or key: nothing the clerk typed is wrong; the whole form is refused.
  return undefined;
}
