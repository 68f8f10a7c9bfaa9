import type { Metadata } from "next";
import { BereichSeite } from "@/components/bereich-seite";
import { Formular } from "@/components/formular";
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
    <BereichSeite
      lang={lang}
      bereich="konto"
      titel={d.bestaetigen.title}
      intro={d.bestaetigen.intro}
    >
      <Formular
        lang={lang}
        aktion={bestaetigeAdresse}
        versteckt={{ token }}
        texte={formularTexte(lang, d.bestaetigen.senden)}
      />
      <p className="kern-body">
        <a className="kern-link" href={`/${lang}/konto/bestaetigung-erneut`}>
          {d.bestaetigen.neuAnfordern}
        </a>
      </p>
    </BereichSeite>
  );
}
