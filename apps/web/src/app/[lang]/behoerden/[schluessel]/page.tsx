import { istBehoerdenschluessel } from "@portal/katalog/server";
import { Breadcrumbs } from "@portal/ui/breadcrumbs";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BehoerdeKontakt } from "@/components/behoerde-kontakt";
import { Karte } from "@/components/karte";
import { Leistungsliste } from "@/components/leistungsliste";
import { getLeistungenByOrganisationseinheit, getOrganisationseinheit } from "@/lib/data";
import { t } from "@/lib/i18n";
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

/** An authority: contact data, its place on the map (the address is the text equivalent), its services. */
export default async function BehoerdePage({ params }: Props) {
  const { lang, behoerde } = await load(params);
  const d = t(lang);
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
        label={d.breadcrumbs}
        items={[
          { href: `/${lang}`, label: d.nav.home },
          { href: `/${lang}/behoerden`, label: d.behoerde.title },
          { label: behoerde.name },
        ]}
      />
      <h1 className="kern-heading-x-large">{behoerde.name}</h1>
      <BehoerdeKontakt
        behoerde={behoerde}
        lang={lang}
        headingLevel={2}
        titel={d.behoerde.kontakt}
      />
      {behoerde.lat != null && behoerde.lon != null ? (
        <section aria-labelledby="karte-titel" className="portal-section">
          <h2 id="karte-titel" className="kern-heading-medium">
            {d.behoerde.karte}
          </h2>
          <Karte
            lat={behoerde.lat}
            lon={behoerde.lon}
            ags={behoerde.gemeindeAgs}
            label={`${d.behoerde.karte}: ${behoerde.name}`}
            marker={behoerde.name}
            caption={`${behoerde.name}${adresse ? `, ${adresse}` : ""}. ${d.behoerde.karteHinweis}`}
            texte={d.behoerde.karteTexte}
          />
        </section>
      ) : null}
      <section aria-labelledby="leistungen-titel" className="portal-section">
        <h2 id="leistungen-titel" className="kern-heading-medium">
          {d.behoerde.leistungen}
        </h2>
        {leistungen.length ? (
          <Leistungsliste leistungen={leistungen} lang={lang} headingLevel={3} />
        ) : (
          <p className="kern-body">{d.behoerde.keineLeistungen}</p>
        )}
      </section>
    </div>
  );
}
