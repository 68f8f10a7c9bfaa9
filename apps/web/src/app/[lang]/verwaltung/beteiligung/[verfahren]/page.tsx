import {
  ART_TEXTE,
  EINREICHER_TEXTE,
  moderationsliste,
  SEITENGROESSE,
  STATUS_TEXTE,
  statistik,
  umfrageErgebnis,
  verwaltetesVerfahren,
  verwaltungsliste,
} from "@portal/beteiligung/server";
import { BEITRAGSARTEN, BEITRAGSSTATUS } from "@portal/beteiligung/types";
import { getDb } from "@portal/db/client";
import { Button } from "@portal/ui/button";
import { Checkboxes } from "@portal/ui/checkboxes";
import { Pagination, paginationItems } from "@portal/ui/pagination";
import { Select } from "@portal/ui/select";
import { Table } from "@portal/ui/table";
import { TextInput } from "@portal/ui/text-input";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BereichSeite } from "@/components/bereich-seite";
import { beteiligungVerwaltungTexte } from "@/i18n/beteiligung-verwaltung";
import { fill, formatDateTime, formatZahl } from "@/i18n/format";
import {
  beitraegeHref,
  beitragPfad,
  beteiligungPfad,
  exportPfad,
  leseBeitragsfilter,
  protokolliereBeteiligung,
  requireBeteiligung,
  verfahrenPfad,
} from "@/lib/beteiligung-verwaltung";
import { langOrNotFound, slugOrNotFound } from "@/lib/params";
import { Beitragsdiagramm } from "./diagramm";
import { Umfrageergebnisse } from "./umfrage";

type Props = {
  params: Promise<{ lang: string; verfahren: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: beteiligungVerwaltungTexte(langOrNotFound((await params).lang)).liste.title };
}

/** The first characters of a text for a table cell; the whole text is on the contribution's page. */
const anriss = (text: string) => {
  const zeichen = [...text];
  return zeichen.length > 160 ? `${zeichen.slice(0, 160).join("")}…` : text;
};

/**
 * One procedure for its municipality's staff: the moderation queue, the contributions with
 * filters (a GET form: the URL is the state, bookmarkable, works without JavaScript) and pages,
 * the statistics with a chart, and the downloads. Another tenant's procedure is a 404, like one
 * that does not exist. Viewing the list is written to the audit trail (it shows contributors'
 * texts and names).
 */
