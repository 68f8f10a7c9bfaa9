import { requireUser } from "@portal/auth/next";
import { listeOrganisationen, organisationDerSitzung } from "@portal/auth/server";
import { getDb } from "@portal/db/client";
import { Alert } from "@portal/ui/alert";
import { Table } from "@portal/ui/table";
import type { Metadata } from "next";
import { BereichSeite } from "@/components/bereich-seite";
import { Formular } from "@/components/formular";
import { fill } from "@/i18n/format";
import { organisationTexte } from "@/i18n/organisation";
import { formularTexte } from "@/lib/konto";
import { langOrNotFound } from "@/lib/params";
import { gruende, handle } from "./actions";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return {
    title: organisationTexte(langOrNotFound((await params).lang)).liste.title,
    robots: { index: false },
  };
}

/** My organisations: whom this session acts for, switching, and founding a new one. */
export default async function OrganisationenPage({ params }: Props) {
  const lang = langOrNotFound((await params).lang);
  const { konto, sitzung } = await requireUser({ lang, zurueck: `/${lang}/konto/organisationen` });
  const db = getDb();
  const [organisationen, aktiv] = await Promise.all([
    listeOrganisationen(db, { kontoId: konto.id }),
    organisationDerSitzung(db, {
      sitzungId: sitzung.id,
      kontoId: konto.id,
      organisationId: sitzung.organisationId,
    }),
  ]);
  const t = organisationTexte(lang);
  return (
    <BereichSeite lang={lang} bereich="konto" titel={t.liste.title} intro={t.liste.intro}>
      <Alert variant="info" headingLevel={2} title={t.liste.handelnAls}>
        <p className="kern-body" data-testid="handelt-fuer">
          {aktiv ? fill(t.liste.handeltFuer, { name: aktiv.name }) : t.liste.privat}
        </p>
      </Alert>
      {aktiv ? (
        <Formular
          lang={lang}
          aktion={handle}
          versteckt={{ organisationId: "" }}
          texte={formularTexte(lang, t.liste.alsPrivatperson)}
        />
      ) : null}
      {organisationen.length === 0 ? (
        <p className="kern-body">{t.liste.keine}</p>
      ) : (
        <Table
          id="organisationen"
          caption={t.liste.title}
          columns={[
            { key: "name", header: t.liste.name },
            { key: "art", header: t.liste.art },
            { key: "rolle", header: t.liste.rolle },
            { key: "aktion", header: t.liste.aktion },
          ]}
          rows={organisationen.map((o) => ({
            name: (
              <a className="kern-link" href={`/${lang}/konto/organisationen/${o.id}`}>
                {o.name}
              </a>
            ),
            art: t.arten[o.art],
            rolle: t.rollen[o.rolle],
            aktion:
              aktiv?.id === o.id ? (
                <strong>{fill(t.liste.handeltFuer, { name: o.name })}</strong>
              ) : (
                <Formular
                  lang={lang}
                  aktion={handle}
                  versteckt={{ organisationId: o.id }}
                  texte={formularTexte(lang, t.liste.handelnFuer)}
                  sekundaer
                />
              ),
          }))}
        />
      )}
      <h2 className="kern-heading-medium">{t.liste.gruenden}</h2>
      <Formular
        lang={lang}
        aktion={gruende}
        felder={[
          {
            art: "eingabe",
            type: "text",
            name: "name",
            label: t.felder.name,
            hint: t.felder.nameHinweis,
            autoComplete: "organization",
          },
          {
            art: "auswahl",
            name: "art",
            label: t.felder.art,
            options: (["unternehmen", "verein", "sonstige"] as const).map((a) => ({
              value: a,
              label: t.arten[a],
            })),
          },
        ]}
        texte={formularTexte(lang, t.liste.gruendenSenden)}
      />
    </BereichSeite>
  );
}
