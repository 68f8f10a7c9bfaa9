/** The attribution the open-data licences require wherever their data is shown (shared/data/sachsen/SOURCES.md). */
export const DATA_ATTRIBUTION =
  "Gemeindeverzeichnis: © Statistisches Bundesamt (Destatis) 2025 · Verwaltungsgrenzen: © GeoBasis-DE / BKG 2021 (Daten verändert), dl-de/by-2-0 · PLZ-Zuordnung: © OpenStreetMap-Mitwirkende (ODbL) via suche-postleitzahl.org · Kontaktdaten: Landesdirektion Sachsen, Gemeindeverzeichnis · Kartenkontext: Natural Earth";
