import { getSession } from "@portal/auth/next";
import { getDb } from "@portal/db/client";
import { Alert } from "@portal/ui/alert";
import { signiereWidgetToken } from "@portal/widgets/server";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { allgemeinTexte } from "@/i18n/allgemein";
import { beteiligungWidgetTexte } from "@/i18n/beteiligung-widget";
import { langOrNotFound, searchParam } from "@/lib/params";
import { darfEinbetten, verfahrenMitMandant, widgetSchluessel } from "@/lib/widget";
import { TokenUebergabe } from "./token-uebergabe";

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = langOrNotFound((await params).lang);
  return { title: beteiligungWidgetTexte(lang).anmelden.title, robots: { index: false } };
}

/**
 * The widget's sign-in popup (`?verfahren=<slug>&origin=<host page origin>`): a first-party page
 * of the portal, so the normal sign-in and its session cookie work here (no third-party cookie
 * anywhere). Only for a page on the municipality's list. Signed in, it posts a token for this
 * procedure and that origin, valid 10 minutes, to the opener. Never framed (frame-ancestors
 * 'none', the portal's CSP): nobody can overlay it to make a citizen click it unknowingly.
 */
export default async function WidgetAnmeldungPage({ params, searchParams }: Props) {
  const lang = langOrNotFound((await params).lang);
  const sp = await searchParams;
  const slug = searchParam(sp.verfahren, 120).value;
  const origin = searchParam(sp.origin, 300).value;
  const d = beteiligungWidgetTexte(lang).anmelden;
  const a = allgemeinTexte(lang);
  const gefunden = await verfahrenMitMandant(getDb(), slug);
  if (!gefunden || !darfEinbetten(origin, gefunden.domains)) {
    return (
      <div className="portal-stack">
        <h1 className="kern-heading-x-large">{d.title}</h1>
        <Alert
          variant="danger"
          headingLevel={2}
          title={d.abgelehntTitel}
          variantLabel={a.errorPrefix}
        >
          <p className="kern-body">{d.abgelehnt}</p>
        </Alert>
        <p>
          <a
            className="kern-link"
            href={`/${lang}/beteiligung${gefunden ? `/${gefunden.verfahren.slug}` : ""}`}
          >
            {d.zumVerfahren}
          </a>
        </p>
      </div>
    );
  }
  // As the browser writes it in the Origin header, which the API compares with the token's.
  const ursprung = new URL(origin).origin;
  const hier = `/${lang}/beteiligung/einbettung/anmelden?verfahren=${encodeURIComponent(slug)}&origin=${encodeURIComponent(origin)}`;
  const angemeldet = await getSession();
  if (!angemeldet) redirect(`/${lang}/konto/anmelden?zurueck=${encodeURIComponent(hier)}`);
  const token = signiereWidgetToken(widgetSchluessel(), {
    kontoId: angemeldet.konto.id,
    niveau: angemeldet.sitzung.vertrauensniveau,
    verfahren: gefunden.verfahren.slug,
    origin: ursprung,
  });
  return (
    <div className="portal-stack">
      <h1 className="kern-heading-x-large">{d.title}</h1>
      <p className="kern-body kern-body--large">{d.intro}</p>
      <p className="kern-body">
        {d.fuer} „<bdi>{gefunden.verfahren.titel}</bdi>“, {d.auf}{" "}
        <bdi>{new URL(ursprung).host}</bdi>
      </p>
      <TokenUebergabe
        token={token}
        origin={ursprung}
        texte={{ uebertragen: d.uebertragen, keinFenster: d.keinFenster, schliessen: d.schliessen }}
      />
    </div>
  );
}
