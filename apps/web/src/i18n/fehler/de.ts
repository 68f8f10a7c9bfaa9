/**
 * German strings of the error page. Plain strings only: the error page is a client component and
 * gets them from the layout (a server component) as props.
 */
export const de = {
  title: "Diese Seite kann gerade nicht angezeigt werden",
  text: "Bei uns ist ein technischer Fehler aufgetreten. Das liegt nicht an Ihnen. Bitte versuchen Sie es in einigen Minuten erneut.",
  retry: "Seite neu laden",
  home: "Zur Startseite",
  melden: "Problem melden",
  meldenText: "Bleibt der Fehler, schreiben Sie uns über die Kontaktseite.",
  kontakt: "Zur Kontaktseite",
  kennung: "Bitte nennen Sie uns dabei diese Fehlerkennung:",
};

export type FehlerTexte = typeof de;
