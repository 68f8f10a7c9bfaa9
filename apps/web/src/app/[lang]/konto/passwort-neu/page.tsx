import type { Metadata } from "next";
import { BereichSeite } from "@/components/bereich-seite";
import { Formular } from "@/components/formular";
import { kontoTexte } from "@/i18n/konto";
import { formularTexte, neuesPasswortFelder } from "@/lib/konto";
import { langOrNotFound, searchParam } from "@/lib/params";
import { setzeNeuesPasswort } from "./actions";

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: kontoTexte(langOrNotFound((await params).lang)).neuesPasswort.title };
}

/** The page the reset mail links to (`?token=…`): choose a new password. */
export default async function PasswortNeuPage({ params, searchParams }: Props) {
  const lang = langOrNotFound((await params).lang);
  const token = searchParam((await searchParams).token, 100).value;
  const d = kontoTexte(lang);
  return (
    <BereichSeite lang={lang} bereich="konto" titel={d.neuesPasswort.title}>
      <Formular
        lang={lang}
        aktion={setzeNeuesPasswort}
        felder={neuesPasswortFelder(lang)}
        versteckt={{ token }}
        texte={formularTexte(lang, d.neuesPasswort.senden)}
      />
    </BereichSeite>
  );
}
