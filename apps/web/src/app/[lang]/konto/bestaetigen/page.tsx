import type { Metadata } from "next";
import { KontoFormular } from "@/components/konto-formular";
import { KontoSeite } from "@/components/konto-seite";
import { kontoTexte } from "@/i18n/konto";
import { formularTexte } from "@/lib/konto";
import { langOrNotFound, searchParam } from "@/lib/params";
import { bestaetigeAdresse } from "./actions";

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: kontoTexte(langOrNotFound((await params).lang)).bestaetigen.title };
}

/** The page the confirmation mail links to (`?token=…`): one button confirms the address. */
export default async function BestaetigenPage({ params, searchParams }: Props) {
  const lang = langOrNotFound((await params).lang);
  const token = searchParam((await searchParams).token, 100).value;
  const d = kontoTexte(lang);
  return (
    <KontoSeite lang={lang} titel={d.bestaetigen.title} intro={d.bestaetigen.intro}>
      <KontoFormular
        lang={lang}
        aktion={bestaetigeAdresse}
        felder={[]}
        versteckt={{ token }}
        texte={formularTexte(lang, d.bestaetigen.senden)}
      />
      <p className="kern-body">
        <a className="kern-link" href={`/${lang}/konto/bestaetigung-erneut`}>
          {d.bestaetigen.neuAnfordern}
        </a>
      </p>
    </KontoSeite>
  );
}
