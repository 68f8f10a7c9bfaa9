import type { EidFehler } from "@portal/auth/server";
import { Alert } from "@portal/ui/alert";
import type { Metadata } from "next";
import { BereichSeite } from "@/components/bereich-seite";
import { allgemeinTexte } from "@/i18n/allgemein";
import { eidTexte } from "@/i18n/eid";
import { langOrNotFound, searchParam } from "@/lib/params";

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const GRUENDE = [
  "abgebrochen",
  "ungueltig",
  "niveau",
  "vergeben",
  "nicht-verfuegbar",
  "zu-oft",
] as const satisfies readonly Grund[];

/** The domain's reasons, and the route's own: too many starts from one address. */
type Grund = EidFehler | "zu-oft";

const grundAus = (wert: string): Grund =>
  (GRUENDE as readonly string[]).includes(wert) ? (wert as Grund) : "ungueltig";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return {
    title: eidTexte(langOrNotFound((await params).lang)).fehler.title,
    robots: { index: false },
  };
}

/** Why the eID sign-in or identification did not work (`?grund=`), and where to go from here. */
export default async function EidFehlerPage({ params, searchParams }: Props) {
  const lang = langOrNotFound((await params).lang);
  const grund = grundAus(searchParam((await searchParams).grund, 30).value);
  const t = eidTexte(lang);
  const a = allgemeinTexte(lang);
  return (
    <BereichSeite lang={lang} bereich="konto" titel={t.fehler.title}>
      <Alert
        variant={grund === "abgebrochen" ? "info" : "warning"}
        headingLevel={2}
        title={t.fehler.gruende[grund].titel}
        variantLabel={grund === "abgebrochen" ? a.infoPrefix : t.fehler.warnung}
      >
        <p className="kern-body">{t.fehler.gruende[grund].text}</p>
      </Alert>
      <ul className="kern-list">
        <li>
          <a className="kern-link" href={`/${lang}/konto/anmelden`}>
            {t.fehler.nochmal}
          </a>
        </li>
        <li>
          <a className="kern-link" href={`/${lang}/konto`}>
            {t.fehler.konto}
          </a>
        </li>
      </ul>
    </BereichSeite>
  );
}
