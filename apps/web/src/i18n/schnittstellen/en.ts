import type { SchnittstellenTexte } from "./de";

/** English strings of the API key management (/verwaltung/schnittstellen). */
export const en: SchnittstellenTexte = {
  title: "Interfaces for case management systems",
  intro:
    "With an API key, your organisational unit's case management system (Fachverfahren) fetches received applications, encrypted, and acknowledges them. Create a separate key for each system and revoke it as soon as it is no longer needed.",
  uebersichtLink: "Interfaces for case management systems (API keys)",
  basis: "Address of the interface",
  basisHinweis: "Description in OpenAPI format: docs/api/fachverfahren-v1.openapi.yaml",
  anlegenTitel: "Create a new API key",
  oe: "Organisational unit",
  name: "Name",
  nameHinweis: "What the key is for, for example “OK.VERWA registration”. At most 100 characters.",
  anlegen: "Create key",
  angelegtTitel: "API key created",
  angelegt: "The key “{name}” for {oe} has been created and is valid now.",
  geheimnisTitel: "Your new API key",
  geheimnisHinweis:
    "Copy the key now and store it safely in the case management system. It is shown this once only; the portal keeps only a hash. If it is lost, revoke it and create a new one.",
  zurListe: "Go to the list of keys",
  listeTitel: "API keys of {oe}",
  keine: "This organisational unit has no API key yet.",
  spalten: {
    name: "Name",
    praefix: "Key begins with",
    erstelltAm: "Created",
    zuletztBenutztAm: "Last used",
    status: "Status",
    aktion: "Action",
  },
  nie: "never",
  aktiv: "valid",
  widerrufenAm: "revoked on {zeitpunkt}",
  widerrufen: "Revoke “{name}”",
  widerrufenTitel: "API key revoked",
  widerrufenText: "The key has been revoked. Requests with it are refused from now on.",
  anzeigenFuer: "Show keys of",
  anzeigen: "Show",
  zurueck: "Back to the overview",
  fehler: {
    oe: "Choose an organisational unit you administer.",
    name: "Enter a name of 1 to 100 characters, without line breaks.",
    nichtGefunden: "This key does not exist in your organisational units.",
  },
};
