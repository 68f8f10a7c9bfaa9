import type { Metadata } from "next";
import { BereichSeite } from "@/components/bereich-seite";
import { Formular } from "@/components/formular";
import { kontoTexte } from "@/i18n/konto";
import { formularTexte } from "@/lib/konto";
import { langOrNotFound } from "@/lib/params";
import { fordereBestaetigungAn } from "./actions";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: kontoTexte(langOrNotFound((await params).lang)).erneut.title };
}

/** Ask for a new link to confirm the address of a Servicekonto. */
export default async function BestaetigungErneutPage({ params }: Props) {
  const lang = langOrNotFound((await params).lang);
  const d = kontoTexte(lang);
  return (
    <BereichSeite lang={lang} bereich="konto" titel={d.erneut.title} intro={d.erneut.intro}>
      <Formular
        lang={lang}
        aktion={fordereBestaetigungAn}
        felder={[
          {
            art: "eingabe",
            name: "email",
            label: d.felder.email,
            type: "email",
            autoComplete: "email",
          },
        ]}
        texte={formularTexte(lang, d.erneut.senden)}
      />
    </BereichSeite>
  );
}
