import { getDb } from "@portal/db/client";
import type { Metadata } from "next";
import { AntragRahmen } from "@/components/antrag/antrag-rahmen";
import { EntwurfNichtGefunden } from "@/components/antrag/nicht-gefunden";
import { Formular } from "@/components/formular";
import { antragTexte } from "@/i18n/antrag";
import { ladeLauf } from "@/lib/antrag";
import { formularTexte } from "@/lib/konto";
import { langOrNotFound, safeDecode } from "@/lib/params";
import { sendeFortsetzungslink } from "../../../actions";

type Props = { params: Promise<{ lang: string; formular: string; entwurf: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return {
    title: antragTexte(langOrNotFound((await params).lang)).spaeterTitel,
    robots: { index: false },
  };
}

/** "Save and continue later": in the account, or a resume link by mail for a draft without one. */
export default async function SpaeterPage({ params }: Props) {
  const p = await params;
  const lang = langOrNotFound(p.lang);
  const d = antragTexte(lang);
  const schluessel = safeDecode(p.formular) ?? "";
  const lauf = /^[a-z0-9-]{1,100}$/.test(schluessel)
    ? await ladeLauf(getDb(), { schluessel, entwurfId: safeDecode(p.entwurf) ?? "" })
    : null;
  if (!lauf) return <EntwurfNichtGefunden lang={lang} schluessel={schluessel} />;
  const zurueck = `/${lang}/antrag/${schluessel}/${lauf.entwurf.id}/${lauf.entwurf.seite ?? "pruefen"}`;
  const imKonto = "kontoId" in lauf.zugang;
  return (
    <AntragRahmen lang={lang} formular={lauf.def.titel[lang]} titel={d.spaeterTitel}>
      <p className="kern-body" role="status">
        {d.gespeichert}
      </p>
      {imKonto ? (
        <>
          <p className="kern-body">{d.spaeterKonto}</p>
          <p className="kern-body">
            <a className="kern-link" href={`/${lang}/konto/antraege`}>
              {d.meineAntraege}
            </a>
          </p>
        </>
      ) : (
        <>
          <p className="kern-body">{d.spaeterOhneKonto}</p>
          <Formular
            lang={lang}
            aktion={sendeFortsetzungslink}
            felder={[
              {
                art: "eingabe",
                name: "email",
                label: d.spaeterEmail,
                type: "email",
                autoComplete: "email",
                maxLength: 254,
              },
            ]}
            versteckt={{ $formular: schluessel, $entwurf: lauf.entwurf.id }}
            texte={formularTexte(lang, d.spaeterSenden)}
          />
        </>
      )}
      <p className="kern-body">
        <a className="kern-link" href={zurueck}>
          {d.zumAntrag}
        </a>
      </p>
    </AntragRahmen>
  );
}
