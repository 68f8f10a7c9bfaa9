import type { Metadata } from "next";
import { BereichSeite } from "@/components/bereich-seite";
import { EidAnmeldung } from "@/components/eid-anmeldung";
import { Formular } from "@/components/formular";
import { kontoTexte } from "@/i18n/konto";
import { formularTexte, neuesPasswortFelder } from "@/lib/konto";
import { langOrNotFound } from "@/lib/params";
import { registriereKonto } from "./actions";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: kontoTexte(langOrNotFound((await params).lang)).registrieren.title };
}

/** Register a Servicekonto with an e-mail address and a password. */
export default async function RegistrierenPage({ params }: Props) {
  const lang = langOrNotFound((await params).lang);
  const d = kontoTexte(lang);
  return (
    <BereichSeite
      lang={lang}
      bereich="konto"
      titel={d.registrieren.title}
      intro={d.registrieren.intro}
    >
      <Formular
        lang={lang}
        aktion={registriereKonto}
        felder={[
          {
            art: "eingabe",
            name: "email",
            label: d.felder.email,
            type: "email",
            autoComplete: "email",
          },
          ...neuesPasswortFelder(lang).map((f) =>
            f.name === "passwort" ? { ...f, label: d.felder.passwort } : f,
          ),
        ]}
        texte={formularTexte(lang, d.registrieren.senden)}
      />
      <EidAnmeldung lang={lang} art="registrieren" />
      <p className="kern-body">
        {d.registrieren.schonKonto}{" "}
        <a className="kern-link" href={`/${lang}/konto/anmelden`}>
          {d.anmelden.title}
        </a>
      </p>
    </BereichSeite>
  );
}
