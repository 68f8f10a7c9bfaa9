import type { Metadata } from "next";
import { KontoFormular } from "@/components/konto-formular";
import { KontoSeite } from "@/components/konto-seite";
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
    <KontoSeite lang={lang} titel={d.erneut.title} intro={d.erneut.intro}>
      <KontoFormular
        lang={lang}
        aktion={fordereBestaetigungAn}
        felder={[{ name: "email", label: d.felder.email, type: "email", autoComplete: "email" }]}
        texte={formularTexte(lang, d.erneut.senden)}
      />
    </KontoSeite>
  );
}
