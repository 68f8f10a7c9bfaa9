import { istBehoerdenschluessel } from "@portal/katalog/server";
import { Breadcrumbs } from "@portal/ui/breadcrumbs";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BehoerdeKontakt } from "@/components/behoerde-kontakt";
import { Karte } from "@/components/karte";
import { KartenUebersicht } from "@/components/karten-uebersicht";
import { Leistungsliste } from "@/components/leistungsliste";
import { allgemeinTexte } from "@/i18n/allgemein";
import { behoerdeTexte } from "@/i18n/behoerde";
import { getLeistungenByOrganisationseinheit, getOrganisationseinheit } from "@/lib/data";
import { langOrNotFound } from "@/lib/params";

type Props = { params: Promise<{ lang: string; schluessel: string }> };

/** Rendered on first request, then cached until the CMS webhook expires what it shows. */
export function generateStaticParams() {
  return [];
}

async function load(params: Props["params"]) {
  const { lang: rawLang, schluessel } = await params;
  const lang = langOrNotFound(rawLang);
  // Anything that is not an authority key cannot exist: a 404 without a query.
  if (!istBehoerdenschluessel(schluessel)) notFound();
  const behoerde = await getOrganisationseinheit(schluessel);
  if (!behoerde) notFound();
  return { lang, behoerde };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load(params)).behoerde.name };
}

/**
 * An authority: contact data, its place on the map (the address is the text equivalent), its
 * services. The map section ships no map code: a static overview is rendered here, MapLibre is
 * loaded by `Karte` only when the map scrolls into view or is asked for.
 */
export default async function BehoerdePage({ params }: Props) {
  const { lang, behoerde } = await load(params);
  const a = allgemeinTexte(lang);
  const d = behoerdeTexte(lang);
  const leistungen = await getLeistungenByOrganisationseinheit(behoerde.schluessel, lang);
  const anschrift =
    behoerde.anschriften.find((a) => a.typ === "besucheranschrift") ??
    behoerde.anschriften.find((a) => a.typ === "hausanschrift");
  const adresse = anschrift
    ? [anschrift.strasse, [anschrift.plz, anschrift.ort].filter(Boolean).join(" ")]
        .filter(Boolean)
        .join(", ")
    : "";
  return (
    <div className="portal-stack">
      <Breadcrumbs
        label={a.breadcrumbs}
        items={[
          { href: `/${lang}`, label: a.nav.home },
          { href: `/${lang}/behoerden`, label: d.title },
          { label: behoerde.name },
        ]}
      />
      <h1 className="kern-heading-x-large">{behoerde.name}</h1>
      <BehoerdeKontakt behoerde={behoerde} lang={lang} headingLevel={2} titel={d.kontakt} />
      {behoerde.lat != null && behoerde.lon != null ? (
        <section aria-labelledby="karte-titel" className="portal-section">
          <h2 id="karte-titel" className="kern-heading-medium">
            {d.karte}
          </h2>
          <Karte
            lat={behoerde.lat}
            lon={behoerde.lon}
            ags={behoerde.gemeindeAgs}
            label={`${d.karte}: ${behoerde.name}`}
            marker={behoerde.name}
            caption={`${behoerde.name}${adresse ? `, ${adresse}` : ""}. ${d.karteHinweis}`}
            texte={d.karteTexte}
            uebersicht={
              <KartenUebersicht
                lat={behoerde.lat}
                lon={behoerde.lon}
                ags={behoerde.gemeindeAgs}
                label={d.uebersicht}
              />
            }
          />
        </section>
      ) : null}
      <section aria-labelledby="leistungen-titel" className="portal-section">
        <h2 id="leistungen-titel" className="kern-heading-medium">
          {d.leistungen}
        </h2>
        {leistungen.length ? (
          <Leistungsliste leistungen={leistungen} lang={lang} headingLevel={3} />
        ) : (
          <p className="kern-body">{d.keineLeistungen}</p>
        )}
      </section>
    </div>
  );
}
