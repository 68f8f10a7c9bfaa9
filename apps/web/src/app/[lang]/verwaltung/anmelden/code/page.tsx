import { sichererVerwaltungsRuecksprung } from "@portal/auth/next";
import type { Metadata } from "next";
import { BereichSeite } from "@/components/bereich-seite";
import { Formular } from "@/components/formular";
import { verwaltungTexte } from "@/i18n/verwaltung";
import { formularTexte } from "@/lib/konto";
import { langOrNotFound, searchParam } from "@/lib/params";
import { codeFeld, requireAnmeldevorgang } from "@/lib/verwaltung";
import { meldeMitCodeAn } from "./actions";

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: verwaltungTexte(langOrNotFound((await params).lang)).code.title };
}

/** Staff sign-in, step 2 of 2: the code from the authenticator app. */
export default async function VerwaltungCodePage({ params, searchParams }: Props) {
  const lang = langOrNotFound((await params).lang);
  const zurueck = sichererVerwaltungsRuecksprung(
    searchParam((await searchParams).zurueck, 500).value,
    lang,
  );
  await requireAnmeldevorgang({ lang });
  const d = verwaltungTexte(lang);
  return (
    <BereichSeite lang={lang} bereich="verwaltung" titel={d.code.title} intro={d.code.intro}>
      <Formular
        lang={lang}
        aktion={meldeMitCodeAn}
        felder={[codeFeld(lang)]}
        versteckt={{ zurueck }}
        texte={formularTexte(lang, d.code.senden)}
      />
      <p className="kern-body">
        <a className="kern-link" href={`/${lang}/verwaltung/anmelden`}>
          {d.code.neuAnmelden}
        </a>
      </p>
    </BereichSeite>
  );
}
