import type { PaymentIntent } from "@portal/payments/server";
import { Alert } from "@portal/ui/alert";
import { DescriptionList } from "@portal/ui/description-list";
import type { ReactNode } from "react";
import { formatDate } from "@/i18n/format";
import type { Lang } from "@/i18n/sprache";
import { zahlungTexte } from "@/i18n/zahlung";
import { zahlungsangaben, zahlungsZeilen } from "@/lib/zahlung";

/**
 * The payment of an application's fee as the applicant sees it (confirmation page, "Meine
 * Anträge"): how, how much, the Kassenzeichen and the state in words; for a debit the mandate and
 * the planned collection, for a transfer the authority's account and the Kassenzeichen as the
 * remittance; for a failed payment the bank's reason and what to do next (`danach`: the page's
 * offer, e.g. "pay by transfer").
 */
export function Zahlungsabschnitt({
  lang,
  intent,
  headingLevel = 2,
  danach,
}: {
  lang: Lang;
  intent: PaymentIntent | null;
  headingLevel?: 2 | 3;
  danach?: ReactNode;
}) {
  if (!intent) return null;
  const d = zahlungTexte(lang);
  const a = zahlungsangaben(intent);
  const Titel = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className="portal-stack" aria-labelledby="zahlung-titel" data-testid="zahlung">
      <Titel className="kern-heading-medium" id="zahlung-titel">
        {d.zahlungTitel}
      </Titel>
      {a.status === "processing" && a.lastschrift?.faelligAm ? (
        <p className="kern-body">{d.lastschriftAm(formatDate(lang, a.lastschrift.faelligAm))}</p>
      ) : null}
      {a.status === "processing" && a.ueberweisung ? (
        <p className="kern-body">{d.ueberweisungAnleitung}</p>
      ) : null}
      {a.status === "succeeded" ? <p className="kern-body">{d.bezahltText}</p> : null}
      <DescriptionList
        items={zahlungsZeilen(a, lang).map((z) => ({ term: z.label, definition: z.wert }))}
      />
      {a.status === "failed" ? (
        <Alert
          variant="warning"
          title={d.fehlgeschlagenText}
          headingLevel={(headingLevel + 1) as 3 | 4}
        >
          <p className="kern-body">{a.grund?.[lang]}</p>
          <p className="kern-body">{d.naechsterSchritt}</p>
          {danach}
        </Alert>
      ) : null}
    </section>
  );
}
