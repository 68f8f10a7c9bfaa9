/** German strings of the API key management (/verwaltung/schnittstellen). */
export const de = {
  title: "Schnittstellen für Fachverfahren",
  intro:
    "Mit einem API-Schlüssel holt das Fachverfahren Ihrer Organisationseinheit eingegangene Anträge verschlüsselt ab und quittiert sie. Legen Sie für jedes System einen eigenen Schlüssel an und widerrufen Sie ihn, sobald er nicht mehr gebraucht wird.",
  uebersichtLink: "Schnittstellen für Fachverfahren (API-Schlüssel)",
  basis: "Adresse der Schnittstelle",
  basisHinweis: "Beschreibung im Format OpenAPI: docs/api/fachverfahren-v1.openapi.yaml",
  anlegenTitel: "Neuen API-Schlüssel anlegen",
  oe: "Organisationseinheit",
  name: "Bezeichnung",
  nameHinweis:
    "Wofür der Schlüssel ist, zum Beispiel „OK.VERWA Meldewesen“. Höchstens 100 Zeichen.",
  anlegen: "Schlüssel anlegen",
  angelegtTitel: "API-Schlüssel angelegt",
  angelegt: "Der Schlüssel „{name}“ für {oe} ist angelegt und sofort gültig.",
  geheimnisTitel: "Ihr neuer API-Schlüssel",
  geheimnisHinweis:
    "Kopieren Sie den Schlüssel jetzt und hinterlegen Sie ihn sicher im Fachverfahren. Er wird nur dieses eine Mal angezeigt; das Portal speichert nur einen Hashwert. Geht er verloren, widerrufen Sie ihn und legen einen neuen an.",
  zurListe: "Zur Liste der Schlüssel",
  listeTitel: "API-Schlüssel von {oe}",
  keine: "Für diese Organisationseinheit gibt es noch keinen API-Schlüssel.",
  spalten: {
    name: "Bezeichnung",
    praefix: "Schlüssel beginnt mit",
    erstelltAm: "Angelegt",
    zuletztBenutztAm: "Zuletzt benutzt",
    status: "Status",
    aktion: "Aktion",
  },
  nie: "noch nie",
  aktiv: "gültig",
  widerrufenAm: "widerrufen am {zeitpunkt}",
  widerrufen: "„{name}“ widerrufen",
  widerrufenTitel: "API-Schlüssel widerrufen",
  widerrufenText: "Der Schlüssel ist widerrufen. Anfragen mit ihm werden ab sofort abgelehnt.",
  anzeigenFuer: "Schlüssel anzeigen für",
  anzeigen: "Anzeigen",
  zurueck: "Zur Übersicht",
  fehler: {
    oe: "Wählen Sie eine Organisationseinheit, die Sie verwalten.",
    name: "Geben Sie eine Bezeichnung mit 1 bis 100 Zeichen ein, ohne Zeilenumbruch.",
    nichtGefunden: "Diesen Schlüssel gibt es in Ihren Organisationseinheiten nicht.",
  },
};

export type SchnittstellenTexte = typeof de;
