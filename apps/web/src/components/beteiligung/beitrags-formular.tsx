"use client";

import { Alert } from "@portal/ui/alert";
import { Button } from "@portal/ui/button";
import { ErrorSummary } from "@portal/ui/error-summary";
import { Select } from "@portal/ui/select";
import { TextInput } from "@portal/ui/text-input";
import { Textarea } from "@portal/ui/textarea";
import { type ReactNode, useActionState, useEffect } from "react";
import { reicheBeitragEinAktion } from "@/app/[lang]/beteiligung/[slug]/actions";
import { Honigtopf } from "@/components/beteiligung/honigtopf";
import type { FormularErfolg } from "@/components/formular";
import { useFokusNachAntwort } from "@/components/formular-fehler";
import type { BeteiligungTexte } from "@/i18n/beteiligung/de";
import { fill } from "@/i18n/format";
import type { Lang } from "@/i18n/sprache";
import type { ActionState } from "@/lib/action";
import { PunktAuswahl, type PunktAuswahlTexte } from "./punkt-auswahl";

export type BeitragsFormularTexte = BeteiligungTexte["formular"] & {
  errorSummary: string;
  errorPrefix: string;
  successPrefix: string;
  nichtGesendet: string;
  auswahl: PunktAuswahlTexte;
};

type Feld =
  | "text"
  | "name"
  | "email"
  | "lat"
  | "lon"
  | "ort"
  | "webseite"
  | "angezeigtUm"
  | "elternId"
  | "verfahren"
  | "art";

/**
 * The form of a comment, a reply (`elternId`) or a map point (`art: "kartenpunkt"`): a server
 * action behind a plain POST form, so it works without JavaScript. The fields get ids of their
 * own (`id`), since a procedure's page carries several of these forms. Anonymous forms carry the
 * honeypot `webseite` (hidden from people and from assistive technology, out of the tab order)
 * and the signed time the form was shown (`angezeigtUm`). Everything typed stays after a refusal.
 */
