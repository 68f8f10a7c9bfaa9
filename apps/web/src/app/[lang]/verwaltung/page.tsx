import { requireStaff } from "@portal/auth/next";
import { hatRolle, rollenNachOe } from "@portal/auth/server";
import { getDb } from "@portal/db/client";
import { Table } from "@portal/ui/table";
import type { Metadata } from "next";
import { BereichSeite } from "@/components/bereich-seite";
import { Formular } from "@/components/formular";
import { beteiligungVerwaltungTexte } from "@/i18n/beteiligung-verwaltung";
import { fill } from "@/i18n/format";
import { kasseTexte } from "@/i18n/kasse";
import { schnittstellenTexte } from "@/i18n/schnittstellen";
import { verwaltungTexte } from "@/i18n/verwaltung";
import { formularTexte } from "@/lib/konto";
import { langOrNotFound } from "@/lib/params";
import { oeNamen } from "@/lib/verwaltung-oe";
import { meldeMitarbeiterAb } from "./actions";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: verwaltungTexte(langOrNotFound((await params).lang)).uebersicht.title };
}

/** The staff area's start: who is signed in, their Organisationseinheiten and roles, tasks. */
export default async function VerwaltungPage({ params }: Props) {
  const lang = langOrNotFound((await params).lang);
  const { mitarbeiter } = await requireStaff({ lang, zurueck: `/${lang}/verwaltung` });
  const d = verwaltungTexte(lang);
  const u = d.uebersicht;
  const nachOe = rollenNachOe(mitarbeiter.rollen);
  const namen = await oeNamen(getDb(), [...nachOe.keys()]);
  return (
    <BereichSeite
      lang={lang}
      bereich="verwaltung"
      titel={u.title}
      intro={fill(u.angemeldetAls, { name: mitarbeiter.name, email: mitarbeiter.email ?? "" })}
    >
      {nachOe.size > 0 ? (
        <Table
          id="rollen"
          caption={u.rollen}
          columns={[
            { key: "oe", header: u.oe },
            { key: "schluessel", header: u.schluessel },
            { key: "rollen", header: u.rolle },
          ]}
          rowHeader="oe"
          rows={[...nachOe].map(([oe, rollen]) => ({
            oe: namen.get(oe) ?? oe,
            schluessel: <code translate="no">{oe}</code>,
            rollen: rollen.map((r) => d.rollen[r]).join(", "),
          }))}
        />
      ) : (
        <p className="kern-body">{u.keineRollen}</p>
      )}
      <nav aria-labelledby="verwaltung-aufgaben">
        <h2 className="kern-heading-medium" id="verwaltung-aufgaben">
          {u.aufgaben}
        </h2>
        <ul className="kern-list">
          {hatRolle(mitarbeiter, { rolle: "sachbearbeitung" }) ? (
            <>
              <li>
                <a className="kern-link" href={`/${lang}/verwaltung/antraege`}>
                  {u.antraege}
                </a>
              </li>
              <li>
                <a className="kern-link" href={`/${lang}/verwaltung/postfach`}>
                  {u.postfach}
                </a>
              </li>
            </>
          ) : null}
          {hatRolle(mitarbeiter, { rolle: "kasse" }) ? (
            <li>
              <a className="kern-link" href={`/${lang}/verwaltung/kasse`}>
                {kasseTexte(lang).uebersichtLink}
              </a>
            </li>
          ) : null}
          {hatRolle(mitarbeiter, { rolle: "beteiligung" }) ? (
            <li>
              <a className="kern-link" href={`/${lang}/verwaltung/beteiligung`}>
                {beteiligungVerwaltungTexte(lang).uebersichtLink}
              </a>
            </li>
          ) : null}
          {hatRolle(mitarbeiter, { rolle: "admin" }) ? (
            <li>
              <a className="kern-link" href={`/${lang}/verwaltung/schnittstellen`}>
                {schnittstellenTexte(lang).uebersichtLink}
              </a>
            </li>
          ) : null}
        </ul>
      </nav>
      <Formular lang={lang} aktion={meldeMitarbeiterAb} texte={formularTexte(lang, u.abmelden)} />
    </BereichSeite>
  );
}
