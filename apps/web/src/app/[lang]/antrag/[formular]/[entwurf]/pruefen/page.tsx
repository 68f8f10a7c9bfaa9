import { getDb } from "@portal/db/client";
import { pruefeAlles, zugangVon, zusammenfassung } from "@portal/forms/server";
import { Alert } from "@portal/ui/alert";
import { Button } from "@portal/ui/button";
import { DescriptionList } from "@portal/ui/description-list";
import type { Metadata } from "next";
import { AntragRahmen } from "@/components/antrag/antrag-rahmen";
import { feldId } from "@/components/antrag/feld-id";
import { EntwurfNichtGefunden } from "@/components/antrag/nicht-gefunden";
import { VersionHinweis } from "@/components/antrag/version-hinweis";
import { Formular, type FormularFeld } from "@/components/formular";
import { antragTexte } from "@/i18n/antrag";
import { fill, formatEuro } from "@/i18n/format";
import { zahlungTexte } from "@/i18n/zahlung";
import { findeZustaendigkeit, ladeLauf } from "@/lib/antrag";
import { identifikationVon } from "@/lib/einreichung";
import { formularTexte } from "@/lib/konto";
import { langOrNotFound, safeDecode } from "@/lib/params";
import { gebuehrBei, gebuehrVorEinreichung } from "@/lib/zahlung";
import { sendeAntragAb } from "../../../actions";

