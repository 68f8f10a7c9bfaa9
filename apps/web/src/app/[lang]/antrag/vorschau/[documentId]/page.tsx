import { Alert } from "@portal/ui/alert";
import { DescriptionList } from "@portal/ui/description-list";
import type { Metadata } from "next";
import { cache } from "react";
import { AntragFormular } from "@/components/antrag/antrag-formular";
import { AntragRahmen } from "@/components/antrag/antrag-rahmen";
import { antragFormularTexte, antragTexte } from "@/i18n/antrag";
import { fill } from "@/i18n/format";
import type { Lang } from "@/i18n/sprache";
import { langOrNotFound, safeDecode } from "@/lib/params";
import { ladeVorschau } from "@/lib/vorschau";

// The CMS editor's preview of a Formular draft (Strapi Preview opens it in the content manager's
// pane; apps/cms/src/vorschau.ts signs the link). The proxy has already refused bad links with
// 403; checked again here. Read-only: no draft is created, nothing is stored. The only portal page
// the CMS's origin may frame (next.config.ts).

type Props = {
  params: Promise<{ lang: string; documentId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const lade = cache((documentId: string, bis: unknown, sig: unknown, lang: Lang) =>
  ladeVorschau(documentId, { bis, sig }, lang),
);

async function zustand({ params, searchParams }: Props) {
  const p = await params;
  const lang = langOrNotFound(p.lang);
  const sp = await searchParams;
  const documentId = safeDecode(p.documentId) ?? "";
  return { lang, z: await lade(documentId, sp.bis, sp.sig, lang) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { lang, z } = await zustand(props);
  const v = antragTexte(lang).vorschau;
  const titel =
    z.art === "vorschau"
      ? fill(v.metaTitel, { titel: z.vorschau.titel })
      : z.art === "fehler"
        ? v.fehlerTitel
        : z.art === "abgelaufen"
          ? v.abgelaufenTitel
          : z.art === "nicht-gefunden"
            ? v.nichtGefundenTitel
            : z.art === "cms-nicht-erreichbar"
              ? v.cmsNichtErreichbar
              : v.ungueltigTitel;
  return { title: titel, robots: { index: false, follow: false } };
}

export default async function FormularVorschauPage(props: Props) {
  const { lang, z } = await zustand(props);
  const d = antragTexte(lang);
  const v = d.vorschau;
  const banner = (
    <Alert variant="warning" title={v.banner} headingLevel={2}>
      <p className="kern-body">{v.bannerText}</p>
    </Alert>
  );

  if (z.art !== "vorschau" && z.art !== "fehler") {
    const [titel, text] =
      z.art === "abgelaufen"
        ? [v.abgelaufenTitel, v.abgelaufenText]
        : z.art === "nicht-gefunden"
          ? [v.nichtGefundenTitel, v.nichtGefundenText]
          : z.art === "cms-nicht-erreichbar"
            ? [v.cmsNichtErreichbar, ""]
            : [v.ungueltigTitel, v.ungueltigText];
    return (
      <div className="portal-stack">
        <h1 className="kern-heading-x-large">{titel}</h1>
        {text ? <p className="kern-body">{text}</p> : null}
      </div>
    );
  }

  if (z.art === "fehler") {
    return (
      <AntragRahmen lang={lang} formular={z.titel ?? v.banner} titel={v.fehlerTitel}>
        {banner}
        <Alert variant="danger" title={v.fehlerTitel} headingLevel={2}>
          <p className="kern-body">{fill(v.fehlerText, { anzahl: z.fehler.length })}</p>
          <ul className="kern-list">
            {z.fehler.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </Alert>
      </AntragRahmen>
    );
  }

  const { def, vorschau } = z;
  const gesamt = vorschau.seiten.length;
  return (
    <AntragRahmen lang={lang} formular={vorschau.titel} titel={vorschau.titel}>
      {banner}
      <section aria-labelledby="vorschau-angaben" className="portal-stack">
        <h2 className="kern-heading-medium" id="vorschau-angaben">
          {v.angaben}
        </h2>
        <DescriptionList
          items={[
            { term: v.schluessel, definition: vorschau.schluessel },
            { term: v.leistung, definition: vorschau.leistung || v.leistungFehlt },
            { term: v.zugang, definition: v.zugangArt[vorschau.zugang] },
            { term: v.aktenzeichen, definition: `${vorschau.aktenzeichenPraefix}-` },
          ]}
        />
      </section>
      {vorschau.seiten.map((seite, i) => (
        <section
          key={seite.id}
          aria-labelledby={`vorschau-seite-${seite.id}`}
          className="portal-stack"
          data-vorschau-seite={seite.id}
        >
          <div>
            <p className="kern-preline">{fill(v.seite, { n: i + 1, gesamt })}</p>
            <h2 className="kern-heading-large" id={`vorschau-seite-${seite.id}`}>
              {seite.titel}
            </h2>
          </div>
          <p className="kern-body kern-body--small portal-bedingung">
            {seite.bedingung ?? v.immer}
          </p>
          <AntragFormular
            lang={lang}
            def={def}
            seiteId={seite.id}
            versteckt={{}}
            eingabe={{}}
            fehler={[]}
            antworten={{}}
            zeilen={{}}
            texte={antragFormularTexte(lang)}
            aktion=""
            zurueck={false}
            titelId={`vorschau-seite-${seite.id}`}
            vorschau={{
              bedingungen: seite.feldBedingungen,
              legende: fill(v.felderLegende, { titel: seite.titel }),
            }}
          />
          {seite.codelisten.map((liste) => (
            <div key={liste.feld}>
              <h3 className="kern-heading-small">{fill(v.codeliste, { label: liste.label })}</h3>
              <ul className="kern-list">
                {liste.codes.map((c) => (
                  <li key={c.code}>{c.label}</li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
      <section aria-labelledby="vorschau-abschluss" className="portal-stack">
        <h2 className="kern-heading-large" id="vorschau-abschluss">
          {v.abschluss}
        </h2>
        <h3 className="kern-heading-small">{v.erklaerung}</h3>
        <p className="kern-body">{vorschau.erklaerung}</p>
      </section>
    </AntragRahmen>
  );
}
