"use client";

import {
  istSichtbar,
  istUpload,
  kontextVon,
  pruefeSeite,
  sichtbareSeiten,
} from "@portal/forms/regeln";
import type {
  Antworten,
  Bedingung,
  Eingabe,
  Feld,
  Feldfehler,
  Formulardefinition,
  ProfilFeld,
  Upload,
} from "@portal/forms/types";
import { Button } from "@portal/ui/button";
import { Checkboxes } from "@portal/ui/checkboxes";
import { ErrorSummary } from "@portal/ui/error-summary";
import { Fieldset } from "@portal/ui/fieldset";
import { FileInput } from "@portal/ui/file-input";
import { Progress } from "@portal/ui/progress";
import { Radios } from "@portal/ui/radios";
import { Select } from "@portal/ui/select";
import { TextInput } from "@portal/ui/text-input";
import { Textarea } from "@portal/ui/textarea";
import {
  type HTMLInputAutoCompleteAttribute,
  type ReactNode,
  useEffect,
  useRef,
  useState,
} from "react";
import type { Lang } from "@/i18n/sprache";
import { feldId } from "./feld-id";

/** The strings the page's form shows (from the runner's texts, in the page language). */
export type AntragFormularTexte = {
  weiter: string;
  zurueck: string;
  spaeter: string;
  optional: string;
  ja: string;
  nein: string;
  auswahlLeer: string;
  datumHinweis: string;
  zeitHinweis: string;
  betragHinweis: string;
  dateiAktuell: string;
  dateiEntfernen: string;
  dateiHinweis: string;
  zeile: string;
  zeileHinzufuegen: string;
  zeileEntfernen: string;
  errorSummary: string;
  errorPrefix: string;
  /** The page title with errors, e.g. "Fehler: {titel}" (its prefix goes when all are fixed). */
  titelFehler: string;
  /** The progress indicator's text, e.g. "Schritt {n} von {gesamt}". */
  schritt: string;
};

const fuelle = (vorlage: string, werte: Record<string, string | number>) =>
  vorlage.replace(/\{(\w+)\}/g, (_, k: string) => String(werte[k] ?? ""));

const AUTOCOMPLETE: Record<ProfilFeld, HTMLInputAutoCompleteAttribute> = {
  vorname: "given-name",
  nachname: "family-name",
  strasse: "street-address",
  plz: "postal-code",
  ort: "address-level2",
  geburtsdatum: "bday",
  telefon: "tel",
  email: "email",
};

const MEDIENTYP: Record<string, string> = {
  "application/pdf": "PDF",
  "image/jpeg": "JPEG",
  "image/png": "PNG",
  "image/tiff": "TIFF",
};

const groesse = (bytes: number, lang: Lang) => {
  const f = new Intl.NumberFormat(lang === "de" ? "de-DE" : "en-GB", { maximumFractionDigits: 1 });
  return bytes >= 1024 * 1024
    ? `${f.format(bytes / 1024 / 1024)} MB`
    : `${f.format(bytes / 1024)} KB`;
};

/** The field ids a condition looks at (the first segment of each path). */
function bezuege(b: Bedingung): string[] {
  if ("alle" in b) return b.alle.flatMap(bezuege);
  if ("eine" in b) return b.eine.flatMap(bezuege);
  if ("nicht" in b) return bezuege(b.nicht);
  return [b.feld.split(".")[0] ?? ""];
}

/**
 * Errors that only the server can find (the content of a refused file): the rules cannot
 * re-check them in the browser, so they stay until the page is sent again.
 */
const NUR_SERVER = new Set(["datei.typ", "datei.zugross", "datei.abgelehnt"]);

/**
 * The errors after the input `name` changed: an error shown for that field (or for the group or
 * row it belongs to) is checked again with the page's rules; it goes away when the field is now
 * valid and takes the current message when it is not. Other errors stay as they are, and no
 * error is added: new problems are shown when the page is sent.
 */
export function nachpruefen(
  fehler: Feldfehler[],
  name: string,
  aktuell: () => Feldfehler[],
): Feldfehler[] {
  const betroffen = (f: Feldfehler) =>
    !NUR_SERVER.has(f.code) && f.feld !== "" && (f.feld === name || name.startsWith(`${f.feld}.`));
  if (!fehler.some(betroffen)) return fehler;
  const jetzt = aktuell();
  return fehler.flatMap((f) => {
    if (!betroffen(f)) return [f];
    const neu = jetzt.find((g) => g.feld === f.feld);
    return neu ? [neu.meldung === f.meldung && neu.code === f.code ? f : neu] : [];
  });
}

