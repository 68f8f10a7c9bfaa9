import {
  ART_TEXTE,
  abwaegungsverlauf,
  anhaengeFuerVerfahren,
  BESCHLUESSE,
  BESCHLUSS_TEXTE,
  EINREICHER_TEXTE,
  STATUS_TEXTE,
  verwaltetesVerfahren,
  verwaltungsbeitrag,
} from "@portal/beteiligung/server";
import { MODERATIONSUEBERGAENGE } from "@portal/beteiligung/types";
import { getDb } from "@portal/db/client";
import { Alert } from "@portal/ui/alert";
import { DescriptionList } from "@portal/ui/description-list";
import { Table } from "@portal/ui/table";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BereichSeite } from "@/components/bereich-seite";
import { Formular } from "@/components/formular";
import { allgemeinTexte } from "@/i18n/allgemein";
import { beteiligungVerwaltungTexte } from "@/i18n/beteiligung-verwaltung";
import { fill, formatDateTime, formatZahl } from "@/i18n/format";
import {
  anlagePfad,
  beitragPfad,
  protokolliereBeteiligung,
  requireBeteiligung,
  verfahrenPfad,
} from "@/lib/beteiligung-verwaltung";
import { formularTexte } from "@/lib/konto";
import { langOrNotFound, safeDecode, searchParam, slugOrNotFound } from "@/lib/params";
import { moderiereBeitrag, speichereAbwaegungAktion } from "./actions";

type Props = {
  params: Promise<{ lang: string; verfahren: string; beitrag: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: beteiligungVerwaltungTexte(langOrNotFound((await params).lang)).liste.title };
}

/** Keeps the line breaks of a text typed by a contributor (the text itself is escaped by React). */
const mitUmbruechen = { whiteSpace: "pre-wrap", overflowWrap: "anywhere" } as const;

/**
 * One contribution for staff: its whole text (plain text, direction isolated), who submitted it,
 * ratings and reports, for a statement the submitter's name, address and consent (personal data:
 * only here, for the authority) with the co-signatures and the attachments to download, the
 * moderation decision with an optional note and the moderation trail,
 * and for a statement the Abwägung with its earlier versions. Opening it is written to the
 * audit trail; another tenant's contribution is a 404.
 */
