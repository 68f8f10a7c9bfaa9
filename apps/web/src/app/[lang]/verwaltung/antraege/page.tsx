import {
  listeAntraege,
  listeLeistungenDerInbox,
  listeSachbearbeiter,
} from "@portal/antraege/server";
import {
  ANTRAGSSTATUS,
  type FilterEingabe,
  filterAusEingabe,
  filterSchema,
  seiteSchema,
} from "@portal/antraege/types";
import { getDb } from "@portal/db/client";
import { findLeistungBySlug } from "@portal/katalog/server";
import { Button } from "@portal/ui/button";
import { ErrorSummary } from "@portal/ui/error-summary";
import { Pagination, paginationItems } from "@portal/ui/pagination";
import { Select } from "@portal/ui/select";
import { Table } from "@portal/ui/table";
import { TextInput } from "@portal/ui/text-input";
import type { Metadata } from "next";
import { z } from "zod";
import { BereichSeite } from "@/components/bereich-seite";
import { allgemeinTexte } from "@/i18n/allgemein";
import { antragTexte } from "@/i18n/antrag";
import { bearbeitungTexte } from "@/i18n/bearbeitung";
import { fill, formatDateTime } from "@/i18n/format";
import type { Lang } from "@/i18n/sprache";
import { antragPfad, requireBearbeiter } from "@/lib/bearbeitung";
import { langOrNotFound, searchParam } from "@/lib/params";

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

type Feld = "status" | "leistung" | "von" | "bis" | "zugewiesen";

/**
 * The filters as typed: what the form shows again, and messages for the dates that are not
 * dates (a browser without a date picker sends what was typed). A wrong date is not applied
 * and says so; every other malformed value is dropped, as `filterSchema` does.
 */
function leseFilter(
  sp: Record<string, string | string[] | undefined>,
  kontoId: string,
  lang: Lang,
) {
  const d = bearbeitungTexte(lang).liste;
  const roh = Object.fromEntries(
    (["status", "leistung", "von", "bis", "zugewiesen"] as const).map((f) => [
      f,
      searchParam(sp[f], 200).value,
    ]),
  ) as Record<Feld, string>;
  const fehler: Partial<Record<Feld, string>> = {};
  const datum = z.iso.date();
  for (const f of ["von", "bis"] as const) {
    if (roh[f] && !datum.safeParse(roh[f]).success) fehler[f] = d.datumFalsch;
  }
  if (!fehler.von && !fehler.bis && roh.von && roh.bis && roh.bis < roh.von)
    fehler.bis = d.bisVorVon;
  const eingabe: FilterEingabe = filterSchema.parse({
    status: roh.status || undefined,
    leistung: roh.leistung || undefined,
    von: fehler.von || fehler.bis ? undefined : roh.von || undefined,
    bis: fehler.von || fehler.bis ? undefined : roh.bis || undefined,
    zugewiesenAn: roh.zugewiesen === "ich" ? kontoId : roh.zugewiesen || undefined,
  });
  return { roh, fehler, filter: filterAusEingabe(eingabe) };
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const lang = langOrNotFound((await params).lang);
  const sp = await searchParams;
  const titel = bearbeitungTexte(lang).liste.title;
  // A filter with a wrong date: "Fehler: " first in the title, as the error summary asks.
  const datum = z.iso.date();
  const falsch = (["von", "bis"] as const).some((f) => {
    const v = searchParam(sp[f], 200).value;
    return v !== "" && !datum.safeParse(v).success;
  });
  return { title: falsch ? `${allgemeinTexte(lang).errorPrefix} ${titel}` : titel };
}

/**
 * The inbox of the signed-in case worker's Organisationseinheiten: one page of applications,
 * newest first, with the filters as a GET form (the URL is the state: bookmarkable, works
 * without JavaScript). Only metadata is shown here; opening one is logged on the detail page.
 */
