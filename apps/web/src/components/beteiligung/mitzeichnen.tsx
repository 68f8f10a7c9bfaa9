import { getSession } from "@portal/auth/next";
import {
  hatMitgezeichnet,
  mitzeichnungszahlen,
  personSchluessel,
} from "@portal/beteiligung/server";
import { darf, type Verfahrensregeln } from "@portal/beteiligung/types";
import { getDb } from "@portal/db/client";
import { identitaetDer } from "@/app/[lang]/beteiligung/[slug]/stellungnahme/lage";
import { MitzeichnenFormular } from "@/app/[lang]/beteiligung/[slug]/stellungnahme/mitzeichnen-formular";
import { aktionTexte } from "@/i18n/aktion";
import { allgemeinTexte } from "@/i18n/allgemein";
import { stellungnahmeTexte } from "@/i18n/beteiligung-stellungnahme";
import { fill } from "@/i18n/format";
import type { Lang } from "@/i18n/sprache";

/**
 * Co-signing (Mitzeichnung) below a published public statement, for the procedure page: the
 * number of co-signatures, and while a phase takes statements the form (signed in, with the
 * identity the phase asks for), a sign-in link, or "you have co-signed". A server component:
 * it reads the session and the count itself; render it per statement of art "stellungnahme".
 *
 * ```tsx
 * <Mitzeichnen lang={lang} slug={verfahren.slug} regeln={regelnVon(verfahren)} beitragId={b.id} />
 * ```
 */
export async function Mitzeichnen({
  lang,
  slug,
  regeln,
  beitragId,
}: {
  lang: Lang;
  slug: string;
  regeln: Verfahrensregeln;
  beitragId: string;
}) {
  const db = getDb();
  const t = stellungnahmeTexte(lang).mitzeichnen;
  const a = allgemeinTexte(lang);
  const angemeldet = await getSession();
  const [zahlen, schon] = await Promise.all([
    mitzeichnungszahlen(db, { beitragIds: [beitragId] }),
    angemeldet
      ? personSchluessel(db, { kontoId: angemeldet.konto.id }).then((person) =>
          hatMitgezeichnet(db, { beitragId, person }),
        )
      : false,
  ]);
  const anzahl = zahlen[beitragId] ?? 0;
  const erlaubt = darf(regeln, {
    aktion: "stellungnahme",
    jetzt: new Date(),
    identitaet: identitaetDer(angemeldet),
  });
  const zurueck = `/${lang}/beteiligung/${slug}`;
  return (
    <div className="portal-stack" data-testid="mitzeichnen">
      <p className="kern-body" data-testid="mitzeichnungen">
        {anzahl === 0 ? t.keine : anzahl === 1 ? t.eine : fill(t.anzahl, { n: anzahl })}
      </p>
      {schon ? (
        <p className="kern-body">{t.bereits}</p>
      ) : erlaubt.ok ? (
        <MitzeichnenFormular
          lang={lang}
          slug={slug}
          beitragId={beitragId}
          texte={{
            ...t,
            errorSummary: a.errorSummary,
            errorPrefix: a.errorPrefix,
            successPrefix: a.successPrefix,
            nichtGesendet: aktionTexte(lang).nichtGesendet,
            optional: stellungnahmeTexte(lang).felder.optional,
          }}
        />
      ) : erlaubt.grund === "identitaet" ? (
        <p className="kern-body">
          <a
            className="kern-link"
            href={`/${lang}/konto/anmelden?zurueck=${encodeURIComponent(zurueck)}`}
          >
            {t.anmelden}
          </a>
        </p>
      ) : null}
    </div>
  );
}
