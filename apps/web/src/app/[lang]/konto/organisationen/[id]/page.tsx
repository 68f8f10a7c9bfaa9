import { requireUser } from "@portal/auth/next";
import { ladeMitglieder, ladeOrganisation } from "@portal/auth/server";
import { getDb } from "@portal/db/client";
import { Alert } from "@portal/ui/alert";
import { Table } from "@portal/ui/table";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BereichSeite } from "@/components/bereich-seite";
import { Formular } from "@/components/formular";
import { fill, formatDateTime } from "@/i18n/format";
import { organisationTexte } from "@/i18n/organisation";
import { formularTexte } from "@/lib/konto";
import { langOrNotFound, searchParam } from "@/lib/params";
import { aendereRolleAktion, entferneAktion, ladeEinAktion, verlasseAktion } from "./actions";

type Props = {
  params: Promise<{ lang: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return {
    title: organisationTexte(langOrNotFound((await params).lang)).liste.title,
    robots: { index: false },
  };
}

/**
 * One organisation: its members and roles; for inhaber, inviting, changing roles and removing.
 * A non-member gets the same 404 as for an unknown id (nothing learnt about others' organisations).
 */
export default async function OrganisationPage({ params, searchParams }: Props) {
  const { lang: roh, id } = await params;
  const lang = langOrNotFound(roh);
  if (!UUID.test(id)) notFound();
  const { konto } = await requireUser({ lang, zurueck: `/${lang}/konto/organisationen/${id}` });
  const db = getDb();
  const organisation = await ladeOrganisation(db, { id, kontoId: konto.id });
  if (!organisation) notFound();
  const mitglieder = (await ladeMitglieder(db, { organisationId: id, kontoId: konto.id })) ?? [];
  const ok = searchParam((await searchParams).ok, 20).value;
  const t = organisationTexte(lang);
  const inhaber = organisation.rolle === "inhaber";
  const meldung =
    ok === "geaendert" ? t.mitglieder.geaendert : ok === "entfernt" ? t.mitglieder.entfernt : null;
  return (
    <BereichSeite
      lang={lang}
      bereich="konto"
      titel={fill(t.liste.verwalten, { name: organisation.name })}
      intro={t.mitglieder.intro}
    >
      {meldung ? (
        <Alert variant="success" headingLevel={2} title={t.liste.gewechselt}>
          <p className="kern-body">{meldung}</p>
        </Alert>
      ) : null}
      <p className="kern-body">{t.rollenHinweis}</p>
      <Table
        id="mitglieder"
        caption={fill(t.liste.verwalten, { name: organisation.name })}
        columns={[
          { key: "person", header: t.mitglieder.person },
          { key: "rolle", header: t.felder.rolle },
          { key: "seit", header: t.mitglieder.seit },
          ...(inhaber ? [{ key: "aktionen" as const, header: t.mitglieder.aktionen }] : []),
        ]}
        rows={mitglieder.map((m) => {
          const andere = m.rolle === "inhaber" ? "mitglied" : "inhaber";
          return {
            person: (
              <>
                {m.email ?? "—"}{" "}
                {m.kontoId === konto.id ? <strong>{t.mitglieder.sie}</strong> : null}
              </>
            ),
            rolle: t.rollen[m.rolle],
            seit: formatDateTime(lang, m.seit.toISOString()),
            aktionen: inhaber ? (
              <div className="portal-stack">
                <Formular
                  lang={lang}
                  aktion={aendereRolleAktion}
                  versteckt={{ organisationId: id, kontoId: m.kontoId, rolle: andere }}
                  texte={formularTexte(
                    lang,
                    fill(t.mitglieder.rolleAendern, { rolle: t.rollen[andere] }),
                  )}
                  sekundaer
                />
                {m.kontoId === konto.id ? null : (
                  <Formular
                    lang={lang}
                    aktion={entferneAktion}
                    versteckt={{ organisationId: id, kontoId: m.kontoId }}
                    texte={formularTexte(lang, t.mitglieder.entfernen)}
                    sekundaer
                  />
                )}
              </div>
            ) : null,
          };
        })}
      />
      {inhaber ? (
        <>
          <h2 className="kern-heading-medium">{t.mitglieder.einladen}</h2>
          <Formular
            lang={lang}
            aktion={ladeEinAktion}
            versteckt={{ organisationId: id }}
            felder={[
              {
                art: "eingabe",
                type: "email",
                name: "email",
                label: t.felder.email,
                hint: t.felder.emailHinweis,
                autoComplete: "off",
              },
              {
                art: "auswahl",
                name: "rolle",
                label: t.felder.rolle,
                hint: t.rollenHinweis,
                options: (["mitglied", "inhaber"] as const).map((r) => ({
                  value: r,
                  label: t.rollen[r],
                })),
              },
            ]}
            texte={formularTexte(lang, t.mitglieder.einladenSenden)}
          />
        </>
      ) : null}
      <h2 className="kern-heading-medium">{t.mitglieder.verlassen}</h2>
      <Formular
        lang={lang}
        aktion={verlasseAktion}
        versteckt={{ organisationId: id }}
        texte={formularTexte(lang, t.mitglieder.verlassen)}
        sekundaer
      />
      <p className="kern-body">
        <a className="kern-link" href={`/${lang}/konto/organisationen`}>
          {t.mitglieder.zurueck}
        </a>
      </p>
    </BereichSeite>
  );
}
