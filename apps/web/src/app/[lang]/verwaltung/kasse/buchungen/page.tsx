import { getDb } from "@portal/db/client";
import { Button } from "@portal/ui/button";
import { ErrorSummary } from "@portal/ui/error-summary";
import { Select } from "@portal/ui/select";
import { TextInput } from "@portal/ui/text-input";
import type { Metadata } from "next";
import { BereichSeite } from "@/components/bereich-seite";
import { allgemeinTexte } from "@/i18n/allgemein";
import { kasseTexte } from "@/i18n/kasse";
import { gesternInSachsen, kassePfad } from "@/lib/kasse";
import { langOrNotFound, searchParam } from "@/lib/params";
import { oeNamen } from "@/lib/verwaltung-oe";
import { requireKasse } from "../_server/zugriff";

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const FEHLER = ["tag", "oe", "keine-kassendaten", "allgemein"] as const;
type Fehler = (typeof FEHLER)[number];

const fehlerAus = (wert: string): Fehler | null =>
  (FEHLER as readonly string[]).includes(wert) ? (wert as Fehler) : null;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const lang = langOrNotFound((await params).lang);
  const titel = kasseTexte(lang).buchungen.title;
  const fehler = fehlerAus(searchParam((await searchParams).fehler, 40).value);
  return { title: fehler ? `${allgemeinTexte(lang).errorPrefix} ${titel}` : titel };
}

/**
 * The HKR booking export: a day (yesterday by default, the last one fully booked) and an
 * Organisationseinheit, sent as a GET form to the CSV download (`./datei`). A refusal comes back
 * here as a code with the values as typed. The download itself is in the audit trail.
 */
export default async function BuchungenPage({ params, searchParams }: Props) {
  const lang = langOrNotFound((await params).lang);
  const sp = await searchParams;
  const basis = kassePfad(lang, "/buchungen");
  const { oes } = await requireKasse({ lang, zurueck: basis });
  const d = kasseTexte(lang);
  const t = d.buchungen;
  const a = allgemeinTexte(lang);
  const fehler = fehlerAus(searchParam(sp.fehler, 40).value);
  const tag = searchParam(sp.tag, 40).value || gesternInSachsen();
  const gewuenscht = searchParam(sp.oe, 120).value;
  const oe = oes.includes(gewuenscht) ? gewuenscht : (oes[0] ?? "");
  const namen = await oeNamen(getDb(), oes);

  const feldfehler = {
    tag: fehler === "tag" ? t.fehler.tag : undefined,
    oe: fehler === "oe" ? t.fehler.oe : undefined,
  };
  const summary = [
    ...(feldfehler.tag ? [{ href: "#hkr-tag" as const, text: feldfehler.tag }] : []),
    ...(feldfehler.oe && oes.length > 1 ? [{ href: "#hkr-oe" as const, text: feldfehler.oe }] : []),
    ...(fehler === "keine-kassendaten" ||
    fehler === "allgemein" ||
    (fehler === "oe" && oes.length <= 1)
      ? [{ href: "#hkr-tag" as const, text: t.fehler[fehler] }]
      : []),
  ];

  return (
    <BereichSeite lang={lang} bereich="verwaltung" titel={t.title} intro={t.intro}>
      <p className="kern-body">
        <a className="kern-link" href={kassePfad(lang)}>
          {t.zurKasse}
        </a>
      </p>
      <ErrorSummary errors={summary} title={d.fehlerTitel} />
      {oes.length === 0 ? (
        <p className="kern-body">{d.liste.keineOe}</p>
      ) : (
        <form
          method="get"
          action={kassePfad(lang, "/buchungen/datei")}
          className="portal-stack"
          aria-label={t.title}
        >
          <TextInput
            label={t.tag}
            name="tag"
            id="hkr-tag"
            type="date"
            hint={t.tagHinweis}
            defaultValue={tag}
            error={feldfehler.tag}
            errorPrefix={a.errorPrefix}
            required
          />
          {oes.length > 1 ? (
            <Select
              label={t.oe}
              name="oe"
              id="hkr-oe"
              options={oes.map((s) => ({ value: s, label: `${namen.get(s) ?? s} (${s})` }))}
              defaultValue={oe}
              error={feldfehler.oe}
              errorPrefix={a.errorPrefix}
            />
          ) : (
            <input type="hidden" name="oe" value={oe} />
          )}
          <div>
            <Button type="submit">{t.senden}</Button>
          </div>
        </form>
      )}
    </BereichSeite>
  );
}
