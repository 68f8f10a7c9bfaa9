import { describe, expect, it } from "vitest";
import { pruefeDefinition } from "../src/services/definition.ts";
import { fehlerText, hatFehlerText } from "../src/services/fehler.ts";

// A minimal valid definition; each test breaks one thing.
function roh(seiten: unknown[], codelisten: Record<string, unknown> = {}) {
  return {
    schluessel: "test-formular",
    version: 1,
    titel: { de: "Test", en: "Test" },
    leistung: "test-leistung",
    erklaerung: { de: "Ich versichere.", en: "I confirm." },
    codelisten,
    seiten,
  };
}
const L = { de: "Feld", en: "Field" };
const text = (id: string, extra: Record<string, unknown> = {}) => ({
  typ: "text",
  id,
  label: L,
  ...extra,
});
const seite = (id: string, felder: unknown[], extra: Record<string, unknown> = {}) => ({
  id,
  titel: L,
  felder,
  ...extra,
});

function fehlerVon(r: ReturnType<typeof pruefeDefinition>) {
  if (r.ok) throw new Error("expected the definition to be refused");
  return r.fehler;
}

describe("pruefeDefinition", () => {
  it("accepts a minimal definition and fills defaults (pflicht false, vorbelegung keine)", () => {
    const r = pruefeDefinition(roh([seite("a", [text("name")])]));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.definition.seiten[0]!.felder[0]).toMatchObject({
        pflicht: false,
        vorbelegung: "keine",
      });
    }
  });

  it("refuses a condition on a field that does not exist, with its path", () => {
    const f = fehlerVon(
      pruefeDefinition(
        roh([
          seite("a", [text("name"), text("x", { bedingung: { feld: "gibtsnicht", ist: "1" } })]),
        ]),
      ),
    );
    expect(f).toEqual([
      {
        pfad: "seiten.0.felder.1.bedingung.feld",
        code: "bedingung.unbekannt",
        werte: { feld: "gibtsnicht" },
      },
    ]);
  });

  it("refuses a condition on a later field, on the field itself and a page condition on its own page", () => {
    const f = fehlerVon(
      pruefeDefinition(
        roh([
          seite("a", [
            text("erst", { bedingung: { feld: "spaeter", ausgefuellt: true } }),
            text("spaeter"),
            text("selbst", { bedingung: { nicht: { feld: "selbst", ist: "x" } } }),
          ]),
          seite("b", [text("c")], { bedingung: { feld: "c", ausgefuellt: true } }),
        ]),
      ),
    );
    expect(f.map((e) => [e.pfad, e.code])).toEqual([
      ["seiten.0.felder.0.bedingung.feld", "bedingung.spaeter"],
      ["seiten.0.felder.2.bedingung.nicht.feld", "bedingung.spaeter"],
      ["seiten.1.bedingung.feld", "bedingung.spaeter"],
    ]);
  });

  it("refuses duplicate ids on one page, across pages and among pages, but allows the same id in another scope", () => {
    const f = fehlerVon(
      pruefeDefinition(
        roh([
          seite("a", [text("name"), text("name")]),
          seite("a", [text("name"), { typ: "gruppe", id: "g", label: L, felder: [text("name")] }]),
        ]),
      ),
    );
    expect(f.map((e) => [e.pfad, e.code])).toEqual([
      ["seiten.0.felder.1.id", "id.doppelt"],
      ["seiten.1.id", "id.doppelt"],
      ["seiten.1.felder.0.id", "id.doppelt"],
    ]);
  });

  it("refuses bad, long and risky patterns and a pattern without a hint", () => {
    const hinweis = { musterHinweis: L };
    const f = fehlerVon(
      pruefeDefinition(
        roh([
          seite("a", [
            text("a", { muster: "[a-", ...hinweis }),
            text("b", { muster: "a".repeat(201), ...hinweis }),
            text("c", { muster: "(a+)+b", ...hinweis }),
            text("d", { muster: "[0-9]{5}" }),
          ]),
        ]),
      ),
    );
    expect(f.map((e) => [e.pfad, e.code])).toEqual([
      ["seiten.0.felder.0.muster", "muster.ungueltig"],
      ["seiten.0.felder.1.muster", "muster.zulang"],
      ["seiten.0.felder.2.muster", "muster.riskant"],
      ["seiten.0.felder.3.musterHinweis", "muster.hinweisFehlt"],
    ]);
  });

  it("refuses min > max for lengths, numbers, amounts, dates, times and repeats", () => {
    const f = fehlerVon(
      pruefeDefinition(
        roh([
          seite("a", [
            text("t", { minLaenge: 10, maxLaenge: 5 }),
            { typ: "ganzzahl", id: "g", label: L, min: 5, max: 1 },
            { typ: "betrag", id: "b", label: L, waehrung: "EUR", min: 500, max: 100 },
            { typ: "datum", id: "d", label: L, min: "2025-01-02", max: "2025-01-01" },
            { typ: "datum", id: "d2", label: L, min: "heute+5", max: "heute" },
            { typ: "datum", id: "d3", label: L, min: "heute", max: "2000-01-01" },
            { typ: "zeit", id: "z", label: L, min: "18:00", max: "08:00" },
            { typ: "wiederholung", id: "w", label: L, min: 3, max: 2, felder: [text("x")] },
          ]),
        ]),
      ),
    );
    expect(f.map((e) => e.pfad)).toEqual([
      "seiten.0.felder.0.minLaenge",
      "seiten.0.felder.1.min",
      "seiten.0.felder.2.min",
      "seiten.0.felder.3.min",
      "seiten.0.felder.4.min",
      // d3 mixes a relative and a fixed bound: not comparable once and for all, so allowed.
      "seiten.0.felder.6.min",
      "seiten.0.felder.7.min",
    ]);
    expect(new Set(f.map((e) => e.code))).toEqual(new Set(["grenzen.vertauscht"]));
  });

  it("checks code lists, file limits, date bounds and prefill", () => {
    const f = fehlerVon(
      pruefeDefinition(
        roh(
          [
            seite("a", [
              { typ: "auswahl", id: "a", label: L, codeliste: "fehlt" },
              {
                typ: "datei",
                id: "d",
                label: L,
                maxBytes: 21 * 1024 * 1024,
                medientypen: ["application/pdf"],
              },
              { typ: "datum", id: "t", label: L, max: "morgen" },
              text("v", { vorbelegung: "optional" }),
              { typ: "ganzzahl", id: "g", label: L, vorbelegung: "pflicht", profilFeld: "plz" },
            ]),
          ],
          {
            leer: [],
            doppelt: [
              { code: "x", label: L },
              { code: "x", label: L },
            ],
          },
        ),
      ),
    );
    expect(f.map((e) => [e.pfad, e.code])).toEqual([
      ["codelisten.leer", "codeliste.leer"],
      ["codelisten.doppelt.1.code", "codeliste.doppelt"],
      ["seiten.0.felder.0.codeliste", "codeliste.unbekannt"],
      ["seiten.0.felder.1.maxBytes", "datei.limit"],
      ["seiten.0.felder.2.max", "datum.grenze"],
      ["seiten.0.felder.3.profilFeld", "vorbelegung.profilFeld"],
      ["seiten.0.felder.4.profilFeld", "vorbelegung.typ"],
    ]);
  });

  it("resolves conditions in repeats to the same row, refuses paths into a repeat from outside and nested repeats", () => {
    const wdh = {
      typ: "wiederholung",
      id: "hunde",
      label: L,
      min: 1,
      max: 5,
      felder: [
        { typ: "wahrheitswert", id: "gefaehrlich", label: L },
        text("erlaubnis", { bedingung: { feld: "gefaehrlich", ist: true } }),
        { typ: "wiederholung", id: "innen", label: L, min: 0, max: 2, felder: [text("x")] },
      ],
    };
    const f = fehlerVon(
      pruefeDefinition(
        roh([
          seite("a", [
            wdh,
            text("danach", { bedingung: { feld: "hunde.gefaehrlich", ist: true } }),
          ]),
        ]),
      ),
    );
    expect(f.map((e) => [e.pfad, e.code])).toEqual([
      ["seiten.0.felder.0.felder.2.typ", "wiederholung.verschachtelt"],
      ["seiten.0.felder.1.bedingung.feld", "bedingung.wiederholung"],
    ]);
  });

  it("accepts paths into groups and checks the compared values against the field", () => {
    const gruppe = {
      typ: "gruppe",
      id: "hund",
      label: L,
      felder: [
        { typ: "wahrheitswert", id: "gefaehrlich", label: L },
        { typ: "auswahl", id: "farbe", label: L, codeliste: "farben" },
      ],
    };
    const farben = { farben: [{ code: "rot", label: L }] };
    expect(
      pruefeDefinition(
        roh(
          [
            seite("a", [gruppe]),
            seite("b", [text("x")], { bedingung: { feld: "hund.gefaehrlich", ist: true } }),
          ],
          farben,
        ),
      ).ok,
    ).toBe(true);
    const f = fehlerVon(
      pruefeDefinition(
        roh(
          [
            seite("a", [gruppe]),
            seite("b", [text("x")], {
              bedingung: {
                alle: [
                  { feld: "hund.gefaehrlich", ist: "ja" },
                  { feld: "hund.farbe", in: ["rot", "blau"] },
                  { feld: "hund", ist: "x" },
                  { feld: "hund.gibtsnicht", ausgefuellt: true },
                ],
              },
            }),
          ],
          farben,
        ),
      ),
    );
    expect(f.map((e) => [e.pfad, e.code])).toEqual([
      ["seiten.1.bedingung.alle.0.ist", "bedingung.wert"],
      ["seiten.1.bedingung.alle.1.in.1", "bedingung.wert"],
      ["seiten.1.bedingung.alle.2.feld", "bedingung.typ"],
      ["seiten.1.bedingung.alle.3.feld", "bedingung.unbekannt"],
    ]);
  });

  it("allows only ausgefuellt on a file field", () => {
    const datei = {
      typ: "datei",
      id: "d",
      label: L,
      maxBytes: 1000,
      medientypen: ["application/pdf"],
    };
    const mit = (bedingung: unknown) =>
      pruefeDefinition(roh([seite("a", [datei, text("x", { bedingung })])]));
    expect(mit({ feld: "d", ausgefuellt: true }).ok).toBe(true);
    expect(fehlerVon(mit({ feld: "d", ist: "a.pdf" }))[0]).toMatchObject({ code: "bedingung.typ" });
  });

  it("reports shape errors with their path and refuses absurdly deep JSON", () => {
    const f = fehlerVon(pruefeDefinition(roh([seite("a", [{ typ: "farbe", id: "x", label: L }])])));
    expect(f[0]).toMatchObject({ pfad: "seiten.0.felder.0.typ", code: "schema" });
    const g = fehlerVon(pruefeDefinition({ ...roh([seite("1a", [text("x.y")])]), version: 0 }));
    expect(g.map((e) => e.pfad)).toEqual(
      expect.arrayContaining(["version", "seiten.0.id", "seiten.0.felder.0.id"]),
    );
    let tief: unknown = { feld: "x", ist: "y" };
    for (let i = 0; i < 100; i++) tief = { nicht: tief };
    const h = fehlerVon(
      pruefeDefinition(roh([seite("a", [text("x"), text("y", { bedingung: tief })])])),
    );
    expect(h[0]!.code).toBe("schema");
    expect(fehlerVon(pruefeDefinition("kein Objekt"))[0]!.code).toBe("schema");
  });

  it("has a German and an English message for every code it returns", () => {
    for (const code of [
      "id.doppelt",
      "bedingung.unbekannt",
      "bedingung.spaeter",
      "bedingung.wiederholung",
      "bedingung.typ",
      "bedingung.wert",
      "codeliste.unbekannt",
      "codeliste.leer",
      "codeliste.doppelt",
      "grenzen.vertauscht",
      "datum.grenze",
      "muster.zulang",
      "muster.ungueltig",
      "muster.riskant",
      "muster.hinweisFehlt",
      "datei.limit",
      "vorbelegung.profilFeld",
      "vorbelegung.typ",
      "wiederholung.verschachtelt",
      "schema",
      // answers
      "pflicht",
      "text.zuKurz",
      "text.zuLang",
      "text.muster",
      "text.zeichen",
      "text.zeilenumbruch",
      "datum.format",
      "datum.zuFrueh",
      "datum.zuSpaet",
      "zeit.format",
      "zeit.zuFrueh",
      "zeit.zuSpaet",
      "zahl.format",
      "ganzzahl.format",
      "zahl.zuKlein",
      "zahl.zuGross",
      "betrag.format",
      "wahrheitswert.format",
      "auswahl.unbekannt",
      "auswahl.mehrere",
      "datei.format",
      "datei.typ",
      "datei.zugross",
      "wiederholung.zuWenige",
      "wiederholung.zuViele",
      "wert.typ",
      "seite.unbekannt",
      "verworfen.entfernt",
      "verworfen.typ",
      "verworfen.regel",
      "verworfen.codeliste",
    ]) {
      expect(hatFehlerText(code), code).toBe(true);
      expect(fehlerText(code, "de")).not.toBe(fehlerText(code, "en"));
    }
    expect(fehlerText("bedingung.unbekannt", "de", { feld: "hund.x" })).toBe(
      "Die Bedingung verweist auf das Feld „hund.x“, das es nicht gibt.",
    );
  });
});

