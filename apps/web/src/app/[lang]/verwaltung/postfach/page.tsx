import { requireStaff } from "@portal/auth/next";
import { oesMitRolle } from "@portal/auth/server";
import { MAX_EMAIL } from "@portal/auth/types";
import { getDb } from "@portal/db/client";
import { listeGesendete } from "@portal/postfach/server";
import { PRO_SEITE, seiteSchema } from "@portal/postfach/types";
import { Button } from "@portal/ui/button";
import { Pagination, paginationItems } from "@portal/ui/pagination";
import { Select } from "@portal/ui/select";
import { Table } from "@portal/ui/table";
import type { Metadata } from "next";
import { BereichSeite } from "@/components/bereich-seite";
import { Formular } from "@/components/formular";
import { fill, formatDateTime } from "@/i18n/format";
import { postfachTexte } from "@/i18n/postfach";
import { verwaltungTexte } from "@/i18n/verwaltung";
import { formularTexte } from "@/lib/konto";
import { langOrNotFound, searchParam } from "@/lib/params";
import { oeNamen } from "@/lib/verwaltung-oe";
import { sendeVerwaltungsnachricht } from "./actions";

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: verwaltungTexte(langOrNotFound((await params).lang)).postfach.title };
}

/**
 * Writing to a citizen's Postfach for an Organisationseinheit (role "sachbearbeitung" there),
 * and that Organisationseinheit's sent messages, newest first. `?oe=` chooses the
 * Organisationseinheit (one the staff member holds the role in; else the first of them).
 */
export default async function VerwaltungPostfachPage({ params, searchParams }: Props) {
  const lang = langOrNotFound((await params).lang);
  const sp = await searchParams;
  const basis = `/${lang}/verwaltung/postfach`;
  const { mitarbeiter } = await requireStaff({ lang, rolle: "sachbearbeitung", zurueck: basis });
  const oes = oesMitRolle(mitarbeiter, "sachbearbeitung");
  const gewuenscht = searchParam(sp.oe, 120).value;
  const oe = oes.includes(gewuenscht) ? gewuenscht : (oes[0] as string);
  // The guard again for the Organisationseinheit whose messages this page lists.
  await requireStaff({ lang, oe, rolle: "sachbearbeitung", zurueck: basis });
  const seite = seiteSchema.parse(sp.seite);

  const db = getDb();
  const [namen, gesendet] = await Promise.all([
    oeNamen(db, oes),
    listeGesendete(db, { oeSchluessel: oe, seite }),
  ]);
  const d = verwaltungTexte(lang);
  const p = d.postfach;
  const pf = postfachTexte(lang);
  const optionen = oes.map((s) => ({ value: s, label: `${namen.get(s) ?? s} (${s})` }));
  const seiten = Math.max(1, Math.ceil(gesendet.gesamt / PRO_SEITE));
  const href = (s: number) =>
    `${basis}?oe=${encodeURIComponent(oe)}${s === 1 ? "" : `&seite=${s}`}`;

  return (
    <BereichSeite lang={lang} bereich="verwaltung" titel={p.title} intro={p.intro}>
      <Formular
        lang={lang}
        aktion={sendeVerwaltungsnachricht}
        felder={[
          { art: "auswahl", name: "oe", label: p.oe, options: optionen },
          {
            art: "eingabe",
            name: "email",
            label: p.email,
            type: "email",
            autoComplete: "off",
            hint: p.emailHinweis,
            maxLength: MAX_EMAIL,
          },
          { art: "eingabe", name: "betreff", label: p.betreff, type: "text", autoComplete: "off" },
          { art: "text", name: "text", label: p.text, rows: 10 },
          {
            art: "eingabe",
            name: "verfahren",
            label: p.verfahren,
            type: "text",
            autoComplete: "off",
            optional: true,
          },
        ]}
        werte={{ oe }}
        texte={formularTexte(lang, p.senden)}
        optionalText={p.optional}
      />

      <h2 className="kern-heading-medium" id="gesendet">
        {fill(p.gesendeteTitel, { oe: namen.get(oe) ?? oe })}
      </h2>
      {oes.length > 1 ? (
        <form method="get" action={basis} className="portal-stack" aria-labelledby="gesendet">
          <Select
            label={p.anzeigenFuer}
            name="oe"
            id="anzeigen-oe"
            options={optionen}
            defaultValue={oe}
          />
          <div>
            <Button type="submit" variant="secondary">
              {p.anzeigen}
            </Button>
          </div>
        </form>
      ) : null}
      {gesendet.nachrichten.length === 0 ? (
        <p className="kern-body">{p.keineGesendet}</p>
      ) : (
        <Table
          id="gesendete"
          caption={fill(p.gesendeteTitel, { oe: namen.get(oe) ?? oe })}
          rowHeader="betreff"
          columns={[
            { key: "betreff", header: p.spalten.betreff },
            { key: "verfahren", header: p.spalten.verfahren },
            { key: "gesendetAm", header: p.spalten.gesendetAm, numeric: true },
            { key: "gelesen", header: p.spalten.gelesen },
          ]}
          rows={gesendet.nachrichten.map((n) => ({
            betreff: n.betreff,
            verfahren: n.verfahren ?? "–",
            gesendetAm: formatDateTime(lang, n.gesendetAm.toISOString()),
            gelesen: n.gelesen ? p.ja : p.nein,
          }))}
        />
      )}
      {seiten > 1 ? (
        <Pagination
          items={paginationItems(Math.min(seite, seiten), seiten, href)}
          previousHref={seite > 1 ? href(Math.min(seite - 1, seiten)) : undefined}
          nextHref={seite < seiten ? href(seite + 1) : undefined}
          label={pf.pagination}
          previousLabel={pf.previous}
          nextLabel={pf.next}
          pageLabel={pf.page}
        />
      ) : null}
      <p className="kern-body">
        <a className="kern-link" href={`/${lang}/verwaltung`}>
          {d.keinZugriff.zurueck}
        </a>
      </p>
    </BereichSeite>
  );
}