export function BeitragsFormular({
  id,
  lang,
  verfahren,
  art,
  elternId,
  angezeigtUm,
  mitEmail,
  emailVorschlag,
  mitKonto,
  orte = [],
  karte,
  texte: d,
  maxText,
  aufklappen,
}: {
  id: string;
  lang: Lang;
  verfahren: string;
  art: "kommentar" | "kartenpunkt";
  elternId?: string;
  angezeigtUm: string;
  /** The phase asks for a confirmed address and the visitor is not signed in. */
  mitEmail: boolean;
  emailVorschlag?: string;
  mitKonto: boolean;
  /** Named places for the map point (value "lat,lon"). */
  orte?: { value: string; label: string }[];
  /** Where the point picker's map starts (the area's centre), with the area to draw. */
  karte?: { lat: number; lon: number; ags: string | null; gebiet: unknown };
  texte: BeitragsFormularTexte;
  maxText: number;
  /**
   * Behind a disclosure with this summary (a reply below a comment). It is open once there is an
   * answer, so that, also without JavaScript, the answer is seen where the form was.
   */
  aufklappen?: string;
}) {
  const [zustand, action, pending] = useActionState<ActionState<Feld, FormularErfolg>, FormData>(
    reicheBeitragEinAktion,
    null,
  );
  const { erfolg, formFehler } = useFokusNachAntwort(zustand);
  // The page title says "Fehler:" while a refusal shows (as FormularFehler does).
  const abgewiesen = zustand?.ok === false;
  useEffect(() => {
    const praefix = `${d.errorPrefix} `;
    if (abgewiesen && !document.title.startsWith(praefix))
      document.title = praefix + document.title;
    else if (!abgewiesen && document.title.startsWith(praefix))
      document.title = document.title.slice(praefix.length);
  }, [abgewiesen, d.errorPrefix]);

  const rahmen = (inhalt: ReactNode) =>
    aufklappen ? (
      <details className="kern-body" open={zustand ? true : undefined}>
        <summary>{aufklappen}</summary>
        {inhalt}
      </details>
    ) : (
      inhalt
    );

  if (zustand?.ok) {
    const { titel, text, link } = zustand.data;
    return rahmen(
      <div ref={erfolg} tabIndex={-1} className="portal-stack" data-testid="erfolg">
        <Alert variant="success" headingLevel={3} title={titel} variantLabel={d.successPrefix}>
          <p className="kern-body">{text}</p>
        </Alert>
        {link ? (
          <p className="kern-body">
            <a className="kern-link" href={link.href}>
              {link.label}
            </a>
          </p>
        ) : null}
      </div>,
    );
  }

  const fehler: Partial<Record<Feld, string>> = zustand?.ok === false ? zustand.errors : {};
  const werte: Partial<Record<Feld, string>> = zustand?.ok === false ? zustand.values : {};
  const fid = (feld: string) => `${id}-${feld}`;
  const reihenfolge: Feld[] = ["text", "lat", "lon", "name", "email"];
  const gemeinsam = (feld: Feld) => ({
    id: fid(feld),
    name: feld,
    error: fehler[feld],
    errorPrefix: d.errorPrefix,
    optionalText: d.optional,
  });
  const istPunkt = art === "kartenpunkt";
  return rahmen(
    <div className="portal-stack">
      <ErrorSummary
        id={fid("fehler")}
        headingLevel={3}
        title={d.errorSummary}
        errors={reihenfolge.flatMap((feld) => {
          const text = fehler[feld];
          return text ? [{ href: `#${fid(feld)}` as const, text }] : [];
        })}
      />
      {zustand?.ok === false && zustand.formError ? (
        <div ref={formFehler} tabIndex={-1} data-testid="formularfehler">
          <Alert
            variant="danger"
            role="alert"
            headingLevel={3}
            title={d.nichtGesendet}
            variantLabel={d.errorPrefix}
          >
            {zustand.formError}
          </Alert>
        </div>
      ) : null}
      <form
        action={action}
        className="portal-stack"
        noValidate
        onSubmit={(event) => {
          if (pending) event.preventDefault();
        }}
      >
        <input type="hidden" name="sprache" value={lang} />
        <input type="hidden" name="verfahren" value={verfahren} />
        <input type="hidden" name="art" value={art} />
        <input type="hidden" name="angezeigtUm" value={angezeigtUm} />
        {elternId ? <input type="hidden" name="elternId" value={elternId} /> : null}
        {mitKonto ? <p className="kern-body">{d.mitKonto}</p> : null}
        <Textarea
          {...gemeinsam("text")}
          label={istPunkt ? d.kartentext : elternId ? d.antwort : d.text}
          hint={fill(d.textHint, { max: maxText })}
          defaultValue={werte.text}
          rows={istPunkt ? 4 : 6}
          required
        />
        {istPunkt ? (
          <fieldset className="kern-fieldset portal-stack">
            <legend className="kern-label">{d.ortLegend}</legend>
            {karte ? (
              <PunktAuswahl
                lat={karte.lat}
                lon={karte.lon}
                ags={karte.ags}
                gebiet={karte.gebiet}
                latFeld={fid("lat")}
                lonFeld={fid("lon")}
                texte={d.auswahl}
              />
            ) : null}
            <p className="kern-hint" id={fid("koordinaten-hinweis")}>
              {d.koordinatenHint}
            </p>
            <TextInput
              {...gemeinsam("lat")}
              label={d.lat}
              inputMode="decimal"
              autoComplete="off"
              defaultValue={werte.lat}
              aria-describedby={fid("koordinaten-hinweis")}
              optional
            />
            <TextInput
              {...gemeinsam("lon")}
              label={d.lon}
              inputMode="decimal"
              autoComplete="off"
              defaultValue={werte.lon}
              aria-describedby={fid("koordinaten-hinweis")}
              optional
            />
            {orte.length ? (
              <Select
                {...gemeinsam("ort")}
                label={d.ort}
                hint={d.ortHint}
                options={[{ value: "", label: d.ortKeiner }, ...orte]}
                defaultValue={werte.ort || undefined}
                optional
              />
            ) : null}
          </fieldset>
        ) : null}
        {mitKonto ? null : (
          <TextInput
            {...gemeinsam("name")}
            label={d.name}
            hint={d.nameHint}
            autoComplete="nickname"
            defaultValue={werte.name}
            optional
          />
        )}
        {mitEmail ? (
          <TextInput
            {...gemeinsam("email")}
            label={d.email}
            hint={d.emailHint}
            type="email"
            autoComplete="email"
            spellCheck={false}
            autoCapitalize="none"
            defaultValue={werte.email ?? emailVorschlag}
            required
          />
        ) : null}
        {mitKonto ? null : <Honigtopf id={fid("webseite")} label={d.webseite} />}
        <div>
          <Button type="submit" aria-disabled={pending || undefined}>
            {istPunkt ? d.kartenpunktSenden : elternId ? d.antwortSenden : d.senden}
          </Button>
        </div>
      </form>
    </div>,
  );
}
