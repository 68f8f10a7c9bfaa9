"use client";

import { Alert } from "@portal/ui/alert";
import { Button } from "@portal/ui/button";
import { Checkboxes } from "@portal/ui/checkboxes";
import { DescriptionList } from "@portal/ui/description-list";
import { Radios } from "@portal/ui/radios";
import { Textarea } from "@portal/ui/textarea";
import { useActionState } from "react";
import { Honigtopf } from "@/components/beteiligung/honigtopf";
import { FormularFehler, useFokusNachAntwort } from "@/components/formular-fehler";
import type { BeteiligungUmfrageTexte } from "@/i18n/beteiligung-umfrage/de";
import { formatDateTime } from "@/i18n/format";
import { type Lang, langAttr } from "@/i18n/sprache";
import { beantworte, type UmfrageZustand } from "./actions";
import { umfrageFeld } from "./feld";

/** A question as the form shows it (from the procedure's read model). */
export type Frage = {
  id: string;
  frage: string;
  art: "einfach" | "mehrfach" | "text";
  optionen: string[];
};

export type UmfrageFormularTexte = BeteiligungUmfrageTexte["umfrage"] & {
  errorSummary: string;
  errorPrefix: string;
  successPrefix: string;
  nichtGesendet: string;
};

/** The answers sent before (the JSON the action gathered), to check and fill in again. */
function vorherigeAntworten(json: string | undefined): Record<string, string[]> {
  if (!json) return {};
  try {
    const wert = JSON.parse(json);
    return wert && typeof wert === "object" ? (wert as Record<string, string[]>) : {};
  } catch {
    return {};
  }
}

/**
 * The survey as a form: a radio group per single choice and a checkbox group per multiple choice
 * (each a fieldset with the question as legend), a textarea per free-text question. A server
 * action behind a plain POST form, so it works without JavaScript; errors are summarised and
 * shown at their questions with everything chosen and typed kept; afterwards a receipt with the
 * answers as sent. Anonymous forms carry the honeypot `webseite` and the signed `angezeigtUm`.
 */
export function UmfrageFormular({
  lang,
  slug,
  fragen,
  angezeigtUm,
  angemeldet,
  texte: d,
}: {
  lang: Lang;
  slug: string;
  fragen: Frage[];
  angezeigtUm: string;
  angemeldet: boolean;
  texte: UmfrageFormularTexte;
}) {
  const [zustand, aktion, pending] = useActionState<UmfrageZustand, FormData>(beantworte, null);
  const { erfolg, formFehler } = useFokusNachAntwort(zustand);
  const vorher = vorherigeAntworten(zustand?.values.antworten);
  // The questions come from the CMS in German: marked as such on English pages (WCAG 3.1.2).
  const de = (text: string) => <span lang={langAttr("de", lang)}>{text}</span>;

  if (zustand?.ok) {
    return (
      <div className="portal-stack" ref={erfolg} tabIndex={-1} data-testid="umfrage-danke">
        <Alert variant="success" headingLevel={2} title={d.danke} variantLabel={d.successPrefix}>
          <p className="kern-body">{d.dankeText}</p>
          {zustand.data.ersetzt ? <p className="kern-body">{d.ersetzt}</p> : null}
        </Alert>
        <DescriptionList
          items={[
            { term: d.eingegangenAm, definition: formatDateTime(lang, zustand.data.eingegangenAm) },
            ...fragen.flatMap((f) => {
              const werte = vorher[f.id]?.filter((w) => w.trim() !== "") ?? [];
              return werte.length > 0
                ? [
                    {
                      term: de(f.frage),
                      definition: (
                        <bdi className="portal-prewrap" lang={langAttr("de", lang)}>
                          {werte.join(", ")}
                        </bdi>
                      ),
                    },
                  ]
                : [];
            }),
          ]}
        />
        <p className="kern-body">
          <a className="kern-link" href={`/${lang}/beteiligung/${slug}`}>
            {d.zurueck}
          </a>
        </p>
      </div>
    );
  }

  const fehler = (zustand?.ok === false ? zustand.errors : {}) as Record<
    string,
    string | undefined
  >;
  return (
    <>
      <FormularFehler
        zustand={zustand}
        felder={fragen.map((f) => umfrageFeld(f.id)) as never[]}
        texte={d}
        formFehlerRef={formFehler}
      />
      <form
        action={aktion}
        className="portal-stack"
        noValidate
        onSubmit={(event) => {
          if (pending) event.preventDefault();
        }}
      >
        <input type="hidden" name="sprache" value={lang} />
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="angezeigtUm" value={angezeigtUm} />
        {angemeldet ? <p className="kern-body">{d.ersetztHinweis}</p> : null}
        {fragen.map((f) =>
          f.art === "text" ? (
            <Textarea
              key={f.id}
              name={umfrageFeld(f.id)}
              label={de(f.frage)}
              hint={d.textHinweis}
              error={fehler[umfrageFeld(f.id)]}
              errorPrefix={d.errorPrefix}
              defaultValue={vorher[f.id]?.[0]}
              rows={5}
            />
          ) : f.art === "einfach" ? (
            <Radios
              key={f.id}
              name={umfrageFeld(f.id)}
              legend={de(f.frage)}
              hint={d.einfachHinweis}
              error={fehler[umfrageFeld(f.id)]}
              errorPrefix={d.errorPrefix}
              options={f.optionen.map((o) => ({
                value: o,
                label: <bdi lang={langAttr("de", lang)}>{o}</bdi>,
              }))}
              defaultValue={vorher[f.id]?.[0]}
            />
          ) : (
            <Checkboxes
              key={f.id}
              name={umfrageFeld(f.id)}
              legend={de(f.frage)}
              hint={d.mehrfachHinweis}
              error={fehler[umfrageFeld(f.id)]}
              errorPrefix={d.errorPrefix}
              options={f.optionen.map((o) => ({
                value: o,
                label: <bdi lang={langAttr("de", lang)}>{o}</bdi>,
              }))}
              defaultValues={vorher[f.id]}
            />
          ),
        )}
        <Honigtopf label={d.honigtopf} />
        <div>
          <Button type="submit" aria-disabled={pending || undefined}>
            {d.senden}
          </Button>
        </div>
      </form>
    </>
  );
}
