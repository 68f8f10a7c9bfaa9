import { Breadcrumbs } from "@portal/ui/breadcrumbs";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Markdown } from "@/components/markdown";
import { getSeite } from "@/lib/data";
import { t } from "@/lib/i18n";
import { langOrNotFound, slugOrNotFound } from "@/lib/params";

type Props = { params: Promise<{ lang: string; seite: string }> };

/** Rendered on first request, then cached until the CMS webhook expires the Seiten tag. */
export function generateStaticParams() {
  return [];
}

async function load(params: Props["params"]) {
  const { lang: rawLang, seite } = await params;
  const lang = langOrNotFound(rawLang);
  const row = await getSeite(slugOrNotFound(seite), lang);
  if (!row) notFound();
  return { lang, row };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load(params)).row.titel };
}

type Abschnitt = { titel: string | null; text: string };

/**
 * Splits editorial Markdown at its top-level headings (`#`, `##`): each becomes an h2 of the page
 * below its h1, and deeper headings move up one level (`###` → h3 via the Markdown component,
 * which starts module headings at h3). So the outline has no gaps. Code fences are left alone.
 */
function abschnitte(markdown: string): Abschnitt[] {
  const teile: { titel: string | null; zeilen: string[] }[] = [{ titel: null, zeilen: [] }];
  let fence = false;
  for (const zeile of markdown.split(/\r?\n/)) {
    if (/^ {0,3}(```|~~~)/.test(zeile)) fence = !fence;
    const heading = fence ? null : /^ {0,3}#{1,2}[ \t]+(.+?)[ \t]*#*[ \t]*$/.exec(zeile);
    const aktuell = teile[teile.length - 1];
    if (heading?.[1]) {
      teile.push({ titel: heading[1], zeilen: [] });
    } else if (aktuell) {
      aktuell.zeilen.push(fence ? zeile : zeile.replace(/^( {0,3})#(#{2,5}[ \t])/, "$1$2"));
    }
  }
  return teile
    .map((teil) => ({
      // Headings are shown as plain text: drop inline Markdown (emphasis, code, link targets).
      titel: teil.titel?.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/[*_`]/g, "") ?? null,
      text: teil.zeilen.join("\n").trim(),
    }))
    .filter((teil) => teil.titel || teil.text);
}

/** Editorial pages from the CMS: Impressum, Datenschutz, Barrierefreiheit, Leichte Sprache … */
export default async function SeitePage({ params }: Props) {
  const { lang, row } = await load(params);
  const d = t(lang);
  // German shown in the English UI (no translation yet) is marked so screen readers switch voice.
  const fremd = row.locale !== lang ? row.locale : undefined;
  return (
    <div className="portal-stack">
      <Breadcrumbs
        label={d.breadcrumbs}
        items={[{ href: `/${lang}`, label: d.nav.home }, { label: row.titel }]}
      />
      {fremd ? <p className="kern-body kern-body--small">{d.seite.germanOnly}</p> : null}
      <article className="portal-stack" lang={fremd} data-testid="seite">
        <h1 className="kern-heading-x-large">{row.titel}</h1>
        {abschnitte(row.inhalt).map((a, i) =>
          a.titel ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: sections are rendered once, in order
            <section key={i} aria-labelledby={`abschnitt-${i}`} className="portal-stack">
              <h2 id={`abschnitt-${i}`} className="kern-heading-medium">
                {a.titel}
              </h2>
              {a.text ? <Markdown>{a.text}</Markdown> : null}
            </section>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: sections are rendered once, in order
            <Markdown key={i}>{a.text}</Markdown>
          ),
        )}
      </article>
    </div>
  );
}
