import { getDb } from "@portal/db/client";
import { MAX_DATEIGROESSE, rueckgabegrund } from "@portal/payments/sepa";
import { type Auszugsimport, listeAuszugsimporte, retrieve } from "@portal/payments/server";
import { Alert } from "@portal/ui/alert";
import { DescriptionList } from "@portal/ui/description-list";
import { Table } from "@portal/ui/table";
import type { Metadata } from "next";
import { BereichSeite } from "@/components/bereich-seite";
import { allgemeinTexte } from "@/i18n/allgemein";
import { fill, formatDateTime } from "@/i18n/format";
import { kasseTexte } from "@/i18n/kasse";
import type { Lang } from "@/i18n/sprache";
import { formatiereGroesse } from "@/lib/bearbeitung";
import { formatiereBetrag, kassePfad, ZAHLUNG_ID, zahlungPfad } from "@/lib/kasse";
import { formularTexte } from "@/lib/konto";
import { langOrNotFound, searchParam } from "@/lib/params";
import { oeNamen } from "@/lib/verwaltung-oe";
import { protokolliereKasse, requireKasse } from "../_server/zugriff";
import { importiereKontoauszug } from "./actions";
import { AuszugFormular } from "./auszug-formular";

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: kasseTexte(langOrNotFound((await params).lang)).auszuege.title };
}

/** Import ids are short tokens; anything else is not looked for. */
const IMPORT_ID = /^[A-Za-z0-9_-]{1,100}$/u;

/**
 * "Kontoauszug importieren": the upload of the bank's camt.053 / camt.054 / pain.002 file, then
 * (after the redirect) the result of that import – how many payments were booked, which were
 * returned and why (in the words of the return reason code), which entries matched no payment –
 * and the earlier imports, each of whose results can be opened again. Viewing is in the audit
 * trail.
 */
export default async function AuszuegePage({ params, searchParams }: Props) {
  const lang = langOrNotFound((await params).lang);
  const sp = await searchParams;
  const basis = kassePfad(lang, "/auszuege");
  const { mitarbeiter, oes } = await requireKasse({ lang, zurueck: basis });
  const d = kasseTexte(lang);
  const t = d.auszuege;
  const gewaehlt = searchParam(sp.import, 100).value;
  const rRoh = searchParam(sp.r, 60 * 40).value;
  const zurueckIds = rRoh
    ? [...new Set(rRoh.split("."))].filter((id) => ZAHLUNG_ID.test(id)).slice(0, 50)
    : [];

  const db = getDb();
  const [importe, namen] = await Promise.all([
    oes.length > 0 ? listeAuszugsimporte(db, { oes, limit: 50 }) : Promise.resolve([]),
    oeNamen(db, oes),
  ]);
  const ergebnis = IMPORT_ID.test(gewaehlt)
    ? importe.find((i) => i.id === gewaehlt && oes.includes(i.oeSchluessel))
    : undefined;
  // The returned payments of this import, read again among the clerk's own: an id in the URL
  // that is not theirs (or not returned) is simply not shown.
  const zurueck = ergebnis
    ? (await Promise.all(zurueckIds.map((id) => retrieve(db, { id, oes })))).flatMap((r) =>
        r.ok && r.intent.status === "failed" && oes.includes(r.intent.oeSchluessel)
          ? [r.intent]
          : [],
      )
    : [];
  await protokolliereKasse(db, {
    kontoId: mitarbeiter.kontoId,
    oes: ergebnis ? [ergebnis.oeSchluessel] : oes,
    aktion: "auszuege-angesehen",
    gegenstand: ergebnis
      ? `auszug:${ergebnis.id}:${zurueck.map((z) => z.id).join(",")}`
      : `auszuege:${importe.map((i) => i.id).join(",")}`,
  });
  const oeName = (s: string) => `${namen.get(s) ?? s} (${s})`;
  const groesse = formatiereGroesse(lang, MAX_DATEIGROESSE);
  const ft = formularTexte(lang, t.senden);

  return (
    <BereichSeite lang={lang} bereich="verwaltung" titel={t.title} intro={t.intro}>
      <p className="kern-body">
        <a className="kern-link" href={kassePfad(lang)}>
          {t.zurKasse}
        </a>
      </p>

      {ergebnis ? (
        <Ergebnis lang={lang} ergebnis={ergebnis} zurueck={zurueck} oeName={oeName} />
      ) : null}

      {oes.length === 0 ? (
        <p className="kern-body">{d.liste.keineOe}</p>
      ) : (
        <section className="portal-stack" aria-labelledby="formular-titel">
          <h2 className="kern-heading-medium" id="formular-titel">
            {t.formularTitel}
          </h2>
          <AuszugFormular
            lang={lang}
            aktion={importiereKontoauszug}
            oes={oes.map((s) => ({ value: s, label: oeName(s) }))}
            oe={ergebnis?.oeSchluessel ?? oes[0] ?? ""}
            texte={{
              oe: t.oe,
              datei: t.datei,
              dateiHinweis: fill(t.dateiHinweis, { groesse }),
              senden: t.senden,
              errorSummary: ft.errorSummary,
              errorPrefix: ft.errorPrefix,
              nichtGesendet: ft.nichtGesendet,
            }}
          />
        </section>
      )}

      <section className="portal-stack" aria-labelledby="fruehere-titel">
        <h2 className="kern-heading-medium" id="fruehere-titel">
          {t.fruehereTitel}
        </h2>
        {importe.length === 0 ? (
          <p className="kern-body">{t.leer}</p>
        ) : (
          <Table
            id="auszugsimporte"
            caption={t.tabelle}
            rowHeader="datei"
            columns={[
              { key: "datei", header: t.spalten.datei },
              { key: "art", header: t.spalten.art },
              { key: "oe", header: t.spalten.oe },
              { key: "importiert", header: t.spalten.importiert, numeric: true },
              { key: "gebucht", header: t.spalten.gebucht, numeric: true },
              { key: "zurueckgegeben", header: t.spalten.zurueckgegeben, numeric: true },
              { key: "nichtZugeordnet", header: t.spalten.nichtZugeordnet, numeric: true },
            ]}
            rows={importe.map((i) => ({
              datei: (
                <a
                  className="kern-link"
                  href={`${basis}?import=${encodeURIComponent(i.id)}#ergebnis`}
                  aria-current={i.id === ergebnis?.id ? "true" : undefined}
                >
                  {fill(t.ansehen, { datei: i.dateiname })}
                </a>
              ),
              art: <span translate="no">{i.art}</span>,
              oe: oeName(i.oeSchluessel),
              importiert: formatDateTime(lang, i.importiertAm.toISOString()),
              gebucht: String(i.gebucht),
              zurueckgegeben: String(i.zurueckgegeben),
              nichtZugeordnet: String(i.nichtZugeordnet.length),
            }))}
          />
        )}
      </section>
    </BereichSeite>
  );
}

