import { describe, expect, it } from "vitest";
import { pruefeBarrieremeldung, werteAus } from "./barrieremeldung";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};

describe("pruefeBarrieremeldung", () => {
  it("accepts a description alone and stores empty optional fields as null", () => {
    const result = pruefeBarrieremeldung(
      werteAus(form({ beschreibung: "  Kontrast zu gering  " })),
      "de",
    );
    expect(result).toEqual({
      ok: true,
      meldung: {
        sprache: "de",
        beschreibung: "Kontrast zu gering",
        seite: null,
        name: null,
        email: null,
      },
    });
  });

  it("requires a description and a plausible e-mail address", () => {
    const result = pruefeBarrieremeldung(
      werteAus(form({ beschreibung: " ", email: "nicht-gueltig" })),
      "de",
    );
    expect(result).toEqual({ ok: false, fehler: { beschreibung: "pflicht", email: "email" } });
  });

  it("bounds every field, counting characters rather than UTF-16 units", () => {
    const okay = pruefeBarrieremeldung(werteAus(form({ beschreibung: "🦽".repeat(5000) })), "en");
    expect(okay.ok).toBe(true);
    const result = pruefeBarrieremeldung(
      werteAus(
        form({ beschreibung: "x".repeat(5001), seite: "s".repeat(501), name: "n".repeat(201) }),
      ),
      "de",
    );
    expect(result).toEqual({
      ok: false,
      fehler: { beschreibung: "zuLang", seite: "zuLang", name: "zuLang" },
    });
  });

  it("keeps line breaks and unicode, removes other control characters", () => {
    const werte = werteAus(
      form({ beschreibung: "Zeile 1\r\nZeile\u0000 2 – Straße <b>", name: "Zoë\u0007" }),
    );
    expect(werte.beschreibung).toBe("Zeile 1\nZeile 2 – Straße <b>");
    expect(werte.name).toBe("Zoë");
  });
});