export default async function BeitragVerwaltungPage({ params, searchParams }: Props) {
  const p = await params;
  const lang = langOrNotFound(p.lang);
  const slug = slugOrNotFound(p.verfahren);
  const id = safeDecode(p.beitrag) ?? "";
  const sp = await searchParams;
  const { mitarbeiter, gemeinden } = await requireBeteiligung({
    lang,
    zurueck: beitragPfad(lang, slug, id),
  });
  const db = getDb();
  const v = await verwaltetesVerfahren(db, { slug, gemeinden });
  if (!v) notFound();
  const gefunden = await verwaltungsbeitrag(db, {
    verfahrenId: v.documentId,
    beitragId: id,
    gemeinden,
  });
  if (!gefunden) notFound();
  const { beitrag: b, verlauf, einreichung: e, mitzeichnungen } = gefunden;
  await protokolliereBeteiligung(db, {
    kontoId: mitarbeiter.kontoId,
    gemeindeAgs: v.gemeindeAgs,
    aktion: "beteiligung-beitrag-angesehen",
    gegenstand: `beitrag:${b.id}`,
  });
  const stellungnahme = b.art === "stellungnahme";
  const [fassungen, anlagen] = stellungnahme
    ? await Promise.all([
        abwaegungsverlauf(db, { beitragId: b.id, gemeinden }),
        anhaengeFuerVerfahren(db, { beitragId: b.id, verfahrenIds: [v.documentId] }),
      ])
    : [[], []];

  const d = beteiligungVerwaltungTexte(lang);
  const t = d.beitrag;
  const a = allgemeinTexte(lang);
  const zeit = (wann: Date) => formatDateTime(lang, wann.toISOString());
  const zahl = (n: number) => formatZahl(lang, n);
  const phase = v.phasen.find((ph) => ph.id === b.phaseId)?.titel ?? b.phaseId;
  const moeglich = MODERATIONSUEBERGAENGE[b.status];
  const moderiert = searchParam(sp.moderiert, 1).value === "1";
  const abgewogen = searchParam(sp.abgewogen, 1).value === "1";
  const durch = (konto: string | null) =>
    konto === null ? t.meldeschwelle : konto === mitarbeiter.kontoId ? t.du : t.mitarbeiter;
  const versteckt = { verfahren: slug, beitrag: b.id };
  const kb = (bytes: number) =>
    new Intl.NumberFormat(lang === "de" ? "de-DE" : "en-GB", { maximumFractionDigits: 1 }).format(
      bytes / 1024,
    );
  const anschrift = [e.strasse, [e.plz, e.ort].filter(Boolean).join(" ")].filter(Boolean);

  return (
    <BereichSeite lang={lang} bereich="verwaltung" titel={fill(t.titel, { nummer: b.nummer })}>
      <p className="kern-body">
        <a className="kern-link" href={`${verfahrenPfad(lang, slug)}#beitraege`}>
          {t.zurueck}
        </a>
      </p>
      {moderiert || abgewogen ? (
        <div id="meldung" data-testid="meldung">
          <Alert
            variant="success"
            role="status"
            headingLevel={2}
            title={t.moderiertTitel}
            variantLabel={a.successPrefix}
          >
            <p className="kern-body">{moderiert ? t.moderiert : t.abwaegungGespeichert}</p>
          </Alert>
        </div>
      ) : null}

      <section className="portal-stack" aria-labelledby="angaben">
        <h2 className="kern-heading-medium" id="angaben">
          {t.angaben}
        </h2>
        <DescriptionList
          items={[
            {
              term: t.text,
              definition: (
                <bdi style={mitUmbruechen} data-testid="beitrag-text">
                  {b.text}
                </bdi>
              ),
            },
            { term: d.verfahren.spalten.art, definition: ART_TEXTE[b.art][lang] },
            { term: d.verfahren.spalten.phase, definition: <bdi>{phase}</bdi> },
            {
              term: d.verfahren.spalten.einreicher,
              definition: [EINREICHER_TEXTE[b.einreicher][lang], b.institution]
                .filter(Boolean)
                .join(": "),
            },
            { term: t.name, definition: b.name ? <bdi>{b.name}</bdi> : t.ohneName },
            {
              term: d.verfahren.spalten.status,
              definition: <strong data-testid="status">{STATUS_TEXTE[b.status][lang]}</strong>,
            },
            {
              term: t.sichtbarkeit,
              definition: b.oeffentlich ? t.oeffentlich : t.nichtOeffentlich,
            },
            { term: d.verfahren.spalten.eingegangen, definition: zeit(b.erstellt) },
            {
              term: d.verfahren.spalten.bewertungen,
              definition: fill(d.verfahren.bewertungen, {
                zustimmung: zahl(b.bewertungen.zustimmung),
                neutral: zahl(b.bewertungen.neutral),
                ablehnung: zahl(b.bewertungen.ablehnung),
              }),
            },
            { term: d.verfahren.spalten.meldungen, definition: zahl(b.meldungen) },
            ...(b.lat !== null && b.lon !== null
              ? [{ term: t.ort, definition: `${b.lat.toFixed(5)}, ${b.lon.toFixed(5)}` }]
              : []),
          ]}
        />
      </section>

      {stellungnahme ? (
        <section className="portal-stack" aria-labelledby="einreichung">
          <h2 className="kern-heading-medium" id="einreichung">
            {t.einreichung}
          </h2>
          <p className="kern-body">{t.einreichungHinweis}</p>
          <DescriptionList
            items={[
              {
                term: t.einreicherName,
                definition: e.name ? (
                  <bdi data-testid="einreicher-name">{e.name}</bdi>
                ) : (
                  t.keineAngabe
                ),
              },
              {
                term: t.anschrift,
                definition:
                  anschrift.length > 0 ? (
                    <span data-testid="einreicher-anschrift">
                      {anschrift.map((zeile) => (
                        <span key={zeile} style={{ display: "block" }}>
                          <bdi>{zeile}</bdi>
                        </span>
                      ))}
                    </span>
                  ) : (
                    t.keineAngabe
                  ),
              },
              {
                term: t.institution,
                definition: b.institution ? (
                  <bdi data-testid="institution">{b.institution}</bdi>
                ) : (
                  t.keineAngabe
                ),
              },
              {
                term: t.einwilligung,
                definition:
                  e.einwilligungUm && e.einwilligungFassung
                    ? fill(t.einwilligungAm, {
                        zeit: zeit(e.einwilligungUm),
                        fassung: e.einwilligungFassung,
                      })
                    : t.keineEinwilligung,
              },
              {
                term: t.mitzeichnungen,
                definition: <span data-testid="mitzeichnungen">{zahl(mitzeichnungen)}</span>,
              },
            ]}
          />
          <h3 className="kern-heading-small" id="anlagen">
            {t.anlagen}
          </h3>
          {anlagen.length === 0 ? (
            <p className="kern-body">{t.keineAnlagen}</p>
          ) : (
            <ul className="kern-list" aria-labelledby="anlagen" data-testid="anlagen">
              {anlagen.map((anlage) => (
                <li key={anlage.id}>
                  <a
                    className="kern-link"
                    href={anlagePfad(lang, slug, b.id, anlage.id)}
                    download
                    data-testid="anlage-link"
                  >
                    <bdi>{anlage.name}</bdi>
                  </a>{" "}
                  ({fill(t.anlageGroesse, { groesse: kb(anlage.groesse) })})
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}

      <section className="portal-stack" aria-labelledby="moderieren">
        <h2 className="kern-heading-medium" id="moderieren">
          {t.moderieren}
        </h2>
        {moeglich.length === 0 ? (
          <p className="kern-body">{t.keineEntscheidung}</p>
        ) : (
          <Formular
            lang={lang}
            aktion={moderiereBeitrag}
            felder={[
              {
                art: "auswahl",
                name: "nach",
                label: t.entscheidung,
                options: moeglich.map((s) => ({
                  value: s,
                  label: t.aktionen[s as keyof typeof t.aktionen] ?? STATUS_TEXTE[s][lang],
                })),
              },
              {
                art: "text",
                name: "notiz",
                label: t.notiz,
                hint: t.notizHinweis,
                rows: 3,
                optional: true,
              },
            ]}
            versteckt={versteckt}
            texte={formularTexte(lang, t.senden)}
            optionalText={t.optional}
          />
        )}
        <h3 className="kern-heading-small" id="verlauf">
          {t.verlauf}
        </h3>
        {verlauf.length === 0 ? (
          <p className="kern-body">{t.verlaufLeer}</p>
        ) : (
          <Table
            id="verlauf-tabelle"
            caption={t.verlaufTabelle}
            rowHeader="zeitpunkt"
            columns={[
              { key: "zeitpunkt", header: t.verlaufSpalten.zeitpunkt },
              { key: "von", header: t.verlaufSpalten.von },
              { key: "nach", header: t.verlaufSpalten.nach },
              { key: "durch", header: t.verlaufSpalten.durch },
              { key: "notiz", header: t.verlaufSpalten.notiz },
            ]}
            rows={verlauf.map((m) => ({
              zeitpunkt: zeit(m.zeitpunkt),
              von: STATUS_TEXTE[m.von][lang],
              nach: STATUS_TEXTE[m.nach][lang],
              durch: durch(m.vonKontoId),
              notiz: m.notiz ? <bdi style={mitUmbruechen}>{m.notiz}</bdi> : "–",
            }))}
          />
        )}
      </section>

      <section className="portal-stack" aria-labelledby="abwaegung-titel">
        <h2 className="kern-heading-medium" id="abwaegung-titel">
          {t.abwaegung}
        </h2>
        {!stellungnahme ? (
          <p className="kern-body">{t.abwaegungNurStellungnahmen}</p>
        ) : (
          <>
            <p className="kern-body">{t.abwaegungIntro}</p>
            <Formular
              lang={lang}
              aktion={speichereAbwaegungAktion}
              felder={[
                {
                  art: "text",
                  name: "abwaegung",
                  label: t.abwaegungText,
                  hint: t.abwaegungHinweis,
                  rows: 8,
                  optional: true,
                },
                {
                  art: "auswahl",
                  name: "beschluss",
                  label: t.beschluss,
                  options: [
                    { value: "", label: t.beschlussOffen },
                    ...BESCHLUESSE.map((s) => ({ value: s, label: BESCHLUSS_TEXTE[s][lang] })),
                  ],
                },
              ]}
              werte={{
                abwaegung: b.abwaegung?.text ?? "",
                beschluss: b.abwaegung?.beschluss ?? "",
              }}
              versteckt={versteckt}
              texte={formularTexte(lang, t.abwaegungSenden)}
              optionalText={t.optional}
            />
            {fassungen.length > 0 ? (
              <>
                <h3 className="kern-heading-small">{t.abwaegungVerlauf}</h3>
                <Table
                  id="abwaegung-verlauf"
                  caption={t.abwaegungVerlaufTabelle}
                  rowHeader="zeitpunkt"
                  columns={[
                    { key: "zeitpunkt", header: t.verlaufSpalten.zeitpunkt },
                    { key: "durch", header: t.verlaufSpalten.durch },
                    { key: "beschluss", header: t.beschluss },
                    { key: "text", header: t.abwaegungText },
                  ]}
                  rows={fassungen.map((f) => ({
                    zeitpunkt: zeit(f.bearbeitetUm),
                    durch: durch(f.bearbeitetVon),
                    beschluss: f.beschluss ? BESCHLUSS_TEXTE[f.beschluss][lang] : t.beschlussOffen,
                    text: f.text ? <bdi style={mitUmbruechen}>{f.text}</bdi> : "–",
                  }))}
                />
              </>
            ) : null}
          </>
        )}
      </section>
    </BereichSeite>
  );
}
