import { getDb } from "@portal/db/client";
import { listeLastschriftdateien } from "@portal/payments/server";
import { Alert } from "@portal/ui/alert";
import { Table } from "@portal/ui/table";
import type { Metadata } from "next";
import { BereichSeite } from "@/components/bereich-seite";
import { Formular } from "@/components/formular";
import { allgemeinTexte } from "@/i18n/allgemein";
import { fill, formatDate, formatDateTime } from "@/i18n/format";
import { kasseTexte } from "@/i18n/kasse";
import { formatiereBetrag, kassePfad } from "@/lib/kasse";
import { formularTexte } from "@/lib/konto";
import { langOrNotFound, searchParam } from "@/lib/params";
import { oeNamen } from "@/lib/verwaltung-oe";
import { protokolliereKasse, requireKasse } from "../_server/zugriff";
import { exportiereFaelligeLastschriften } from "./actions";

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: kasseTexte(langOrNotFound((await params).lang)).lastschriften.title };
}

/**
 * "Lastschriften exportieren": one button exports every due, not yet exported debit of the
 * chosen Organisationseinheit (one pain.008 file per creditor account and due date), then the
 * files made so far, newest first, each with its download. Nothing due is a calm notice, not an
 * error. Viewing the list is in the audit trail.
 */
export default async function LastschriftenPage({ params, searchParams }: Props) {
  const lang = langOrNotFound((await params).lang);
  const sp = await searchParams;
  const basis = kassePfad(lang, "/lastschriften");
  const { mitarbeiter, oes } = await requireKasse({ lang, zurueck: basis });
  const d = kasseTexte(lang);
  const t = d.lastschriften;
  const a = allgemeinTexte(lang);
  const gewuenscht = searchParam(sp.oe, 120).value;
  const oe = oes.includes(gewuenscht) ? gewuenscht : (oes[0] ?? "");
  const exportiert = Number.parseInt(searchParam(sp.exportiert, 4).value, 10);
  const keine = searchParam(sp.keine, 1).value === "1";

  const db = getDb();
  const [dateien, namen] = await Promise.all([
    oes.length > 0 ? listeLastschriftdateien(db, { oes, limit: 50 }) : Promise.resolve([]),
    oeNamen(db, oes),
  ]);
  await protokolliereKasse(db, {
    kontoId: mitarbeiter.kontoId,
    oes,
    aktion: "lastschriften-angesehen",
    gegenstand: `lastschriftdateien:${dateien.map((x) => x.id).join(",")}`,
  });
  const oeName = (s: string) => `${namen.get(s) ?? s} (${s})`;

  return (
    <BereichSeite lang={lang} bereich="verwaltung" titel={t.title} intro={t.intro}>
      <p className="kern-body">
        <a className="kern-link" href={kassePfad(lang)}>
          {t.zurKasse}
        </a>
      </p>
      {exportiert > 0 || keine ? (
        <div id="meldung" data-testid="meldung">
          {keine ? (
            <Alert
              variant="info"
              role="status"
              headingLevel={2}
              title={t.keineTitel}
              variantLabel={a.infoPrefix}
            >
              <p className="kern-body">{t.keine}</p>
            </Alert>
          ) : (
            <Alert
              variant="success"
              role="status"
              headingLevel={2}
              title={t.exportiertTitel}
              variantLabel={a.successPrefix}
            >
              <p className="kern-body">{fill(t.exportiert, { n: exportiert })}</p>
            </Alert>
          )}
        </div>
      ) : null}

      {oes.length === 0 ? (
        <p className="kern-body">{d.liste.keineOe}</p>
      ) : (
        <section className="portal-stack" aria-labelledby="export-titel">
          <h2 className="kern-heading-medium" id="export-titel">
            {t.exportTitel}
          </h2>
          <Formular
            lang={lang}
            aktion={exportiereFaelligeLastschriften}
            felder={
              oes.length > 1
                ? [
                    {
                      art: "auswahl",
                      name: "oe",
                      label: t.oe,
                      options: oes.map((s) => ({ value: s, label: oeName(s) })),
                    },
                  ]
                : []
            }
            versteckt={oes.length > 1 ? {} : { oe }}
            werte={{ oe }}
            texte={formularTexte(lang, t.senden)}
          />
        </section>
      )}

      <section className="portal-stack" aria-labelledby="dateien-titel">
        <h2 className="kern-heading-medium" id="dateien-titel">
          {t.dateienTitel}
        </h2>
        {dateien.length === 0 ? (
          <p className="kern-body" data-testid="keine-dateien">
            {t.leer}
          </p>
        ) : (
          <Table
            id="lastschriftdateien"
            caption={t.tabelle}
            rowHeader="datei"
            columns={[
              { key: "datei", header: t.spalten.datei },
              { key: "oe", header: t.spalten.oe },
              { key: "faelligAm", header: t.spalten.faelligAm, numeric: true },
              { key: "anzahl", header: t.spalten.anzahl, numeric: true },
              { key: "summe", header: t.spalten.summe, numeric: true },
              { key: "erstellt", header: t.spalten.erstellt, numeric: true },
            ]}
            rows={dateien.map((x) => ({
              datei: (
                <a
                  className="kern-link"
                  href={kassePfad(lang, `/lastschriften/${encodeURIComponent(x.id)}/datei`)}
                  download
                >
                  {fill(t.herunterladen, { datei: x.dateiname })}
                </a>
              ),
              oe: oeName(x.oeSchluessel),
              faelligAm: formatDate(lang, x.faelligAm),
              anzahl: String(x.anzahl),
              summe: formatiereBetrag(lang, x.summeCent),
              erstellt: formatDateTime(lang, x.erstelltAm.toISOString()),
            }))}
          />
        )}
      </section>
    </BereichSeite>
  );
}
