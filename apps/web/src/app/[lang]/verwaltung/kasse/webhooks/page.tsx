import { requireStaff } from "@portal/auth/next";
import { oesMitRolle } from "@portal/auth/server";
import { getDb } from "@portal/db/client";
import { listeWebhooks, listeZustellungen } from "@portal/payments/server";
import { EREIGNISARTEN } from "@portal/payments/types";
import { Alert } from "@portal/ui/alert";
import { Button } from "@portal/ui/button";
import { Select } from "@portal/ui/select";
import { Table } from "@portal/ui/table";
import type { Metadata } from "next";
import { BereichSeite } from "@/components/bereich-seite";
import { Formular } from "@/components/formular";
import { fill, formatDateTime } from "@/i18n/format";
import { kasseWebhooksTexte } from "@/i18n/kasse-webhooks";
import { formularTexte } from "@/lib/konto";
import { langOrNotFound, searchParam } from "@/lib/params";
import { oeNamen } from "@/lib/verwaltung-oe";
import { legeWebhookAnAktion, widerrufeWebhookAktion } from "./actions";
import { WebhookFormular } from "./webhook-formular";

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: kasseWebhooksTexte(langOrNotFound((await params).lang)).title };
}

/**
 * The webhook subscriptions of an Organisationseinheit's payments (role "kasse", or "admin",
 * there): create one (its signing secret is shown once), see the latest deliveries and how they
 * went, revoke. `?oe=` chooses the Organisationseinheit among the clerk's.
 */
