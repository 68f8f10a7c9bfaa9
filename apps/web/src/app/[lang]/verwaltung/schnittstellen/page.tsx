import { listeApiSchluessel, MAX_SCHLUESSELNAME } from "@portal/antraege/server";
import { requireStaff } from "@portal/auth/next";
import { oesMitRolle } from "@portal/auth/server";
import { getDb } from "@portal/db/client";
import { Alert } from "@portal/ui/alert";
import { Button } from "@portal/ui/button";
import { Select } from "@portal/ui/select";
import { Table } from "@portal/ui/table";
import type { Metadata } from "next";
import { BereichSeite } from "@/components/bereich-seite";
import { Formular } from "@/components/formular";
import { fill, formatDateTime } from "@/i18n/format";
import { schnittstellenTexte } from "@/i18n/schnittstellen";
import { formularTexte } from "@/lib/konto";
import { langOrNotFound, searchParam } from "@/lib/params";
import { oeNamen } from "@/lib/verwaltung-oe";
import { legeApiSchluesselAn, widerrufeSchluessel } from "./actions";

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: schnittstellenTexte(langOrNotFound((await params).lang)).title };
}

/**
 * The API keys of an Organisationseinheit for its Fachverfahren (role "admin" there): create one
 * (its secret is shown once), see when each was last used, revoke. `?oe=` chooses the
 * Organisationseinheit among those the staff member administers.
 */
export default async function SchnittstellenPage({ params, searchParams }: Props) {
  const lang = langOrNotFound((await params).lang);
  const sp = await searchParams;
  const basis = `/${lang}/verwaltung/schnittstellen`;
  const { mitarbeiter } = await requireStaff({ lang, rolle: "admin", zurueck: basis });
  const oes = oesMitRolle(mitarbeiter, "admin");
  const gewuenscht = searchParam(sp.oe, 120).value;
  const oe = oes.includes(gewuenscht) ? gewuenscht : (oes[0] as string);
  await requireStaff({ lang, oe, rolle: "admin", zurueck: basis });
  const widerrufen = searchParam(sp.widerrufen, 1).value === "1";

  const db = getDb();
  const [namen, schluessel] = await Promise.all([
    oeNamen(db, oes),
    listeApiSchluessel(db, {
      verwalter: { kontoId: mitarbeiter.kontoId, oes },
      oeSchluessel: oe,
    }),
  ]);
  const d = schnittstellenTexte(lang);
  const t = formularTexte(lang, d.anlegen);
  const optionen = oes.map((s) => ({ value: s, label: `${namen.get(s) ?? s} (${s})` }));
  const oeName = namen.get(oe) ?? oe;
  const zeit = (wann: Date) => formatDateTime(lang, wann.toISOString());

  return (
    <BereichSeite lang={lang} bereich="verwaltung" titel={d.title} intro={d.intro}>
      {widerrufen ? (
        <Alert
          variant="success"
          headingLevel={2}
          title={d.widerrufenTitel}
          variantLabel={t.successPrefix}
        >
          <p className="kern-body">{d.widerrufenText}</p>
        </Alert>
      ) : null}
      <dl className="kern-body">
        <dt>{d.basis}</dt>
        <dd>
          <code translate="no">/api/fachverfahren/v1</code>
          <br />
          {d.basisHinweis}
        </dd>
      </dl>

      <h2 className="kern-heading-medium" id="anlegen">
        {d.anlegenTitel}
      </h2>
      <Formular
        lang={lang}
        aktion={legeApiSchluesselAn}
        felder={[
          { art: "auswahl", name: "oe", label: d.oe, options: optionen },
          {
            art: "eingabe",
            name: "name",
            label: d.name,
            type: "text",
            autoComplete: "off",
            hint: d.nameHinweis,
            maxLength: MAX_SCHLUESSELNAME,
          },
        ]}
        werte={{ oe }}
        texte={t}
      />

      <h2 className="kern-heading-medium" id="liste">
        {fill(d.listeTitel, { oe: oeName })}
      </h2>
      {oes.length > 1 ? (
        <form method="get" action={basis} className="portal-stack" aria-labelledby="liste">
          <Select
            label={d.anzeigenFuer}
            name="oe"
            id="anzeigen-oe"
            options={optionen}
            defaultValue={oe}
          />
          <div>
            <Button type="submit" variant="secondary">
              {d.anzeigen}
            </Button>
          </div>
        </form>
      ) : null}
      {schluessel.length === 0 ? (
        <p className="kern-body">{d.keine}</p>
      ) : (
        <Table
          id="schluessel"
          caption={fill(d.listeTitel, { oe: oeName })}
          rowHeader="name"
          columns={[
            { key: "name", header: d.spalten.name },
            { key: "praefix", header: d.spalten.praefix },
            { key: "erstelltAm", header: d.spalten.erstelltAm },
            { key: "zuletztBenutztAm", header: d.spalten.zuletztBenutztAm },
            { key: "status", header: d.spalten.status },
            { key: "aktion", header: d.spalten.aktion },
          ]}
          rows={schluessel.map((s) => ({
            name: s.name,
            praefix: <code translate="no">{`sk_${s.praefix}_…`}</code>,
            erstelltAm: zeit(s.erstelltAm),
            zuletztBenutztAm: s.zuletztBenutztAm ? zeit(s.zuletztBenutztAm) : d.nie,
            status: s.widerrufenAm
              ? fill(d.widerrufenAm, { zeitpunkt: zeit(s.widerrufenAm) })
              : d.aktiv,
            aktion: s.widerrufenAm ? (
              "–"
            ) : (
              <Formular
                lang={lang}
                aktion={widerrufeSchluessel}
                versteckt={{ id: s.id }}
                texte={formularTexte(lang, fill(d.widerrufen, { name: s.name }))}
                sekundaer
              />
            ),
          }))}
        />
      )}
      <p className="kern-body">
        <a className="kern-link" href={`/${lang}/verwaltung`}>
          {d.zurueck}
        </a>
      </p>
    </BereichSeite>
  );
}
