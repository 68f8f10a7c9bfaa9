import { describe, expect, it } from "vitest";
import { de } from "@/i18n/datenschutz/de";
import { en } from "@/i18n/datenschutz/en";
import { type KontoexportMitPostfach, kontoexportHtml } from "./datenexport";

const t = new Date("2026-11-28T09:15:00Z");
const id = "11111111-1111-4111-8111-111111111111";

/** An export with every part filled; typed, so a new field of the export must appear here. */
const daten: KontoexportMitPostfach = {
  erstelltAm: t.toISOString(),
  konto: {
    id,
    email: "zoe@example.org",
    emailBestaetigtAm: t,
    sprache: "de",
    erstelltAm: t,
    zuletztAngemeldetAm: t,
    passwortGeaendertAm: null,
    inaktivGewarntAm: null,
    passwortGesetzt: true,
  },
  profil: {
    kontoId: id,
    vorname: "Zoë <script>alert(1)</script>",
    nachname: "O'Brien & Söhne",
    strasse: "Hauptstraße 1",
    plz: "01067",
    ort: "Dresden",
    ags: "14612000",
    geburtsdatum: "1990-03-04",
    telefon: null,
    geaendertAm: t,
  },
  eidIdentitaet: {
    kontoId: id,
    aussteller: "https://eid.example",
    pseudonym: "pseudo-1",
    vertrauensniveau: "hoch",
    vornamen: "Zoë",
    familienname: "Muster",
    geburtsname: null,
    geburtsdatum: "1990-03-04",
    geburtsort: "Leipzig",
    staatsangehoerigkeit: "D",
    anschrift: { strasse: "Hauptstraße 1", plz: "01067", ort: "Dresden", ags: null, land: "DE" },
    verifiziertAm: t,
  },
  sitzungen: [
    {
      erstelltAm: t,
      zuletztAktivAm: t,
      laeuftAbAm: t,
      widerrufenAm: null,
      geraet: "Firefox",
      bereich: "buergerkonto",
      vertrauensniveau: "niedrig",
      organisationId: null,
    },
  ],
  mitgliedschaften: [
    {
      organisationId: id,
      organisation: "Verein Elbwiesen",
      organisationArt: "verein",
      rolle: "inhaber",
      seit: t,
    },
  ],
  einladungen: [
    {
      organisation: "Verein Elbwiesen",
      email: "zoe@example.org",
      rolle: "mitglied",
      erstelltAm: t,
      laeuftAbAm: t,
      angenommenAm: t,
    },
  ],
  sicherheitsereignisse: [
    { id: 1, kontoId: id, art: "angemeldet", zeitpunkt: t, details: { neuerHash: true } },
  ],
  zugriffsprotokoll: [
    {
      id: 1,
      mitarbeiterKontoId: id,
      oeSchluessel: "oe:1",
      aktion: "gelesen",
      gegenstand: "nachricht:1",
      betroffenesKontoId: id,
      zeitpunkt: t,
    },
  ],
  mitarbeiter: {
    name: "M. Muster",
    totpAktiviert: false,
    deaktiviertAm: null,
    rollen: [{ oeSchluessel: "oe:1", rolle: "sachbearbeitung", seit: t }],
  },
  nachrichten: [
    {
      id,
      absenderOeSchluessel: "oe:finanzamt",
      absenderName: "Finanzamt Dresden",
      betreff: "Bescheid <b>2025</b>",
      text: "Zeile 1\nZeile 2",
      verfahren: null,
      gesendetAm: t,
      gelesenAm: null,
      anhaenge: [{ id, dateiname: 'Bescheid".pdf', medientyp: "application/pdf", groesse: 12345 }],
    },
  ],
  entwuerfe: [
    {
      id,
      formular: "hund-anmelden",
      version: 2,
      seite: "hunde",
      antworten: {
        hunde: [{ name: "Bello <img src=x onerror=alert(1)>", rasse: "Mischling" }],
        nachweis: { id, dateiname: "Impfpass.pdf", medientyp: "application/pdf", groesse: 999 },
      },
      erstelltAm: t,
      geaendertAm: t,
      laeuftAbAm: t,
    },
  ],
  antraege: [
    {
      id,
      aktenzeichen: "MB-2026-000123",
      leistung: "meldebescheinigung",
      formular: "meldebescheinigung",
      version: 1,
      oeSchluessel: "oe:dresden-buergeramt",
      status: "rueckfrage",
      vertrauensniveau: "substanziell",
      eingegangenAm: t,
      geaendertAm: t,
      antwortenVerschluesselt: true,
      anlagen: [{ dateiname: "Mietvertrag.pdf", medientyp: "application/pdf", groesse: 4567 }],
      verlauf: [
        { art: "eingereicht", zeitpunkt: t, status: null, ergebnis: null },
        { art: "status", zeitpunkt: t, status: "in_bearbeitung", ergebnis: null },
        { art: "entscheidung", zeitpunkt: t, status: "entschieden", ergebnis: "stattgegeben" },
      ],
    },
  ],
};

