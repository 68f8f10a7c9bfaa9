import { sichererVerwaltungsRuecksprung } from "@portal/auth/next";
import { beginneTotpEinrichtung, gruppiertesTotpGeheimnis } from "@portal/auth/server";
import { getDb } from "@portal/db/client";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { BereichSeite } from "@/components/bereich-seite";
import { Formular } from "@/components/formular";
import { verwaltungTexte } from "@/i18n/verwaltung";
import { formularTexte } from "@/lib/konto";
import { langOrNotFound, searchParam } from "@/lib/params";
import { codeFeld, requireAnmeldevorgang } from "@/lib/verwaltung";
import { schliesseEinrichtungAb } from "./actions";

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: verwaltungTexte(langOrNotFound((await params).lang)).einrichten.title };
}

/**
 * Setting up the second factor at the first sign-in (after the password): the new secret as
 * text, grouped in fours for typing, and as an otpauth:// link for an app on this device. No QR
 * code: it would need a library or an outside service, and the text works with every app and
 * for people who cannot scan. Reloading shows the same secret until a code confirms it.
 */
export default async function VerwaltungEinrichtenPage({ params, searchParams }: Props) {
  const lang = langOrNotFound((await params).lang);
  const zurueck = sichererVerwaltungsRuecksprung(
    searchParam((await searchParams).zurueck, 500).value,
    lang,
  );
  const { kontoId } = await requireAnmeldevorgang({ lang });
  const einrichtung = await beginneTotpEinrichtung(getDb(), { kontoId });
  if (!einrichtung.ok) {
    redirect(
      einrichtung.grund === "schonEingerichtet"
        ? `/${lang}/verwaltung/anmelden/code?zurueck=${encodeURIComponent(zurueck)}`
        : `/${lang}/verwaltung/anmelden?abgelaufen=1`,
    );
  }
  const d = verwaltungTexte(lang);
  const e = d.einrichten;
  return (
    <BereichSeite lang={lang} bereich="verwaltung" titel={e.title} intro={e.intro}>
      <ol className="kern-list kern-list--number">
        {e.schritte.map((schritt) => (
          <li key={schritt}>{schritt}</li>
        ))}
      </ol>
      <h2 className="kern-heading-medium" id="schluessel">
        {e.schluessel}
      </h2>
      <p className="kern-body">
        {/* Grouped in fours ("ABCD EFGH …"): easier to type and to read out than 32 letters. */}
        <code data-testid="totp-schluessel" translate="no">
          {gruppiertesTotpGeheimnis(einrichtung.geheimnis)}
        </code>
      </p>
      <p className="kern-body" id="schluessel-hinweis">
        {e.schluesselHinweis}
      </p>
      <p className="kern-body">
        <a className="kern-link" href={einrichtung.uri} aria-describedby="link-hinweis">
          {e.link}
        </a>
      </p>
      <p className="kern-body" id="link-hinweis">
        {e.linkHinweis}
      </p>
      <Formular
        lang={lang}
        aktion={schliesseEinrichtungAb}
        felder={[codeFeld(lang)]}
        versteckt={{ zurueck }}
        texte={formularTexte(lang, e.senden)}
      />
    </BereichSeite>
  );
}
