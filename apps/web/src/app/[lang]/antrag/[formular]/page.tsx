import { listeMeineEntwuerfe } from "@portal/antraege/server";
import { getSession } from "@portal/auth/next";
import { getDb } from "@portal/db/client";
import { ladeFormular, zugangVon } from "@portal/forms/server";
import { Alert } from "@portal/ui/alert";
import { Button } from "@portal/ui/button";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AntragRahmen } from "@/components/antrag/antrag-rahmen";
import { aktionTexte } from "@/i18n/aktion";
import { antragTexte } from "@/i18n/antrag";
import { fill, formatDateTime } from "@/i18n/format";
import { getLeistung } from "@/lib/data";
import { langOrNotFound, slugOrNotFound } from "@/lib/params";
import { beginneAntrag } from "../actions";

type Props = {
  params: Promise<{ lang: string; formular: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang: l, formular } = await params;
  const lang = langOrNotFound(l);
  const def = await ladeFormular(getDb(), { schluessel: slugOrNotFound(formular) });
  return { title: def ? def.titel[lang] : antragTexte(lang).onlineBeantragen };
}

/**
 * The start of an online application (GOV.UK's start page): what it is for, how to apply
 * (signed in, or where the form allows without an account), the drafts the account has begun.
 */
export default async function AntragStartPage({ params, searchParams }: Props) {
  const { lang: l, formular } = await params;
  const lang = langOrNotFound(l);
  const sp = await searchParams;
  const db = getDb();
  const def = await ladeFormular(db, { schluessel: slugOrNotFound(formular) });
  if (!def) notFound();
  const d = antragTexte(lang);
  const leistung = await getLeistung(def.leistung, lang);
  const angemeldet = await getSession();
  const zugang = zugangVon(def);
  const hier = `/${lang}/antrag/${def.schluessel}`;
  const entwuerfe = angemeldet
    ? (await listeMeineEntwuerfe(db, { kontoId: angemeldet.konto.id })).filter(
        (e) => e.formular === def.schluessel,
      )
    : [];
  const leistungLink = leistung
    ? { href: `/${lang}/leistungen/${leistung.slug}`, label: leistung.titel.wert }
    : undefined;

  const beginnen = (label: string, sekundaer = false) => (
    <form action={beginneAntrag}>
      <input type="hidden" name="sprache" value={lang} />
      <input type="hidden" name="$formular" value={def.schluessel} />
      <Button type="submit" variant={sekundaer ? "secondary" : "primary"}>
        {label}
      </Button>
    </form>
  );

  return (
    <AntragRahmen
      lang={lang}
      formular={d.onlineBeantragen}
      leistung={leistungLink}
      titel={def.titel[lang]}
    >
      {sp.unbekannt ? (
        <Alert variant="warning" title={d.nichtGefunden} headingLevel={2}>
          <p className="kern-body">{d.nichtGefundenText}</p>
        </Alert>
      ) : null}
      {sp.zuOft ? (
        <Alert variant="warning" title={aktionTexte(lang).nichtGesendet} headingLevel={2}>
          <p className="kern-body">{d.zuOftStart}</p>
        </Alert>
      ) : null}
      {sp.fehler ? (
        <Alert variant="danger" title={aktionTexte(lang).nichtGesendet} headingLevel={2}>
          <p className="kern-body">{aktionTexte(lang).fehlgeschlagen}</p>
        </Alert>
      ) : null}
      <p className="kern-body kern-body--large">{d.startIntro}</p>
      <p className="kern-body">{d.dauer}</p>
      {leistungLink ? (
        <p className="kern-body">
          <a className="kern-link" href={leistungLink.href}>
            {d.zurLeistung}: {leistungLink.label}
          </a>
        </p>
      ) : null}
      <h2 className="kern-heading-medium">{d.zugangTitel}</h2>
      <p className="kern-body">{d.zugang[zugang]}</p>
      {angemeldet ? (
        <>
          <p className="kern-body">
            {fill(d.angemeldetAls, { email: angemeldet.konto.email ?? "" })}
          </p>
          {entwuerfe.length > 0 ? (
            <>
              <h2 className="kern-heading-medium">{d.offeneEntwuerfe}</h2>
              <ul className="kern-list">
                {entwuerfe.map((e) => (
                  <li key={e.id} className="kern-body">
                    <a className="kern-link" href={`${hier}/${e.id}/${e.seite ?? "pruefen"}`}>
                      {d.fortsetzen}
                    </a>{" "}
                    –{" "}
                    {fill(d.entwurfVom, {
                      datum: formatDateTime(lang, e.geaendertAm.toISOString()),
                    })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {beginnen(entwuerfe.length > 0 ? d.neuBeginnen : d.beginnen, entwuerfe.length > 0)}
        </>
      ) : (
        <div className="portal-stack">
          <p className="kern-body">
            <Button href={`/${lang}/konto/anmelden?zurueck=${encodeURIComponent(hier)}`}>
              {d.anmeldenUndBeginnen}
            </Button>
          </p>
          <p className="kern-body">
            <a className="kern-link" href={`/${lang}/konto/registrieren`}>
              {d.registrieren}
            </a>
          </p>
          {zugang !== "servicekonto" ? beginnen(d.ohneKontoBeginnen, true) : null}
        </div>
      )}
    </AntragRahmen>
  );
}
