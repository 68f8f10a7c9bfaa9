import { ladeAntrag, listeSachbearbeiter, type Verlaufseintrag } from "@portal/antraege/server";
import {
  type Antragsstatus,
  darfWechseln,
  ERGEBNISSE,
  FREIE_STATUS,
  istAbgeschlossen,
  UEBERGAENGE,
} from "@portal/antraege/types";
import { getDb } from "@portal/db/client";
import { ladeFormular, zusammenfassung } from "@portal/forms/server";
import type { Antworten } from "@portal/forms/types";
import { findOrganisationseinheit } from "@portal/katalog/server";
import { rueckgabegrund } from "@portal/payments/sepa";
import { Alert } from "@portal/ui/alert";
import { DescriptionList } from "@portal/ui/description-list";
import { Table } from "@portal/ui/table";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BereichSeite } from "@/components/bereich-seite";
import { Formular } from "@/components/formular";
import { allgemeinTexte } from "@/i18n/allgemein";
import { antragTexte } from "@/i18n/antrag";
import { bearbeitungTexte } from "@/i18n/bearbeitung";
import { fill, formatDateTime, formatEuro } from "@/i18n/format";
import type { Lang } from "@/i18n/sprache";
import { zahlungTexte } from "@/i18n/zahlung";
import { entschluessele, protokolliere } from "@/lib/antraege";
import { antragPfad, formatiereGroesse, requireBearbeiter } from "@/lib/bearbeitung";
import { formularTexte } from "@/lib/konto";
import { langOrNotFound, safeDecode, searchParam } from "@/lib/params";
import { ladeZahlung } from "@/lib/zahlung";
import {
  entscheideAntrag,
  setzeAntragStatus,
  stelleAntragRueckfrage,
  weiseAntragZu,
} from "./actions";

