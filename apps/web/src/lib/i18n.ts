import type { Locale } from "@portal/katalog/types";

export type Lang = Locale;
export const LANGS: readonly Lang[] = ["de", "en"];
export const isLang = (value: string): value is Lang =>
  (LANGS as readonly string[]).includes(value);

const de = {
  siteName: "Amt24 Sachsen",
  subtitle: "Serviceportal des Freistaates Sachsen",
  skipLink: "Zum Inhalt springen",
  nav: {
    label: "Hauptnavigation",
    home: "Startseite",
    lebenslagen: "Lebenslagen",
    behoerden: "Behörden finden",
    suche: "Suche",
  },
  languages: { label: "Sprache wählen" },
  footer: {
    service: "Service",
    rechtliches: "Rechtliches",
    impressum: "Impressum",
    datenschutz: "Datenschutz",
    barrierefreiheit: "Erklärung zur Barrierefreiheit",
    leichteSprache: "Leichte Sprache",
    gebaerdensprache: "Gebärdensprache",
    quellen: "Datenquellen und Lizenzen",
    kontakt: "Kontakt",
    sitemap: "Sitemap",
  },
  home: {
    title: "Verwaltungsleistungen in Sachsen finden",
    intro:
      "Finden Sie die Leistung, die Sie brauchen, und die Behörde, die für Ihren Wohnort zuständig ist.",
    lebenslagen: "Lebenslagen",
    meldungen: "Aktuelles",
    accessibility: "Informationen in Leichter Sprache und Gebärdensprache",
  },
  search: {
    label: "Wonach suchen Sie?",
    hint: "Zum Beispiel: Personalausweis, Wohnsitz anmelden, Hund anmelden",
    button: "Suchen",
    title: "Suche",
    resultsFor: (q: string, n: number) => `${n} ${n === 1 ? "Ergebnis" : "Ergebnisse"} für „${q}“`,
    fuzzy: (q: string) => `Keine genauen Treffer für „${q}“. Meinten Sie eine dieser Leistungen?`,
    none: (q: string) => `Zu „${q}“ haben wir keine Leistung gefunden.`,
    noneHelp:
      "Prüfen Sie die Schreibweise, verwenden Sie ein allgemeineres Wort oder stöbern Sie in den Lebenslagen.",
    empty: "Bitte geben Sie einen Suchbegriff ein.",
    tooLong: (max: number) =>
      `Ihr Suchbegriff war sehr lang. Wir haben nach den ersten ${max} Zeichen gesucht.`,
    pagination: "Seiten der Suchergebnisse",
    previous: "Vorherige Seite",
    next: "Nächste Seite",
    page: (n: number) => `Seite ${n}`,
  },
  leistung: {
    onThisPage: "Auf dieser Seite",
    zustaendigeStelle: "Zuständige Stelle",
    findStelle: "Zuständige Stelle für Ihren Ort finden",
    ortLabel: "Postleitzahl, Gemeinde oder Ortsteil",
    ortHint: "Zum Beispiel: 01067, Görlitz oder Adelsberg",
    ortButton: "Zuständige Stelle anzeigen",
    ortChange: "Anderen Ort wählen",
    zustaendigFuer: (ort: string) => `Zuständig für ${ort}`,
    keineStelle:
      "Für diesen Ort ist uns keine zuständige Stelle bekannt. Bitte wenden Sie sich an Ihre Gemeinde- oder Stadtverwaltung.",
    module: {
      volltext: "Beschreibung",
      voraussetzungen: "Voraussetzungen",
      unterlagen: "Welche Unterlagen werden benötigt?",
      gebuehren: "Welche Gebühren fallen an?",
      fristen: "Welche Fristen muss ich beachten?",
      bearbeitungsdauer: "Bearbeitungsdauer",
      verfahrensablauf: "Verfahrensablauf",
      rechtsgrundlagen: "Rechtsgrundlagen",
      hinweise: "Hinweise",
      weiterfuehrendeInformationen: "Weiterführende Informationen",
      formulare: "Formulare und Online-Dienste",
    },
    gebuehrenfrei: "Die Leistung ist gebührenfrei.",
    onlinedienst: "Online-Dienst",
    formular: "Formular",
    freigabe: (durch: string, am: string) => `Fachlich freigegeben durch ${durch} am ${am}.`,
    leika: "Leistungsschlüssel (LeiKa)",
    bezeichnung: "Amtliche Bezeichnung",
    germanOnly: "Dieser Abschnitt ist nur auf Deutsch verfügbar.",
  },
  ort: {
    title: "Ort auswählen",
    choose: (eingabe: string) => `Zu „${eingabe}“ passen mehrere Orte. Bitte wählen Sie Ihren Ort:`,
    none: (eingabe: string) => `Zu „${eingabe}“ haben wir keinen Ort in Sachsen gefunden.`,
    noneHelp:
      "Geben Sie eine sächsische Postleitzahl (5 Ziffern), den Namen Ihrer Gemeinde oder Ihres Ortsteils ein.",
    empty: "Bitte geben Sie Ihre Postleitzahl, Gemeinde oder Ihren Ortsteil ein.",
    via: { plz: "Postleitzahl", gemeinde: "Gemeinde", ortsteil: "Ortsteil" },
    ortsteilVon: (ortsteil: string, gemeinde: string) => `${ortsteil} (Ortsteil von ${gemeinde})`,
    suggestions: "Vorschläge",
  },
  behoerde: {
    title: "Behörden finden",
    button: "Behörden anzeigen",
    intro:
      "Geben Sie Ihren Ort ein. Wir zeigen die Behörden, die für Ihren Ort Leistungen erbringen.",
    fuer: (ort: string) => `Behörden für ${ort}`,
    leistungenCount: (n: number) => `${n} ${n === 1 ? "Leistung" : "Leistungen"}`,
    kontakt: "Kontakt",
    telefon: "Telefon",
    telefax: "Telefax",
    email: "E-Mail",
    internet: "Internet",
    oeffnungszeiten: "Öffnungszeiten",
    keineOeffnungszeiten: "Keine Öffnungszeiten hinterlegt. Bitte erfragen Sie diese telefonisch.",
    anschrift: {
      hausanschrift: "Hausanschrift",
      besucheranschrift: "Besucheranschrift",
      postanschrift: "Postanschrift",
      postfach: "Postfach",
      grossempfaengerpostfach: "Großempfängerpostfach",
      lieferanschrift: "Lieferanschrift",
    },
    leitwegId: "Leitweg-ID (E-Rechnung)",
    karte: "Lage auf der Karte",
    karteHinweis:
      "Die Karte zeigt die Gemeinde und den ungefähren Standort. Maßgeblich ist die Anschrift oben.",
    leistungen: "Leistungen dieser Behörde",
    keineLeistungen: "Für diese Behörde sind noch keine Leistungen erfasst.",
    keineBehoerden:
      "Für diese Gemeinde sind uns noch keine Behörden mit Leistungen bekannt. Bitte wenden Sie sich an Ihre Gemeinde- oder Stadtverwaltung.",
    karteTexte: {
      zoomIn: "Karte vergrößern",
      zoomOut: "Karte verkleinern",
      attribution: "Quellenangaben ein- oder ausblenden",
      ctrlScroll: "Zum Zoomen Strg und Mausrad verwenden",
      cmdScroll: "Zum Zoomen ⌘ und Mausrad verwenden",
      twoFingers: "Die Karte mit zwei Fingern verschieben",
    },
    wochentage: {
      montag: "Montag",
      dienstag: "Dienstag",
      mittwoch: "Mittwoch",
      donnerstag: "Donnerstag",
      freitag: "Freitag",
      samstag: "Samstag",
      sonntag: "Sonntag",
    },
  },
  lebenslagen: {
    title: "Lebenslagen",
    intro: "Leistungen nach Lebenssituation geordnet.",
    leistungen: "Leistungen",
    unterthemen: "Unterthemen",
    keine: "Zu dieser Lebenslage sind noch keine Leistungen erfasst.",
  },
  meldungen: { title: "Aktuelles" },
  seite: { germanOnly: "Diese Seite ist nur auf Deutsch verfügbar." },
  quellen: {
    intro:
      "Dieses Portal verwendet offene Daten. Die Lizenzen verlangen die folgende Quellenangabe:",
    caption: "Datenquellen und Lizenzen",
    daten: "Daten",
    quelle: "Quelle",
    stand: "Stand",
    lizenz: "Lizenz",
  },
  notFound: {
    title: "Seite nicht gefunden",
    text: "Die aufgerufene Seite gibt es nicht oder nicht mehr. Vielleicht hilft Ihnen die Suche weiter:",
    home: "Zur Startseite",
  },
  error: {
    title: "Ein Fehler ist aufgetreten",
    text: "Bitte versuchen Sie es in einigen Minuten erneut.",
    retry: "Erneut versuchen",
  },
  barriere: {
    title: "Barriere melden",
    intro:
      "Sind Ihnen Mängel beim barrierefreien Zugang zu diesem Portal aufgefallen, oder brauchen Sie Inhalte in einer für Sie zugänglichen Form? Schreiben Sie uns. Wir prüfen jede Meldung und antworten Ihnen, wenn Sie eine E-Mail-Adresse angeben.",
    beschreibung: "Was ist das Problem?",
    beschreibungHint:
      "Beschreiben Sie, was nicht funktioniert und womit Sie das Portal nutzen (zum Beispiel Screenreader oder Tastatur). Höchstens 5.000 Zeichen.",
    seite: "Auf welcher Seite?",
    seiteHint: "Die Adresse (URL) oder der Titel der Seite. Höchstens 500 Zeichen.",
    name: "Ihr Name",
    email: "Ihre E-Mail-Adresse",
    emailHint: "Nur wenn Sie eine Antwort möchten. Wir verwenden sie nur für diese Meldung.",
    optional: "(optional)",
    senden: "Meldung senden",
    fehler: {
      pflicht: "Beschreiben Sie das Problem.",
      email:
        "Geben Sie eine E-Mail-Adresse wie name@beispiel.de ein, oder lassen Sie das Feld leer.",
      speichern:
        "Ihre Meldung konnte gerade nicht gespeichert werden. Ihre Eingaben stehen noch im Formular; bitte senden Sie sie in einigen Minuten erneut.",
    },
    eingegangen: "Ihre Meldung ist eingegangen",
    aktenzeichen: "Aktenzeichen",
    eingegangenAm: "Eingegangen am",
    antwortMitEmail: (email: string) =>
      `Wir prüfen Ihre Meldung und antworten Ihnen an ${email}. Bitte nennen Sie bei Rückfragen das Aktenzeichen.`,
    antwortOhneEmail:
      "Wir prüfen Ihre Meldung. Da Sie keine E-Mail-Adresse angegeben haben, können wir Ihnen nicht antworten.",
    ihreMeldung: "Ihre Meldung",
    durchsetzung:
      "Erhalten Sie keine oder keine zufriedenstellende Antwort, können Sie das Durchsetzungsverfahren nutzen; es ist in der Erklärung zur Barrierefreiheit beschrieben.",
    weitere: "Weitere Meldung schreiben",
  },
  // Messages of the action() helper (lib/action.ts), shared by every form; a form may override
  // them with its own wording per field.
  aktion: {
    nichtGesendet: "Ihre Eingaben wurden nicht gesendet",
    pflicht: "Füllen Sie dieses Feld aus.",
    zuLang: (max: number) =>
      `Kürzen Sie Ihren Text auf höchstens ${max.toLocaleString("de-DE")} Zeichen.`,
    zuKurz: (min: number) => `Geben Sie mindestens ${min.toLocaleString("de-DE")} Zeichen ein.`,
    format: "Prüfen Sie die Schreibweise dieser Angabe.",
    ungueltig: "Prüfen Sie diese Angabe.",
    zuGross: (kilobytes: number) =>
      `Ihre Eingaben sind zusammen zu lang: höchstens ${kilobytes.toLocaleString("de-DE")} KB. Bitte kürzen Sie sie; sie stehen noch im Formular.`,
    zuOft: (minuten: number, zeitpunkt: string) =>
      `Von Ihrem Internetanschluss wurden in kurzer Zeit zu viele Formulare gesendet. Bitte senden Sie dieses Formular in ${minuten === 1 ? "einer Minute" : `${minuten} Minuten`} erneut (ab ${zeitpunkt}). Ihre Eingaben stehen noch im Formular.`,
    fehlgeschlagen:
      "Ihre Eingaben konnten gerade nicht verarbeitet werden. Sie stehen noch im Formular; bitte senden Sie sie in einigen Minuten erneut.",
  },
  errorSummary: "Bitte korrigieren Sie Ihre Eingabe",
  // Hidden words read before a message whose kind only colour and icon show.
  errorPrefix: "Fehler:",
  successPrefix: "Erfolg:",
  breadcrumbs: "Sie sind hier",
};

