// The HTML of the simulator's screens. Plain server-rendered forms: they work without JavaScript,
// every value is escaped, and every screen says that it is a simulation (a developer or tester
// must never mistake it for the real eID service, nor a citizen for a real identification).
import {
  ACR,
  CLAIM_NAMEN,
  type Claim,
  claimsVon,
  IDENTITAETEN,
  type Niveau,
  type Testidentitaet,
} from "./identitaeten.ts";

/** Escapes text for HTML element content and quoted attribute values. */
export function esc(wert: unknown): string {
  return String(wert ?? "")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

export const BANNER_DE =
  "Simulation – kein echter Online-Ausweis. Diese Seite simuliert den eID-Dienst für Entwicklung und Tests.";
export const BANNER_EN =
  "Simulation – not a real online ID. This page simulates the eID service for development and testing.";

// Focus is always visible (WCAG 2.4.7/2.4.11), the layout is one column that reflows at 320 px
// (WCAG 1.4.10), contrast ≥ 4.5:1 for text.
const CSS = `
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a;background:#fff}
.banner{background:#7a2e00;color:#fff;padding:1rem;border-bottom:4px solid #ffbf47}
.banner p{margin:0 0 .25rem;max-width:60rem}
.banner strong{font-size:1.125rem}
main{max-width:40rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;line-height:1.25}
fieldset{border:1px solid #595959;padding:1rem;margin:0 0 1rem;min-width:0}
legend{font-weight:700;padding:0 .25rem}
.option{display:flex;gap:.75rem;align-items:flex-start;margin:.5rem 0}
.option input{width:1.5rem;height:1.5rem;margin:.125rem 0 0;flex:none}
.option label{overflow-wrap:anywhere}
.hinweis{color:#444}
dl{margin:0}
dt{font-weight:700}
dd{margin:0 0 .75rem;overflow-wrap:anywhere}
.knoepfe{display:flex;flex-wrap:wrap;gap:1rem}
button{font:inherit;font-size:1.125rem;padding:.5rem 1.25rem;border:2px solid #003064;border-radius:4px;background:#003064;color:#fff;cursor:pointer}
button.zweit{background:#fff;color:#003064}
a{color:#003064}
:focus-visible{outline:3px solid #ffbf47;outline-offset:2px;box-shadow:0 0 0 6px #1a1a1a}
.fehler{border-left:6px solid #b10e1e;padding:.5rem 1rem;margin:0 0 1rem}
`;

/** A whole page: German, the simulation banner first (before the main landmark), then `inhalt`. */
export function seite(titel: string, inhalt: string): string {
  return `<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${esc(titel)} – eID-Simulator (Simulation)</title>
<style>${CSS}</style>
</head>
<body>
<div class="banner" role="note" aria-label="Hinweis: Simulation">
<p><strong>${esc(BANNER_DE)}</strong></p>
<p lang="en">${esc(BANNER_EN)}</p>
</div>
<main>
${inhalt}
</main>
</body>
</html>`;
}

const NIVEAU_TEXT: Record<Niveau, string> = { hoch: "hoch", substanziell: "substanziell" };

/** Whether an identity's level meets the minimum the client asked for (none: any). */
export function reichtNiveau(identitaet: Testidentitaet, mindestens: Niveau | null): boolean {
  return mindestens === null || mindestens === "substanziell" || identitaet.niveau === "hoch";
}

/** The lowest level among `acr_values` (space-separated eIDAS URIs), or null when none is known. */
export function mindestniveau(acrValues: unknown): Niveau | null {
  if (typeof acrValues !== "string") return null;
  const werte = acrValues.split(" ");
  if (werte.includes(ACR.substanziell)) return "substanziell";
  if (werte.includes(ACR.hoch)) return "hoch";
  return null;
}

/** Login: choose a test identity (no password; the real service would read the card). */
export function anmeldeSeite(params: {
  uid: string;
  clientId: string;
  mindestens: Niveau | null;
  fehler?: string;
}): string {
  const optionen = IDENTITAETEN.map((i, index) => {
    const reicht = reichtNiveau(i, params.mindestens);
    const id = `identitaet-${esc(i.schluessel)}`;
    const ort = i.anschrift ? `${i.anschrift.plz} ${i.anschrift.ort}` : "ohne Anschrift";
    return `<div class="option">
<input type="radio" id="${id}" name="identitaet" value="${esc(i.schluessel)}"${index === 0 && reicht ? " checked" : ""}${reicht ? "" : " disabled"} aria-describedby="${id}-info">
<label for="${id}">${esc(i.vornamen)} ${esc(i.familienname)}
<span id="${id}-info" class="hinweis"><br>${esc(i.dokument)}, Vertrauensniveau ${esc(NIVEAU_TEXT[i.niveau])}, ${esc(ort)}${reicht ? "" : " – reicht für das verlangte Vertrauensniveau nicht"}</span></label>
</div>`;
  }).join("\n");
  return seite(
    "Test-Identität wählen",
    `<h1>Mit dem Online-Ausweis anmelden (Simulation)</h1>
<p>Der Dienst <strong>${esc(params.clientId)}</strong> möchte Sie mit dem Online-Ausweis identifizieren.
Statt einen Ausweis auszulesen, wählen Sie hier eine Test-Identität.</p>
<p lang="en" class="hinweis">Choose a test identity instead of reading an ID card.</p>
${params.fehler ? `<div class="fehler" role="alert"><p>${esc(params.fehler)}</p></div>` : ""}
<form method="post" action="/interaktion/${esc(params.uid)}/auswahl">
<fieldset>
<legend>Test-Identität <span lang="en">(test identity)</span></legend>
${optionen}
</fieldset>
<div class="knoepfe">
<button type="submit">Weiter <span lang="en">(continue)</span></button>
<button type="submit" class="zweit" name="entscheidung" value="ablehnen">Abbrechen <span lang="en">(cancel)</span></button>
</div>
</form>`,
  );
}

function wertAnzeige(claim: Claim, werte: Partial<Record<Claim, unknown>>): string {
  const wert = werte[claim];
  if (wert === undefined) return "<em>auf dem Ausweis nicht vorhanden</em>";
  if (claim === "address" && typeof wert === "object" && wert) {
    const a = wert as Record<string, string>;
    return `${esc(a.street_address)}<br>${esc(a.postal_code)} ${esc(a.locality)}<br>Gemeindeschlüssel ${esc(a.ags)}`;
  }
  if (claim === "place_of_birth" && typeof wert === "object" && wert) {
    return esc((wert as Record<string, string>).locality);
  }
  return esc(wert);
}

/** Consent: exactly the attributes the client asked for, with the identity's values. */
export function zustimmungsSeite(params: {
  uid: string;
  clientId: string;
  identitaet: Testidentitaet;
  claims: readonly Claim[];
}): string {
  const werte = claimsVon(params.identitaet);
  const liste = params.claims
    .map(
      (c) =>
        `<dt>${esc(CLAIM_NAMEN[c].de)} <span lang="en" class="hinweis">(${esc(CLAIM_NAMEN[c].en)})</span></dt><dd>${wertAnzeige(c, werte)}</dd>`,
    )
    .join("\n");
  return seite(
    "Zustimmung",
    `<h1>Daten an ${esc(params.clientId)} übermitteln? (Simulation)</h1>
<p>Test-Identität: <strong>${esc(params.identitaet.vornamen)} ${esc(params.identitaet.familienname)}</strong>
(${esc(params.identitaet.dokument)}, Vertrauensniveau ${esc(NIVEAU_TEXT[params.identitaet.niveau])}).</p>
<p>Der Dienst erhält ein dienstespezifisches Pseudonym und, wenn Sie zustimmen, diese Daten:</p>
<p lang="en" class="hinweis">The service receives a service-specific pseudonym and, if you agree, these data:</p>
${params.claims.length > 0 ? `<dl>${liste}</dl>` : "<p>Keine weiteren Daten.</p>"}
<form method="post" action="/interaktion/${esc(params.uid)}/zustimmung">
<input type="hidden" name="identitaet" value="${esc(params.identitaet.schluessel)}">
<div class="knoepfe">
<button type="submit" name="entscheidung" value="zustimmen">Zustimmen <span lang="en">(agree)</span></button>
<button type="submit" class="zweit" name="entscheidung" value="ablehnen">Ablehnen <span lang="en">(decline)</span></button>
</div>
</form>
<p><a href="/interaktion/${esc(params.uid)}">Andere Test-Identität wählen <span lang="en">(choose another identity)</span></a></p>`,
  );
}

/** An error the simulator cannot send back to the client (unknown client, expired interaction). */
export function fehlerSeite(fehler: string, beschreibung?: string): string {
  return seite(
    "Fehler",
    `<h1>Die Anmeldung ist nicht möglich (Simulation)</h1>
<p>Fehler <span lang="en">(error)</span>: <code>${esc(fehler)}</code></p>
${beschreibung ? `<p lang="en">${esc(beschreibung)}</p>` : ""}
<p>Bitte beginnen Sie die Anmeldung im Portal neu. <span lang="en">Please start again from the portal.</span></p>`,
  );
}
