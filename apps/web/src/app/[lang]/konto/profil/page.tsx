import { requireUser } from "@portal/auth/next";
import { ladeProfil } from "@portal/auth/server";
import { getDb } from "@portal/db/client";
import type { Metadata } from "next";
import { BereichSeite } from "@/components/bereich-seite";
import { Formular, type FormularFeld } from "@/components/formular";
import { profilTexte } from "@/i18n/profil";
import { formularTexte } from "@/lib/konto";
import { langOrNotFound } from "@/lib/params";
import { aktualisiereProfil } from "./actions";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: profilTexte(langOrNotFound((await params).lang)).title };
}

/** The citizen's profile: name, address (municipality resolved to its AGS), date of birth, phone. */
export default async function ProfilPage({ params }: Props) {
  const lang = langOrNotFound((await params).lang);
  const { konto } = await requireUser({ lang, zurueck: `/${lang}/konto/profil` });
  const d = profilTexte(lang);
  const profil = await ladeProfil(getDb(), { kontoId: konto.id });
  const f = d.felder;
  // Every profile field may stay empty: the profile is what the citizen chooses to store.
  const felder: FormularFeld[] = (
    [
      { name: "vorname", label: f.vorname, type: "text", autoComplete: "given-name" },
      { name: "nachname", label: f.nachname, type: "text", autoComplete: "family-name" },
      { name: "strasse", label: f.strasse, type: "text", autoComplete: "street-address" },
      {
        name: "plz",
        label: f.plz,
        type: "text",
        autoComplete: "postal-code",
        inputMode: "numeric",
        hint: d.hinweise.plz,
      },
      { name: "ort", label: f.ort, type: "text", autoComplete: "address-level2" },
      { name: "geburtsdatum", label: f.geburtsdatum, type: "date", autoComplete: "bday" },
      {
        name: "telefon",
        label: f.telefon,
        type: "tel",
        autoComplete: "tel",
        hint: d.hinweise.telefon,
      },
    ] as const
  ).map((feld) => ({ art: "eingabe", ...feld, optional: true }));
  const werte: Record<string, string> = {};
  for (const feld of felder) {
    const wert = profil?.[feld.name as keyof typeof profil];
    if (typeof wert === "string") werte[feld.name] = wert;
  }
  return (
    <BereichSeite lang={lang} bereich="konto" titel={d.title}>
      <p className="kern-body">{d.einleitung}</p>
      <Formular
        lang={lang}
        aktion={aktualisiereProfil}
        felder={felder}
        werte={werte}
        texte={formularTexte(lang, d.senden)}
        optionalText={d.optional}
      />
    </BereichSeite>
  );
}