function feldIds(felder: Feld[]): string[] {
  return felder.flatMap((f) =>
    f.typ === "gruppe" || f.typ === "wiederholung" ? [f.id, ...feldIds(f.felder)] : [f.id],
  );
}

/** The posted page as `pruefeSeite` reads it, with the uploads already stored kept. */
function eingabeAusFormular(form: HTMLFormElement, uploads: Record<string, Upload>): Eingabe {
  const daten = new FormData(form);
  const eingabe: Eingabe = {};
  for (const name of new Set(daten.keys())) {
    if (name.startsWith("$") || name.includes("~") || name === "sprache") continue;
    const werte = daten.getAll(name);
    const datei = werte[0];
    if (datei instanceof File) {
      if (datei.size > 0) {
        eingabe[name] = {
          id: "neu",
          dateiname: datei.name,
          medientyp: datei.type,
          groesse: datei.size,
        };
      } else if (uploads[name] && daten.get(`${name}~entfernen`) !== "ja") {
        eingabe[name] = uploads[name];
      }
      continue;
    }
    const texte = werte.filter((w): w is string => typeof w === "string");
    eingabe[name] = texte.length > 1 ? texte : texte[0];
  }
  for (const [name, upload] of Object.entries(uploads)) {
    if (!(name in eingabe) && daten.get(`${name}~entfernen`) !== "ja" && !daten.has(name)) {
      eingabe[name] = upload;
    }
  }
  return eingabe;
}

type Props = {
  lang: Lang;
  def: Formulardefinition;
  seiteId: string;
  /** Hidden fields the action needs (form, draft, page, language). */
  versteckt: Record<string, string>;
  /** What the inputs show: the stored answers, or the page's input that did not pass. */
  eingabe: Eingabe;
  /** The errors of that input (from the server). */
  fehler: Feldfehler[];
  /** The answers of the earlier pages (conditions look at them). */
  antworten: Antworten;
  /** Rows shown per repeatable group (`pfad` → count). */
  zeilen: Record<string, number>;
  texte: AntragFormularTexte;
  /** Where the page is posted (the runner's route; a plain multipart POST, answered with 303). */
  aktion: string;
  /** The first page has no "back". */
  zurueck: boolean;
  /** The page heading's id, to which the form refers (the page renders the `<h1>`). */
  titelId: string;
  /** Shown between the progress indicator and the error summary (a notice about the page). */
  hinweis?: ReactNode;
  /**
   * The editor's preview (/antrag/vorschau): every question shown, all inputs disabled inside one
   * `<fieldset disabled>`, no form, no buttons, and each condition said in words above its
   * question. `bedingungen` by input name (rows of repeatable groups as row 0).
   */
  vorschau?: { bedingungen: Record<string, string>; legende: string };
};

/**
 * One page of a form (GOV.UK's "one thing per page"): a plain multipart POST to the runner's
 * route, so it works the same with and without JavaScript; every input is rendered from the
 * definition, and the server checks every page. With JavaScript, questions whose condition
 * depends on an answer on this page appear and disappear as it changes (the same rules,
 * `pruefeSeite` from @portal/forms); without it they are all shown, and the server ignores the
 * answers to those that do not apply.
 *
 * Inline validation, with JavaScript and after the server has shown the page with errors only:
 * each field that shows an error is checked again as it is edited (`input`/`change`, never on
 * leaving it) with the same rules, so its message and its entry in the summary go away once the
 * value is valid (the summary and the title's "Fehler: " with the last one) or take the current
 * message. No new error appears before the page is sent: messages appearing when leaving a
 * field moved the buttons under the pointer. Once the citizen starts correcting, the summary is
 * no longer an alert, so its updates are not read out on every keystroke; `aria-invalid` and
 * `aria-describedby` follow from the fields' `error`. The server stays the gate. The progress
 * indicator counts the pages that apply with the answers given so far, on this page too.
 */
/** `label` without a trailing `marker` (e.g. "Telefon (optional)" → "Telefon"). */
function ohneMarker(label: string, marker: string): string {
  const l = label.trimEnd();
  return l.toLowerCase().endsWith(marker.toLowerCase())
    ? l.slice(0, l.length - marker.length).trimEnd() || l
    : label;
}