export default async function VerfahrenVerwaltungPage({ params, searchParams }: Props) {
  const p = await params;
  const lang = langOrNotFound(p.lang);
  const slug = slugOrNotFound(p.verfahren);
  const basis = verfahrenPfad(lang, slug);
  const { mitarbeiter, gemeinden } = await requireBeteiligung({ lang, zurueck: basis });
  const db = getDb();
  const v = await verwaltetesVerfahren(db, { slug, gemeinden });
  if (!v) notFound();
  const d = beteiligungVerwaltungTexte(lang);
  const t = d.verfahren;
  const f = t.filter;
  const zahl = (n: number) => formatZahl(lang, n);
  const zeit = (wann: Date) => formatDateTime(lang, wann.toISOString());

  const phasen = v.phasen.map((ph) => ({ id: ph.id, titel: ph.titel }));
  const phaseTitel = (id: string) => phasen.find((ph) => ph.id === id)?.titel ?? id;
  const { roh, filter, seite } = leseBeitragsfilter(
    await searchParams,
    phasen.map((ph) => ph.id),
  );
  const mitUmfrage = v.fragen.length > 0;
  const [liste, warteschlange, zahlen, umfrage] = await Promise.all([
    verwaltungsliste(db, { verfahrenId: v.documentId, gemeinden, filter, seite }),
    moderationsliste(db, { verfahrenIds: [v.documentId], limit: 50 }),
    statistik(db, { verfahrenId: v.documentId }),
    mitUmfrage ? umfrageErgebnis(db, { verfahrenId: v.documentId, fragen: v.fragen }) : null,
  ]);
  if (!liste) notFound();
  await protokolliereBeteiligung(db, {
    kontoId: mitarbeiter.kontoId,
    gemeindeAgs: v.gemeindeAgs,
    aktion: "beteiligung-beitraege-angesehen",
    gegenstand: `verfahren:${v.documentId}:${liste.beitraege.map((b) => b.id).join(",")}`,
  });

  const gefiltert = Object.values(roh).some((w) => w !== "");
  const seiten = Math.max(1, Math.ceil(liste.gesamt / SEITENGROESSE));
  const alle = { value: "", label: f.alle };
  const arten = BEITRAGSARTEN.map((a) => ({ id: a, label: ART_TEXTE[a][lang] }));

  return (
    <BereichSeite lang={lang} bereich="verwaltung" titel={v.titel} intro={t.intro}>
      <p className="kern-body">
        <a className="kern-link" href={beteiligungPfad(lang)}>
          {t.zurListe}
        </a>
      </p>
      <nav aria-labelledby="auf-dieser-seite">
        <h2 className="kern-heading-small" id="auf-dieser-seite">
          {t.inhalt}
        </h2>
        <ul className="kern-list">
          <li>
            <a className="kern-link" href="#moderation">
              {t.moderation}
            </a>
          </li>
          <li>
            <a className="kern-link" href="#beitraege">
              {t.beitraege}
            </a>
          </li>
          <li>
            <a className="kern-link" href="#statistik">
              {t.statistik}
            </a>
          </li>
          {umfrage ? (
            <li>
              <a className="kern-link" href="#umfrage">
                {t.umfrage}
              </a>
            </li>
          ) : null}
          <li>
            <a className="kern-link" href="#export">
              {t.export}
            </a>
          </li>
          <li>
            <a className="kern-link" href="#einbettung">
              {t.einbettung}
            </a>
          </li>
        </ul>
      </nav>

      <section className="portal-stack" aria-labelledby="moderation">
        <h2 className="kern-heading-medium" id="moderation">
          {t.moderation}
        </h2>
        <p className="kern-body">{t.moderationIntro}</p>
        {warteschlange.length === 0 ? (
          <p className="kern-body" data-testid="moderation-leer">
            {t.moderationLeer}
          </p>
        ) : (
          <Table
            id="moderation-tabelle"
            caption={t.moderationTabelle}
            rowHeader="text"
            columns={[
              { key: "text", header: t.spalten.text },
              { key: "art", header: t.spalten.art },
              { key: "status", header: t.spalten.status },
              { key: "meldungen", header: t.spalten.meldungen, numeric: true },
              { key: "eingegangen", header: t.spalten.eingegangen, numeric: true },
            ]}
            rows={warteschlange.map((b) => ({
              text: (
                <a className="kern-link" href={beitragPfad(lang, slug, b.id)}>
                  <bdi>{anriss(b.text)}</bdi>
                </a>
              ),
              art: ART_TEXTE[b.art][lang],
              status: STATUS_TEXTE[b.status][lang],
              meldungen: zahl(b.meldungen),
              eingegangen: zeit(b.erstellt),
            }))}
          />
        )}
      </section>

      <section className="portal-stack" aria-labelledby="beitraege">
        <h2 className="kern-heading-medium" id="beitraege">
          {t.beitraege}
        </h2>
        <form
          method="get"
          action={`${basis}#beitraege`}
          className="portal-stack"
          aria-labelledby="filter-titel"
        >
          <h3 className="kern-heading-small" id="filter-titel">
            {t.filterTitel}
          </h3>
          <Select
            label={f.phase}
            name="phase"
            id="filter-phase"
            options={[alle, ...phasen.map((ph) => ({ value: ph.id, label: ph.titel }))]}
            defaultValue={filter.phaseId ?? ""}
          />
          <Select
            label={f.art}
            name="art"
            id="filter-art"
            options={[alle, ...arten.map((a) => ({ value: a.id, label: a.label }))]}
            defaultValue={filter.art ?? ""}
          />
          <Select
            label={f.status}
            name="status"
            id="filter-status"
            options={[
              alle,
              ...BEITRAGSSTATUS.map((s) => ({ value: s, label: STATUS_TEXTE[s][lang] })),
            ]}
            defaultValue={filter.status ?? ""}
          />
          <TextInput
            label={f.suche}
            name="suche"
            id="filter-suche"
            type="search"
            defaultValue={roh.suche}
            maxLength={200}
          />
          <Checkboxes
            legend={f.gemeldet}
            name="gemeldet"
            id="filter-gemeldet"
            options={[{ value: "1", label: f.nurGemeldet }]}
            defaultValues={roh.gemeldet ? ["1"] : []}
          />
          <div>
            <Button type="submit">{f.filtern}</Button>
          </div>
          {gefiltert ? (
            <p className="kern-body">
              <a className="kern-link" href={`${basis}#beitraege`}>
                {f.zuruecksetzen}
              </a>
            </p>
          ) : null}
        </form>
        <p className="kern-body" role="status" data-testid="treffer">
          {liste.gesamt === 1 ? t.einTreffer : fill(t.treffer, { n: zahl(liste.gesamt) })}
        </p>
        {liste.beitraege.length === 0 ? (
          <p className="kern-body">{gefiltert ? t.leerGefiltert : t.leer}</p>
        ) : (
          <Table
            id="beitraege-tabelle"
            caption={fill(t.tabelle, { seite: liste.seite, von: seiten })}
            rowHeader="nummer"
            columns={[
              { key: "nummer", header: t.spalten.nummer, numeric: true },
              { key: "text", header: t.spalten.text },
              { key: "art", header: t.spalten.art },
              { key: "phase", header: t.spalten.phase },
              { key: "einreicher", header: t.spalten.einreicher },
              { key: "status", header: t.spalten.status },
              { key: "eingegangen", header: t.spalten.eingegangen, numeric: true },
              { key: "bewertungen", header: t.spalten.bewertungen },
              { key: "meldungen", header: t.spalten.meldungen, numeric: true },
            ]}
            rows={liste.beitraege.map((b) => ({
              nummer: (
                <a
                  className="kern-link"
                  href={beitragPfad(lang, slug, b.id)}
                  aria-label={fill(t.oeffnen, { nummer: b.nummer })}
                >
                  {b.nummer}
                </a>
              ),
              text: (
                <>
                  <span data-testid="beitrag-text">
                    <bdi>{anriss(b.text)}</bdi>
                  </span>
                  {b.anlagen.length > 0 ? (
                    <>
                      {" "}
                      (
                      {b.anlagen.length === 1
                        ? t.eineAnlage
                        : fill(t.anlagen, { n: zahl(b.anlagen.length) })}
                      )
                    </>
                  ) : null}
                </>
              ),
              art: `${ART_TEXTE[b.art][lang]}${b.elternId ? ` (${t.antwortAuf})` : ""}`,
              phase: <bdi>{phaseTitel(b.phaseId)}</bdi>,
              einreicher: (
                <>
                  {EINREICHER_TEXTE[b.einreicher][lang]}
                  {b.institution ? (
                    <>
                      {": "}
                      <bdi>{b.institution}</bdi>
                    </>
                  ) : b.name ? (
                    <>
                      {": "}
                      <bdi>{b.name}</bdi>
                    </>
                  ) : null}
                </>
              ),
              status: `${STATUS_TEXTE[b.status][lang]}${b.oeffentlich ? "" : ` (${t.nichtOeffentlich})`}`,
              eingegangen: zeit(b.erstellt),
              bewertungen: fill(t.bewertungen, {
                zustimmung: zahl(b.bewertungen.zustimmung),
                neutral: zahl(b.bewertungen.neutral),
                ablehnung: zahl(b.bewertungen.ablehnung),
              }),
              meldungen: zahl(b.meldungen),
            }))}
          />
        )}
        {seiten > 1 ? (
          <Pagination
            items={paginationItems(liste.seite, seiten, (s) => beitraegeHref(basis, roh, s))}
            previousHref={liste.seite > 1 ? beitraegeHref(basis, roh, liste.seite - 1) : undefined}
            nextHref={liste.seite < seiten ? beitraegeHref(basis, roh, liste.seite + 1) : undefined}
            label={t.pagination}
            previousLabel={t.previous}
            nextLabel={t.next}
            pageLabel={t.page}
          />
        ) : null}
      </section>

      <section className="portal-stack" aria-labelledby="statistik">
        <h2 className="kern-heading-medium" id="statistik">
          {t.statistik}
        </h2>
        <p className="kern-body">{t.statistikIntro}</p>
        <Beitragsdiagramm lang={lang} d={t} statistik={zahlen} phasen={phasen} arten={arten} />
        {zahlen.gesamt > 0 ? (
          <Table
            id="status-tabelle"
            caption={t.statusTabelle}
            rowHeader="status"
            columns={[
              { key: "status", header: t.spalten.status },
              { key: "anzahl", header: t.gesamt, numeric: true },
            ]}
            rows={BEITRAGSSTATUS.filter((s) => (zahlen.nachStatus[s] ?? 0) > 0).map((s) => ({
              status: STATUS_TEXTE[s][lang],
              anzahl: zahl(zahlen.nachStatus[s] ?? 0),
            }))}
          />
        ) : null}
      </section>

      {umfrage ? (
        <section className="portal-stack" aria-labelledby="umfrage">
          <h2 className="kern-heading-medium" id="umfrage">
            {t.umfrage}
          </h2>
          <p className="kern-body">{t.umfrageIntro}</p>
          <Umfrageergebnisse lang={lang} d={t} ergebnis={umfrage} />
          <p className="kern-body">
            <a
              className="kern-link"
              href={exportPfad(lang, slug, "umfrage")}
              data-testid="export-umfrage"
            >
              {t.umfrageCsv}
            </a>
          </p>
        </section>
      ) : null}

      <section className="portal-stack" aria-labelledby="export">
        <h2 className="kern-heading-medium" id="export">
          {t.export}
        </h2>
        <p className="kern-body">{t.exportIntro}</p>
        <ul className="kern-list">
          <li>
            <a className="kern-link" href={exportPfad(lang, slug, "csv")} data-testid="export-csv">
              {t.csv}
            </a>
          </li>
          <li>
            <a
              className="kern-link"
              href={exportPfad(lang, slug, "xlsx")}
              data-testid="export-xlsx"
            >
              {t.xlsx}
            </a>
          </li>
          <li>
            <a className="kern-link" href={exportPfad(lang, slug, "pdf")} data-testid="export-pdf">
              {t.pdf}
            </a>
          </li>
        </ul>
      </section>

      <section className="portal-stack" aria-labelledby="einbettung">
        <h2 className="kern-heading-medium" id="einbettung">
          {t.einbettung}
        </h2>
        <p className="kern-body">{t.einbettungIntro}</p>
        <p className="kern-body">
          <a
            className="kern-link"
            href={`/${lang}/beteiligung/einbettung/${encodeURIComponent(slug)}`}
          >
            {t.einbettungLink}
          </a>
        </p>
      </section>
    </BereichSeite>
  );
}