type Props = { params: Promise<{ lang: string; formular: string; entwurf: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return {
    title: antragTexte(langOrNotFound((await params).lang)).pruefenTitel,
    robots: { index: false },
  };
}

/**
 * "Check your answers": every answer with a link to change it, the authority the application
 * goes to, how the applicant is identified, the declaration and the button that submits.
 */
export default async function PruefenPage({ params }: Props) {
  const p = await params;
  const lang = langOrNotFound(p.lang);
  const d = antragTexte(lang);
  const schluessel = safeDecode(p.formular) ?? "";
  const db = getDb();
  const lauf = /^[a-z0-9-]{1,100}$/.test(schluessel)
    ? await ladeLauf(db, { schluessel, entwurfId: safeDecode(p.entwurf) ?? "" })
    : null;
  if (!lauf) return <EntwurfNichtGefunden lang={lang} schluessel={schluessel} />;
  const { def } = lauf;
  if (lauf.neuere) {
    return (
      <AntragRahmen lang={lang} formular={def.titel[lang]} titel={d.neueVersionTitel}>
        <VersionHinweis lang={lang} lauf={{ ...lauf, neuere: lauf.neuere }} />
      </AntragRahmen>
    );
  }
  const basis = `/${lang}/antrag/${def.schluessel}/${lauf.entwurf.id}`;
  const gesamt = pruefeAlles(def, lauf.antworten, { lang });
  const zeilen = zusammenfassung(def, gesamt.antworten, lang);
  const seiten = [...new Set(zeilen.map((z) => z.seite))];
  const imKonto = lauf.angemeldet !== null && "kontoId" in lauf.zugang;
  const zugang = zugangVon(def);
  const identifikation = imKonto ? null : await identifikationVon(db, lauf);
  const zustaendig = gesamt.ok
    ? await findeZustaendigkeit(db, { def, antworten: gesamt.antworten })
    : null;
  const eidNoetig = !imKonto && zugang === "servicekonto-oder-eid" && !identifikation;
  const eidLink = `/${lang}/konto/eid?zweck=identifikation&verfahren=${encodeURIComponent(
    `entwurf:${lauf.entwurf.id}`,
  )}&zurueck=${encodeURIComponent(`${basis}/identifiziert`)}`;

  const felder: FormularFeld[] = [];
  if (zustaendig?.art === "wahl") {
    felder.push({
      art: "auswahl",
      name: "stelle",
      label: d.zustaendigWahl,
      options: zustaendig.stellen.map((s) => ({ value: s.wert, label: s.label })),
    });
  }
  if (!imKonto) {
    felder.push({
      art: "eingabe",
      name: "email",
      label: d.bestaetigungEmail,
      type: "email",
      autoComplete: "email",
      hint: d.bestaetigungEmailHinweis,
      maxLength: 254,
    });
  }
  felder.push({
    art: "bestaetigung",
    name: "erklaerung",
    legend: d.erklaerungTitel,
    label: d.erklaerungBestaetigen,
    hint: def.erklaerung[lang],
  });
  // Before submission: paid on the next page, where the authority (known here, or chosen on this
  // page) takes it online; otherwise the authority asks for it.
  const gebuehr =
    zustaendig?.art === "eindeutig"
      ? await gebuehrBei(db, def, zustaendig.stelle.schluessel)
      : gebuehrVorEinreichung(def);
  const z = zahlungTexte(lang);
  const kannAbsenden =
    gesamt.ok &&
    !eidNoetig &&
    zustaendig !== null &&
    zustaendig.art !== "unbekannt" &&
    (zustaendig.art === "wahl" || zustaendig.stelle.online);

  return (
    <AntragRahmen lang={lang} formular={def.titel[lang]} titel={d.pruefenTitel}>
      <p className="kern-body">{d.pruefenIntro}</p>
      {!gesamt.ok ? (
        <Alert variant="warning" title={d.unvollstaendig} headingLevel={2}>
          <p className="kern-body">{d.unvollstaendigText}</p>
          <ul className="kern-list">
            {gesamt.fehler.map((f) => (
              <li key={`${f.seite}-${f.feld}`}>
                <a className="kern-link" href={`${basis}/${f.seite}?von=pruefen#${feldId(f.feld)}`}>
                  {f.meldung}
                </a>
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {seiten.map((seiteId) => {
        const seite = def.seiten.find((s) => s.id === seiteId);
        return (
          <section key={seiteId} className="portal-stack" aria-labelledby={`abschnitt-${seiteId}`}>
            <h2 className="kern-heading-medium" id={`abschnitt-${seiteId}`}>
              {seite?.titel[lang]}
            </h2>
            <DescriptionList
              items={zeilen
                .filter((z) => z.seite === seiteId)
                .map((z) => ({
                  term: z.label,
                  definition: (
                    <>
                      <span className="portal-antwort">{z.wert}</span>{" "}
                      <a
                        className="kern-link"
                        href={`${basis}/${seiteId}?von=pruefen#${feldId(z.feld)}`}
                      >
                        {d.aendern}
                        <span className="kern-sr-only"> {z.label}</span>
                      </a>
                    </>
                  ),
                }))}
            />
          </section>
        );
      })}
      {zustaendig ? (
        <section className="portal-stack" aria-labelledby="zustaendig">
          <h2 className="kern-heading-medium" id="zustaendig">
            {d.zustaendigTitel}
          </h2>
          {zustaendig.art === "eindeutig" ? (
            zustaendig.stelle.online ? (
              <p className="kern-body" data-testid="zustaendige-stelle">
                <strong>{zustaendig.stelle.name}</strong>
                {zustaendig.stelle.anschrift ? `, ${zustaendig.stelle.anschrift}` : ""}
              </p>
            ) : (
              <Alert variant="warning" title={zustaendig.stelle.name} headingLevel={3}>
                <p className="kern-body">
                  {fill(d.zustaendigKeinOnline, { stelle: zustaendig.stelle.name })}
                </p>
              </Alert>
            )
          ) : zustaendig.art === "wahl" ? (
            <p className="kern-body">{d.zustaendigWahl}</p>
          ) : (
            <Alert variant="warning" title={d.zustaendigTitel} headingLevel={3}>
              <p className="kern-body">{d.zustaendigUnbekannt}</p>
            </Alert>
          )}
        </section>
      ) : null}
      <section className="portal-stack" aria-labelledby="identifizierung">
        <h2 className="kern-heading-medium" id="identifizierung">
          {d.identifikationTitel}
        </h2>
        {imKonto ? (
          <p className="kern-body">
            {fill(d.angemeldetMit, { email: lauf.angemeldet?.konto.email ?? "" })}
          </p>
        ) : identifikation ? (
          <p className="kern-body" data-testid="identifiziert">
            {fill(d.identifiziertAls, {
              name: [identifikation.attribute.vornamen, identifikation.attribute.familienname]
                .filter(Boolean)
                .join(" "),
            })}
          </p>
        ) : eidNoetig ? (
          <>
            <p className="kern-body">{d.identifikationNoetig}</p>
            <p className="kern-body">
              <Button href={eidLink} variant="secondary">
                {d.identifikationStarten}
              </Button>
            </p>
          </>
        ) : (
          <p className="kern-body">{d.zugang[zugang]}</p>
        )}
      </section>
      {def.gebuehr ? (
        <section className="portal-stack" aria-labelledby="gebuehr">
          <h2 className="kern-heading-medium" id="gebuehr">
            {z.gebuehr}
          </h2>
          <p className="kern-body" data-testid="gebuehr">
            {def.gebuehr.bezeichnung[lang]}: {formatEuro(lang, def.gebuehr.betragCent / 100)}
          </p>
          <p className="kern-body">
            {gebuehr
              ? z.gebuehrVorher
              : def.gebuehr.zeitpunkt === "vor-einreichung"
                ? z.nichtOnline
                : z.nachEntscheidung}
          </p>
        </section>
      ) : null}
      {kannAbsenden ? (
        <section className="portal-stack" aria-labelledby="absenden">
          <h2 className="kern-heading-medium" id="absenden">
            {d.erklaerungTitel}
          </h2>
          <Formular
            lang={lang}
            aktion={sendeAntragAb}
            felder={felder}
            versteckt={{ $formular: def.schluessel, $entwurf: lauf.entwurf.id }}
            texte={{
              ...formularTexte(lang, gebuehr ? z.weiterZurZahlung : d.absenden),
              nichtGesendet: d.nichtGesendet,
            }}
          />
        </section>
      ) : null}
    </AntragRahmen>
  );
}
