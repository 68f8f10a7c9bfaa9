import type { MetadataRoute } from "next";
import { getSitemapEntries } from "@/lib/data";

// Read per request (from the cache), so the build needs no database.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = process.env.PUBLIC_URL ?? "http://localhost:3000";
  const e = await getSitemapEntries();
  const entry = (path: string, lastModified?: string | Date): MetadataRoute.Sitemap[number] => ({
    url: `${base}/de${path}`,
    lastModified: lastModified ? new Date(lastModified) : undefined,
    alternates: { languages: { de: `${base}/de${path}`, en: `${base}/en${path}` } },
  });
  return [
    entry(""),
    entry("/lebenslagen"),
    entry("/behoerden"),
    entry("/quellen"),
    ...e.leistungen.map((l) => entry(`/leistungen/${l.slug}`, l.aktualisiertAm)),
    ...e.lebenslagen.map((s) => entry(`/lebenslagen/${s}`)),
    ...e.seiten.map((s) => entry(`/${s}`)),
    ...e.behoerden.map((s) => entry(`/behoerden/${s}`)),
  ];
}
