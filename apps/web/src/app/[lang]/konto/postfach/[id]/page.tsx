import { requireUser } from "@portal/auth/next";
import { getDb } from "@portal/db/client";
import { leseNachricht } from "@portal/postfach/server";
import { istUuid } from "@portal/postfach/types";
import { DescriptionList } from "@portal/ui/description-list";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BereichSeite } from "@/components/bereich-seite";
import { Formular } from "@/components/formular";
import { fill, formatDateTime, formatZahl } from "@/i18n/format";
import { postfachTexte } from "@/i18n/postfach";
import type { Lang } from "@/i18n/sprache";
import { formularTexte } from "@/lib/konto";
import { langOrNotFound } from "@/lib/params";
import { markiereAlsUngelesen } from "./actions";

type Props = { params: Promise<{ lang: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Not the subject: titles end up in browser history and tab lists, the content stays here.
  return {
    title: postfachTexte(langOrNotFound((await params).lang)).title,
    robots: { index: false },
  };
}

const groesse = (lang: Lang, bytes: number) =>
  bytes < 1024 * 1024
    ? `${formatZahl(lang, Math.max(1, Math.round(bytes / 1024)))} KB`
    : `${formatZahl(lang, Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;

const TYPEN: Record<string, string> = {
  "application/pdf": "PDF",
  "image/png": "PNG",
  "image/jpeg": "JPEG",
  "text/plain": "Text",
  "application/xml": "XML",
};

/**
 * One message: who sent it and when, its text as plain text (never rendered as HTML), its
 * attachments as download links, and "mark as unread". Opening it marks it read. Another
 * person's or an unknown id is the same 404.
 */
export default async function NachrichtPage({ params }: Props) {
  const { lang: roh, id } = await params;
  const lang = langOrNotFound(roh);
  if (!istUuid(id)) notFound();
  const basis = `/${lang}/konto/postfach`;
  const { konto, sitzung } = await requireUser({ lang, zurueck: `${basis}/${id}` });
  const n = await leseNachricht(getDb(), {
    id,
    kontoId: konto.id,
    organisationId: sitzung.organisationId,
  });
  if (!n) notFound();
  const d = postfachTexte(lang);

  return (
    <BereichSeite lang={lang} bereich="konto" titel={n.betreff}>
      <DescriptionList
        items={[
          { term: d.von, definition: n.absenderName },
          { term: d.eingegangen, definition: formatDateTime(lang, n.gesendetAm.toISOString()) },
          ...(n.verfahren ? [{ term: d.verfahren, definition: n.verfahren }] : []),
          ...(n.anOrganisation ? [{ term: d.empfaenger, definition: d.anOrganisation }] : []),
        ]}
      />
      {/* Plain text with its line breaks; React escapes it, so no markup from a sender runs. */}
      <div className="kern-body" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
        {n.text}
      </div>
      <h2 className="kern-heading-medium">{d.anhaenge}</h2>
      {n.anhaenge.length === 0 ? (
        <p className="kern-body">{d.keineAnhaenge}</p>
      ) : (
        <ul className="kern-list">
          {n.anhaenge.map((a) => (
            <li key={a.id}>
              <a className="kern-link" href={`${basis}/${n.id}/anhang/${a.id}`} download>
                {fill(d.herunterladen, {
                  dateiname: a.dateiname,
                  groesse: groesse(lang, a.groesse),
                  typ: TYPEN[a.medientyp] ?? a.medientyp,
                })}
              </a>
            </li>
          ))}
        </ul>
      )}
      <Formular
        lang={lang}
        aktion={markiereAlsUngelesen}
        versteckt={{ id: n.id }}
        texte={formularTexte(lang, d.alsUngelesen)}
      />
      <p className="kern-body">
        <a className="kern-link" href={basis}>
          {d.zurueck}
        </a>
      </p>
    </BereichSeite>
  );
}
