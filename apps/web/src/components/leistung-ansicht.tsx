import type { InSprache, LeistungInSprache } from "@portal/katalog/server";
import type { Gebuehr, Link } from "@portal/katalog/types";
import { Breadcrumbs } from "@portal/ui/breadcrumbs";
import { Button } from "@portal/ui/button";
import type { ReactNode } from "react";
import { allgemeinTexte } from "@/i18n/allgemein";
import { formatDate, formatEuro } from "@/i18n/format";
import { leistungTexte } from "@/i18n/leistung";
import { type Lang, langAttr } from "@/i18n/sprache";
import { Markdown } from "./markdown";

type TextModul =
  | "volltext"
  | "voraussetzungen"
  | "unterlagen"
  | "fristen"
  | "verfahrensablauf"
  | "hinweise";

interface Abschnitt {
  id: string;
  title: string;
  body: ReactNode;
  /** Whether the body is (partly) not in the page language: then a note says so. */
  fremd: boolean;
}

/**
 * The service page (XZuFi text modules as on Amt24). `leistung` comes from `ladeLeistung`, which
 * decided for every text which language it is shown in; this component only marks each text
 * whose language differs from the page's with `lang`, so screen readers switch voice
 * (WCAG 3.1.2), and says above such a section that it is only available in German.
 */
