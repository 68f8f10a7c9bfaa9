import type { Metadata } from "next";
import { beteiligungUmfrageTexte } from "@/i18n/beteiligung-umfrage";
import { langOrNotFound } from "@/lib/params";
import { AboTokenSeite, tokenAus } from "../seite";

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: beteiligungUmfrageTexte(langOrNotFound((await params).lang)).bestaetigen.titel };
}

/** `/[lang]/beteiligung/abo/bestaetigen?token=`: the link of a subscription mail. */
export default async function AboBestaetigenPage({ params, searchParams }: Props) {
  const lang = langOrNotFound((await params).lang);
  return (
    <AboTokenSeite lang={lang} token={tokenAus((await searchParams).token)} art="bestaetigen" />
  );
}
