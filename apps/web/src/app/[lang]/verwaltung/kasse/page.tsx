import { getDb } from "@portal/db/client";
import { list } from "@portal/payments/server";
import { ZAHLUNGSSTATUS } from "@portal/payments/types";
import { Button } from "@portal/ui/button";
import { ErrorSummary } from "@portal/ui/error-summary";
import { Pagination } from "@portal/ui/pagination";
import { Select } from "@portal/ui/select";
import { Table } from "@portal/ui/table";
import { TextInput } from "@portal/ui/text-input";
import type { Metadata } from "next";
import { BereichSeite } from "@/components/bereich-seite";
import { allgemeinTexte } from "@/i18n/allgemein";
import { fill, formatDateTime } from "@/i18n/format";
import { kasseTexte } from "@/i18n/kasse";
import {
  formatiereBetrag,
  kassePfad,
  leseZahlungsfilter,
  seitenLinks,
  zahlungPfad,
} from "@/lib/kasse";
import { langOrNotFound } from "@/lib/params";
import { oeNamen } from "@/lib/verwaltung-oe";
import { protokolliereKasse, requireKasse } from "./_server/zugriff";
import { statusText } from "./status";

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const lang = langOrNotFound((await params).lang);
  const titel = kasseTexte(lang).liste.title;
  // A filter with a wrong date: "Fehler: " first in the title, as the error summary asks.
  const { fehler } = leseZahlungsfilter(await searchParams, []);
  const falsch = Object.keys(fehler).length > 0;
  return { title: falsch ? `${allgemeinTexte(lang).errorPrefix} ${titel}` : titel };
}

/**
 * The cash office's payments list (issue 10, item 7): the clerk's Organisationseinheiten'
 * payments, newest first, filtered by status, creation day and OE with a GET form (the URL is
 * the state: bookmarkable, works without JavaScript), paged with `list`'s cursor. The cursors of
 * the pages seen so far travel in the URL, so "previous" and the page numbers work without a
 * session. Viewing the list is written to the audit trail (it shows payers' payments).
 */