export function LeistungAnsicht({
  leistung,
  lang,
  zustaendigeStelle,
  onlineAntraege = [],
}: {
  leistung: LeistungInSprache;
  lang: Lang;
  /** The portal's own online forms for this Leistung ("Online beantragen"). */
  onlineAntraege?: { schluessel: string; titel: { de: string; en: string } }[];
  /** The "Zuständige Stelle" section: a place form or the resolved authority. */
  zustaendigeStelle: ReactNode;
}) {
  const a = allgemeinTexte(lang);
  const d = leistungTexte(lang);
  const m = leistung.module;
  const l = <T,>(text: InSprache<T>) => langAttr(text.sprache, lang);
  const fremd = (...texte: InSprache<unknown>[]) => texte.some((t) => t.sprache !== lang);

  const abschnitte: Abschnitt[] = [];
  const text = (key: TextModul) => {
    const modul = m[key];
    if (!modul.wert) return;
    abschnitte.push({
      id: key,
      title: d.module[key],
      body: (
        <div lang={l(modul)}>
          <Markdown>{modul.wert}</Markdown>
        </div>
      ),
      fremd: fremd(modul),
    });
  };
  // Each fee line mixes texts (German where untranslated) with amounts in the page's notation.
  const betrag = (g: Gebuehr) =>
    g.betrag != null
      ? formatEuro(lang, g.betrag)
      : g.betragVon != null && g.betragBis != null
        ? `${formatEuro(lang, g.betragVon)} – ${formatEuro(lang, g.betragBis)}`
        : g.betragVon != null
          ? d.ab(formatEuro(lang, g.betragVon))
          : null;
  const gebuehrenLang = l(m.gebuehren);
  const links = (
    key: "rechtsgrundlagen" | "weiterfuehrendeInformationen",
    items: InSprache<Link[]>,
  ) => {
    if (!items.wert.length) return;
    abschnitte.push({
      id: key,
      title: d.module[key],
      body: (
        <ul className="kern-list" lang={l(items)}>
          {items.wert.map((link) => (
            <li key={link.url + link.titel}>
              <a className="kern-link" href={link.url}>
                {link.titel}
              </a>
            </li>
          ))}
        </ul>
      ),
      fremd: fremd(items),
    });
  };

  text("volltext");
  text("voraussetzungen");
  text("unterlagen");
  abschnitte.push({
    id: "gebuehren",
    title: d.module.gebuehren,
    body: m.gebuehren.wert.length ? (
      <>
        <ul className="kern-list">
          {m.gebuehren.wert.map((g) => (
            <li key={g.bezeichnung} className="kern-body">
              <strong lang={gebuehrenLang}>{g.bezeichnung}:</strong> {betrag(g)}
              {g.rechtsgrundlage ? <span lang={gebuehrenLang}> ({g.rechtsgrundlage})</span> : null}
              {g.hinweis ? (
                <span className="kern-body--small" lang={gebuehrenLang}>
                  {" "}
                  – {g.hinweis}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
        {m.zahlungshinweis.wert ? (
          <p className="kern-body" lang={l(m.zahlungshinweis)}>
            {m.zahlungshinweis.wert}
          </p>
        ) : null}
      </>
    ) : (
      <p className="kern-body">{d.gebuehrenfrei}</p>
    ),
    fremd:
      (m.gebuehren.wert.length > 0 && fremd(m.gebuehren)) ||
      (!!m.zahlungshinweis.wert && fremd(m.zahlungshinweis)),
  });
  text("fristen");
  if (m.bearbeitungsdauer.wert) {
    abschnitte.push({
      id: "bearbeitungsdauer",
      title: d.module.bearbeitungsdauer,
      body: (
        <p className="kern-body" lang={l(m.bearbeitungsdauer)}>
          {m.bearbeitungsdauer.wert}
        </p>
      ),
      fremd: fremd(m.bearbeitungsdauer),
    });
  }
  text("verfahrensablauf");
  if (m.formulare.wert.length) {
    abschnitte.push({
      id: "formulare",
      title: d.module.formulare,
      body: (
        <ul className="kern-list">
          {m.formulare.wert.map((f) => (
            <li key={f.url + f.titel}>
              <a className="kern-link" href={f.url}>
                {f.art === "onlinedienst" ? d.onlinedienst : d.formular}:{" "}
                <span lang={l(m.formulare)}>{f.titel}</span>
              </a>
            </li>
          ))}
        </ul>
      ),
      fremd: fremd(m.formulare),
    });
  }
  links("rechtsgrundlagen", m.rechtsgrundlagen);
  text("hinweise");
  links("weiterfuehrendeInformationen", m.weiterfuehrendeInformationen);

  const freigabe = m.freigabe.wert;
  return (
    <article className="portal-stack">
      <Breadcrumbs
        label={a.breadcrumbs}
        items={[
          { href: `/${lang}`, label: a.nav.home },
          { href: `/${lang}/suche`, label: a.nav.suche },
          { label: <span lang={l(leistung.titel)}>{leistung.titel.wert}</span> },
        ]}
      />
      <h1 className="kern-heading-x-large" lang={l(leistung.titel)}>
        {leistung.titel.wert}
      </h1>
      <p className="kern-body kern-body--large" lang={l(leistung.kurztext)}>
        {leistung.kurztext.wert}
      </p>
      {onlineAntraege.length > 0 ? (
        <div className="portal-stack" data-testid="online-beantragen">
          {onlineAntraege.map((f) => (
            <p key={f.schluessel} className="kern-body">
              <Button
                href={`/${lang}/antrag/${f.schluessel}`}
                icon="arrow-forward"
                iconPosition="end"
              >
                {d.onlineBeantragen}
              </Button>
            </p>
          ))}
        </div>
      ) : null}
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
          {abschnitte.map((s) => (
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
      {abschnitte.map((s) => (
        <section
          key={s.id}
          id={s.id}
          aria-labelledby={`${s.id}-titel`}
          className="portal-section"
          data-testid={`modul-${s.id}`}
        >
          <h2 id={`${s.id}-titel`} className="kern-heading-large">
            {s.title}
          </h2>
          {s.fremd ? <p className="kern-body kern-body--small">{d.germanOnly}</p> : null}
          {s.body}
        </section>
      ))}
      <footer className="portal-section kern-body kern-body--small">
        <p>
          {d.leika}: {leistung.leikaSchluessel}
          {leistung.bezeichnung.wert ? (
            <>
              {" · "}
              {d.bezeichnung}:{" "}
              <span lang={l(leistung.bezeichnung)}>{leistung.bezeichnung.wert}</span>
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
