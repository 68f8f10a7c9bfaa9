import { getSession, sichererRuecksprung } from "@portal/auth/next";
import { Alert } from "@portal/ui/alert";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { BereichSeite } from "@/components/bereich-seite";
import { EidAnmeldung } from "@/components/eid-anmeldung";
import { Formular } from "@/components/formular";
import { allgemeinTexte } from "@/i18n/allgemein";
import { kontoTexte } from "@/i18n/konto";
import { formularTexte } from "@/lib/konto";
import { langOrNotFound, searchParam } from "@/lib/params";
import { meldeAnMitPasswort } from "./actions";

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: kontoTexte(langOrNotFound((await params).lang)).anmelden.title };
}

/** Sign in to the Servicekonto; `?zurueck=/de/…` names the page to return to. */
export default async function AnmeldenPage({ params, searchParams }: Props) {
  const lang = langOrNotFound((await params).lang);
  const sp = await searchParams;
  const zurueck = sichererRuecksprung(searchParam(sp.zurueck, 500).value, lang);
  if (await getSession()) redirect(zurueck);
  const d = kontoTexte(lang);
  const a = allgemeinTexte(lang);
  return (
    <BereichSeite lang={lang} bereich="konto" titel={d.anmelden.title} intro={d.anmelden.intro}>
      {sp.abgemeldet ? (
        <Alert
          variant="info"
          headingLevel={2}
          title={d.anmelden.abgemeldet}
          variantLabel={a.infoPrefix}
        />
      ) : null}
      <Formular
        lang={lang}
        aktion={meldeAnMitPasswort}
        felder={[
          {
            art: "eingabe",
            name: "email",
            label: d.felder.email,
            type: "email",
            autoComplete: "email",
          },
          {
            art: "eingabe",
            name: "passwort",
            label: d.felder.passwort,
            type: "password",
            autoComplete: "current-password",
          },
        ]}
        versteckt={{ zurueck }}
        texte={formularTexte(lang, d.anmelden.senden)}
      />
      <EidAnmeldung lang={lang} zurueck={zurueck} />
      <ul className="kern-list">
        <li>
          <a className="kern-link" href={`/${lang}/konto/passwort-vergessen`}>
            {d.anmelden.vergessen}
          </a>
        </li>
        <li>
          <a className="kern-link" href={`/${lang}/konto/bestaetigung-erneut`}>
            {d.bestaetigen.neuAnfordern}
          </a>
        </li>
        <li>
          {d.anmelden.keinKonto}{" "}
          <a className="kern-link" href={`/${lang}/konto/registrieren`}>
            {d.anmelden.einrichten}
          </a>
        </li>
      </ul>
    </BereichSeite>
  );
}
