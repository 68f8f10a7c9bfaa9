/**
 * The test identities of the simulated eID service, modelled on the BSI test ID cards (the
 * "Erika Mustermann" Personalausweis of the eID test PKI): the attributes an eID server reads
 * from the chip (PAuswG § 18 with § 5 PAuswV) and the assurance level the card yields. The
 * addresses are real Saxon streets and postal codes with their municipality's AGS (checked
 * against sachsen_plz_gemeinde.csv of the project's reference data); the house numbers and the
 * people are invented.
 */

/** An eIDAS assurance level as the eID service reports it (eIDAS Regulation Art. 8). */
export type Niveau = "substanziell" | "hoch";

/** The eIDAS level-of-assurance URIs, as Governikus Autent ID Connect and BundID send `acr`. */
export const ACR = {
  hoch: "http://eidas.europa.eu/LoA/high",
  substanziell: "http://eidas.europa.eu/LoA/substantial",
} as const satisfies Record<Niveau, string>;

export type Testidentitaet = {
  /** Short key, used in the login form and by tests to pick an identity. */
  schluessel: string;
  /** What kind of card the identity stands for (shown on the login screen). */
  dokument: string;
  vornamen: string;
  familienname: string;
  geburtsname: string | null;
  /** ISO 8601 date (YYYY-MM-DD). */
  geburtsdatum: string;
  geburtsort: string | null;
  /** ICAO 9303 code as on the chip: "D" for Germany, three letters otherwise. */
  staatsangehoerigkeit: string;
  /** Null when the card carries no address (foreign eIDAS cards release only the minimum data set). */
  anschrift: { strasse: string; plz: string; ort: string; ags: string } | null;
  /**
   * The card's restricted identification (a service-specific pseudonym, hex). The simulator
   * derives the `sub` of each client from it, as the real eID server derives one per service.
   */
  pseudonym: string;
  niveau: Niveau;
};

export const IDENTITAETEN: readonly Testidentitaet[] = [
  {
    schluessel: "erika",
    dokument: "Personalausweis",
    vornamen: "Erika",
    familienname: "Mustermann",
    geburtsname: "Gabler",
    geburtsdatum: "1964-08-12",
    geburtsort: "Berlin",
    staatsangehoerigkeit: "D",
    anschrift: {
      strasse: "Königsbrücker Straße 17",
      plz: "01099",
      ort: "Dresden",
      ags: "14612000",
    },
    pseudonym: "6da935c61da68dae64fa5e4cc198d936380bd86c6df99e43c57ed96204de6813",
    niveau: "hoch",
  },
  {
    schluessel: "max",
    dokument: "Personalausweis",
    vornamen: "Max Ludwig",
    familienname: "Mustermann",
    geburtsname: null,
    geburtsdatum: "1989-02-28",
    geburtsort: "Leipzig",
    staatsangehoerigkeit: "D",
    anschrift: { strasse: "Augustusplatz 9", plz: "04109", ort: "Leipzig", ags: "14713000" },
    pseudonym: "0bd925b58acc19434237ed107827a16285980dea5a6d58f3a51f51f2d98e9b10",
    niveau: "hoch",
  },
  {
    schluessel: "anna",
    dokument: "Personalausweis",
    vornamen: "Anna-Lena",
    familienname: "Schulze-Weber",
    geburtsname: "Weber",
    geburtsdatum: "2001-11-03",
    geburtsort: "Karl-Marx-Stadt",
    staatsangehoerigkeit: "D",
    anschrift: {
      strasse: "Straße der Nationen 33",
      plz: "09111",
      ort: "Chemnitz",
      ags: "14511000",
    },
    pseudonym: "ebc2c042fd2d3df2b60bda5fd19b1d631ff7460e295ae0fd1d990266b6ec1de6",
    niveau: "hoch",
  },
  {
    schluessel: "juergen",
    dokument: "Personalausweis",
    vornamen: "Jürgen",
    familienname: "Nößler",
    geburtsname: null,
    geburtsdatum: "1952-05-01",
    geburtsort: "Zittau",
    staatsangehoerigkeit: "D",
    // Kurort Oybin, Landkreis Görlitz: a small municipality in a Verwaltungsgemeinschaft.
    anschrift: { strasse: "Hauptstraße 5", plz: "02797", ort: "Oybin", ags: "14626430" },
    pseudonym: "7498bef8f34b0d0d046fe127f53315c02ac933381044ef86f2d0002e6cf65235",
    niveau: "hoch",
  },
  {
    schluessel: "olena",
    dokument: "Elektronischer Aufenthaltstitel",
    vornamen: "Olena",
    familienname: "Kovalenko",
    geburtsname: "Bondarenko",
    geburtsdatum: "1993-07-19",
    geburtsort: "Kyjiw",
    staatsangehoerigkeit: "UKR",
    // Radebeul: a Große Kreisstadt in the Landkreis Meißen.
    anschrift: { strasse: "Meißner Straße 12", plz: "01445", ort: "Radebeul", ags: "14627210" },
    pseudonym: "d25f518700a471d49700fe830fc23f5e712a110080b86109925ec9f2e31e7cd1",
    niveau: "hoch",
  },
  {
    schluessel: "giulia",
    dokument: "Ausländische eID (eIDAS-notifiziert, Niveau substanziell)",
    vornamen: "Giulia",
    familienname: "Rossi",
    geburtsname: null,
    geburtsdatum: "1990-03-15",
    geburtsort: null,
    staatsangehoerigkeit: "ITA",
    // Over the eIDAS node only the minimum data set arrives: no address, no place of birth.
    anschrift: null,
    pseudonym: "6ce5b94aa56ec9e42c4843422d7b27ace779cdc5c3ba1990cbcfb907bc91587a",
    niveau: "substanziell",
  },
];

