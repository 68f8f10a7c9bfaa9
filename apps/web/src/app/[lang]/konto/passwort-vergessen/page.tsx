import type { Metadata } from "next";
import { KontoFormular } from "@/components/konto-formular";
import { KontoSeite } from "@/components/konto-seite";
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
    <KontoSeite lang={lang} titel={d.vergessen.title} intro={d.vergessen.intro}>
      <KontoFormular
        lang={lang}
        aktion={fordereZuruecksetzenLinkAn}
        felder={[{ name: "email", label: d.felder.email, type: "email", autoComplete: "email" }]}
        texte={formularTexte(lang, d.vergessen.senden)}
      />
    </KontoSeite>
  );
}
