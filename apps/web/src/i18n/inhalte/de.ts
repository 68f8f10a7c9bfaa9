/** German strings of the editorial pages: Lebenslagen, news, CMS pages. */
export const de = {
  lebenslagen: {
    title: "Lebenslagen",
    intro: "Leistungen nach Lebenssituation geordnet.",
    leistungen: "Leistungen",
    unterthemen: "Unterthemen",
    keine: "Zu dieser Lebenslage sind noch keine Leistungen erfasst.",
  },
  meldungen: { title: "Aktuelles" },
  seite: { germanOnly: "Diese Seite ist nur auf Deutsch verfügbar." },
};

export type InhalteTexte = typeof de;
