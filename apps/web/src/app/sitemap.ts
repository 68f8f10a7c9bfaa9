import type { MetadataRoute } from "next";
import { LANGS } from "@/i18n/sprache";
import { getSitemapEntries } from "@/lib/data";
import { publicUrl } from "@/lib/env";

// Read per request (from the data cache, expired by the CMS webhook), so the build needs no database.
export const dynamic = "force-dynamic";

/** Every public page in German and English; each entry names both language versions (hreflang). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = publicUrl();
  const e = await getSitemapEntries();
  const seite = (path: string, lastModified?: string | Date): MetadataRoute.Sitemap =>
    LANGS.map((lang) => ({
      url: `${base}/${lang}${path}`,
      // unstable_cache returns JSON: dates come back as strings.
      lastModified: lastModified ? new Date(lastModified) : undefined,
      alternates: {
        languages: {
          de: `${base}/de${path}`,
          en: `${base}/en${path}`,
          "x-default": `${base}/de${path}`,
        },
      },
    }));
  return [
    ...seite(""),
    ...seite("/lebenslagen"),
    ...seite("/behoerden"),
    ...seite("/quellen"),
    ...seite("/kontakt/barriere-melden"),
    ...e.leistungen.flatMap((l) => seite(`/leistungen/${l.slug}`, l.aktualisiertAm)),
    ...e.lebenslagen.flatMap((s) => seite(`/lebenslagen/${s}`)),
    ...e.seiten.flatMap((s) => seite(`/${s}`)),
    ...e.behoerden.flatMap((s) => seite(`/behoerden/${s}`)),
  ];
}