export default async function KassePage({ params, searchParams }: Props) {
  const lang = langOrNotFound((await params).lang);
  const sp = await searchParams;
  const basis = kassePfad(lang);
  const { mitarbeiter, oes } = await requireKasse({ lang, zurueck: basis });
  const d = kasseTexte(lang);
  const l = d.liste;
  const a = allgemeinTexte(lang);
  const filter = leseZahlungsfilter(sp, oes);

  const db = getDb();
  const cursor = filter.seiten.at(-1);
  const abfrage = (mitCursor: string | undefined) =>
    oes.length === 0
      ? Promise.resolve(null)
      : list(db, {
          oes: filter.oes,
          status: filter.status,
          von: filter.von,
          bis: filter.bis,
          limit: 25,
          ...(mitCursor ? { cursor: mitCursor } : {}),
        });
  let seite = await abfrage(cursor);
  // A cursor from an old bookmark that no longer parses: the first page, and say so.
  const cursorUngueltig = seite !== null && !seite.ok && cursor !== undefined;
  if (cursorUngueltig) {
    filter.seiten = [];
    seite = await abfrage(undefined);
  }
  const zahlungen = seite?.ok ? seite.data : [];
  const namen = await oeNamen(db, oes);
  await protokolliereKasse(db, {
    kontoId: mitarbeiter.kontoId,
    oes: filter.oes,
    aktion: "kasse-zahlungen-angesehen",
    gegenstand: `zahlungsliste:${zahlungen.map((z) => z.id).join(",")}`,
  });

  const gefiltert = Object.values(filter.roh).some((v) => v !== "");
  const fehlerText = (f: "von" | "bis") => {
    const art = filter.fehler[f];
    return art === "datum" ? l.datumFalsch : art === "bisVorVon" ? l.bisVorVon : undefined;
  };
  const summary = (["von", "bis"] as const).flatMap((f) => {
    const text = fehlerText(f);
    return text ? [{ href: `#filter-${f}` as const, text }] : [];
  });
  const alle = { value: "", label: l.alle };
  const links = seitenLinks(basis, filter, seite?.ok ? seite.nextCursor : null);

  return (
    <BereichSeite lang={lang} bereich="verwaltung" titel={l.title} intro={l.intro}>
      <ErrorSummary errors={summary} title={d.fehlerTitel} />
      {oes.length === 0 ? <p className="kern-body">{l.keineOe}</p> : null}
      <nav aria-labelledby="kasse-aufgaben">
        <h2 className="kern-heading-medium" id="kasse-aufgaben">
          {l.aufgaben}
        </h2>
        <ul className="kern-list">
          <li>
            <a className="kern-link" href={kassePfad(lang, "/lastschriften")}>
              {l.links.lastschriften}
            </a>
          </li>
          <li>
            <a className="kern-link" href={kassePfad(lang, "/auszuege")}>
              {l.links.auszuege}
            </a>
          </li>
          <li>
            <a className="kern-link" href={kassePfad(lang, "/buchungen")}>
              {l.links.buchungen}
            </a>
          </li>
          <li>
            <a className="kern-link" href={kassePfad(lang, "/webhooks")}>
              {l.links.webhooks}
            </a>
          </li>
        </ul>
      </nav>

      <section className="portal-stack" aria-labelledby="filter-titel">
        <h2 className="kern-heading-medium" id="filter-titel">
          {l.filterTitel}
        </h2>
        <form method="get" action={basis} className="portal-stack" aria-labelledby="filter-titel">
          <Select
            label={l.status}
            name="status"
            id="filter-status"
            options={[
              alle,
              ...ZAHLUNGSSTATUS.map((s) => ({
                value: s,
                label: s === "succeeded" ? d.statusBezahltFilter : d.status[s],
              })),
            ]}
            defaultValue={filter.status ?? ""}
          />
          <TextInput
            label={l.von}
            name="von"
            id="filter-von"
            type="date"
            hint={l.datumHinweis}
            defaultValue={filter.roh.von}
            error={fehlerText("von")}
            errorPrefix={a.errorPrefix}
          />
          <TextInput
            label={l.bis}
            name="bis"
            id="filter-bis"
            type="date"
            hint={l.datumHinweis}
            defaultValue={filter.roh.bis}
            error={fehlerText("bis")}
            errorPrefix={a.errorPrefix}
          />
          {oes.length > 1 ? (
            <Select
              label={l.oe}
              name="oe"
              id="filter-oe"
              options={[
                alle,
                ...oes.map((oe) => ({ value: oe, label: `${namen.get(oe) ?? oe} (${oe})` })),
              ]}
              defaultValue={filter.oes.length === 1 && oes.length > 1 ? filter.oes[0] : ""}
            />
          ) : null}
          <div>
            <Button type="submit">{l.filtern}</Button>
          </div>
          {gefiltert ? (
            <p className="kern-body">
              <a className="kern-link" href={basis}>
                {l.zuruecksetzen}
              </a>
            </p>
          ) : null}
        </form>
      </section>

      {cursorUngueltig ? <p className="kern-body">{l.cursorUngueltig}</p> : null}
      {zahlungen.length === 0 ? (
        <p className="kern-body" data-testid="keine-zahlungen">
          {gefiltert ? l.leerGefiltert : l.leer}
        </p>
      ) : (
        <Table
          id="zahlungen"
          caption={fill(l.tabelle, { seite: filter.seiten.length + 1 })}
          rowHeader="kassenzeichen"
          columns={[
            { key: "kassenzeichen", header: l.spalten.kassenzeichen },
            { key: "beschreibung", header: l.spalten.beschreibung },
            { key: "betrag", header: l.spalten.betrag, numeric: true },
            { key: "zahlungsart", header: l.spalten.zahlungsart },
            { key: "status", header: l.spalten.status },
            { key: "angelegt", header: l.spalten.angelegt, numeric: true },
          ]}
          rows={zahlungen.map((z) => ({
            kassenzeichen: (
              <a className="kern-link" href={zahlungPfad(lang, z.id)} translate="no">
                {z.kassenzeichen}
              </a>
            ),
            beschreibung: z.description,
            betrag: formatiereBetrag(lang, z.amount),
            zahlungsart: d.zahlungsart[z.paymentMethodType],
            status: statusText(d, z),
            angelegt: formatDateTime(lang, z.created.toISOString()),
          }))}
        />
      )}
      {links.items.length > 1 || links.nextHref ? (
        <Pagination
          items={links.items}
          previousHref={links.previousHref}
          nextHref={links.nextHref}
          label={l.pagination}
          previousLabel={l.previous}
          nextLabel={l.next}
          pageLabel={l.page}
        />
      ) : null}
    </BereichSeite>
  );
}