type Props = {
  params: Promise<{ lang: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // No reference number in the title: the title is in the browser history, the page is not.
  return { title: bearbeitungTexte(langOrNotFound((await params).lang)).liste.title };
}

const ERLEDIGT = ["zugewiesen", "status", "rueckfrage", "entschieden"] as const;
type Erledigt = (typeof ERLEDIGT)[number];

/** A value of the eID's attributes (the address is an object) as one line. */
function attributwert(wert: unknown): string {
  if (wert == null) return "–";
  if (typeof wert === "object") return Object.values(wert).filter(Boolean).join(", ");
  return String(wert);
}

/** Answers of a form version that no longer exists: field names and JSON, still readable. */
function rohzeilen(antworten: Record<string, unknown>) {
  return Object.entries(antworten).map(([feld, wert]) => ({
    term: <code translate="no">{feld}</code>,
    definition: typeof wert === "string" ? wert : JSON.stringify(wert, null, 1),
  }));
}

/**
 * One application for a case worker of its Organisationseinheit: the decrypted answers under
 * the labels of the form version it was filed with, the applicant's identification, the files,
 * the history, and the steps the current status allows. Opening it is an access to personal
 * data: @portal/antraege logs it (history and audit trail) before anything is shown. An unknown
 * id, a malformed one and another authority's application are the same 404.
 */
export default async function AntragDetailPage({ params, searchParams }: Props) {
  const p = await params;
  const lang = langOrNotFound(p.lang);
  const id = safeDecode(p.id) ?? "";
  const sp = await searchParams;
  const { bearbeiter, mitarbeiter } = await requireBearbeiter({
    lang,
    zurueck: `/${lang}/verwaltung/antraege/${encodeURIComponent(id)}`,
  });
  const db = getDb();
  const antrag = await ladeAntrag(db, { id, bearbeiter, entschluessele, protokolliere });
  if (!antrag) notFound();

  const d = bearbeitungTexte(lang);
  const dt = d.detail;
  const a = antragTexte(lang);
  const basis = antragPfad(lang, antrag.id);
  const [def, stelle, sachbearbeiter, zahlung] = await Promise.all([
    ladeFormular(db, { schluessel: antrag.formular, version: antrag.version }),
    findOrganisationseinheit(db, { schluessel: antrag.oeSchluessel }),
    listeSachbearbeiter(db, { oeSchluessel: antrag.oeSchluessel }),
    ladeZahlung(db, antrag.zahlungIntentId, { oes: [antrag.oeSchluessel] }),
  ]);
  const zt = zahlungTexte(lang);
  // The answers were checked against this very version when submitted (@portal/forms).
  const zeilen = def ? zusammenfassung(def, antrag.antworten as Antworten, lang) : [];
  const seiten = [...new Set(zeilen.map((z) => z.seite))];
  const name = (kontoId: string | null) =>
    kontoId === null
      ? "–"
      : kontoId === antrag.kontoId
        ? dt.antragstellerIn
        : (antrag.namen[kontoId] ?? dt.unbekannt);
  const erledigt = searchParam(sp.erledigt, 20).value;
  const meldung = (ERLEDIGT as readonly string[]).includes(erledigt)
    ? (erledigt as Erledigt)
    : null;
  const perPost = searchParam(sp.post, 2).value === "1";
  const abgeschlossen = istAbgeschlossen(antrag.status);
  const statusOptionen = FREIE_STATUS.filter((s) => UEBERGAENGE[antrag.status].includes(s));
  const t = (senden: string) => formularTexte(lang, senden);
  const anlageLink = (anlageId: string) => `${basis}/anlagen/${anlageId}`;
  const verlauf = antrag.verlauf.filter((e) => e.art !== "angesehen");
  const ansichten = antrag.verlauf.length - verlauf.length;

  return (
    <BereichSeite
      lang={lang}
      bereich="verwaltung"
      titel={fill(dt.titel, { aktenzeichen: antrag.aktenzeichen })}
    >
      <p className="kern-body">
        <a className="kern-link" href={`/${lang}/verwaltung/antraege`}>
          {dt.zurListe}
        </a>
      </p>
      {meldung ? (
        <div id="meldung" data-testid="meldung">
          <Alert
            variant="success"
            role="status"
            headingLevel={2}
            title={d.aktionen.erledigtTitel}
            variantLabel={allgemeinTexte(lang).successPrefix}
          >
            <p className="kern-body">
              {
                d.aktionen[
                  meldung === "entschieden"
                    ? "entscheidung"
                    : meldung === "zugewiesen"
                      ? "zuweisen"
                      : meldung
                ].erledigt
              }
            </p>
            {perPost ? <p className="kern-body">{d.aktionen.ohnePostfach}</p> : null}
          </Alert>
        </div>
      ) : null}

      <section className="portal-stack" aria-labelledby="uebersicht">
        <h2 className="kern-heading-medium" id="uebersicht">
          {dt.uebersicht}
        </h2>
        <DescriptionList
          items={[
            {
              term: dt.aktenzeichen,
              definition: <span translate="no">{antrag.aktenzeichen}</span>,
            },
            { term: dt.leistung, definition: def?.titel[lang] ?? antrag.leistung },
            { term: dt.stelle, definition: stelle?.name ?? antrag.oeSchluessel },
            {
              term: dt.status,
              definition: <strong data-testid="status">{a.status[antrag.status]}</strong>,
            },
            {
              term: dt.eingegangen,
              definition: formatDateTime(lang, antrag.eingegangenAm.toISOString()),
            },
            {
              term: dt.geaendert,
              definition: formatDateTime(lang, antrag.geaendertAm.toISOString()),
            },
            {
              term: dt.zugewiesen,
              definition: (
                <span data-testid="zugewiesen">
                  {antrag.zugewiesenAn ? name(antrag.zugewiesenAn) : dt.niemand}
                </span>
              ),
            },
          ]}
        />
      </section>

      {zahlung ? (
        <section className="portal-stack" aria-labelledby="zahlung" data-testid="zahlung">
          <h2 className="kern-heading-medium" id="zahlung">
            {zt.zahlungTitel}
          </h2>
          <DescriptionList
            items={[
              { term: zt.zahlungsstatus, definition: <strong>{zt.status[zahlung.status]}</strong> },
              { term: zt.betrag, definition: formatEuro(lang, zahlung.amount / 100) },
              { term: zt.zahlungsart, definition: zt.art[zahlung.paymentMethodType] },
              { term: zt.kassenzeichen, definition: zahlung.kassenzeichen },
              ...(zahlung.status === "failed"
                ? [
                    {
                      term: zt.fehlgeschlagenText,
                      definition: rueckgabegrund(zahlung.lastPaymentError?.code)[lang],
                    },
                  ]
                : []),
            ]}
          />
          <p className="kern-body">
            <a className="kern-link" href={`/${lang}/verwaltung/kasse/${zahlung.id}`}>
              {zt.zurKasse}
            </a>
          </p>
        </section>
      ) : null}

      <section className="portal-stack" aria-labelledby="antragsteller">
        <h2 className="kern-heading-medium" id="antragsteller">
          {dt.antragsteller}
        </h2>
        <DescriptionList
          items={[
            {
              term: dt.vertrauensniveau,
              definition: (
                <span data-testid="vertrauensniveau">
                  {dt.niveaus[antrag.identifikation?.vertrauensniveau as keyof typeof dt.niveaus] ??
                    dt.niveaus[antrag.vertrauensniveau ?? "keines"]}
                </span>
              ),
            },
            { term: dt.konto, definition: antrag.kontoId ? dt.mitKonto : dt.ohneKonto },
          ]}
        />
        {antrag.identifikation && Object.keys(antrag.identifikation.attribute).length > 0 ? (
          <>
            <h3 className="kern-heading-small">{dt.identitaet}</h3>
            <DescriptionList
              items={Object.entries(antrag.identifikation.attribute).map(([k, v]) => ({
                term: dt.attribute[k as keyof typeof dt.attribute] ?? k,
                definition: attributwert(v),
              }))}
            />
          </>
        ) : null}
      </section>

      <section className="portal-stack" aria-labelledby="angaben">
        <h2 className="kern-heading-medium" id="angaben">
          {dt.antworten}
        </h2>
        {def ? (
          seiten.map((seiteId) => {
            const seite = def.seiten.find((s) => s.id === seiteId);
            return (
              <section
                key={seiteId}
                className="portal-stack"
                aria-labelledby={`abschnitt-${seiteId}`}
              >
                <h3 className="kern-heading-small" id={`abschnitt-${seiteId}`}>
                  {seite?.titel[lang]}
                </h3>
                <DescriptionList
                  items={zeilen
                    .filter((z) => z.seite === seiteId)
                    .map((z) => ({
                      term: z.label,
                      definition: <span className="portal-prewrap">{z.wert}</span>,
                    }))}
                />
              </section>
            );
          })
        ) : (
          <>
            <p className="kern-body">
              {fill(dt.formularFehlt, { formular: antrag.formular, version: antrag.version })}
            </p>
            <DescriptionList items={rohzeilen(antrag.antworten)} />
          </>
        )}
      </section>

      <section className="portal-stack" aria-labelledby="anlagen">
        <h2 className="kern-heading-medium" id="anlagen">
          {dt.anlagen}
        </h2>
        {antrag.anlagen.length === 0 ? (
          <p className="kern-body">{dt.keineAnlagen}</p>
        ) : (
          <ul className="kern-list" data-testid="anlagen">
            {antrag.anlagen.map((x) => (
              <li key={x.id}>
                <a className="kern-link" href={anlageLink(x.id)} download>
                  {fill(dt.herunterladen, {
                    datei: x.dateiname,
                    groesse: formatiereGroesse(lang, x.groesse),
                  })}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="portal-stack" aria-labelledby="verlauf">
        <h2 className="kern-heading-medium" id="verlauf">
          {dt.verlauf}
        </h2>
        <Table
          id="verlauf-tabelle"
          caption={dt.verlauf}
          columns={[
            { key: "zeitpunkt", header: dt.verlaufSpalten.zeitpunkt },
            { key: "ereignis", header: dt.verlaufSpalten.ereignis },
            { key: "von", header: dt.verlaufSpalten.von },
            { key: "notiz", header: dt.verlaufSpalten.notiz },
          ]}
          rowHeader="zeitpunkt"
          rows={verlauf.map((e) => ({
            zeitpunkt: formatDateTime(lang, e.zeitpunkt.toISOString()),
            ereignis: <Ereignis lang={lang} e={e} name={name} />,
            von: name(e.vonKontoId),
            notiz: <Notiz lang={lang} e={e} link={anlageLink} />,
          }))}
        />
        {ansichten > 0 ? (
          <p className="kern-body">{fill(dt.ansichtenAusgeblendet, { n: ansichten })}</p>
        ) : null}
      </section>

      <section className="portal-stack" aria-labelledby="bearbeiten">
        <h2 className="kern-heading-medium" id="bearbeiten">
          {d.aktionen.titel}
        </h2>
        {abgeschlossen ? <p className="kern-body">{d.aktionen.abgeschlossen}</p> : null}
        {!abgeschlossen ? (
          <section className="portal-stack" aria-labelledby="aktion-zuweisen">
            <h3 className="kern-heading-small" id="aktion-zuweisen">
              {d.aktionen.zuweisen.titel}
            </h3>
            <Formular
              lang={lang}
              aktion={weiseAntragZu}
              felder={[
                {
                  art: "auswahl",
                  name: "an",
                  label: d.aktionen.zuweisen.feld,
                  options: [
                    { value: "niemand", label: d.aktionen.zuweisen.niemand },
                    ...sachbearbeiter.map((s) => ({
                      value: s.kontoId,
                      label:
                        s.kontoId === mitarbeiter.kontoId
                          ? fill(d.aktionen.zuweisen.ich, { name: s.name })
                          : s.name,
                    })),
                  ],
                },
              ]}
              versteckt={{ id: antrag.id }}
              werte={{ an: antrag.zugewiesenAn ?? "niemand" }}
              texte={t(d.aktionen.zuweisen.senden)}
            />
          </section>
        ) : null}
        {statusOptionen.length > 0 ? (
          <section className="portal-stack" aria-labelledby="aktion-status">
            <h3 className="kern-heading-small" id="aktion-status">
              {d.aktionen.status.titel}
            </h3>
            <Formular
              lang={lang}
              aktion={setzeAntragStatus}
              felder={[
                {
                  art: "auswahl",
                  name: "status",
                  label: d.aktionen.status.feld,
                  options: statusOptionen.map((s) => ({ value: s, label: a.status[s] })),
                },
                {
                  art: "text",
                  name: "notiz",
                  label: d.aktionen.status.notiz,
                  hint: d.aktionen.status.notizHinweis,
                  rows: 3,
                  optional: true,
                },
              ]}
              versteckt={{ id: antrag.id }}
              texte={t(d.aktionen.status.senden)}
              optionalText={d.aktionen.optional}
            />
          </section>
        ) : null}
        {darfWechseln(antrag.status, "rueckfrage") ? (
          <section className="portal-stack" aria-labelledby="aktion-rueckfrage">
            <h3 className="kern-heading-small" id="aktion-rueckfrage">
              {d.aktionen.rueckfrage.titel}
            </h3>
            <Formular
              lang={lang}
              aktion={stelleAntragRueckfrage}
              felder={[
                {
                  art: "text",
                  name: "frage",
                  label: d.aktionen.rueckfrage.feld,
                  hint: d.aktionen.rueckfrage.hinweis,
                  rows: 6,
                },
              ]}
              versteckt={{ id: antrag.id }}
              texte={t(d.aktionen.rueckfrage.senden)}
            />
          </section>
        ) : null}
        {darfWechseln(antrag.status, "entschieden") ? (
          <section className="portal-stack" aria-labelledby="aktion-entscheidung">
            <h3 className="kern-heading-small" id="aktion-entscheidung">
              {d.aktionen.entscheidung.titel}
            </h3>
            <Formular
              lang={lang}
              aktion={entscheideAntrag}
              felder={[
                {
                  art: "auswahl",
                  name: "ergebnis",
                  label: d.aktionen.entscheidung.ergebnis,
                  options: [
                    { value: "", label: d.aktionen.entscheidung.bitteWaehlen },
                    ...ERGEBNISSE.map((e) => ({ value: e, label: d.ergebnisse[e] })),
                  ],
                },
                {
                  art: "text",
                  name: "begruendung",
                  label: d.aktionen.entscheidung.text,
                  hint: d.aktionen.entscheidung.hinweis,
                  rows: 8,
                },
                {
                  art: "datei",
                  name: "bescheid",
                  label: d.aktionen.entscheidung.bescheid,
                  hint: d.aktionen.entscheidung.bescheidHinweis,
                  accept: "application/pdf",
                },
              ]}
              versteckt={{ id: antrag.id }}
              texte={t(d.aktionen.entscheidung.senden)}
              optionalText={d.aktionen.optional}
            />
          </section>
        ) : null}
      </section>
    </BereichSeite>
  );
}

/** What happened, with the status change or assignment it made. */
function Ereignis({
  lang,
  e,
  name,
}: {
  lang: Lang;
  e: Verlaufseintrag;
  name: (kontoId: string | null) => string;
}) {
  const dt = bearbeitungTexte(lang).detail;
  const a = antragTexte(lang);
  const status = (wert: unknown) =>
    typeof wert === "string" && wert in a.status ? a.status[wert as Antragsstatus] : null;
  let zusatz: string | null = null;
  if (e.art === "zugewiesen") {
    const an = typeof e.data?.an === "string" ? e.data.an : null;
    zusatz = an ? fill(dt.zuweisungAn, { name: name(an) }) : dt.zuweisungAufgehoben;
  } else if (e.data && status(e.data.von) && status(e.data.nach)) {
    zusatz = fill(dt.statuswechsel, { von: status(e.data.von)!, nach: status(e.data.nach)! });
  }
  const zs = zahlungTexte(lang).status;
  const ergebnis =
    e.art === "entscheidung" && typeof e.data?.ergebnis === "string"
      ? bearbeitungTexte(lang).ergebnisse[e.data.ergebnis as (typeof ERGEBNISSE)[number]]
      : e.art === "zahlung" && typeof e.data?.status === "string" && e.data.status in zs
        ? zs[e.data.status as keyof typeof zs]
        : null;
  return (
    <>
      {dt.ereignis[e.art]}
      {ergebnis ? `: ${ergebnis}` : ""}
      {zusatz ? (
        <>
          <br />
          {zusatz}
        </>
      ) : null}
    </>
  );
}

/** The note, question or decision text; for an answer the citizen's text and files. */
function Notiz({
  lang,
  e,
  link,
}: {
  lang: Lang;
  e: Verlaufseintrag;
  link: (id: string) => string;
}) {
  const dt = bearbeitungTexte(lang).detail;
  const text =
    e.art === "antwort" && typeof e.data?.antwort === "string" ? e.data.antwort : e.notiz;
  return (
    <div data-testid={e.art === "antwort" ? "antwort" : undefined}>
      {text ? <span className="portal-prewrap">{text}</span> : "–"}
      {e.anlagen.length > 0 ? (
        <ul className="kern-list">
          {e.anlagen.map((x) => (
            <li key={x.id}>
              <a className="kern-link" href={link(x.id)} download>
                {fill(dt.herunterladen, {
                  datei: x.dateiname,
                  groesse: formatiereGroesse(lang, x.groesse),
                })}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
