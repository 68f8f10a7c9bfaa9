import "server-only";
import { Alert } from "@portal/ui/alert";
import { Breadcrumbs } from "@portal/ui/breadcrumbs";
import { aktionTexte } from "@/i18n/aktion";
import { allgemeinTexte } from "@/i18n/allgemein";
import { beteiligungUmfrageTexte } from "@/i18n/beteiligung-umfrage";
import type { Lang } from "@/i18n/sprache";
import { TokenFormular } from "./token-formular";

/** The page behind a subscription mail's link: the token from `?token=` and one button. */
export function AboTokenSeite({
  lang,
  token,
  art,
}: {
  lang: Lang;
  token: string | undefined;
  art: "bestaetigen" | "abmelden";
}) {
  const a = allgemeinTexte(lang);
  const d = beteiligungUmfrageTexte(lang)[art];
  return (
    <div className="portal-stack">
      <Breadcrumbs
        label={a.breadcrumbs}
        items={[{ href: `/${lang}`, label: a.nav.home }, { label: d.titel }]}
      />
      <h1 className="kern-heading-x-large">{d.titel}</h1>
      {token ? (
        <TokenFormular
          lang={lang}
          token={token}
          art={art}
          texte={{
            ...d,
            errorSummary: a.errorSummary,
            errorPrefix: a.errorPrefix,
            successPrefix: a.successPrefix,
            nichtGesendet: aktionTexte(lang).nichtGesendet,
          }}
        />
      ) : (
        <Alert variant="danger" headingLevel={2} title={d.ohneToken} variantLabel={a.errorPrefix} />
      )}
    </div>
  );
}

/** The token of `?token=`: one short value, else none. */
export function tokenAus(wert: string | string[] | undefined): string | undefined {
  const token = Array.isArray(wert) ? wert[0] : wert;
  return token && token.length <= 200 ? token : undefined;
}
