import "server-only";

// Belege: documents the portal hands to citizens as proof. For now the receipt of an
// application (Eingangsbestätigung), a tagged PDF aiming at PDF/UA-1. Pure rendering: the caller
// loads the application, checks that the reader may see it, and serves or stores the bytes.

export { erstelleEingangsbestaetigung } from "./services/eingangsbestaetigung.ts";
// The embedded fonts and the cleaning of untrusted text for them, for other domains' PDFs
// (the Abwägungstabelle of @portal/beteiligung).
export { druckbar, ERSATZZEICHEN, type Schrift, schriften } from "./services/schrift.ts";
export { BELEG_TEXTE, formatiereEingang, formatiereGroesse } from "./services/texte.ts";