export type Dictionary = typeof de;

const en: Dictionary = {
  siteName: "Amt24 Saxony",
  subtitle: "Service portal of the Free State of Saxony",
  skipLink: "Skip to content",
  nav: {
    label: "Main navigation",
    home: "Home",
    lebenslagen: "Life situations",
    behoerden: "Find an authority",
    suche: "Search",
  },
  languages: { label: "Choose language" },
  footer: {
    service: "Service",
    rechtliches: "Legal",
    impressum: "Legal notice",
    datenschutz: "Privacy",
    barrierefreiheit: "Accessibility statement",
    leichteSprache: "Easy German (Leichte Sprache)",
    gebaerdensprache: "German Sign Language",
    quellen: "Data sources and licences",
    kontakt: "Contact",
    sitemap: "Sitemap",
  },
  home: {
    title: "Find public services in Saxony",
    intro: "Find the service you need and the authority responsible for where you live.",
    lebenslagen: "Life situations",
    meldungen: "News",
    accessibility: "Information in Easy German and German Sign Language",
  },
  search: {
    label: "What are you looking for?",
    hint: "For example: identity card, register your address, register a dog",
    button: "Search",
    title: "Search",
    resultsFor: (q, n) => `${n} ${n === 1 ? "result" : "results"} for “${q}”`,
    fuzzy: (q) => `No exact matches for “${q}”. Did you mean one of these services?`,
    none: (q) => `We found no service for “${q}”.`,
    noneHelp: "Check the spelling, try a more general word or browse the life situations.",
    empty: "Please enter a search term.",
    tooLong: (max) =>
      `Your search term was very long. We searched for its first ${max} characters.`,
    pagination: "Search result pages",
    previous: "Previous page",
    next: "Next page",
    page: (n) => `Page ${n}`,
  },
  leistung: {
    onThisPage: "On this page",
    zustaendigeStelle: "Responsible authority",
    findStelle: "Find the authority responsible for your place",
    ortLabel: "Postal code, municipality or district",
    ortHint: "For example: 01067, Görlitz or Adelsberg",
    ortButton: "Show responsible authority",
    ortChange: "Choose another place",
    zustaendigFuer: (ort) => `Responsible for ${ort}`,
    keineStelle:
      "We know of no responsible authority for this place. Please contact your municipal administration.",
    module: {
      volltext: "Description",
      voraussetzungen: "Requirements",
      unterlagen: "Which documents do I need?",
      gebuehren: "What does it cost?",
      fristen: "Which deadlines apply?",
      bearbeitungsdauer: "Processing time",
      verfahrensablauf: "Procedure",
      rechtsgrundlagen: "Legal basis",
      hinweise: "Notes",
      weiterfuehrendeInformationen: "Further information",
      formulare: "Forms and online services",
    },
    gebuehrenfrei: "This service is free of charge.",
    onlinedienst: "Online service",
    formular: "Form",
    freigabe: (durch, am) => `Content approved by ${durch} on ${am}.`,
    leika: "Service key (LeiKa)",
    bezeichnung: "Official designation",
    germanOnly: "This section is only available in German.",
  },
  ort: {
    title: "Choose your place",
    choose: (eingabe) => `Several places match “${eingabe}”. Please choose yours:`,
    none: (eingabe) => `We found no place in Saxony for “${eingabe}”.`,
    noneHelp: "Enter a Saxon postal code (5 digits) or the name of your municipality or district.",
    empty: "Please enter your postal code, municipality or district.",
    via: { plz: "Postal code", gemeinde: "Municipality", ortsteil: "District" },
    ortsteilVon: (ortsteil, gemeinde) => `${ortsteil} (part of ${gemeinde})`,
    suggestions: "Suggestions",
  },
  behoerde: {
    title: "Find an authority",
    button: "Show authorities",
    intro: "Enter your place. We show the authorities that provide services for it.",
    fuer: (ort) => `Authorities for ${ort}`,
    leistungenCount: (n) => `${n} ${n === 1 ? "service" : "services"}`,
    kontakt: "Contact",
    telefon: "Phone",
    telefax: "Fax",
    email: "E-mail",
    internet: "Website",
    oeffnungszeiten: "Opening hours",
    keineOeffnungszeiten: "No opening hours on record. Please ask by phone.",
    anschrift: {
      hausanschrift: "Street address",
      besucheranschrift: "Visitor address",
      postanschrift: "Postal address",
      postfach: "PO box",
      grossempfaengerpostfach: "Bulk-recipient PO box",
      lieferanschrift: "Delivery address",
    },
    leitwegId: "Leitweg-ID (e-invoicing)",
    karte: "Location on the map",
    karteHinweis:
      "The map shows the municipality and the approximate location. The address above is authoritative.",
    leistungen: "Services of this authority",
    keineLeistungen: "No services have been recorded for this authority yet.",
    keineBehoerden:
      "We know of no authorities with services for this municipality yet. Please contact your municipal administration.",
    karteTexte: {
      zoomIn: "Zoom in",
      zoomOut: "Zoom out",
      attribution: "Show or hide attribution",
      ctrlScroll: "Use Ctrl and scroll to zoom the map",
      cmdScroll: "Use ⌘ and scroll to zoom the map",
      twoFingers: "Use two fingers to move the map",
    },
    wochentage: {
      montag: "Monday",
      dienstag: "Tuesday",
      mittwoch: "Wednesday",
      donnerstag: "Thursday",
      freitag: "Friday",
      samstag: "Saturday",
      sonntag: "Sunday",
    },
  },
  lebenslagen: {
    title: "Life situations",
    intro: "Services ordered by life situation.",
    leistungen: "Services",
    unterthemen: "Subtopics",
    keine: "No services have been recorded for this life situation yet.",
  },
  meldungen: { title: "News" },
  seite: { germanOnly: "This page is only available in German." },
  quellen: {
    intro: "This portal uses open data. The licences require the following attribution:",
    caption: "Data sources and licences",
    daten: "Data",
    quelle: "Source",
    stand: "As of",
    lizenz: "Licence",
  },
  notFound: {
    title: "Page not found",
    text: "This page does not exist or no longer exists. The search may help you:",
    home: "Go to the home page",
  },
  error: {
    title: "An error occurred",
    text: "Please try again in a few minutes.",
    retry: "Try again",
  },
  barriere: {
    title: "Report a barrier",
    intro:
      "Have you found a barrier on this portal, or do you need content in a form accessible to you? Write to us. We check every report and answer you if you give an e-mail address.",
    beschreibung: "What is the problem?",
    beschreibungHint:
      "Describe what does not work and what you use the portal with (for example a screen reader or keyboard). At most 5,000 characters.",
    seite: "On which page?",
    seiteHint: "The address (URL) or the title of the page. At most 500 characters.",
    name: "Your name",
    email: "Your e-mail address",
    emailHint: "Only if you would like an answer. We use it for this report only.",
    optional: "(optional)",
    senden: "Send report",
    fehler: {
      pflicht: "Describe the problem.",
      email: "Enter an e-mail address like name@example.org, or leave the field empty.",
      speichern:
        "Your report could not be saved just now. Your input is still in the form; please send it again in a few minutes.",
    },
    eingegangen: "Your report has been received",
    aktenzeichen: "Reference",
    eingegangenAm: "Received on",
    antwortMitEmail: (email: string) =>
      `We will check your report and answer you at ${email}. Please quote the reference if you get in touch.`,
    antwortOhneEmail:
      "We will check your report. As you gave no e-mail address, we cannot answer you.",
    ihreMeldung: "Your report",
    durchsetzung:
      "If you receive no answer or are not satisfied with it, you can use the enforcement procedure described in the accessibility statement.",
    weitere: "Write another report",
  },
  aktion: {
    nichtGesendet: "Your input was not sent",
    pflicht: "Fill in this field.",
    zuLang: (max) => `Shorten your text to at most ${max.toLocaleString("en-GB")} characters.`,
    zuKurz: (min) => `Enter at least ${min.toLocaleString("en-GB")} characters.`,
    format: "Check how this is written.",
    ungueltig: "Check this entry.",
    zuGross: (kilobytes) =>
      `Your input is too long altogether: at most ${kilobytes.toLocaleString("en-GB")} KB. Please shorten it; it is still in the form.`,
    zuOft: (minuten, zeitpunkt) =>
      `Too many forms were sent from your internet connection in a short time. Please send this form again in ${minuten === 1 ? "one minute" : `${minuten} minutes`} (from ${zeitpunkt}). Your input is still in the form.`,
    fehlgeschlagen:
      "Your input could not be processed just now. It is still in the form; please send it again in a few minutes.",
  },
  errorSummary: "Please correct your input",
  errorPrefix: "Error:",
  successPrefix: "Success:",
  breadcrumbs: "You are here",
};

