import { listeMeineAntraege, listeMeineEntwuerfe } from "@portal/antraege/server";
import { requireUser } from "@portal/auth/next";
import { getDb } from "@portal/db/client";
import { ladeFormular } from "@portal/forms/server";
import { Table } from "@portal/ui/table";
import type { Metadata } from "next";
import { BereichSeite } from "@/components/bereich-seite";
import { Formular } from "@/components/formular";
import { antragTexte } from "@/i18n/antrag";
import { formatDateTime } from "@/i18n/format";
import { formularTexte } from "@/lib/konto";
import { langOrNotFound } from "@/lib/params";
import { loescheMeinenEntwurf } from "./actions";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: antragTexte(langOrNotFound((await params).lang)).meineTitel };
}

/** "Meine Anträge": the account's drafts (continue, delete) and applications (status). */
export default async function MeineAntraegePage({ params }: Props) {
  const lang = langOrNotFound((await params).lang);
  const { konto } = await requireUser({ lang, zurueck: `/${lang}/konto/antraege` });
  const d = antragTexte(lang);
  const db = getDb();
  const [entwuerfe, antraege] = await Promise.all([
    listeMeineEntwuerfe(db, { kontoId: konto.id }),
    listeMeineAntraege(db, { kontoId: konto.id }),
  ]);
  const titel = new Map<string, string>();
  for (const e of entwuerfe) {
    const def = await ladeFormular(db, { schluessel: e.formular, version: e.version });
    titel.set(`${e.formular}@${e.version}`, def?.titel[lang] ?? e.formular);
  }
  return (
    <BereichSeite lang={lang} bereich="konto" titel={d.meineTitel} intro={d.meineIntro}>
      <section className="portal-stack" aria-labelledby="entwuerfe">
        <h2 className="kern-heading-medium" id="entwuerfe">
          {d.entwuerfe}
        </h2>
        {entwuerfe.length === 0 ? (
          <p className="kern-body">{d.keineEntwuerfe}</p>
        ) : (
          <ul className="kern-list portal-stack">
            {entwuerfe.map((e) => {
              const name = titel.get(`${e.formular}@${e.version}`) ?? e.formular;
              return (
                <li key={e.id} className="portal-stack" data-testid="entwurf">
                  <p className="kern-body">
                    <a
                      className="kern-link"
                      href={`/${lang}/antrag/${e.formular}/${e.id}/${e.seite ?? "pruefen"}`}
                    >
                      {name}
                    </a>{" "}
                    – {d.spalteGeaendert}: {formatDateTime(lang, e.geaendertAm.toISOString())};{" "}
                    {d.spalteLaeuftAb}: {formatDateTime(lang, e.laeuftAbAm.toISOString())}
                  </p>
                  <Formular
                    lang={lang}
                    aktion={loescheMeinenEntwurf}
                    versteckt={{ id: e.id }}
                    texte={formularTexte(lang, d.entwurfLoeschen)}
                    sekundaer
                  />
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section className="portal-stack" aria-labelledby="gestellt">
        <h2 className="kern-heading-medium" id="gestellt">
          {d.gestellt}
        </h2>
        {antraege.length === 0 ? (
          <p className="kern-body">{d.keineAntraege}</p>
        ) : (
          <Table
            id="antraege"
            caption={d.gestellt}
            rowHeader="aktenzeichen"
            columns={[
              { key: "aktenzeichen", header: d.spalteAktenzeichen },
              { key: "status", header: d.spalteStatus },
              { key: "eingegangen", header: d.spalteEingegangen, numeric: true },
            ]}
            rows={antraege.map((a) => ({
              aktenzeichen: (
                <a className="kern-link" href={`/${lang}/konto/antraege/${a.id}`}>
                  {a.aktenzeichen}
                </a>
              ),
              status: d.status[a.status],
              eingegangen: formatDateTime(lang, a.eingegangenAm.toISOString()),
            }))}
          />
        )}
      </section>
    </BereichSeite>
  );
}
