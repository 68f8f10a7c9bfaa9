import type { Core } from "@strapi/strapi";

/** German is the default locale; English is the second. */
export async function ensureLocales(strapi: Core.Strapi) {
  const locales = strapi.plugin("i18n").service("locales");
  const existing: { code: string }[] = await locales.find();
  if (!existing.some((l) => l.code === "de")) {
    await locales.create({ code: "de", name: "German (de)" });
  }
  if (!existing.some((l) => l.code === "en")) {
    await locales.create({ code: "en", name: "English (en)" });
  }
  await locales.setDefaultLocale({ code: "de" });
}
