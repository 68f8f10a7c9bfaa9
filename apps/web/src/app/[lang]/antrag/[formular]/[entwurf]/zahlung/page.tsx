import { getDb } from "@portal/db/client";
import { Alert } from "@portal/ui/alert";
import { DescriptionList } from "@portal/ui/description-list";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AntragRahmen } from "@/components/antrag/antrag-rahmen";
import { EntwurfNichtGefunden } from "@/components/antrag/nicht-gefunden";
import { antragTexte } from "@/i18n/antrag";
import { formatDate, formatEuro } from "@/i18n/format";
import { zahlungTexte } from "@/i18n/zahlung";
import { ladeLauf } from "@/lib/antrag";
import { pruefeEinreichung } from "@/lib/einreichung";
import { formularTexte } from "@/lib/konto";
import { langOrNotFound, safeDecode } from "@/lib/params";
import {
  ersteZahlungsart,
  gebuehrBei,
  gebuehrIntent,
  gebuehrVorEinreichung,
  geplanterEinzug,
  glaeubigerIdVon,
  mandatsreferenzVon,
} from "@/lib/zahlung";
import { bezahleUndReicheEin } from "./actions";
import { ZahlungsFormular, type ZahlungsformularTexte } from "./zahlungs-formular";

type Props = { params: Promise<{ lang: string; formular: string; entwurf: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return {
    title: zahlungTexte(langOrNotFound((await params).lang)).titel,
    robots: { index: false },
  };
}

/**
 * The payment step (issue 10) between "check your answers" and the submission, for a form whose
 * fee is paid before submission. Its first view creates the fee's intent (found again on every
 * later view by the draft's key), so the Kassenzeichen and the mandate reference can be shown
 * with the mandate; the due date is the one the provider will store.
 */
export default async function ZahlungPage({ params }: Props) {
  const p = await params;
  const lang = langOrNotFound(p.lang);
  const a = antragTexte(lang);
  const d = zahlungTexte(lang);
  const schluessel = safeDecode(p.formular) ?? "";
  const db = getDb();
  const lauf = /^[a-z0-9-]{1,100}$/.test(schluessel)
    ? await ladeLauf(db, { schluessel, entwurfId: safeDecode(p.entwurf) ?? "" })
    : null;
  if (!lauf) return <EntwurfNichtGefunden lang={lang} schluessel={schluessel} />;
  const basis = `/${lang}/antrag/${lauf.def.schluessel}/${lauf.entwurf.id}`;
  // Without a fee, or before "check your answers" was sent: back there.
  if (!gebuehrVorEinreichung(lauf.def) || !lauf.einreichung || lauf.neuere)
    redirect(`${basis}/pruefen`);
  const bereit = await pruefeEinreichung(db, {
    lang,
    schluessel,
    entwurfId: lauf.entwurf.id,
    email: lauf.einreichung.email,
    stelle: lauf.einreichung.stelle,
  });
  if (!bereit.ok) redirect(`${basis}/pruefen`);
  // The methods this authority takes online (none: the check page submits without a payment).
  const gebuehr = await gebuehrBei(db, lauf.def, bereit.stelle.schluessel);
  if (!gebuehr) redirect(`${basis}/pruefen`);

  const vorauswahl = ersteZahlungsart(gebuehr);
  const intent = await gebuehrIntent(db, {
    def: lauf.def,
    gebuehr,
    entwurfId: lauf.entwurf.id,
    oeSchluessel: bereit.stelle.schluessel,
    art: vorauswahl,
  });
  const betrag = formatEuro(lang, gebuehr.betragCent / 100);
  const glaeubiger = bereit.stelle.name;
  const lastschrift =
    intent.ok && gebuehr.zahlungsarten.includes("sepa_debit") ? intent.intent : null;
  const datum = formatDate(lang, geplanterEinzug());

  const texte: ZahlungsformularTexte = {
    ...formularTexte(lang, d.bezahlen),
    nichtGesendet: a.nichtGesendet,
    artFrage: d.artFrage,
    artHinweis: gebuehr.zahlungsarten.map((z) => d.artHinweis[z]).join(" "),
    arten: gebuehr.zahlungsarten.map((z) => ({ value: z, label: d.art[z] })),
    ...(lastschrift
      ? {
          lastschrift: {
            titel: d.lastschriftTitel,
            kontoinhaber: d.kontoinhaber,
            iban: d.iban,
            ibanHinweis: d.ibanHinweis,
            mandatTitel: d.mandatTitel,
            mandatstext: d.mandatstext(glaeubiger),
            angaben: [
              { term: d.empfaenger, definition: glaeubiger },
              {
                term: d.glaeubigerId,
                definition: (await glaeubigerIdVon(db, bereit.stelle.schluessel)) ?? "",
              },
              { term: d.kassenzeichen, definition: lastschrift.kassenzeichen },
              {
                term: d.mandatsreferenz,
                definition: mandatsreferenzVon(lastschrift.kassenzeichen),
              },
              { term: d.einzug, definition: datum },
            ],
            einzugHinweis: d.einzugHinweis(datum),
            mandatLegende: d.mandatLegende,
            mandatBestaetigen: d.mandatBestaetigen,
          },
        }
      : {}),
    ...(gebuehr.zahlungsarten.includes("bank_transfer")
      ? { ueberweisung: { titel: d.ueberweisungTitel, text: d.ueberweisungText } }
      : {}),
  };

  return (
    <AntragRahmen lang={lang} formular={lauf.def.titel[lang]} titel={d.titel}>
      <p className="kern-body">{d.intro}</p>
      <DescriptionList
        items={[
          { term: d.gebuehr, definition: gebuehr.bezeichnung[lang] },
          { term: d.betrag, definition: <strong data-testid="betrag">{betrag}</strong> },
          // With a debit the Kassenzeichen is the mandate's (below); a transfer chosen instead
          // gets its own, on the receipt.
          ...(intent.ok && !lastschrift
            ? [
                {
                  term: d.kassenzeichen,
                  definition: (
                    <span data-testid="kassenzeichen">{intent.intent.kassenzeichen}</span>
                  ),
                },
              ]
            : []),
        ]}
      />
      {intent.ok ? (
        <ZahlungsFormular
          lang={lang}
          aktion={bezahleUndReicheEin}
          versteckt={{ $formular: lauf.def.schluessel, $entwurf: lauf.entwurf.id }}
          vorauswahl={vorauswahl}
          texte={texte}
        />
      ) : (
        <Alert variant="danger" title={a.nichtGesendet} headingLevel={2}>
          <p className="kern-body">
            {intent.fehler === "idempotenz-konflikt" ? d.fehler.geaendert : d.fehler.vorbereitung}
          </p>
        </Alert>
      )}
      <p className="kern-body">
        <a className="kern-link" href={`${basis}/pruefen`}>
          {d.zurueck}
        </a>
      </p>
    </AntragRahmen>
  );
}