/** The result of one import: the counts, the returned payments with reasons, the unmatched. */
function Ergebnis({
  lang,
  ergebnis: i,
  zurueck,
  oeName,
}: {
  lang: Lang;
  ergebnis: Auszugsimport;
  zurueck: {
    id: string;
    kassenzeichen: string;
    amount: number;
    lastPaymentError: { code: string } | null;
  }[];
  oeName: (oe: string) => string;
}) {
  const t = kasseTexte(lang).auszuege;
  const weitere = Math.max(0, i.zurueckgegeben - zurueck.length);
  return (
    <section className="portal-stack" aria-labelledby="ergebnis" data-testid="ergebnis">
      <h2 className="kern-heading-medium" id="ergebnis" tabIndex={-1}>
        {t.ergebnisTitel}
      </h2>
      <Alert
        variant="success"
        role="status"
        headingLevel={3}
        title={t.importiertTitel}
        variantLabel={allgemeinTexte(lang).successPrefix}
      >
        <p className="kern-body">
          {fill(t.importiert, { datei: i.dateiname, art: i.art, posten: i.posten })}
        </p>
      </Alert>
      <DescriptionList
        items={[
          { term: t.spalten.oe, definition: oeName(i.oeSchluessel) },
          { term: t.zahlen.posten, definition: String(i.posten) },
          { term: t.zahlen.gebucht, definition: String(i.gebucht) },
          { term: t.zahlen.zurueckgegeben, definition: String(i.zurueckgegeben) },
          { term: t.zahlen.nichtZugeordnet, definition: String(i.nichtZugeordnet.length) },
        ]}
      />
      {zurueck.length > 0 ? (
        <>
          <h3 className="kern-heading-small">{t.zurueckTitel}</h3>
          <Table
            id="zurueckgegeben"
            caption={t.zurueckTabelle}
            rowHeader="kassenzeichen"
            columns={[
              { key: "kassenzeichen", header: t.zurueckSpalten.kassenzeichen },
              { key: "betrag", header: t.zurueckSpalten.betrag, numeric: true },
              { key: "grund", header: t.zurueckSpalten.grund },
            ]}
            rows={zurueck.map((z) => {
              const g = rueckgabegrund(z.lastPaymentError?.code);
              return {
                kassenzeichen: (
                  <a className="kern-link" href={zahlungPfad(lang, z.id)} translate="no">
                    {z.kassenzeichen}
                  </a>
                ),
                betrag: formatiereBetrag(lang, z.amount),
                grund: g.code ? `${g.code}: ${g[lang]}` : g[lang],
              };
            })}
          />
        </>
      ) : null}
      {weitere > 0 ? <p className="kern-body">{fill(t.zurueckWeitere, { n: weitere })}</p> : null}
      {i.nichtZugeordnet.length > 0 ? (
        <>
          <h3 className="kern-heading-small">{t.offenTitel}</h3>
          <p className="kern-body">{t.offenHinweis}</p>
          <Table
            id="nicht-zugeordnet"
            caption={t.offenTabelle}
            rowHeader="verwendungszweck"
            columns={[
              { key: "verwendungszweck", header: t.offenSpalten.verwendungszweck },
              { key: "betrag", header: t.offenSpalten.betrag, numeric: true },
              { key: "grund", header: t.offenSpalten.grund },
            ]}
            rows={i.nichtZugeordnet.map((p) => ({
              verwendungszweck: <span translate="no">{p.verwendungszweck || "–"}</span>,
              betrag: formatiereBetrag(lang, p.betragCent),
              grund: p.grund[lang],
            }))}
          />
        </>
      ) : null}
    </section>
  );
}