export function AntragFormular(props: Props) {
  const { lang, def, seiteId, texte: d } = props;
  const seite = def.seiten.find((s) => s.id === seiteId);
  const formRef = useRef<HTMLFormElement>(null);
  const [fehler, setFehler] = useState<Feldfehler[]>(props.fehler);
  const [korrigiert, setKorrigiert] = useState(false);
  const [eingabe, setEingabe] = useState<Eingabe | null>(null);

  const uploads = Object.fromEntries(
    Object.entries(props.eingabe).filter(([, w]) => istUpload(w)) as [string, Upload][],
  );
  const seitenIds = new Set(feldIds(seite?.felder ?? []));

  // After hydration: evaluate this page's conditions on what is in the form.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, after the first render
  useEffect(() => {
    if (formRef.current) setEingabe(eingabeAusFormular(formRef.current, uploads));
  }, []);

  // A question hidden by an answer on this page no longer applies: its error goes.
  useEffect(() => {
    const form = formRef.current;
    if (!form || !eingabe) return;
    const verborgen = new Set(
      [...form.querySelectorAll<HTMLElement>("[data-feld]")]
        .filter((el) => el.closest("[hidden]"))
        .map((el) => el.dataset.feld),
    );
    if (verborgen.size === 0) return;
    setFehler((alt) => {
      const rest = alt.filter((f) => !verborgen.has(f.feld));
      return rest.length === alt.length ? alt : rest;
    });
  }, [eingabe]);

  // All corrected: the title loses its "Fehler: " (the page shows no error any more).
  useEffect(() => {
    if (props.fehler.length === 0 || fehler.length > 0) return;
    const praefix = d.titelFehler.split("{titel}")[0] ?? "";
    if (praefix && document.title.startsWith(praefix)) {
      document.title = document.title.slice(praefix.length);
    }
  }, [fehler.length, props.fehler.length, d.titelFehler]);

  const aktuelleWerte = (): Antworten => {
    if (!eingabe) return props.antworten;
    const geprueft = pruefeSeite(def, seiteId, eingabe, lang, { antworten: props.antworten });
    return { ...props.antworten, ...geprueft.werte };
  };
  const werte = aktuelleWerte();

  if (!seite) return null;
  const schritte = sichtbareSeiten(def, werte);
  const schritt =
    Math.max(
      0,
      schritte.findIndex((s) => s.id === seiteId),
    ) + 1;
  const gesamt = schritte.length + 1;
  const fehlerVon = (pfad: string) => fehler.find((f) => f.feld === pfad)?.meldung;

  /**
   * Whether a question is shown. On the server and in the first render the answers of the
   * earlier pages decide; a condition on a question of this page shows the question (without
   * JavaScript nobody could reveal it) until the browser can evaluate it.
   */
  const sichtbar = (feld: Feld, ebenen: { felder: Feld[]; werte: Antworten }[]) => {
    if (!feld.bedingung || props.vorschau) return true;
    const kontext = { ebenen };
    if (!eingabe && bezuege(feld.bedingung).some((id) => seitenIds.has(id))) return true;
    return istSichtbar(feld, kontext);
  };

  const basisEbenen = kontextVon(def, werte).ebenen;

  const text = (pfad: string) => {
    const w = props.eingabe[pfad];
    return typeof w === "string" ? w : Array.isArray(w) ? (w[0] ?? "") : "";
  };

  const render = (
    feld: Feld,
    pfad: string,
    ebenen: { felder: Feld[]; werte: Antworten }[],
    zeilenWerte?: Antworten,
  ): React.ReactNode => {
    const versteckt = !sichtbar(feld, ebenen);
    const id = feldId(pfad);
    const optional = !feld.pflicht;
    // The runner marks optional questions itself: an editor's own "(optional)" would be read twice.
    const label = optional ? ohneMarker(feld.label[lang], d.optional) : feld.label[lang];
    const hilfe = feld.hilfe?.[lang];
    const fehlerText = fehlerVon(pfad);
    const gemeinsam = { name: pfad, id, error: fehlerText, errorPrefix: d.errorPrefix };
    let inhalt: React.ReactNode;
    switch (feld.typ) {
      case "gruppe": {
        const sub = (werte as Antworten)[feld.id];
        const subWerte = (zeilenWerte ?? (sub && typeof sub === "object" ? sub : {})) as Antworten;
        const neu = [...ebenen, { felder: feld.felder, werte: subWerte }];
        inhalt =
          seite.felder.length === 1 && seite.felder[0] === feld ? (
            <div className="portal-stack">
              {feld.felder.map((f) => render(f, `${pfad}.${f.id}`, neu))}
            </div>
          ) : (
            <Fieldset id={id} legend={label} hint={hilfe}>
              <div className="portal-stack">
                {feld.felder.map((f) => render(f, `${pfad}.${f.id}`, neu))}
              </div>
            </Fieldset>
          );
        break;
      }
      case "wiederholung": {
        const anzahl = props.vorschau
          ? Math.max(1, feld.min)
          : (props.zeilen[pfad] ?? Math.max(1, feld.min));
        const rows = Array.isArray(werte[feld.id]) ? (werte[feld.id] as Antworten[]) : [];
        inhalt = (
          <Fieldset
            id={id}
            legend={label}
            hint={hilfe}
            error={fehlerText}
            errorPrefix={d.errorPrefix}
          >
            <input type="hidden" name={`${pfad}~zeilen`} value={anzahl} />
            <div className="portal-stack">
              {Array.from({ length: anzahl }, (_, n) => {
                const zeilenPfad = `${pfad}.${n}`;
                const neu = [...ebenen, { felder: feld.felder, werte: rows[n] ?? {} }];
                const titel = fuelle(d.zeile, { label, n: n + 1 });
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions, named by their index
                  <Fieldset key={n} id={feldId(zeilenPfad)} legend={titel}>
                    <div className="portal-stack">
                      {feld.felder.map((f) => render(f, `${zeilenPfad}.${f.id}`, neu))}
                      {!props.vorschau && anzahl > Math.max(1, feld.min) ? (
                        <div>
                          <Button
                            type="submit"
                            variant="secondary"
                            name="$aktion"
                            value={`zeile-:${pfad}:${n}`}
                            formNoValidate
                          >
                            {fuelle(d.zeileEntfernen, { label, n: n + 1 })}
                          </Button>
                        </div>
                      ) : null}
                    </div>
                  </Fieldset>
                );
              })}
              {!props.vorschau && anzahl < feld.max ? (
                <div>
                  <Button
                    type="submit"
                    variant="secondary"
                    name="$aktion"
                    value={`zeile+:${pfad}`}
                    formNoValidate
                  >
                    {fuelle(d.zeileHinzufuegen, { label })}
                  </Button>
                </div>
              ) : null}
            </div>
          </Fieldset>
        );
        break;
      }
      case "wahrheitswert":
        inhalt = (
          <Radios
            {...gemeinsam}
            legend={optional ? `${label} ${d.optional}` : label}
            hint={hilfe}
            horizontal
            defaultValue={text(pfad)}
            options={[
              { value: "ja", label: d.ja },
              { value: "nein", label: d.nein },
            ]}
          />
        );
        break;
      case "auswahl": {
        const codes = def.codelisten[feld.codeliste] ?? [];
        const optionen = codes.map((c) => ({ value: c.code, label: c.label[lang] }));
        const roh = props.eingabe[pfad];
        if (feld.mehrfach) {
          inhalt = (
            <Checkboxes
              {...gemeinsam}
              legend={optional ? `${label} ${d.optional}` : label}
              hint={hilfe}
              options={optionen}
              defaultValues={Array.isArray(roh) ? roh : typeof roh === "string" ? [roh] : []}
            />
          );
        } else if (codes.length <= 8) {
          inhalt = (
            <Radios
              {...gemeinsam}
              legend={optional ? `${label} ${d.optional}` : label}
              hint={hilfe}
              options={optionen}
              defaultValue={text(pfad)}
            />
          );
        } else {
          inhalt = (
            <Select
              {...gemeinsam}
              label={label}
              hint={hilfe}
              options={optionen}
              emptyOption={d.auswahlLeer}
              defaultValue={text(pfad) || undefined}
              optional={optional}
              optionalText={d.optional}
            />
          );
        }
        break;
      }
      case "datei": {
        const bisher = istUpload(props.eingabe[pfad]) ? (props.eingabe[pfad] as Upload) : null;
        const typen = feld.medientypen.map((m) => MEDIENTYP[m] ?? m).join(", ");
        const hinweis = fuelle(d.dateiHinweis, { typen, max: groesse(feld.maxBytes, lang) });
        inhalt = (
          <FileInput
            {...gemeinsam}
            label={label}
            hint={hilfe ? `${hilfe} ${hinweis}` : hinweis}
            accept={feld.medientypen.join(",")}
            optional={optional}
            optionalText={d.optional}
            current={
              bisher ? (
                <>
                  <p className="kern-body">
                    {fuelle(d.dateiAktuell, {
                      datei: `${bisher.dateiname} (${groesse(bisher.groesse, lang)})`,
                    })}
                  </p>
                  <div className="kern-form-check">
                    <input
                      className="kern-form-check__checkbox"
                      type="checkbox"
                      id={`${id}-entfernen`}
                      name={`${pfad}~entfernen`}
                      value="ja"
                    />
                    <label className="kern-label" htmlFor={`${id}-entfernen`}>
                      {d.dateiEntfernen}
                    </label>
                  </div>
                </>
              ) : undefined
            }
          />
        );
        break;
      }
      default: {
        const hinweis =
          feld.typ === "datum"
            ? d.datumHinweis
            : feld.typ === "zeit"
              ? d.zeitHinweis
              : feld.typ === "betrag"
                ? d.betragHinweis
                : feld.typ === "text" && feld.musterHinweis
                  ? feld.musterHinweis[lang]
                  : undefined;
        const hint = [hilfe, hinweis].filter(Boolean).join(" ") || undefined;
        const autoComplete = feld.profilFeld ? AUTOCOMPLETE[feld.profilFeld] : "off";
        if (feld.typ === "text" && feld.mehrzeilig) {
          inhalt = (
            <Textarea
              {...gemeinsam}
              label={label}
              hint={hint}
              defaultValue={text(pfad)}
              optional={optional}
              optionalText={d.optional}
              rows={6}
            />
          );
        } else {
          inhalt = (
            <TextInput
              {...gemeinsam}
              label={label}
              hint={hint}
              defaultValue={text(pfad)}
              type={
                feld.profilFeld === "email"
                  ? "email"
                  : feld.profilFeld === "telefon"
                    ? "tel"
                    : "text"
              }
              autoComplete={autoComplete}
              inputMode={
                feld.typ === "ganzzahl"
                  ? "numeric"
                  : feld.typ === "zahl" || feld.typ === "betrag"
                    ? "decimal"
                    : undefined
              }
              spellCheck={feld.typ === "text" && !feld.profilFeld ? undefined : false}
              optional={optional}
              optionalText={d.optional}
            />
          );
        }
      }
    }
    const bedingung = props.vorschau?.bedingungen[pfad.replace(/\.\d+\./g, ".0.")];
    return (
      <div key={pfad} hidden={versteckt || undefined} data-feld={pfad}>
        {bedingung ? (
          <p className="kern-body kern-body--small portal-bedingung" data-bedingung={pfad}>
            {bedingung}
          </p>
        ) : null}
        {inhalt}
      </div>
    );
  };

  if (props.vorschau) {
    // Disabled controls are not submitted and cannot be changed; a fieldset disables them all.
    return (
      <fieldset disabled className="portal-stack portal-vorschau-felder">
        <legend className="kern-sr-only">{props.vorschau.legende}</legend>
        {seite.felder.map((f) => render(f, f.id, basisEbenen))}
      </fieldset>
    );
  }

  const summary = fehler.map((f) => ({ href: `#${feldId(f.feld)}` as const, text: f.meldung }));

  return (
    <>
      <Progress
        id="fortschritt"
        value={schritt}
        max={gesamt}
        label={fuelle(d.schritt, { n: schritt, gesamt })}
      />
      {props.hinweis}
      <ErrorSummary
        title={d.errorSummary}
        errors={summary}
        autoFocus={props.fehler.length > 0}
        announce={!korrigiert}
      />
      <form
        ref={formRef}
        action={props.aktion}
        method="post"
        encType="multipart/form-data"
        className="portal-stack"
        noValidate
        aria-labelledby={props.titelId}
        onChange={(e) => {
          // React's onChange: every keystroke in a text field, a choice in the others; not the
          // browser's `change` when a text field is left (nothing changes there).
          const form = formRef.current;
          if (!form) return;
          const neu = eingabeAusFormular(form, uploads);
          setEingabe(neu);
          const ziel = e.target as Partial<HTMLInputElement>;
          const name = typeof ziel.name === "string" ? (ziel.name.split("~")[0] ?? "") : "";
          if (!name || fehler.length === 0) return;
          const danach = nachpruefen(
            fehler,
            name,
            () => pruefeSeite(def, seiteId, neu, lang, { antworten: props.antworten }).fehler,
          );
          if (danach !== fehler) {
            setKorrigiert(true);
            setFehler(danach);
          }
        }}
      >
        {Object.entries(props.versteckt).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {seite.felder.map((f) => render(f, f.id, basisEbenen))}
        <div className="portal-aktionen">
          <Button type="submit" name="$aktion" value="weiter">
            {d.weiter}
          </Button>
          {props.zurueck ? (
            <Button type="submit" variant="secondary" name="$aktion" value="zurueck" formNoValidate>
              {d.zurueck}
            </Button>
          ) : null}
          <Button type="submit" variant="tertiary" name="$aktion" value="spaeter" formNoValidate>
            {d.spaeter}
          </Button>
        </div>
      </form>
    </>
  );
}
