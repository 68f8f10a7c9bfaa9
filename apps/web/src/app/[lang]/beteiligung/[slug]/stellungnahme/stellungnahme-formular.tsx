"use client";

import { Alert } from "@portal/ui/alert";
import { Button } from "@portal/ui/button";
import { Checkboxes } from "@portal/ui/checkboxes";
import { Fieldset } from "@portal/ui/fieldset";
import { FileInput } from "@portal/ui/file-input";
import { Select } from "@portal/ui/select";
import { TextInput } from "@portal/ui/text-input";
import { Textarea } from "@portal/ui/textarea";
import { useActionState } from "react";
import { Honigtopf } from "@/components/beteiligung/honigtopf";
import { FormularFehler, useFokusNachAntwort } from "@/components/formular-fehler";
import type { BeteiligungStellungnahmeTexte } from "@/i18n/beteiligung-stellungnahme/de";
import { fill } from "@/i18n/format";
import type { Lang } from "@/i18n/sprache";
import { reicheStellungnahme, type StellungnahmeFeld, type StellungnahmeZustand } from "./actions";

const FELDER: readonly StellungnahmeFeld[] = [
  "organisation",
  "text",
  "einreicherName",
  "strasse",
  "plz",
  "ort",
  "email",
  "anhang1",
  "anhang2",
  "anhang3",
  "einwilligung",
];

export type StellungnahmeFormularTexte = Pick<
  BeteiligungStellungnahmeTexte,
  "felder" | "institution"
> & {
  errorSummary: string;
  errorPrefix: string;
  nichtGesendet: string;
};

/**
 * The statement form: a multipart POST to a server action, so it works without JavaScript. What
 * was typed comes back after a refusal; files cannot (browsers never let a page preset a file
 * input), which the form says above the attachments. Name and address are prefilled from the
 * account's profile where it has them.
 */
export function StellungnahmeFormular({
  lang,
  slug,
  texte: d,
  werte,
  organisationen,
  fragtEmail,
  ohneKonto,
  angezeigtUm,
  einwilligung,
}: {
  lang: Lang;
  slug: string;
  texte: StellungnahmeFormularTexte;
  /** What the fields show before the first submission (from the profile). */
  werte: Partial<Record<"einreicherName" | "strasse" | "plz" | "ort" | "organisation", string>>;
  /** In an institutions' phase: the member's organisations, one of which it submits for. */
  organisationen: { id: string; name: string }[];
  /** Without an account where the phase asks for a confirmed e-mail address. */
  fragtEmail: boolean;
  /** Without an account: the bot checks (honeypot, signed time the form was shown). */
  ohneKonto: boolean;
  angezeigtUm: string;
  einwilligung: { fassung: string; text: string };
}) {
  const [zustand, aktion, pending] = useActionState<StellungnahmeZustand, FormData>(
    reicheStellungnahme,
    null,
  );
  const { formFehler } = useFokusNachAntwort(zustand);
  const fehler: Partial<Record<string, string>> = zustand?.ok === false ? zustand.errors : {};
  const v: Partial<Record<string, string>> = zustand?.ok === false ? zustand.values : werte;
  const f = d.felder;
  const gemeinsam = (name: StellungnahmeFeld) => ({
    name,
    error: fehler[name],
    errorPrefix: d.errorPrefix,
    optionalText: f.optional,
  });
  return (
    <>
      <FormularFehler zustand={zustand} felder={FELDER} texte={d} formFehlerRef={formFehler} />
      <form
        action={aktion}
        encType="multipart/form-data"
        className="portal-stack"
        noValidate
        onSubmit={(event) => {
          if (pending) event.preventDefault();
        }}
      >
        <input type="hidden" name="sprache" value={lang} />
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="einwilligungFassung" value={einwilligung.fassung} />
        {organisationen.length > 0 ? (
          <Select
            {...gemeinsam("organisation")}
            label={d.institution.feld}
            hint={d.institution.hinweis}
            options={organisationen.map((o) => ({ value: o.id, label: o.name }))}
            defaultValue={v.organisation || undefined}
            required
          />
        ) : null}
        <Textarea
          {...gemeinsam("text")}
          label={f.text}
          hint={f.textHinweis}
          defaultValue={v.text ?? ""}
          rows={12}
          required
        />
        <Fieldset id="angaben" legend={f.angaben} hint={f.angabenHinweis}>
          <TextInput
            {...gemeinsam("einreicherName")}
            label={f.einreicherName}
            autoComplete="name"
            defaultValue={v.einreicherName ?? ""}
            required={!ohneKonto}
            optional={ohneKonto}
          />
          <TextInput
            {...gemeinsam("strasse")}
            label={f.strasse}
            autoComplete="street-address"
            defaultValue={v.strasse ?? ""}
            required={!ohneKonto}
            optional={ohneKonto}
          />
          <TextInput
            {...gemeinsam("plz")}
            label={f.plz}
            autoComplete="postal-code"
            inputMode="numeric"
            maxLength={5}
            defaultValue={v.plz ?? ""}
            required={!ohneKonto}
            optional={ohneKonto}
          />
          <TextInput
            {...gemeinsam("ort")}
            label={f.ort}
            autoComplete="address-level2"
            defaultValue={v.ort ?? ""}
            required={!ohneKonto}
            optional={ohneKonto}
          />
        </Fieldset>
        {fragtEmail ? (
          <TextInput
            {...gemeinsam("email")}
            label={f.email}
            hint={f.emailHinweis}
            type="email"
            autoComplete="email"
            spellCheck={false}
            autoCapitalize="none"
            defaultValue={v.email ?? ""}
            required
          />
        ) : null}
        <Fieldset id="anhaenge" legend={f.anhaenge} hint={f.anhaengeHinweis}>
          {zustand?.ok === false ? (
            <div data-testid="dateien-erneut">
              <Alert variant="info" headingLevel={3} title={f.anhaenge}>
                <p className="kern-body">{f.dateienErneut}</p>
              </Alert>
            </div>
          ) : null}
          {(["anhang1", "anhang2", "anhang3"] as const).map((name, i) => (
            <FileInput
              key={name}
              {...gemeinsam(name)}
              label={fill(f.anhang, { n: i + 1 })}
              accept="application/pdf,.pdf"
              optional
            />
          ))}
        </Fieldset>
        <Checkboxes
          name="einwilligung"
          legend={f.einwilligung}
          error={fehler.einwilligung}
          errorPrefix={d.errorPrefix}
          options={[{ value: "ja", label: einwilligung.text }]}
          defaultValues={v.einwilligung === "ja" ? ["ja"] : []}
        />
        {ohneKonto ? (
          <>
            <input type="hidden" name="angezeigtUm" value={angezeigtUm} />
            <Honigtopf label={f.webseite} />
          </>
        ) : null}
        <div>
          <Button type="submit" aria-disabled={pending || undefined}>
            {f.senden}
          </Button>
        </div>
      </form>
    </>
  );
}
