import type { Formulardefinition } from "../types.ts";
import { OPTIONAL, PFLICHT, personFelder } from "./gemeinsam.ts";

// Meldebescheinigung (certificate of residence): § 18 BMG. The simple certificate (Abs. 1) holds
// a fixed set of data; the extended one (Abs. 2) may hold further data of § 3 Abs. 1 BMG, so only
// that branch asks which.

export const meldebescheinigung: Formulardefinition = {
  schluessel: "meldebescheinigung",
  version: 1,
  titel: { de: "Meldebescheinigung beantragen", en: "Apply for a certificate of residence" },
  leistung: "meldebescheinigung",
  erklaerung: {
    de: "Ich versichere, dass meine Angaben richtig und vollständig sind und dass ich die Meldebescheinigung für mich selbst beantrage.",
    en: "I confirm that my answers are correct and complete and that I am applying for the certificate for myself.",
  },
  codelisten: {
    art: [
      {
        code: "einfach",
        label: { de: "Einfache Meldebescheinigung", en: "Simple certificate of residence" },
      },
      {
        code: "erweitert",
        label: { de: "Erweiterte Meldebescheinigung", en: "Extended certificate of residence" },
      },
    ],
    zusatzdaten: [
      {
        code: "staatsangehoerigkeit",
        label: { de: "Staatsangehörigkeit(en)", en: "Nationality or nationalities" },
      },
      { code: "familienstand", label: { de: "Familienstand", en: "Marital status" } },
      {
        code: "fruehereAnschriften",
        label: { de: "Frühere Anschriften", en: "Previous addresses" },
      },
      { code: "einzugsdatum", label: { de: "Datum des Einzugs", en: "Date of moving in" } },
      {
        code: "gesetzlicheVertreter",
        label: { de: "Gesetzliche Vertreter", en: "Legal representatives" },
      },
    ],
    zweck: [
      { code: "arbeitgeber", label: { de: "Für den Arbeitgeber", en: "For an employer" } },
      {
        code: "behoerde",
        label: { de: "Für eine Behörde oder ein Gericht", en: "For an authority or a court" },
      },
      { code: "eheschliessung", label: { de: "Für die Eheschließung", en: "For a marriage" } },
      {
        code: "vermieter",
        label: { de: "Für Vermieter oder Bank", en: "For a landlord or a bank" },
      },
      { code: "sonstiges", label: { de: "Anderer Zweck", en: "Another purpose" } },
    ],
    zustellung: [
      {
        code: "postfach",
        label: { de: "Elektronisch in mein Postfach", en: "Electronically to my Postfach" },
      },
      { code: "post", label: { de: "Per Post", en: "By post" } },
      {
        code: "abholung",
        label: { de: "Abholung im Bürgerbüro", en: "Collect at the citizens' office" },
      },
    ],
  },
  seiten: [
    {
      id: "art",
      titel: {
        de: "Welche Meldebescheinigung brauchen Sie?",
        en: "Which certificate do you need?",
      },
      felder: [
        {
          typ: "auswahl",
          id: "art",
          codeliste: "art",
          ...PFLICHT,
          label: { de: "Art der Meldebescheinigung", en: "Type of certificate" },
          hilfe: {
            de: "Die einfache Meldebescheinigung enthält nach § 18 Abs. 1 BMG Familienname, frühere Namen, Vornamen, Doktorgrad, Ordens- und Künstlername, Geburtsdatum und Geburtsort sowie Ihre derzeitigen Anschriften. Die erweiterte Meldebescheinigung (§ 18 Abs. 2 BMG) kann weitere Daten aus dem Melderegister enthalten, zum Beispiel Ihre Staatsangehörigkeit oder Ihren Familienstand.",
            en: "Under section 18(1) of the Federal Registration Act (BMG) the simple certificate shows your surname, former names, first names, doctoral degree, religious or stage name, date and place of birth and your current addresses. The extended certificate (section 18(2) BMG) can show further data from the register, for example your nationality or marital status.",
          },
        },
      ],
    },
    {
      id: "person",
      titel: { de: "Ihre Angaben", en: "About you" },
      felder: [
        ...personFelder(),
        {
          typ: "datum",
          id: "geburtsdatum",
          label: { de: "Geburtsdatum", en: "Date of birth" },
          pflicht: true,
          vorbelegung: "optional",
          profilFeld: "geburtsdatum",
          min: "1900-01-01",
          max: "heute",
        },
      ],
    },
    {
      id: "umfang",
      titel: { de: "Zusätzliche Daten", en: "Additional data" },
      bedingung: { feld: "art", ist: "erweitert" },
      felder: [
        {
          typ: "auswahl",
          id: "zusatzdaten",
          codeliste: "zusatzdaten",
          mehrfach: true,
          ...PFLICHT,
          label: {
            de: "Welche Daten soll die Bescheinigung zusätzlich enthalten?",
            en: "Which additional data should the certificate show?",
          },
          hilfe: {
            de: "Wählen Sie nur, was die anfragende Stelle verlangt.",
            en: "Only select what the body asking for the certificate requires.",
          },
        },
        {
          typ: "text",
          id: "zusatzSonstiges",
          mehrzeilig: true,
          maxLaenge: 500,
          ...OPTIONAL,
          label: { de: "Weitere Daten (optional)", en: "Other data (optional)" },
        },
      ],
    },
    {
      id: "zweck",
      titel: {
        de: "Wofür brauchen Sie die Bescheinigung?",
        en: "What do you need the certificate for?",
      },
      felder: [
        {
          typ: "auswahl",
          id: "zweck",
          codeliste: "zweck",
          ...OPTIONAL,
          label: { de: "Zweck", en: "Purpose" },
          hilfe: {
            de: "Die Angabe ist freiwillig und hilft dem Bürgerbüro, den passenden Umfang zu wählen.",
            en: "This is voluntary and helps the office choose the right content.",
          },
        },
        {
          typ: "text",
          id: "zweckSonstiges",
          maxLaenge: 200,
          ...PFLICHT,
          bedingung: { feld: "zweck", ist: "sonstiges" },
          label: { de: "Anderer Zweck", en: "Other purpose" },
        },
      ],
    },
    {
      id: "zustellung",
      titel: {
        de: "Wie möchten Sie die Bescheinigung erhalten?",
        en: "How would you like to receive it?",
      },
      felder: [
        {
          typ: "auswahl",
          id: "zustellung",
          codeliste: "zustellung",
          ...PFLICHT,
          label: { de: "Zustellung", en: "Delivery" },
        },
        {
          typ: "ganzzahl",
          id: "anzahl",
          min: 1,
          max: 5,
          ...PFLICHT,
          bedingung: { feld: "zustellung", in: ["post", "abholung"] },
          label: { de: "Anzahl der Ausfertigungen", en: "Number of copies" },
        },
        {
          typ: "wahrheitswert",
          id: "andereAnschrift",
          ...PFLICHT,
          bedingung: { feld: "zustellung", ist: "post" },
          label: {
            de: "Soll die Bescheinigung an eine andere Anschrift gehen?",
            en: "Should the certificate be sent to a different address?",
          },
        },
        {
          typ: "gruppe",
          id: "anschrift",
          ...OPTIONAL,
          bedingung: {
            alle: [
              { feld: "zustellung", ist: "post" },
              { feld: "andereAnschrift", ist: true },
            ],
          },
          label: { de: "Versandanschrift", en: "Postal address" },
          felder: [
            {
              typ: "text",
              id: "empfaenger",
              maxLaenge: 150,
              ...PFLICHT,
              label: { de: "Empfänger", en: "Recipient" },
            },
            {
              typ: "text",
              id: "strasse",
              maxLaenge: 150,
              ...PFLICHT,
              label: { de: "Straße und Hausnummer", en: "Street and house number" },
            },
            {
              typ: "text",
              id: "plz",
              maxLaenge: 10,
              ...PFLICHT,
              label: { de: "Postleitzahl", en: "Postcode" },
            },
            {
              typ: "text",
              id: "ort",
              maxLaenge: 100,
              ...PFLICHT,
              label: { de: "Ort", en: "Town or city" },
            },
          ],
        },
      ],
    },
  ],
};
