import { requireUser } from "@portal/auth/next";
import { eidVerfuegbar, ladeBestaetigteIdentitaet, listeSitzungen } from "@portal/auth/server";
import { getDb } from "@portal/db/client";
import { listeNachrichten } from "@portal/postfach/server";
import { Button } from "@portal/ui/button";
import { DescriptionList } from "@portal/ui/description-list";
import { Table } from "@portal/ui/table";
import type { Metadata } from "next";
import { BereichSeite } from "@/components/bereich-seite";
import { Formular } from "@/components/formular";
import { fill, formatDateTime } from "@/i18n/format";
import { kontoTexte } from "@/i18n/konto";
import { formularTexte } from "@/lib/konto";
import { langOrNotFound } from "@/lib/params";
import { meldeAb, meldeUeberallSonstAb } from "./actions";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return {
    title: kontoTexte(langOrNotFound((await params).lang)).konto.title,
    robots: { index: false },
  };
}

/** My Servicekonto: who is signed in, where, and signing out. */
export default async function KontoPage({ params }: Props) {
  const lang = langOrNotFound((await params).lang);
  const { konto, sitzung, token } = await requireUser({ lang, zurueck: `/${lang}/konto` });
  const sitzungen = await listeSitzungen(getDb(), { kontoId: konto.id, aktuellerToken: token });
  const postfach = await listeNachrichten(getDb(), {
    kontoId: konto.id,
    organisationId: sitzung.organisationId,
    seite: 1,
    proSeite: 1,
  });
  const identitaet = await ladeBestaetigteIdentitaet(getDb(), { kontoId: konto.id });
  const d = kontoTexte(lang).konto;
  return (
    <BereichSeite
      lang={lang}
      bereich="konto"
      titel={d.title}
      intro={konto.email ? fill(d.angemeldetAls, { email: konto.email }) : d.ohneEmail}
    >
      <nav aria-labelledby="konto-bereiche">
        <h2 className="kern-heading-medium" id="konto-bereiche">
          {d.bereiche}
        </h2>
        <ul className="kern-list">
          <li>
            <a className="kern-link" href={`/${lang}/konto/postfach`}>
              {d.links.postfach}
            </a>
            {postfach.ungelesen > 0
              ? ` (${fill(d.links.ungelesen, { anzahl: String(postfach.ungelesen) })})`
              : null}
          </li>
          <li>
            <a className="kern-link" href={`/${lang}/konto/antraege`}>
              {d.links.antraege}
            </a>
          </li>
          <li>
            <a className="kern-link" href={`/${lang}/konto/profil`}>
              {d.links.profil}
            </a>
          </li>
          <li>
            <a className="kern-link" href={`/${lang}/konto/organisationen`}>
              {d.links.organisationen}
            </a>
          </li>
          <li>
            <a className="kern-link" href={`/${lang}/konto/daten`}>
              {d.links.daten}
            </a>
          </li>
        </ul>
      </nav>
      <DescriptionList
        items={[
          { term: d.niveau, definition: d.niveaus[sitzung.vertrauensniveau] },
          {
            term: d.identitaet,
            definition: identitaet
              ? fill(d.identitaetBestaetigt, {
                  name: `${identitaet.vornamen} ${identitaet.familienname}`,
                  datum: formatDateTime(lang, identitaet.verifiziertAm.toISOString()),
                })
              : d.identitaetOffen,
          },
        ]}
      />
      {!identitaet && eidVerfuegbar() ? (
        <p>
          <Button
            href={`/${lang}/konto/eid?${new URLSearchParams({ zweck: "verknuepfen", zurueck: `/${lang}/konto` })}`}
            variant="secondary"
          >
            {d.eidVerbinden}
          </Button>
        </p>
      ) : null}
      <Formular lang={lang} aktion={meldeAb} texte={formularTexte(lang, d.abmelden)} />
      <h2 className="kern-heading-medium">{d.sitzungen}</h2>
      <p className="kern-body">{d.sitzungenIntro}</p>
      <Table
        id="sitzungen"
        caption={d.sitzungen}
        columns={[
          { key: "geraet", header: d.geraet },
          { key: "seit", header: d.seit },
          { key: "zuletzt", header: d.zuletzt },
        ]}
        rows={sitzungen.map((s) => ({
          geraet: (
            <>
              {s.geraet ?? d.unbekannt} {s.aktuell ? <strong>{d.diese}</strong> : null}
            </>
          ),
          seit: formatDateTime(lang, s.erstelltAm.toISOString()),
          zuletzt: formatDateTime(lang, s.zuletztAktivAm.toISOString()),
        }))}
      />
      {sitzungen.length > 1 ? (
        <Formular
          lang={lang}
          aktion={meldeUeberallSonstAb}
          texte={formularTexte(lang, d.ueberallAbmelden)}
        />
      ) : null}
    </BereichSeite>
  );
}