export default async function KasseWebhooksPage({ params, searchParams }: Props) {
  const lang = langOrNotFound((await params).lang);
  const sp = await searchParams;
  const basis = `/${lang}/verwaltung/kasse/webhooks`;
  const { mitarbeiter } = await requireStaff({ lang, rolle: "kasse", zurueck: basis });
  const oes = oesMitRolle(mitarbeiter, "kasse");
  const gewuenscht = searchParam(sp.oe, 120).value;
  const oe = oes.includes(gewuenscht) ? gewuenscht : (oes[0] as string);
  await requireStaff({ lang, oe, rolle: "kasse", zurueck: basis });
  const widerrufen = searchParam(sp.widerrufen, 1).value === "1";

  const db = getDb();
  const [namen, abonnements, zustellungen] = await Promise.all([
    oeNamen(db, oes),
    listeWebhooks(db, { oes: [oe] }),
    listeZustellungen(db, { oes: [oe], limit: 25 }),
  ]);
  const d = kasseWebhooksTexte(lang);
  const t = formularTexte(lang, d.anlegen);
  const optionen = oes.map((s) => ({ value: s, label: `${namen.get(s) ?? s} (${s})` }));
  const oeName = namen.get(oe) ?? oe;
  const zeit = (wann: Date) => formatDateTime(lang, wann.toISOString());
  const urlVon = new Map(abonnements.data.map((a) => [a.id, a.url]));
  const letzte = zustellungen.ok ? zustellungen.data : [];

  return (
    <BereichSeite lang={lang} bereich="verwaltung" titel={d.title} intro={d.intro}>
      {widerrufen ? (
        <Alert
          variant="success"
          headingLevel={2}
          title={d.widerrufenTitel}
          variantLabel={t.successPrefix}
        >
          <p className="kern-body">{d.widerrufenText}</p>
        </Alert>
      ) : null}
      <p className="kern-body">{d.signaturHinweis}</p>

      <h2 className="kern-heading-medium" id="anlegen">
        {d.anlegenTitel}
      </h2>
      <WebhookFormular
        lang={lang}
        aktion={legeWebhookAnAktion}
        oeOptionen={optionen}
        ereignisOptionen={EREIGNISARTEN.map((e) => ({
          value: e,
          label: `${d.ereignisNamen[e]} (${e})`,
        }))}
        werte={{ oe }}
        texte={t}
        beschriftung={{
          oe: d.oe,
          url: d.url,
          urlHinweis: d.urlHinweis,
          ereignisse: d.ereignisse,
          ereignisseHinweis: d.ereignisseHinweis,
        }}
      />

      <h2 className="kern-heading-medium" id="liste">
        {fill(d.listeTitel, { oe: oeName })}
      </h2>
      {oes.length > 1 ? (
        <form method="get" action={basis} className="portal-stack" aria-labelledby="liste">
          <Select
            label={d.anzeigenFuer}
            name="oe"
            id="anzeigen-oe"
            options={optionen}
            defaultValue={oe}
          />
          <div>
            <Button type="submit" variant="secondary">
              {d.anzeigen}
            </Button>
          </div>
        </form>
      ) : null}
      {abonnements.data.length === 0 ? (
        <p className="kern-body">{d.keine}</p>
      ) : (
        <Table
          id="webhooks"
          caption={fill(d.listeTitel, { oe: oeName })}
          rowHeader="url"
          columns={[
            { key: "url", header: d.spalten.url },
            { key: "ereignisse", header: d.spalten.ereignisse },
            { key: "erstellt", header: d.spalten.erstellt },
            { key: "status", header: d.spalten.status },
            { key: "aktion", header: d.spalten.aktion },
          ]}
          rows={abonnements.data.map((a) => ({
            url: (
              <code translate="no" className="portal-geheimnis">
                {a.url}
              </code>
            ),
            ereignisse:
              a.ereignisse.length === EREIGNISARTEN.length
                ? d.alleEreignisse
                : a.ereignisse.map((e) => d.ereignisNamen[e]).join(", "),
            erstellt: zeit(a.erstellt),
            status: a.widerrufenAm
              ? fill(d.widerrufenAm, { zeitpunkt: zeit(a.widerrufenAm) })
              : d.aktiv,
            aktion: a.widerrufenAm ? (
              "–"
            ) : (
              <Formular
                lang={lang}
                aktion={widerrufeWebhookAktion}
                versteckt={{ id: a.id }}
                texte={formularTexte(lang, fill(d.widerrufen, { url: a.url }))}
                sekundaer
              />
            ),
          }))}
        />
      )}

      <h2 className="kern-heading-medium" id="zustellungen">
        {fill(d.zustellungenTitel, { oe: oeName })}
      </h2>
      {letzte.length === 0 ? (
        <p className="kern-body">{d.keineZustellungen}</p>
      ) : (
        <Table
          id="zustellungen-tabelle"
          caption={fill(d.zustellungenTitel, { oe: oeName })}
          rowHeader="ereignis"
          columns={[
            { key: "ereignis", header: d.zustellSpalten.ereignis },
            { key: "zahlung", header: d.zustellSpalten.zahlung },
            { key: "url", header: d.zustellSpalten.url },
            { key: "status", header: d.zustellSpalten.status },
            { key: "versuche", header: d.zustellSpalten.versuche },
            { key: "zuletzt", header: d.zustellSpalten.zuletzt },
            { key: "fehler", header: d.zustellSpalten.fehler },
          ]}
          rows={letzte.map((z) => ({
            ereignis: (
              <>
                {d.ereignisNamen[z.type]} <code translate="no">{z.ereignisId}</code>
              </>
            ),
            zahlung: <code translate="no">{z.intentId}</code>,
            url: (
              <code translate="no" className="portal-geheimnis">
                {urlVon.get(z.abonnementId) ?? "–"}
              </code>
            ),
            status:
              z.status === "zugestellt" && z.zugestelltAm
                ? fill(d.zustellStatus.zugestellt, { zeitpunkt: zeit(z.zugestelltAm) })
                : z.status === "offen" && z.versuche > 0
                  ? fill(d.zustellStatus.offenWieder, { zeitpunkt: zeit(z.naechsterVersuch) })
                  : z.status === "offen"
                    ? d.zustellStatus.offen
                    : d.zustellStatus.aufgegeben,
            versuche: String(z.versuche),
            zuletzt: z.letzterVersuchAm ? zeit(z.letzterVersuchAm) : d.nochNicht,
            fehler: z.letzterFehler ?? "–",
          }))}
        />
      )}
      <p className="kern-body">
        <a className="kern-link" href={`/${lang}/verwaltung`}>
          {d.zurueck}
        </a>
      </p>
    </BereichSeite>
  );
}
