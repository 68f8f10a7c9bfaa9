import type { LeistungMitOriginal } from "@portal/katalog/server";
import type { Leistungsmodule } from "@portal/katalog/types";
import { Breadcrumbs } from "@portal/ui/breadcrumbs";
import type { ReactNode } from "react";
import { formatDate, formatEuro, type Lang, t } from "@/lib/i18n";
import { Markdown } from "./markdown";

type TextModul =
  | "volltext"
  | "voraussetzungen"
  | "unterlagen"
  | "fristen"
  | "verfahrensablauf"
  | "hinweise";
type ListModul = "rechtsgrundlagen" | "weiterfuehrendeInformationen" | "formulare";

/**
 * The service page (XZuFi text modules as on Amt24). Each module is shown in the page language
 * where a translation exists, else in German, marked lang="de" so screen readers switch voice.
 */
export function LeistungAnsicht({
  daten,
  lang,
  zustaendigeStelle,
}: {
  daten: LeistungMitOriginal;
  lang: Lang;
  /** The "Zuständige Stelle" section: a place form or the resolved authority. */
  zustaendigeStelle: ReactNode;
}) {
  const d = t(lang).leistung;
  const { leistung, original } = daten;
  const m = leistung.module;
  const o = original.module;
  const fallback = leistung.locale !== original.locale;

  const text = (key: TextModul): { value: string; lang?: string } | null => {
    if (m[key]) return { value: m[key] as string };
    if (fallback && o[key]) return { value: o[key] as string, lang: "de" };
    return null;
  };
  const list = <K extends ListModul>(key: K): Leistungsmodule[K] =>
    m[key].length ? m[key] : o[key];
  const gebuehren = m.gebuehren.length ? m.gebuehren : o.gebuehren;
  const bearbeitungsdauer = m.bearbeitungsdauer ?? o.bearbeitungsdauer;
  const zahlungshinweis = m.zahlungshinweis ?? o.zahlungshinweis;

  const sections: { id: string; title: string; body: ReactNode; lang?: string }[] = [];
  const addText = (key: TextModul) => {
    const v = text(key);
    if (v)
      sections.push({
        id: key,
        title: d.module[key],
        body: <Markdown>{v.value}</Markdown>,
        lang: v.lang,
      });
  };
  addText("volltext");
  addText("voraussetzungen");
  addText("unterlagen");
  sections.push({
    id: "gebuehren",
    title: d.module.gebuehren,
    body: gebuehren.length ? (
      <>
        <ul className="kern-list">
          {gebuehren.map((g) => (
            <li key={g.bezeichnung} className="kern-body">
              <strong>{g.bezeichnung}:</strong>{" "}
              {g.betrag != null
                ? formatEuro(lang, g.betrag)
                : g.betragVon != null && g.betragBis != null
                  ? `${formatEuro(lang, g.betragVon)} – ${formatEuro(lang, g.betragBis)}`
                  : g.betragVon != null
                    ? `${lang === "de" ? "ab" : "from"} ${formatEuro(lang, g.betragVon)}`
                    : null}
              {g.rechtsgrundlage ? ` (${g.rechtsgrundlage})` : null}
              {g.hinweis ? <span className="kern-body--small"> – {g.hinweis}</span> : null}
            </li>
          ))}
        </ul>
        {zahlungshinweis ? <p className="kern-body">{zahlungshinweis}</p> : null}
      </>
    ) : (
      <p className="kern-body">{d.gebuehrenfrei}</p>
    ),
  });
  addText("fristen");
  if (bearbeitungsdauer) {
    sections.push({
      id: "bearbeitungsdauer",
      title: d.module.bearbeitungsdauer,
      body: <p className="kern-body">{bearbeitungsdauer}</p>,
    });
  }
  addText("verfahrensablauf");
  const links = (key: ListModul) => {
    const items = list(key);
    if (!items.length) return;
    sections.push({
      id: key,
      title: d.module[key],
      body: (
        <ul className="kern-list">
          {items.map((l) => (
            <li key={l.url + l.titel}>
              <a className="kern-link" href={l.url}>
                {"art" in l ? `${l.art === "onlinedienst" ? d.onlinedienst : d.formular}: ` : null}
                {l.titel}
              </a>
            </li>
          ))}
        </ul>
      ),
    });
  };
  links("formulare");
  links("rechtsgrundlagen");
  addText("hinweise");
  links("weiterfuehrendeInformationen");

  const freigabe = m.freigabe ?? o.freigabe;
  return (
    <article className="portal-stack">
      <Breadcrumbs
        label={t(lang).breadcrumbs}
        items={[
          { href: `/${lang}`, label: t(lang).nav.home },
          { href: `/${lang}/suche`, label: t(lang).nav.suche },
          { label: leistung.titel },
        ]}
      />
      <h1 className="kern-heading-x-large">{leistung.titel}</h1>
      <p className="kern-body kern-body--large">{leistung.kurztext || original.kurztext}</p>
      <nav aria-labelledby="auf-dieser-seite">
        <h2 id="auf-dieser-seite" className="kern-heading-small">
          {d.onThisPage}
        </h2>
        <ul className="kern-list">
          <li>
            <a className="kern-link" href="#zustaendige-stelle">
              {d.zustaendigeStelle}
            </a>
          </li>
          {sections.map((s) => (
            <li key={s.id}>
              <a className="kern-link" href={`#${s.id}`}>
                {s.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <section
        id="zustaendige-stelle"
        aria-labelledby="zustaendige-stelle-titel"
        className="portal-section kern-card portal-card-padding"
      >
        <h2 id="zustaendige-stelle-titel" className="kern-heading-large">
          {d.zustaendigeStelle}
        </h2>
        {zustaendigeStelle}
      </section>
      {sections.map((s) => (
        <section
          key={s.id}
          id={s.id}
          aria-labelledby={`${s.id}-titel`}
          className="portal-section"
          lang={s.lang}
        >
          <h2 id={`${s.id}-titel`} className="kern-heading-large">
            {s.title}
          </h2>
          {s.lang && lang !== "de" ? (
            <p className="kern-body kern-body--small" lang={lang}>
              {d.germanOnly}
            </p>
          ) : null}
          {s.body}
        </section>
      ))}
      <footer className="portal-section kern-body kern-body--small">
        <p>
          {d.leika}: {leistung.leikaSchluessel}
          {leistung.bezeichnung ? (
            <>
              {" · "}
              {d.bezeichnung}: {leistung.bezeichnung}
            </>
          ) : null}
        </p>
        {freigabe?.freigegebenDurch && freigabe.freigegebenAm ? (
          <p>{d.freigabe(freigabe.freigegebenDurch, formatDate(lang, freigabe.freigegebenAm))}</p>
        ) : null}
      </footer>
    </article>
  );
}
