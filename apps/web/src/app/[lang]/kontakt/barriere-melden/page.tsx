import { Breadcrumbs } from "@portal/ui/breadcrumbs";
import type { Metadata } from "next";
import { BarriereFormular } from "@/components/barriere-formular";
import { t } from "@/lib/i18n";
import { langOrNotFound } from "@/lib/params";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: t(langOrNotFound((await params).lang)).barriere.title };
}

/** The feedback route of the accessibility statement (§ 4 BfWebG): report a barrier. */
export default async function BarriereMeldenPage({ params }: Props) {
  const lang = langOrNotFound((await params).lang);
  const d = t(lang);
  return (
    <div className="portal-stack">
      <Breadcrumbs
        label={d.breadcrumbs}
        items={[
          { href: `/${lang}`, label: d.nav.home },
          { href: `/${lang}/barrierefreiheit`, label: d.footer.barrierefreiheit },
          { label: d.barriere.title },
        ]}
      />
      <h1 className="kern-heading-x-large">{d.barriere.title}</h1>
      <p className="kern-body kern-body--large">{d.barriere.intro}</p>
      <BarriereFormular lang={lang} />
    </div>
  );
}
