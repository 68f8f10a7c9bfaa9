// The widget's own words, German first and English for every string (the host page's `lang` or
// the snippet's data-sprache picks one). Messages from the server come with both languages.

export const TEXTE = {
  de: {
    status: {
      ankuendigung: "Angekündigt",
      aktiv: "Beteiligung läuft",
      beendet: "Beendet",
      archiv: "Archiviert",
    },
    statusLabel: "Status",
    aktuellePhase: "Aktuelle Phase",
    naechstePhase: "Nächste Phase",
    bis: "bis",
    beitraege: "Neueste Beiträge",
    keineBeitraege: "Noch keine veröffentlichten Beiträge.",
    anonym: "Anonym",
    formular: "Ihr Kommentar",
    text: "Kommentar",
    name: "Name (freiwillig)",
    email: "E-Mail-Adresse",
    emailHinweis:
      "Sie erhalten eine E-Mail mit einem Link. Ihr Kommentar erscheint erst, wenn Sie ihn bestätigen.",
    webseite: "Webseite (bitte leer lassen)",
    senden: "Kommentar senden",
    sendet: "Wird gesendet …",
    anmelden: "Mit Servicekonto anmelden (öffnet ein neues Fenster)",
    anmeldenStatt: "Oder ohne E-Mail-Adresse: mit Servicekonto anmelden (öffnet ein neues Fenster)",
    anmeldenNoetig: "Zum Kommentieren melden Sie sich bitte mit Ihrem Servicekonto an.",
    angemeldet: "Sie sind angemeldet. Ihr Kommentar wird mit Ihrem Servicekonto gesendet.",
    popupBlockiert:
      "Das Anmeldefenster konnte nicht geöffnet werden. Bitte erlauben Sie Pop-up-Fenster für diese Seite oder kommentieren Sie im Beteiligungsportal.",
    pflicht: "Pflichtfeld",
    fehlerTitel: "Bitte prüfen Sie Ihre Eingaben.",
    netzfehler:
      "Der Kommentar konnte nicht gesendet werden. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
    zumVerfahren: "Zum vollständigen Verfahren im Beteiligungsportal",
    liste: "Beteiligungsverfahren",
    keineVerfahren: "Derzeit keine Beteiligungsverfahren.",
    zumPortal: "Alle Verfahren im Beteiligungsportal",
  },
  en: {
    status: {
      ankuendigung: "Announced",
      aktiv: "Open for participation",
      beendet: "Closed",
      archiv: "Archived",
    },
    statusLabel: "Status",
    aktuellePhase: "Current phase",
    naechstePhase: "Next phase",
    bis: "to",
    beitraege: "Latest contributions",
    keineBeitraege: "No published contributions yet.",
    anonym: "Anonymous",
    formular: "Your comment",
    text: "Comment",
    name: "Name (optional)",
    email: "E-mail address",
    emailHinweis:
      "You will receive an e-mail with a link. Your comment appears only once you confirm it.",
    webseite: "Website (please leave empty)",
    senden: "Send comment",
    sendet: "Sending …",
    anmelden: "Sign in with your service account (opens a new window)",
    anmeldenStatt:
      "Or without an e-mail address: sign in with your service account (opens a new window)",
    anmeldenNoetig: "To comment, please sign in with your service account.",
    angemeldet: "You are signed in. Your comment is sent with your service account.",
    popupBlockiert:
      "The sign-in window could not be opened. Please allow pop-up windows for this page or comment on the participation portal.",
    pflicht: "required",
    fehlerTitel: "Please check your entries.",
    netzfehler: "The comment could not be sent. Please check your connection and try again.",
    zumVerfahren: "The full procedure on the participation portal",
    liste: "Participation procedures",
    keineVerfahren: "No participation procedures at the moment.",
    zumPortal: "All procedures on the participation portal",
  },
} as const;

export type Sprache = keyof typeof TEXTE;
export type Texte = (typeof TEXTE)[Sprache];
