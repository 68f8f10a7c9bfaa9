import type { Metadata } from "next";
import { beteiligungUmfrageTexte } from "@/i18n/beteiligung-umfrage";
import { langOrNotFound } from "@/lib/params";
import { AboTokenSeite, tokenAus } from "../seite";

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: beteiligungUmfrageTexte(langOrNotFound((await params).lang)).abmelden.titel };
}

/** `/[lang]/beteiligung/abo/abmelden?token=`: the link of a subscription mail. */
export default async function AboAbmeldenPage({ params, searchParams }: Props) {
  const lang = langOrNotFound((await params).lang);
  return <AboTokenSeite lang={lang} token={tokenAus((await searchParams).token)} art="abmelden" />;
}
