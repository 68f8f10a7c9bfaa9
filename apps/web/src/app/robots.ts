import type { MetadataRoute } from "next";

export default function robots(): MetadataRoute.Robots {
  const base = process.env.PUBLIC_URL ?? "http://localhost:3000";
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/api/", "/de/suche", "/en/suche", "/*/zustaendig"],
    },
    sitemap: `${base}/sitemap.xml`,
  };
}
