import type { Metadata } from "next";
import { BereichSeite } from "@/components/bereich-seite";
import { Formular } from "@/components/formular";
import { kontoTexte } from "@/i18n/konto";
import { formularTexte } from "@/lib/konto";
import { langOrNotFound } from "@/lib/params";
import { fordereZuruecksetzenLinkAn } from "./actions";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: kontoTexte(langOrNotFound((await params).lang)).vergessen.title };
}

/** Forgotten password: ask for a link to set a new one. */
export default async function PasswortVergessenPage({ params }: Props) {
  const lang = langOrNotFound((await params).lang);
  const d = kontoTexte(lang);
  return (
    <BereichSeite lang={lang} bereich="konto" titel={d.vergessen.title} intro={d.vergessen.intro}>
      <Formular
        lang={lang}
        aktion={fordereZuruecksetzenLinkAn}
        felder={[
          {
            art: "eingabe",
            name: "email",
            label: d.felder.email,
            type: "email",
            autoComplete: "email",
          },
        ]}
        texte={formularTexte(lang, d.vergessen.senden)}
      />
    </BereichSeite>
  );
}