export function findeIdentitaet(schluessel: string): Testidentitaet | undefined {
  return IDENTITAETEN.find((i) => i.schluessel === schluessel);
}

export function findeIdentitaetNachPseudonym(pseudonym: string): Testidentitaet | undefined {
  return IDENTITAETEN.find((i) => i.pseudonym === pseudonym);
}

/** The claims the simulator can release, in the order the consent screen lists them. */
export const CLAIMS = [
  "given_name",
  "family_name",
  "birth_name",
  "birthdate",
  "place_of_birth",
  "nationality",
  "address",
] as const;
export type Claim = (typeof CLAIMS)[number];

/** How the consent screen names each claim (German first, English second). */
export const CLAIM_NAMEN: Record<Claim, { de: string; en: string }> = {
  given_name: { de: "Vornamen", en: "Given names" },
  family_name: { de: "Familienname", en: "Family name" },
  birth_name: { de: "Geburtsname", en: "Birth name" },
  birthdate: { de: "Geburtsdatum", en: "Date of birth" },
  place_of_birth: { de: "Geburtsort", en: "Place of birth" },
  nationality: { de: "Staatsangehörigkeit", en: "Nationality" },
  address: { de: "Anschrift (mit Gemeindeschlüssel)", en: "Address (with municipality key)" },
};

/**
 * The OpenID Connect claims of an identity. `address` is the OIDC Core § 5.1.1 address claim
 * with the AGS added; `place_of_birth` follows OpenID Connect for Identity Assurance (an object
 * with `locality`). Claims the card does not carry are left out rather than sent empty.
 */
export function claimsVon(identitaet: Testidentitaet): Partial<Record<Claim, unknown>> {
  const { anschrift } = identitaet;
  return {
    given_name: identitaet.vornamen,
    family_name: identitaet.familienname,
    ...(identitaet.geburtsname ? { birth_name: identitaet.geburtsname } : {}),
    birthdate: identitaet.geburtsdatum,
    ...(identitaet.geburtsort ? { place_of_birth: { locality: identitaet.geburtsort } } : {}),
    nationality: identitaet.staatsangehoerigkeit,
    ...(anschrift
      ? {
          address: {
            street_address: anschrift.strasse,
            postal_code: anschrift.plz,
            locality: anschrift.ort,
            country: "DE",
            ags: anschrift.ags,
          },
        }
      : {}),
  };
}