describe("pruefeDefinition: gebuehr (fee policy)", () => {
  const gebuehr = {
    betragCent: 3070,
    bezeichnung: { de: "Gebühr", en: "Fee" },
    zeitpunkt: "vor-einreichung",
    zahlungsarten: ["sepa_debit", "bank_transfer"],
    haushaltsstelle: "1.2.2.0.01.432100",
  };
  const mit = (g: unknown) =>
    pruefeDefinition({ ...roh([seite("a", [text("name")])]), gebuehr: g });
  const details = (g: unknown) => fehlerVon(mit(g)).map((f) => `${f.pfad}: ${f.werte?.detail}`);

  it("accepts a fee and keeps it; without one the form is free", () => {
    const r = mit(gebuehr);
    expect(r.ok && r.definition.gebuehr).toEqual(gebuehr);
    const frei = pruefeDefinition(roh([seite("a", [text("name")])]));
    expect(frei.ok && frei.definition.gebuehr).toBeUndefined();
  });

  it("refuses amounts that are not whole cents between 1 and 99 999 999", () => {
    expect(details({ ...gebuehr, betragCent: 30.7 })).toEqual([
      "gebuehr.betragCent: Gebühr: Betrag in ganzen Cent angeben (30,70 EUR = 3070)",
    ]);
    expect(details({ ...gebuehr, betragCent: 0 })[0]).toContain("mindestens 1 Cent");
    expect(details({ ...gebuehr, betragCent: 100_000_000 })[0]).toContain("höchstens 99999999");
    expect(mit({ ...gebuehr, betragCent: 99_999_999 }).ok).toBe(true);
  });

  it("refuses an unknown time, no, unknown or repeated payment methods", () => {
    expect(details({ ...gebuehr, zeitpunkt: "sofort" })[0]).toContain("vor-einreichung");
    expect(details({ ...gebuehr, zahlungsarten: [] })[0]).toContain("mindestens eine Zahlungsart");
    expect(details({ ...gebuehr, zahlungsarten: ["card"] })[0]).toContain("sepa_debit");
    expect(details({ ...gebuehr, zahlungsarten: ["sepa_debit", "sepa_debit"] })[0]).toContain(
      "nur einmal",
    );
    expect(mit({ ...gebuehr, zahlungsarten: ["bank_transfer"] }).ok).toBe(true);
  });

  it("needs both languages, a Haushaltsstelle of at most 50 characters and no unknown keys", () => {
    expect(details({ ...gebuehr, bezeichnung: { de: "Gebühr", en: " " } })[0]).toContain(
      "Englisch",
    );
    expect(details({ ...gebuehr, haushaltsstelle: "x".repeat(51) })[0]).toContain("50 Zeichen");
    const { haushaltsstelle: _, ...ohne } = gebuehr;
    expect(mit(ohne).ok).toBe(true);
    expect(fehlerVon(mit({ ...gebuehr, waehrung: "USD" }))[0]?.pfad).toBe("gebuehr");
  });
});
