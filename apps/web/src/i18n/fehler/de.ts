/** German strings of the 404 and error pages. */
export const de = {
  notFound: {
    title: "Seite nicht gefunden",
    text: "Die aufgerufene Seite gibt es nicht oder nicht mehr. Vielleicht hilft Ihnen die Suche weiter:",
    home: "Zur Startseite",
  },
  /** The error page (a client component): plain strings, handed down by the layout. */
  fehler: {
    title: "Diese Seite kann gerade nicht angezeigt werden",
    text: "Bei uns ist ein technischer Fehler aufgetreten. Das liegt nicht an Ihnen. Bitte versuchen Sie es in einigen Minuten erneut.",
    retry: "Seite neu laden",
    home: "Zur Startseite",
    melden: "Problem melden",
    meldenText: "Bleibt der Fehler, schreiben Sie uns über die Kontaktseite.",
    kontakt: "Zur Kontaktseite",
    kennung: "Bitte nennen Sie uns dabei diese Fehlerkennung:",
  },
};

export type FehlerTexte = typeof de;
/** What the error page shows; serialisable, so a server component can pass it to the client. */
export type FehlerseiteTexte = FehlerTexte["fehler"];
