import { getDb } from "@portal/db/client";
import { eingabeAus, pruefeSeite, sichtbareSeiten, zeilenAnzahl } from "@portal/forms/server";
import { Alert } from "@portal/ui/alert";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { cache } from "react";
import { AntragFormular } from "@/components/antrag/antrag-formular";
import { AntragRahmen } from "@/components/antrag/antrag-rahmen";
import { EntwurfNichtGefunden } from "@/components/antrag/nicht-gefunden";
import { VersionHinweis } from "@/components/antrag/version-hinweis";
import { antragFormularTexte, antragTexte } from "@/i18n/antrag";
import { fill } from "@/i18n/format";
import type { Lang } from "@/i18n/sprache";
import { ladeLauf } from "@/lib/antrag";
import { langOrNotFound, safeDecode } from "@/lib/params";

type Props = {
  params: Promise<{ lang: string; formular: string; entwurf: string; seite: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const lade = cache((schluessel: string, entwurfId: string) =>
  ladeLauf(getDb(), { schluessel, entwurfId }),
);

/** The page's state: what its inputs show and the errors to show with them. */
async function zustand(p: Awaited<Props["params"]>, lang: Lang) {
  const schluessel = safeDecode(p.formular) ?? "";
  const entwurfId = safeDecode(p.entwurf) ?? "";
  const seiteId = safeDecode(p.seite) ?? "";
  const lauf = /^[a-z0-9-]{1,100}$/.test(schluessel) ? await lade(schluessel, entwurfId) : null;
  if (!lauf || lauf.neuere) return { lauf, schluessel, seiteId };
  const offen = lauf.offen?.seite === seiteId ? lauf.offen : null;
  const eingabe = offen ? offen.eingabe : eingabeAus(lauf.def, seiteId, lauf.antworten, lang);
  const dateifehler = offen?.dateifehler ?? [];
  const fehler =
    offen && !offen.still && !offen.hinweis
      ? [
          ...dateifehler,
          ...pruefeSeite(lauf.def, seiteId, offen.eingabe, lang, {
            antworten: lauf.antworten,
          }).fehler.filter((f) => !dateifehler.some((g) => g.feld === f.feld)),
        ]
      : [];
  return { lauf, schluessel, seiteId, eingabe, fehler, hinweis: offen?.hinweis };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await params;
  const lang = langOrNotFound(p.lang);
  const z = await zustand(p, lang);
  const d = antragTexte(lang);
  const seite = z.lauf?.def.seiten.find((s) => s.id === z.seiteId);
  if (!z.lauf || !seite) return { title: d.nichtGefunden, robots: { index: false } };
  const titel = `${seite.titel[lang]} – ${z.lauf.def.titel[lang]}`;
  return {
    title: z.fehler?.length ? fill(d.titelFehler, { titel }) : titel,
    robots: { index: false },
  };
}

/** One page of an online application (a question or a small group of questions). */
export default async function AntragSeitePage({ params, searchParams }: Props) {
  const p = await params;
  const lang = langOrNotFound(p.lang);
  const sp = await searchParams;
  const z = await zustand(p, lang);
  const d = antragTexte(lang);
  const { lauf } = z;
  if (!lauf) return <EntwurfNichtGefunden lang={lang} schluessel={z.schluessel} />;
  const { def } = lauf;
  const basis = `/${lang}/antrag/${def.schluessel}/${lauf.entwurf.id}`;
  if (lauf.neuere) {
    return (
      <AntragRahmen lang={lang} formular={def.titel[lang]} titel={d.neueVersionTitel}>
        <VersionHinweis lang={lang} lauf={{ ...lauf, neuere: lauf.neuere }} />
      </AntragRahmen>
    );
  }
  const sichtbar = sichtbareSeiten(def, lauf.antworten);
  const index = sichtbar.findIndex((s) => s.id === z.seiteId);
  const seite = sichtbar[index];
  if (!seite) redirect(`${basis}/${sichtbar[0]?.id ?? "pruefen"}`);
  const vonPruefen = sp.von === "pruefen";

  return (
    <AntragRahmen lang={lang} formular={def.titel[lang]} titel={seite.titel[lang]}>
      <AntragFormular
        lang={lang}
        def={def}
        seiteId={seite.id}
        versteckt={{
          sprache: lang,
          $formular: def.schluessel,
          $entwurf: lauf.entwurf.id,
          $seite: seite.id,
          ...(vonPruefen ? { $von: "pruefen" } : {}),
        }}
        eingabe={z.eingabe ?? {}}
        fehler={z.fehler ?? []}
        antworten={lauf.antworten}
        zeilen={zeilenAnzahl(def, seite.id, z.eingabe ?? {})}
        texte={antragFormularTexte(lang)}
        hinweis={
          z.hinweis ? (
            <Alert variant="danger" role="alert" title={d.errorSummary} headingLevel={2}>
              <p className="kern-body">
                {z.hinweis === "zu-gross" ? d.seiteZuGross : d.zuVieleUploads}
              </p>
            </Alert>
          ) : null
        }
        aktion={`/${lang}/antrag/seite`}
        zurueck={index > 0}
        titelId="seitentitel"
      />
    </AntragRahmen>
  );
}
