import { regelnVon, verwalteteVerfahren } from "@portal/beteiligung/server";
import { status } from "@portal/beteiligung/types";
import { getDb } from "@portal/db/client";
import { Table } from "@portal/ui/table";
import type { Metadata } from "next";
import { BereichSeite } from "@/components/bereich-seite";
import { beteiligungVerwaltungTexte } from "@/i18n/beteiligung-verwaltung";
import { formatZahl } from "@/i18n/format";
import { beteiligungPfad, requireBeteiligung, verfahrenPfad } from "@/lib/beteiligung-verwaltung";
import { langOrNotFound } from "@/lib/params";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: beteiligungVerwaltungTexte(langOrNotFound((await params).lang)).liste.title };
}

/**
 * The participation back office's start (issue 11, item 5): the procedures of the staff
 * member's municipalities with their state and what waits for them.
 */
export default async function BeteiligungVerwaltungPage({ params }: Props) {
  const lang = langOrNotFound((await params).lang);
  const { gemeinden } = await requireBeteiligung({ lang, zurueck: beteiligungPfad(lang) });
  const d = beteiligungVerwaltungTexte(lang);
  const l = d.liste;
  const jetzt = new Date();
  const verfahren = await verwalteteVerfahren(getDb(), { gemeinden });
  const zahl = (n: number) => formatZahl(lang, n);
  return (
    <BereichSeite lang={lang} bereich="verwaltung" titel={l.title} intro={l.intro}>
      {verfahren.length === 0 ? (
        <p className="kern-body" data-testid="keine-verfahren">
          {l.keine}
        </p>
      ) : (
        <Table
          id="verfahren"
          caption={l.tabelle}
          rowHeader="titel"
          columns={[
            { key: "titel", header: l.spalten.titel },
            { key: "status", header: l.spalten.status },
            { key: "ausstehend", header: l.spalten.ausstehend, numeric: true },
            { key: "gemeldet", header: l.spalten.gemeldet, numeric: true },
            { key: "verborgen", header: l.spalten.verborgen, numeric: true },
            { key: "gesamt", header: l.spalten.gesamt, numeric: true },
          ]}
          rows={verfahren.map((v) => ({
            titel: (
              <a className="kern-link" href={verfahrenPfad(lang, v.slug)}>
                <bdi>{v.titel}</bdi>
              </a>
            ),
            status: d.lebenszyklus[status(regelnVon(v), jetzt)],
            ausstehend: zahl(v.zahlen.ausstehend),
            gemeldet: zahl(v.zahlen.gemeldet),
            verborgen: zahl(v.zahlen.verborgen),
            gesamt: zahl(v.zahlen.gesamt),
          }))}
        />
      )}
    </BereichSeite>
  );
}
