// @vitest-environment jsdom
import type { UmfrageErgebnis } from "@portal/beteiligung/server";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { beteiligungVerwaltungTexte } from "@/i18n/beteiligung-verwaltung";
import { MAX_FREITEXTE, Umfrageergebnisse } from "./umfrage";

const parse = (html: string) => new DOMParser().parseFromString(html, "text/html");
const BOESE = '<script>alert("x")</script><img src=x onerror=alert(1)>';

const ergebnis = (texte: string[]): UmfrageErgebnis => ({
  antworten: 7,
  fragen: [
    {
      id: "f-1",
      frage: "Wie oft besuchen Sie Spielplätze?",
      art: "einfach",
      beantwortet: 6,
      optionen: [
        { option: "Oft", anzahl: 4 },
        { option: "Nie", anzahl: 2 },
      ],
      texte: [],
    },
    {
      id: "f-2",
      frage: "Sonst noch etwas?",
      art: "text",
      beantwortet: texte.length,
      optionen: [],
      texte,
    },
  ],
});

const rendere = (lang: "de" | "en", e: UmfrageErgebnis) =>
  parse(
    renderToStaticMarkup(
      <Umfrageergebnisse lang={lang} d={beteiligungVerwaltungTexte(lang).verfahren} ergebnis={e} />,
    ),
  );

describe("Umfrageergebnisse", () => {
  it("counts per question and option in a table and an image naming the values", () => {
    const doc = rendere("de", ergebnis([]));
    expect(doc.querySelector('[data-testid="umfrage-antworten"]')?.textContent).toBe(
      "7 Antworten eingegangen.",
    );
    const [wahl, text] = [...doc.querySelectorAll('[data-testid="umfrage-frage"]')];
    expect(wahl?.textContent).toContain("6 von 7 haben diese Frage beantwortet.");
    const zeilen = [...(wahl?.querySelectorAll("tbody tr") ?? [])].map((tr) =>
      [...tr.children].map((z) => z.textContent),
    );
    expect(zeilen).toEqual([
      ["Oft", "4"],
      ["Nie", "2"],
    ]);
    expect(wahl?.querySelector("caption")?.textContent).toContain(
      "Wie oft besuchen Sie Spielplätze?",
    );
    expect(wahl?.querySelector('svg[role="img"]')?.getAttribute("aria-label")).toBe(
      "Antworten auf die Frage Wie oft besuchen Sie Spielplätze?: Oft: 4; Nie: 2",
    );
    expect(text?.textContent).toContain("Noch keine Freitextantworten.");
  });

  it("lists free texts inert, capped with a note, and marks the German questions on the English page", () => {
    const texte = [BOESE, ...Array.from({ length: MAX_FREITEXTE }, (_, i) => `Antwort ${i}`)];
    const doc = rendere("en", ergebnis(texte));
    const liste = doc.querySelector('[data-testid="umfrage-texte"]');
    expect(liste?.querySelectorAll("li")).toHaveLength(MAX_FREITEXTE);
    expect(liste?.querySelector("li bdi")?.textContent).toBe(BOESE);
    expect(doc.querySelector("script, img")).toBeNull();
    expect(doc.body.textContent).toContain("Showing the first 200 of 201 answers.");
    expect(doc.body.textContent).not.toContain(`Antwort ${MAX_FREITEXTE - 1}`);
    expect(doc.querySelector("h3 bdi")?.getAttribute("lang")).toBe("de");
  });
});
