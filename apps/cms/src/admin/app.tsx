import type { StrapiApp } from "@strapi/strapi/admin";

/** Where the admin panel keeps the chosen language (@strapi/admin, reducer.ts). */
const LANGUAGE_KEY = "strapi-admin-language";

export default {
  config: {
    // German for the editors; English stays selectable in the profile ("en" is always available).
    locales: ["de"],
  },
  register(_app: StrapiApp) {
    // Strapi starts in English until someone picks a language; our editors start in German, the
    // login page included. After login an account's own choice (preferedLanguage) wins.
    if (!window.localStorage.getItem(LANGUAGE_KEY)) {
      window.localStorage.setItem(LANGUAGE_KEY, "de");
    }
  },
};
