import {
  leistungSchema,
  organisationseinheitSchema,
  webhookEventSchema,
} from "@portal/cms-client/schemas";
import { describe, expect, it } from "vitest";
import { toLeistungVersion, toOrganisationseinheitVersion } from "../src/services/sync.ts";

// A document as Strapi 5's REST API returns it (flat, with documentId and populated components).
const strapiLeistung = {
  id: 2,
  documentId: "rgewrc9wd7pljoz1jzmyun4u",
  titel: "Personalausweis beantragen",
  slug: "personalausweis-beantragen",
  leikaSchluessel: "99008001012000",
  bezeichnung: "Personalausweis Ausstellung",
  kurztext: "Deutsche ab 16 Jahren müssen einen gültigen Ausweis besitzen.",
  volltext: "Der Personalausweis …",
  voraussetzungen: null,
  unterlagen: "- Lichtbild",
  zahlungshinweis: "",
  fristen: null,
  bearbeitungsdauer: "2 bis 4 Wochen",
  verfahrensablauf: null,
  hinweise: null,
  suchbegriffe: "Perso, Ausweis",
  locale: "de",
  gebuehren: [
    {
      id: 1,
      bezeichnung: "ab 24 Jahren",
      betrag: "46.00",
      betragVon: null,
      betragBis: null,
      rechtsgrundlage: "PAuswGebV",
      hinweis: null,
    },
  ],
  rechtsgrundlagen: [
    { id: 1, titel: "§ 9 PAuswG", url: "https://www.gesetze-im-internet.de/pauswg/__9.html" },
  ],
  weiterfuehrendeInformationen: [],
  formulare: [{ id: 1, titel: "Online-Ausweis", url: "https://example.org", art: "unbekannt" }],
  zustaendigkeit: {
    id: 1,
    ebene: "verwaltungsgemeinschaft",
    organisationseinheit: null,
    ausnahmen: [],
  },
  freigabe: { id: 1, freigegebenDurch: "Portalredaktion", freigegebenAm: "2026-11-28" },
  lebenslagen: [{ id: 4, documentId: "lz8sepdjqkjqcbav5g0ivmgy", slug: "ausweise-und-dokumente" }],
};

describe("leistungSchema", () => {
  it("parses a Strapi document and the mapping keeps every module", () => {
    const version = toLeistungVersion(leistungSchema.parse(strapiLeistung));
    expect(version).toMatchObject({
      documentId: "rgewrc9wd7pljoz1jzmyun4u",
      slug: "personalausweis-beantragen",
      suchbegriffe: "Perso, Ausweis",
      lebenslagen: ["lz8sepdjqkjqcbav5g0ivmgy"],
      zustaendigkeit: { ebene: "verwaltungsgemeinschaft", ausnahmen: [] },
    });
    expect(version.module.gebuehren[0]?.betrag).toBe(46);
    expect(version.module.zahlungshinweis).toBeNull(); // empty text is no text
    expect(version.module.formulare[0]?.art).toBe("formular"); // unknown kinds fall back
  });

  it("rejects what the read model cannot hold", () => {
    expect(leistungSchema.safeParse({ ...strapiLeistung, leikaSchluessel: "123" }).success).toBe(
      false,
    );
    expect(leistungSchema.safeParse({ ...strapiLeistung, slug: "<script>" }).success).toBe(false);
    expect(
      leistungSchema.safeParse({
        ...strapiLeistung,
        zustaendigkeit: { ebene: "bund", ausnahmen: [] },
      }).success,
    ).toBe(false);
  });
});

describe("organisationseinheitSchema", () => {
  it("accepts an authority with a Postfach and no opening hours", () => {
    const o = organisationseinheitSchema.parse({
      documentId: "x",
      schluessel: "gv-14612000",
      name: "Stadtverwaltung Dresden",
      art: "stadtverwaltung",
      gemeindeAgs: "14612000",
      gebietArs: "146120000000",
      anschriften: [
        { typ: "postfach", postfach: "12 00 20", plz: "01001", ort: "Dresden", strasse: null },
      ],
      oeffnungszeiten: null,
      lat: 51.05,
      lon: 13.74,
    });
    expect(o.oeffnungszeiten).toEqual([]);
    expect(o.anschriften[0]?.typ).toBe("postfach");
  });

  it("keeps only numbers in the phone and fax fields of the read model", () => {
    const o = organisationseinheitSchema.parse({
      documentId: "x",
      schluessel: "gv-14626110",
      name: "Stadtverwaltung Görlitz",
      art: "stadtverwaltung",
      gebietArs: "146260110110",
      telefon: " 03581  670 ",
      telefax: "03581 kein Anschluss",
      lat: 51.15,
      lon: 14.99,
    });
    expect(toOrganisationseinheitVersion(o)).toMatchObject({
      telefon: "03581 670",
      telefax: null,
    });
  });
});

describe("webhookEventSchema", () => {
  it("reads Strapi's entry events and rejects other shapes", () => {
    const event = webhookEventSchema.parse({
      event: "entry.publish",
      model: "leistung",
      entry: { id: 1, documentId: "abc", locale: "de" },
    });
    expect(event.entry?.documentId).toBe("abc");
    expect(webhookEventSchema.safeParse({ hello: "world" }).success).toBe(false);
  });
});