const esc = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("'", "&#39;");

const texte = (html: string, tag: string) =>
  [...html.matchAll(new RegExp(`<${tag}[^>]*>([^<]*)</${tag}>`, "g"))].map((m) => m[1]);

describe("kontoexportHtml", () => {
  for (const [lang, d] of [
    ["de", de.export],
    ["en", en.export],
  ] as const) {
    it(`names every section and field in ${lang}, never by its key`, () => {
      const html = kontoexportHtml(daten, lang, d);
      expect(html).toContain(`<html lang="${lang}">`);
      const ueberschriften = texte(html, "h2");
      expect(ueberschriften).toEqual(
        Object.keys(daten)
          .filter((k) => k !== "erstelltAm")
          .map((k) => (d.abschnitte as Record<string, string>)[k]),
      );
      const felder = texte(html, "th").filter((x) => x !== d.feld && x !== d.wert);
      const schluessel = new Set<string>();
      const sammle = (wert: unknown) => {
        if (Array.isArray(wert)) wert.forEach(sammle);
        else if (wert && typeof wert === "object" && !(wert instanceof Date))
          for (const [k, v] of Object.entries(wert)) {
            schluessel.add(k);
            // Free-form technical details and a draft's answers (keyed by the form's field
            // ids) are shown as written (JSON), not by field.
            if (k !== "details" && k !== "antworten") sammle(v);
          }
      };
      for (const [k, v] of Object.entries(daten)) if (k !== "erstelltAm") sammle(v);
      for (const k of schluessel) {
        expect((d.felder as Record<string, string>)[k], k).toBeTruthy();
        expect(felder, k).not.toContain(k);
      }
    });
  }

  it("escapes every value and lists attachments without their content", () => {
    const html = kontoexportHtml(daten, "de", de.export);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>2025");
    expect(html).toContain("Zoë &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("O&#39;Brien &amp; Söhne");
    expect(html).toContain("Bescheid&quot;.pdf");
    expect(html).toContain("12345");
    expect(html).toContain("application/pdf");
  });

  it("shows a draft's answers as stored, escaped, and says an application's answers are encrypted", () => {
    for (const [lang, d] of [
      ["de", de.export],
      ["en", en.export],
    ] as const) {
      const html = kontoexportHtml(daten, lang, d);
      expect(html).not.toContain("<img");
      expect(html).toContain("Bello &lt;img src=x onerror=alert(1)&gt;");
      expect(html).toContain("Impfpass.pdf");
      expect(html).toContain("MB-2026-000123");
      expect(html).toContain("Mietvertrag.pdf");
      expect(html).toContain(esc(d.felder.antwortenVerschluesselt));
    }
    expect(de.export.felder.antwortenVerschluesselt).toContain("verschlüsselt");
    expect(en.export.felder.antwortenVerschluesselt).toContain("encrypted");
  });

  it("writes points in time and birthdays the way the language does", () => {
    expect(kontoexportHtml(daten, "de", de.export)).toContain("4. März 1990");
    expect(kontoexportHtml(daten, "en", en.export)).toContain("4 March 1990");
    expect(kontoexportHtml(daten, "de", de.export)).toContain("28. November 2026 um 10:15");
  });
});