export default async function AntraegePage({ params, searchParams }: Props) {
  const lang = langOrNotFound((await params).lang);
  const sp = await searchParams;
  const basis = `/${lang}/verwaltung/antraege`;
  const { bearbeiter } = await requireBearbeiter({ lang, zurueck: basis });
  const d = bearbeitungTexte(lang);
  const l = d.liste;
  const a = antragTexte(lang);
  const { roh, fehler, filter } = leseFilter(sp, bearbeiter.kontoId, lang);
  const seite = seiteSchema.parse(sp.seite);

  const db = getDb();
  const [liste, slugs, personen] = await Promise.all([
    listeAntraege(db, { oes: bearbeiter.oes, filter, seite }),
    listeLeistungenDerInbox(db, { oes: bearbeiter.oes }),
    Promise.all(bearbeiter.oes.map((oe) => listeSachbearbeiter(db, { oeSchluessel: oe }))),
  ]);
  const sachbearbeiter = [
    ...new Map(personen.flat().map((p) => [p.kontoId, p] as const)).values(),
  ].sort((x, y) => x.name.localeCompare(y.name, lang));
  const namen = new Map(sachbearbeiter.map((p) => [p.kontoId, p.name]));
  const leistungsnamen = new Map(
    await Promise.all(
      [...new Set([...slugs, ...liste.antraege.map((r) => r.leistung)])].map(
        async (slug) =>
          [
            slug,
            (await findLeistungBySlug(db, { slug, locale: lang }))?.leistung.titel ?? slug,
          ] as const,
      ),
    ),
  );

  const gefiltert = Object.values(roh).some((v) => v !== "");
  const query = (s: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(roh)) if (v && !fehler[k as Feld]) q.set(k, v);
    if (s > 1) q.set("seite", String(s));
    const text = q.toString();
    return text ? `${basis}?${text}` : basis;
  };
  const seiten = Math.max(1, liste.seiten);
  const summary = (["von", "bis"] as const).flatMap((f) =>
    fehler[f] ? [{ href: `#filter-${f}` as const, text: fehler[f] }] : [],
  );
  const alle = { value: "", label: l.alle };

  return (
    <BereichSeite lang={lang} bereich="verwaltung" titel={l.title} intro={l.intro}>
      <ErrorSummary errors={summary} title={l.fehlerTitel} />
      {bearbeiter.oes.length === 0 ? <p className="kern-body">{l.keineOe}</p> : null}
      <section className="portal-stack" aria-labelledby="filter-titel">
        <h2 className="kern-heading-medium" id="filter-titel">
          {l.filterTitel}
        </h2>
        <form method="get" action={basis} className="portal-stack" aria-labelledby="filter-titel">
          <Select
            label={l.status}
            name="status"
            id="filter-status"
            options={[alle, ...ANTRAGSSTATUS.map((s) => ({ value: s, label: a.status[s] }))]}
            defaultValue={filter.status ?? ""}
          />
          <Select
            label={l.leistung}
            name="leistung"
            id="filter-leistung"
            options={[alle, ...slugs.map((s) => ({ value: s, label: leistungsnamen.get(s) ?? s }))]}
            defaultValue={filter.leistung ?? ""}
          />
          <TextInput
            label={l.von}
            name="von"
            id="filter-von"
            type="date"
            hint={l.datumHinweis}
            defaultValue={roh.von}
            error={fehler.von}
            errorPrefix={allgemeinTexte(lang).errorPrefix}
          />
          <TextInput
            label={l.bis}
            name="bis"
            id="filter-bis"
            type="date"
            hint={l.datumHinweis}
            defaultValue={roh.bis}
            error={fehler.bis}
            errorPrefix={allgemeinTexte(lang).errorPrefix}
          />
          <Select
            label={l.zugewiesen}
            name="zugewiesen"
            id="filter-zugewiesen"
            options={[
              alle,
              { value: "niemand", label: l.niemand },
              { value: "ich", label: l.mir },
              ...sachbearbeiter
                .filter((p) => p.kontoId !== bearbeiter.kontoId)
                .map((p) => ({ value: p.kontoId, label: p.name })),
            ]}
            defaultValue={
              roh.zugewiesen === "ich" || filter.zugewiesenAn === bearbeiter.kontoId
                ? "ich"
                : filter.zugewiesenAn === null
                  ? "niemand"
                  : (filter.zugewiesenAn ?? "")
            }
          />
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

      {liste.antraege.length === 0 ? (
        <p className="kern-body" data-testid="keine-antraege">
          {gefiltert ? l.leerGefiltert : l.leer}
        </p>
      ) : (
        <Table
          id="antraege"
          caption={fill(l.tabelle, {
            seite: Math.min(seite, seiten),
            seiten,
            gesamt: liste.gesamt,
          })}
          rowHeader="aktenzeichen"
          columns={[
            { key: "aktenzeichen", header: l.spalten.aktenzeichen },
            { key: "leistung", header: l.spalten.leistung },
            { key: "status", header: l.spalten.status },
            { key: "eingegangen", header: l.spalten.eingegangen, numeric: true },
            { key: "zugewiesen", header: l.spalten.zugewiesen },
          ]}
          rows={liste.antraege.map((r) => ({
            aktenzeichen: (
              <a className="kern-link" href={antragPfad(lang, r.id)} translate="no">
                {r.aktenzeichen}
              </a>
            ),
            leistung: leistungsnamen.get(r.leistung) ?? r.leistung,
            status: a.status[r.status],
            eingegangen: formatDateTime(lang, r.eingegangenAm.toISOString()),
            zugewiesen: r.zugewiesenAn
              ? r.zugewiesenAn === bearbeiter.kontoId
                ? l.mir
                : (namen.get(r.zugewiesenAn) ?? d.detail.unbekannt)
              : "–",
          }))}
        />
      )}
      {seiten > 1 ? (
        <Pagination
          items={paginationItems(Math.min(seite, seiten), seiten, query)}
          previousHref={seite > 1 ? query(Math.min(seite - 1, seiten)) : undefined}
          nextHref={seite < seiten ? query(seite + 1) : undefined}
          label={l.pagination}
          previousLabel={l.previous}
          nextLabel={l.next}
          pageLabel={l.page}
        />
      ) : null}
    </BereichSeite>
  );
}
