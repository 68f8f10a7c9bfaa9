import { requireStaff } from "@portal/auth/next";
import type { Metadata } from "next";
import { BereichSeite } from "@/components/bereich-seite";
import { verwaltungTexte } from "@/i18n/verwaltung";
import { langOrNotFound } from "@/lib/params";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: verwaltungTexte(langOrNotFound((await params).lang)).keinZugriff.title };
}

/**
 * Where requireStaff sends a signed-in staff member who lacks the role a page or action needs
 * (the page or action itself did nothing). Signed out, it asks for the sign-in like every page.
 */
export default async function KeinZugriffPage({ params }: Props) {
  const lang = langOrNotFound((await params).lang);
  await requireStaff({ lang, zurueck: `/${lang}/verwaltung` });
  const d = verwaltungTexte(lang).keinZugriff;
  return (
    <BereichSeite lang={lang} bereich="verwaltung" titel={d.title}>
      <p className="kern-body">{d.text}</p>
      <p className="kern-body">
        <a className="kern-link" href={`/${lang}/verwaltung`}>
          {d.zurueck}
        </a>
      </p>
    </BereichSeite>
  );
}
