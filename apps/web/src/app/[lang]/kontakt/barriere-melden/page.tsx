import { Breadcrumbs } from "@portal/ui/breadcrumbs";
import type { Metadata } from "next";
import { BarriereFormular } from "@/components/barriere-formular";
import { aktionTexte } from "@/i18n/aktion";
import { allgemeinTexte } from "@/i18n/allgemein";
import { barriereTexte } from "@/i18n/barriere";
import { langOrNotFound } from "@/lib/params";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: barriereTexte(langOrNotFound((await params).lang)).title };
}

/** The feedback route of the accessibility statement (§ 4 BfWebG): report a barrier. */
export default async function BarriereMeldenPage({ params }: Props) {
  const lang = langOrNotFound((await params).lang);
  const a = allgemeinTexte(lang);
  const d = barriereTexte(lang);
  return (
    <div className="portal-stack">
      <Breadcrumbs
        label={a.breadcrumbs}
        items={[
          { href: `/${lang}`, label: a.nav.home },
          { href: `/${lang}/barrierefreiheit`, label: a.footer.barrierefreiheit },
          { label: d.title },
        ]}
      />
      <h1 className="kern-heading-x-large">{d.title}</h1>
      <p className="kern-body kern-body--large">{d.intro}</p>
      {/* The form is a client component: it gets this language's strings only, as props. */}
      <BarriereFormular
        lang={lang}
        texte={{
          ...d.formular,
          errorSummary: a.errorSummary,
          errorPrefix: a.errorPrefix,
          successPrefix: a.successPrefix,
          nichtGesendet: aktionTexte(lang).nichtGesendet,
        }}
      />
    </div>
  );
}
