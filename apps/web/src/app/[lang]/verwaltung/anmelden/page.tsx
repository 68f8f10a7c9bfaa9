import { getStaffSession, sichererVerwaltungsRuecksprung } from "@portal/auth/next";
import { Alert } from "@portal/ui/alert";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { BereichSeite } from "@/components/bereich-seite";
import { Formular } from "@/components/formular";
import { allgemeinTexte } from "@/i18n/allgemein";
import { kontoTexte } from "@/i18n/konto";
import { verwaltungTexte } from "@/i18n/verwaltung";
import { formularTexte } from "@/lib/konto";
import { langOrNotFound, searchParam } from "@/lib/params";
import { meldeMitarbeiterMitPasswortAn } from "./actions";

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: verwaltungTexte(langOrNotFound((await params).lang)).anmelden.title };
}

/** Staff sign-in, step 1 of 2: address and password. `?zurueck=/de/verwaltung/…` comes back. */
export default async function VerwaltungAnmeldenPage({ params, searchParams }: Props) {
  const lang = langOrNotFound((await params).lang);
  const sp = await searchParams;
  const zurueck = sichererVerwaltungsRuecksprung(searchParam(sp.zurueck, 500).value, lang);
  if (await getStaffSession()) redirect(zurueck);
  const d = verwaltungTexte(lang);
  const k = kontoTexte(lang);
  const a = allgemeinTexte(lang);
  const hinweis = sp.abgemeldet
    ? d.anmelden.abgemeldet
    : sp.abgelaufen
      ? d.anmelden.abgelaufen
      : null;
  return (
    <BereichSeite
      lang={lang}
      bereich="verwaltung"
      titel={d.anmelden.title}
      intro={d.anmelden.intro}
    >
      {hinweis ? (
        <Alert variant="info" headingLevel={2} title={hinweis} variantLabel={a.infoPrefix} />
      ) : null}
      <Formular
        lang={lang}
        aktion={meldeMitarbeiterMitPasswortAn}
        felder={[
          {
            art: "eingabe",
            name: "email",
            label: k.felder.email,
            type: "email",
            autoComplete: "email",
          },
          {
            art: "eingabe",
            name: "passwort",
            label: k.felder.passwort,
            type: "password",
            autoComplete: "current-password",
          },
        ]}
        versteckt={{ zurueck }}
        texte={formularTexte(lang, d.anmelden.senden)}
      />
      <p className="kern-body">
        {d.anmelden.buerger}{" "}
        <a className="kern-link" href={`/${lang}/konto/anmelden`}>
          {d.anmelden.buergerLink}
        </a>
      </p>
    </BereichSeite>
  );
}
