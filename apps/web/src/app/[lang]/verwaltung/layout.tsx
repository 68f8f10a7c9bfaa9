import { zaehleNeueAntraege } from "@portal/antraege/server";
import { getStaffSession } from "@portal/auth/next";
import { hatRolle, oesMitRolle } from "@portal/auth/server";
import { getDb } from "@portal/db/client";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { bearbeitungTexte } from "@/i18n/bearbeitung";
import { fill } from "@/i18n/format";
import { kasseTexte } from "@/i18n/kasse";
import { isLang, type Lang } from "@/i18n/sprache";

// The staff area reads the staff session cookie on every request: rendered per request, never
// cached (force-dynamic also makes Next send `Cache-Control: private, no-cache, no-store`), and
// kept out of search engines (every page inherits the robots metadata).
export const dynamic = "force-dynamic";

export const metadata: Metadata = { robots: { index: false, follow: false } };

type Props = { children: ReactNode; params: Promise<{ lang: string }> };

export default async function VerwaltungLayout({ children, params }: Props) {
  const { lang } = await params;
  return (
    <>
      {isLang(lang) ? <VerwaltungNavigation lang={lang} /> : null}
      {children}
    </>
  );
}

/**
 * The staff navigation, for a signed-in staff member only (the sign-in pages have none): the
 * overview, the inbox with the number of new applications, the Postfach, the cash office (role
 * "kasse" or admin). Only a convenience: every page checks the session and role itself.
 */
async function VerwaltungNavigation({ lang }: { lang: Lang }) {
  const angemeldet = await getStaffSession();
  if (!angemeldet || angemeldet.mitarbeiter.deaktiviert) return null;
  const d = bearbeitungTexte(lang);
  const sachbearbeitung = hatRolle(angemeldet.mitarbeiter, { rolle: "sachbearbeitung" });
  const neu = sachbearbeitung
    ? await zaehleNeueAntraege(getDb(), {
        oes: oesMitRolle(angemeldet.mitarbeiter, "sachbearbeitung"),
      })
    : 0;
  return (
    <nav aria-label={d.navigation} className="kern-mb-lg" data-testid="verwaltung-navigation">
      <ul className="kern-list portal-list-plain">
        <li>
          <a className="kern-link" href={`/${lang}/verwaltung`}>
            {d.nav.uebersicht}
          </a>
        </li>
        {sachbearbeitung ? (
          <>
            <li>
              <a className="kern-link" href={`/${lang}/verwaltung/antraege`}>
                {d.nav.antraege}
                {neu > 0 ? <> ({fill(d.nav.neu, { n: neu })})</> : null}
              </a>
            </li>
            <li>
              <a className="kern-link" href={`/${lang}/verwaltung/postfach`}>
                {d.nav.postfach}
              </a>
            </li>
          </>
        ) : null}
        {hatRolle(angemeldet.mitarbeiter, { rolle: "kasse" }) ? (
          <li>
            <a className="kern-link" href={`/${lang}/verwaltung/kasse`}>
              {kasseTexte(lang).navigation}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