export function t(lang: Lang): Dictionary {
  return lang === "en" ? en : de;
}

/** Formats a date (YYYY-MM-DD) for the page language. */
export function formatDate(lang: Lang, iso: string): string {
  const date = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(lang === "en" ? "en-GB" : "de-DE", {
    day: "numeric",
    month: "long",
    year: "numeric",
  });
}

/** Formats a point in time (ISO 8601) as date and time in Saxony, for the page language. */
export function formatDateTime(lang: Lang, iso: string): string {
  return new Date(iso).toLocaleString(lang === "en" ? "en-GB" : "de-DE", {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Europe/Berlin",
  });
}

/**
 * Formats a point in time (ISO 8601) as the time of day in Saxony — "14:05 Uhr", "14:05" — or as
 * date and time when it is not today there.
 */
export function formatTime(lang: Lang, iso: string, now: Date = new Date()): string {
  const locale = lang === "en" ? "en-GB" : "de-DE";
  const day = (date: Date) => date.toLocaleDateString("en-CA", { timeZone: "Europe/Berlin" });
  if (day(new Date(iso)) !== day(now)) return formatDateTime(lang, iso);
  const time = new Date(iso).toLocaleTimeString(locale, {
    timeStyle: "short",
    timeZone: "Europe/Berlin",
  });
  return lang === "en" ? time : `${time} Uhr`;
}

export function formatEuro(lang: Lang, amount: number): string {
  return amount.toLocaleString(lang === "en" ? "en-GB" : "de-DE", {
    style: "currency",
    currency: "EUR",
  });
}
