import { describe, expect, it } from "vitest";
import { hundesteuerAnmeldung, meldebescheinigung } from "../src/beispiele/index.ts";
import { bedingungInWorten, vorschauVon } from "../src/services/vorschau.ts";
import type { Formulardefinition } from "../src/types.ts";

// The editor's preview: every page in order, conditions in words.

describe("a condition in words", () => {
  const def = meldebescheinigung;

  it("names the field and the code by their labels, in German and English", () => {
    const b = { feld: "art", ist: "erweitert" };
    expect(bedingungInWorten(def, b, "de")).toBe(
      "nur wenn „Art der Meldebescheinigung“ = „Erweiterte Meldebescheinigung“",
    );
    expect(bedingungInWorten(def, b, "en")).toBe(
      "only if “Type of certificate” = “Extended certificate of residence”",
    );
  });

  it("says lists, yes/no, answered, all, one of and not", () => {
    expect(bedingungInWorten(def, { feld: "zustellung", in: ["post", "abholung"] }, "de")).toBe(
      "nur wenn „Zustellung“ ist „Per Post“ oder „Abholung im Bürgerbüro“",
    );
    expect(
      bedingungInWorten(
        def,
        {
          alle: [
            { feld: "zustellung", ist: "post" },
            { feld: "andereAnschrift", ist: true },
          ],
        },
        "de",
      ),
    ).toBe(
      "nur wenn „Zustellung“ = „Per Post“ und „Soll die Bescheinigung an eine andere Anschrift gehen?“ = „Ja“",
    );
    expect(
      bedingungInWorten(
        def,
        {
          eine: [
            { feld: "zweck", ausgefuellt: false },
            {
              nicht: {
                alle: [
                  { feld: "art", ist: "einfach" },
                  { feld: "anzahl", ist: 2 },
                ],
              },
            },
          ],
        },
        "de",
      ),
    ).toBe(
      "nur wenn „Zweck“ ist nicht ausgefüllt oder nicht („Art der Meldebescheinigung“ = „Einfache Meldebescheinigung“ und „Anzahl der Ausfertigungen“ = „2“)",
    );
  });

  it("names a field of the same row inside a repeatable group", () => {
    const v = vorschauVon(hundesteuerAnmeldung, "de");
    const hunde = v.seiten.find((s) => s.id === "hunde");
    expect(hunde?.feldBedingungen["hunde.0.nachweis"]).toBe(
      "nur wenn „Ist der Hund ein gefährlicher Hund im Sinne des sächsischen Gefahrhundegesetzes?“ = „Ja“",
    );
  });

  it("shows the id of a field it cannot find rather than failing", () => {
    expect(bedingungInWorten(def, { feld: "gibtEsNicht", ist: "x" }, "de")).toBe(
      "nur wenn „gibtEsNicht“ = „x“",
    );
  });
});

describe("the preview of a definition", () => {
  it("has every page in order with its title and condition, and the field conditions", () => {
    const v = vorschauVon(meldebescheinigung, "de");
    expect(v.seiten.map((s) => s.titel)).toEqual(meldebescheinigung.seiten.map((s) => s.titel.de));
    const umfang = v.seiten.find((s) => s.id === "umfang");
    expect(umfang?.bedingung).toBe(
      "nur wenn „Art der Meldebescheinigung“ = „Erweiterte Meldebescheinigung“",
    );
    expect(v.seiten[0]?.bedingung).toBeUndefined();
    const zustellung = v.seiten.find((s) => s.id === "zustellung");
    expect(Object.keys(zustellung?.feldBedingungen ?? {})).toEqual([
      "anzahl",
      "andereAnschrift",
      "anschrift",
    ]);
  });

  it("carries the declaration, the access rule and the reference prefix", () => {
    const v = vorschauVon(meldebescheinigung, "en");
    expect(v.erklaerung).toBe(meldebescheinigung.erklaerung.en);
    expect(v.zugang).toBe("servicekonto-oder-eid");
    expect(v.aktenzeichenPraefix).toBe("MB");
    expect(v.titel).toBe(meldebescheinigung.titel.en);
  });

  it("lists a single-choice code list with more than eight codes (a select) with all its codes", () => {
    const codes = Array.from({ length: 9 }, (_, i) => ({
      code: `c${i}`,
      label: { de: `Code ${i}`, en: `Code ${i}` },
    }));
    const def: Formulardefinition = {
      ...meldebescheinigung,
      zugang: undefined,
      aktenzeichenPraefix: undefined,
      codelisten: { ...meldebescheinigung.codelisten, viele: codes },
      seiten: [
        {
          id: "s",
          titel: { de: "Seite", en: "Page" },
          felder: [
            {
              id: "g",
              typ: "gruppe",
              label: { de: "Gruppe", en: "Group" },
              pflicht: false,
              vorbelegung: "keine",
              felder: [
                {
                  id: "wahl",
                  typ: "auswahl",
                  codeliste: "viele",
                  label: { de: "Wahl", en: "Choice" },
                  pflicht: true,
                  vorbelegung: "keine",
                },
              ],
            },
          ],
        },
      ],
    };
    const v = vorschauVon(def, "de");
    expect(v.seiten[0]?.codelisten).toEqual([
      {
        feld: "g.wahl",
        label: "Gruppe – Wahl",
        codes: codes.map((c) => ({ code: c.code, label: c.label.de })),
      },
    ]);
    expect(v.zugang).toBe("servicekonto");
    // Without a prefix, the one derived from the key (one word: its first two letters).
    expect(v.aktenzeichenPraefix).toBe("ME");
  });
});
