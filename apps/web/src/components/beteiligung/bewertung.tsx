"use client";

import { Alert } from "@portal/ui/alert";
import { Button } from "@portal/ui/button";
import { useActionState } from "react";
import { bewerteAktion } from "@/app/[lang]/beteiligung/[slug]/actions";
import type { FormularErfolg } from "@/components/formular";
import { fill } from "@/i18n/format";
import type { Lang } from "@/i18n/sprache";
import type { ActionState } from "@/lib/action";

export type BewertungsTexte = {
  zustimmung: string;
  neutral: string;
  ablehnung: string;
  ihre: string;
  gespeichert: string;
  legend: string;
  errorPrefix: string;
  nichtGesendet: string;
};

const WERTE = ["zustimmung", "neutral", "ablehnung"] as const;

/**
 * The three rating buttons of a contribution, with the counts: one form, the button pressed is
 * the rating (a plain POST without JavaScript). A second rating replaces the first (the domain
 * keeps one per person); the current one is marked (`aria-pressed`) and said in words.
 */
export function Bewertung({
  lang,
  verfahren,
  beitrag,
  zahlen,
  meine,
  texte: d,
}: {
  lang: Lang;
  verfahren: string;
  beitrag: string;
  zahlen: Record<(typeof WERTE)[number], number>;
  meine: (typeof WERTE)[number] | null;
  texte: BewertungsTexte;
}) {
  const [zustand, action, pending] = useActionState<
    ActionState<"verfahren" | "beitrag" | "wert", FormularErfolg>,
    FormData
  >(bewerteAktion, null);
  // After a rating the page is rendered again with the new counts; until then the value sent.
  const aktuell = zustand?.ok ? (zustand.values.wert as (typeof WERTE)[number]) : meine;
  return (
    <form
      action={action}
      className="portal-bewertung"
      onSubmit={(event) => {
        if (pending) event.preventDefault();
      }}
    >
      <input type="hidden" name="sprache" value={lang} />
      <input type="hidden" name="verfahren" value={verfahren} />
      <input type="hidden" name="beitrag" value={beitrag} />
      <fieldset className="kern-fieldset">
        <legend className="kern-label">{d.legend}</legend>
        <div className="portal-knoepfe">
          {WERTE.map((wert) => (
            <Button
              key={wert}
              type="submit"
              name="wert"
              value={wert}
              variant={aktuell === wert ? "primary" : "secondary"}
              aria-pressed={aktuell === wert}
            >
              {`${d[wert]} (${zahlen[wert]})`}
            </Button>
          ))}
        </div>
      </fieldset>
      <p className="kern-body" aria-live="polite" data-testid="meine-bewertung">
        {aktuell ? fill(d.ihre, { wert: d[aktuell] }) : ""}
      </p>
      {zustand?.ok === false && zustand.formError ? (
        <Alert
          variant="danger"
          role="alert"
          headingLevel={4}
          title={d.nichtGesendet}
          variantLabel={d.errorPrefix}
        >
          {zustand.formError}
        </Alert>
      ) : null}
    </form>
  );
}
