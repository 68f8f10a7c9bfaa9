import { randomUUID } from "node:crypto";
import { getDb } from "@portal/db/client";
import { rueckgabegrund } from "@portal/payments/sepa";
import { listEvents, retrieve, type Zahlungsereignis } from "@portal/payments/server";
import { Alert } from "@portal/ui/alert";
import { DescriptionList } from "@portal/ui/description-list";
import { Table } from "@portal/ui/table";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BereichSeite } from "@/components/bereich-seite";
import { Formular } from "@/components/formular";
import { allgemeinTexte } from "@/i18n/allgemein";
import { fill, formatDate, formatDateTime } from "@/i18n/format";
import { type KasseTexte, kasseTexte } from "@/i18n/kasse";
import type { Lang } from "@/i18n/sprache";
import { formatiereBetrag, kassePfad, ZAHLUNG_ID, zahlungPfad } from "@/lib/kasse";
import { formularTexte } from "@/lib/konto";
import { langOrNotFound, safeDecode, searchParam } from "@/lib/params";
import { oeNamen } from "@/lib/verwaltung-oe";
import { protokolliereKasse, requireKasse } from "../_server/zugriff";
import { statusText } from "../status";
import { erstatteZahlung } from "./actions";

type Props = {
  params: Promise<{ lang: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // No Kassenzeichen in the title: the title is in the browser history, the page is not.
  return { title: kasseTexte(langOrNotFound((await params).lang)).liste.title };
}

/** A value of the metadata or the next action, as one line of text. */
function alsText(wert: unknown): string {
  if (wert == null || wert === "") return "–";
  if (typeof wert === "object") return Object.values(wert).filter(Boolean).map(String).join(", ");
  return String(wert);
}

/** What a date-like next-action value (YYYY-MM-DD) or an amount looks like on the page. */
function naechsterWert(lang: Lang, schluessel: string, wert: unknown): string {
  if (schluessel === "faelligAm" && typeof wert === "string") return formatDate(lang, wert);
  if (schluessel === "amount" && typeof wert === "number") return formatiereBetrag(lang, wert);
  return alsText(wert);
}

/**
 * One payment for a clerk of its Organisationseinheit: the amounts, Kassenzeichen and
 * remittance text, what the procedure passed (e.g. the application's Aktenzeichen), the
 * mandate and due date or the transfer instructions, the bank's last return reason in words,
 * the event history, and the refund form while something is left to refund. Opening it is
 * written to the audit trail before anything is shown. An unknown id, a malformed one and
 * another authority's payment are the same 404.
 */
export default async function ZahlungPage({ params, searchParams }: Props) {
  const p = await params;
  const lang = langOrNotFound(p.lang);
  const id = safeDecode(p.id) ?? "";
  const sp = await searchParams;
  const { mitarbeiter, oes } = await requireKasse({ lang, zurueck: zahlungPfad(lang, id) });
  if (!ZAHLUNG_ID.test(id) || oes.length === 0) notFound();
  const db = getDb();
  const gefunden = await retrieve(db, { id, oes });
  // `retrieve` already looks among `oes` only; checked again because a 404 here is the rule.
  if (!gefunden.ok || !oes.includes(gefunden.intent.oeSchluessel)) notFound();
  const intent = gefunden.intent;
  await protokolliereKasse(db, {
    kontoId: mitarbeiter.kontoId,
    oes: [intent.oeSchluessel],
    aktion: "zahlung-angesehen",
    gegenstand: intent.id,
  });
  const [ereignisse, namen] = await Promise.all([
    listEvents(db, { id, oes }),
    oeNamen(db, [intent.oeSchluessel]),
  ]);

  const d = kasseTexte(lang);
  const dt = d.detail;
  const e = d.erstattung;
  const betrag = (cent: number) => formatiereBetrag(lang, cent);
  const zeit = (wann: Date) => formatDateTime(lang, wann.toISOString());
  const offen = intent.amountReceived - intent.amountRefunded;
  const erstattbar = intent.status === "succeeded" || intent.status === "partially_refunded";
  const erstattet = searchParam(sp.erstattet, 1).value === "1";
  const metadaten = Object.entries(intent.metadata);
  const naechster = intent.nextAction
    ? Object.entries(intent.nextAction).filter(([k]) => k !== "type")
    : [];
  const grund = intent.lastPaymentError ? rueckgabegrund(intent.lastPaymentError.code) : null;

  return (
    <BereichSeite
      lang={lang}
      bereich="verwaltung"
      titel={fill(dt.titel, { kassenzeichen: intent.kassenzeichen })}
    >
      <p className="kern-body">
        <a className="kern-link" href={kassePfad(lang)}>
          {dt.zurListe}
        </a>
      </p>
      {erstattet ? (
        <div id="meldung" data-testid="meldung">
          <Alert
            variant="success"
            role="status"
            headingLevel={2}
            title={dt.erstattetTitel}
            variantLabel={allgemeinTexte(lang).successPrefix}
          >
            <p className="kern-body">{dt.erstattetText}</p>
          </Alert>
        </div>
      ) : null}

      <section className="portal-stack" aria-labelledby="uebersicht">
        <h2 className="kern-heading-medium" id="uebersicht">
          {dt.uebersicht}
        </h2>
        <DescriptionList
          items={[
            {
              term: dt.kassenzeichen,
              definition: <span translate="no">{intent.kassenzeichen}</span>,
            },
            { term: dt.beschreibung, definition: intent.description },
            {
              term: dt.status,
              definition: <strong data-testid="status">{statusText(d, intent)}</strong>,
            },
            { term: dt.zahlungsart, definition: d.zahlungsart[intent.paymentMethodType] },
            { term: dt.betrag, definition: betrag(intent.amount) },
            { term: dt.eingegangen, definition: betrag(intent.amountReceived) },
            { term: dt.erstattet, definition: betrag(intent.amountRefunded) },
            ...(erstattbar ? [{ term: dt.erstattbar, definition: betrag(offen) }] : []),
            {
              term: dt.verwendungszweck,
              definition: <span translate="no">{intent.remittanceText}</span>,
            },
            {
              term: dt.oe,
              definition: `${namen.get(intent.oeSchluessel) ?? intent.oeSchluessel} (${intent.oeSchluessel})`,
            },
            { term: dt.angelegt, definition: zeit(intent.created) },
            { term: dt.geaendert, definition: zeit(intent.updated) },
            ...(intent.cancellationReason
              ? [{ term: dt.stornogrund, definition: intent.cancellationReason }]
              : []),
          ]}
        />
      </section>

      {grund && intent.lastPaymentError ? (
        <section className="portal-stack" aria-labelledby="letzter-fehler">
          <Alert
            variant="warning"
            headingLevel={2}
            title={<span id="letzter-fehler">{dt.fehlerTitel}</span>}
            variantLabel={allgemeinTexte(lang).errorPrefix}
          >
            <p className="kern-body" data-testid="rueckgabegrund">
              {grund.code ? (
                <>
                  <strong translate="no">{fill(dt.fehlerCode, { code: grund.code })}</strong>:{" "}
                </>
              ) : null}
              {grund[lang]}
            </p>
            {intent.lastPaymentError.message ? (
              <p className="kern-body">{intent.lastPaymentError.message}</p>
            ) : null}
          </Alert>
        </section>
      ) : null}

      <section className="portal-stack" aria-labelledby="metadaten">
        <h2 className="kern-heading-medium" id="metadaten">
          {dt.metadaten}
        </h2>
        {metadaten.length === 0 ? (
          <p className="kern-body">{dt.keineMetadaten}</p>
        ) : (
          <DescriptionList
            items={metadaten.map(([k, v]) => ({
              term: dt.metadatenNamen[k] ?? <code translate="no">{k}</code>,
              definition: alsText(v),
            }))}
          />
        )}
      </section>

      <section className="portal-stack" aria-labelledby="naechster-schritt">
        <h2 className="kern-heading-medium" id="naechster-schritt">
          {dt.naechsterSchritt}
        </h2>
        {naechster.length === 0 ? (
          <p className="kern-body">{dt.keinNaechsterSchritt}</p>
        ) : (
          <DescriptionList
            items={naechster.map(([k, v]) => ({
              term: dt.nextAction[k] ?? <code translate="no">{k}</code>,
              definition: <span translate="no">{naechsterWert(lang, k, v)}</span>,
            }))}
          />
        )}
      </section>

      <section className="portal-stack" aria-labelledby="verlauf">
        <h2 className="kern-heading-medium" id="verlauf">
          {dt.verlauf}
        </h2>
        {ereignisse.ok && ereignisse.data.length > 0 ? (
          <Table
            id="verlauf-tabelle"
            caption={dt.verlaufTabelle}
            rowHeader="zeitpunkt"
            columns={[
              { key: "zeitpunkt", header: dt.verlaufSpalten.zeitpunkt },
              { key: "ereignis", header: dt.verlaufSpalten.ereignis },
              { key: "angaben", header: dt.verlaufSpalten.angaben },
            ]}
            rows={ereignisse.data.map((ev) => ({
              zeitpunkt: zeit(ev.at),
              ereignis: d.ereignis[ev.type] ?? ev.type,
              angaben: <Angaben lang={lang} d={d} ereignis={ev} />,
            }))}
          />
        ) : (
          <p className="kern-body">{dt.verlaufLeer}</p>
        )}
      </section>

      <section className="portal-stack" aria-labelledby="erstatten">
        <h2 className="kern-heading-medium" id="erstatten">
          {e.titel}
        </h2>
        {!erstattbar ? (
          <p className="kern-body">
            {intent.status === "refunded" ? e.nichtsOffen : e.nichtMoeglich}
          </p>
        ) : (
          <Formular
            lang={lang}
            aktion={erstatteZahlung}
            felder={[
              {
                art: "eingabe",
                name: "betrag",
                label: e.betrag,
                type: "text",
                inputMode: "text",
                autoComplete: "off",
                hint: fill(e.betragHinweis, { betrag: betrag(offen) }),
                maxLength: 40,
              },
              {
                art: "text",
                name: "grund",
                label: e.grund,
                hint: e.grundHinweis,
                rows: 3,
              },
            ]}
            // Drawn per rendering: a resent form carries the same key, a new visit a new one.
            versteckt={{ id: intent.id, schluessel: randomUUID() }}
            texte={formularTexte(lang, e.senden)}
          />
        )}
      </section>
    </BereichSeite>
  );
}

/** What an event carries (amount, reason, return code), in words; anything else as key: value. */
function Angaben({ lang, d, ereignis }: { lang: Lang; d: KasseTexte; ereignis: Zahlungsereignis }) {
  const a = d.detail.angaben;
  const zeilen: string[] = [];
  const rueckgabe = (code: string) => {
    const g = rueckgabegrund(code);
    return fill(a.code, { grund: `${g.code} – ${g[lang]}` });
  };
  for (const [k, v] of Object.entries(ereignis.data ?? {})) {
    if ((k === "betrag" || k === "amountRefunded") && typeof v === "number") {
      zeilen.push(fill(a[k], { betrag: formatiereBetrag(lang, v) }));
    } else if (k === "grund" && typeof v === "string") {
      zeilen.push(fill(a.grund, { grund: v }));
    } else if (k === "code" && typeof v === "string") {
      zeilen.push(rueckgabe(v));
    } else if (
      k === "grund" &&
      v &&
      typeof v === "object" &&
      "code" in v &&
      typeof v.code === "string"
    ) {
      // A return from the bank's file: its reason code ({ code, message }).
      zeilen.push(rueckgabe(v.code));
    } else if (v !== null && v !== undefined && typeof v !== "object") {
      zeilen.push(`${k}: ${String(v)}`);
    }
  }
  if (zeilen.length === 0) return <>–</>;
  return (
    <ul className="kern-list">
      {zeilen.map((z) => (
        <li key={z}>{z}</li>
      ))}
    </ul>
  );
}
