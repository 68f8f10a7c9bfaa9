import { describe, expect, it } from "vitest";
import { profilSchema } from "../src/types.ts";

const fehler = (eingabe: Record<string, unknown>) =>
  profilSchema.safeParse(eingabe).error?.issues.map((i) => [i.path.join("."), i.message]) ?? [];

describe("profilSchema", () => {
  it("accepts an empty form: every field is optional", () => {
    expect(profilSchema.parse({ vorname: "", plz: " ", ort: "" })).toEqual({});
  });

  it("accepts a full profile", () => {
    const profil = profilSchema.parse({
      vorname: " Zoë ",
      nachname: "Müller-Lüdenscheidt",
      strasse: "Hauptstraße 1",
      plz: "01067",
      ort: "Dresden",
      geburtsdatum: "1980-02-29",
      telefon: "+49 (351) 123-45/6",
    });
    expect(profil.vorname).toBe("Zoë");
    expect(profil.geburtsdatum).toBe("1980-02-29");
  });

  it("wants postal code and place together", () => {
    expect(fehler({ plz: "01067" })).toEqual([["ort", "plz-ort"]]);
    expect(fehler({ ort: "Dresden" })).toEqual([["plz", "plz-ort"]]);
  });

  it("refuses a postal code that is not five digits", () => {
    for (const plz of ["1067", "010677", "0106a", "٠١٠٦٧"])
      expect(fehler({ plz, ort: "Dresden" })).toContainEqual(["plz", "plz"]);
  });

  it("refuses dates that do not exist, lie in the future or before 1900", () => {
    expect(fehler({ geburtsdatum: "2023-02-30" })).toEqual([["geburtsdatum", "datum"]]);
    expect(fehler({ geburtsdatum: "01.02.1980" })).toEqual([["geburtsdatum", "datum"]]);
    expect(fehler({ geburtsdatum: "1899-12-31" })).toEqual([["geburtsdatum", "zu-frueh"]]);
    expect(fehler({ geburtsdatum: "2999-01-01" })).toEqual([["geburtsdatum", "zukunft"]]);
  });

  it("refuses overlong fields and letters in the phone number", () => {
    expect(fehler({ vorname: "a".repeat(101) })).toEqual([["vorname", "max:100"]]);
    expect(fehler({ strasse: "a".repeat(201) })).toEqual([["strasse", "max:200"]]);
    expect(fehler({ telefon: "0351 CALL ME" })).toEqual([["telefon", "telefon"]]);
    expect(fehler({ telefon: "1".repeat(31) })).toEqual([["telefon", "max:30"]]);
  });
});
