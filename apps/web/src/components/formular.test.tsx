// @vitest-environment jsdom
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { de as aktionDe } from "@/i18n/aktion/de";
import { de as allgemein } from "@/i18n/allgemein/de";
import { Formular, type FormularFeld, type FormularTexte } from "./formular";

const texte: FormularTexte = {
  errorSummary: allgemein.errorSummary,
  errorPrefix: allgemein.errorPrefix,
  successPrefix: allgemein.successPrefix,
  nichtGesendet: aktionDe.nichtGesendet,
  senden: "Absenden",
};
const aktion = async () => ({
  ok: false as const,
  reason: "invalid" as const,
  errors: {},
  values: {},
});
const parse = (html: string) => new DOMParser().parseFromString(html, "text/html");
const render = (props: Partial<Parameters<typeof Formular>[0]> = {}) =>
  parse(renderToStaticMarkup(<Formular lang="de" aktion={aktion} texte={texte} {...props} />));

const felder: FormularFeld[] = [
  {
    art: "eingabe",
    name: "email",
    label: "E-Mail-Adresse",
    type: "email",
    autoComplete: "email",
    hint: "An diese Adresse",
  },
  {
    art: "eingabe",
    name: "passwort",
    label: "Passwort",
    type: "password",
    autoComplete: "new-password",
  },
  {
    art: "eingabe",
    name: "code",
    label: "Code",
    type: "text",
    autoComplete: "one-time-code",
    inputMode: "numeric",
    maxLength: 10,
  },
  { art: "eingabe", name: "vorname", label: "Vorname", type: "text", autoComplete: "given-name" },
  {
    art: "eingabe",
    name: "plz",
    label: "Postleitzahl",
    type: "text",
    autoComplete: "postal-code",
    inputMode: "numeric",
  },
  {
    art: "auswahl",
    name: "rolle",
    label: "Rolle",
    hint: "Inhaber verwalten die Mitglieder",
    options: [
      { value: "mitglied", label: "Mitglied" },
      { value: "inhaber", label: "Inhaber" },
    ],
  },
  { art: "text", name: "text", label: "Nachricht" },
];

describe("Formular", () => {
  it("renders each kind of field with its label, hint and autocomplete token, all required", () => {
    const doc = render({ felder });
    const email = doc.querySelector<HTMLInputElement>("input#email");
    expect(email?.type).toBe("email");
    expect(email?.getAttribute("autocomplete")).toBe("email");
    expect(doc.querySelector('label[for="email"]')?.textContent).toBe("E-Mail-Adresse");
    expect(email?.getAttribute("aria-describedby")).toBe("email-hint");
    expect(doc.querySelector("#email-hint")?.textContent).toContain("An diese Adresse");

    const code = doc.querySelector<HTMLInputElement>("input#code");
    expect(code?.getAttribute("inputmode")).toBe("numeric");
    expect(code?.maxLength).toBe(10);

    const select = doc.querySelector<HTMLSelectElement>("select#rolle");
    expect([...(select?.options ?? [])].map((o) => o.value)).toEqual(["mitglied", "inhaber"]);
    expect(select?.getAttribute("aria-describedby")).toBe("rolle-hint");
    const textarea = doc.querySelector<HTMLTextAreaElement>("textarea#text");
    expect(textarea?.rows).toBe(8);

    for (const name of ["email", "passwort", "code", "vorname", "plz", "rolle", "text"]) {
      expect(doc.querySelector(`[name="${name}"]`)?.hasAttribute("required"), name).toBe(true);
    }
    expect(doc.querySelector(".kern-label__optional")).toBeNull();
    expect(doc.querySelector('button[type="submit"]')?.textContent).toBe("Absenden");
  });

  it("turns spelling marks and capitals off for addresses, passwords and codes only", () => {
    const doc = render({ felder });
    for (const name of ["email", "passwort", "code"]) {
      const input = doc.querySelector(`input#${name}`);
      expect(input?.getAttribute("spellcheck"), name).toBe("false");
      expect(input?.getAttribute("autocapitalize"), name).toBe("none");
    }
    // A postcode has a digits keyboard too, but is no code: the browser's defaults stay.
    for (const name of ["vorname", "plz"]) {
      const input = doc.querySelector(`input#${name}`);
      expect(input?.hasAttribute("spellcheck"), name).toBe(false);
      expect(input?.hasAttribute("autocapitalize"), name).toBe(false);
    }
  });

  it("marks optional fields with the optional text instead of requiring them", () => {
    const doc = render({
      felder: [
        {
          art: "eingabe",
          name: "telefon",
          label: "Telefon",
          type: "tel",
          autoComplete: "tel",
          optional: true,
        },
        { art: "eingabe", name: "betreff", label: "Betreff", type: "text", autoComplete: "off" },
      ],
      optionalText: "(freiwillig)",
    });
    const telefon = doc.querySelector<HTMLInputElement>("input#telefon");
    expect(telefon?.type).toBe("tel");
    expect(telefon?.hasAttribute("required")).toBe(false);
    expect(telefon?.hasAttribute("spellcheck")).toBe(false);
    expect(doc.querySelector('label[for="telefon"]')?.textContent).toBe("Telefon (freiwillig)");
    expect(doc.querySelector("input#betreff")?.hasAttribute("required")).toBe(true);
    expect(doc.querySelector('label[for="betreff"]')?.textContent).toBe("Betreff");
  });

  it("sends the page language and the page's hidden values; without fields it is a button", () => {
    const doc = render({ lang: "en", versteckt: { token: "abc123", zurueck: "/en/konto" } });
    const hidden = [...doc.querySelectorAll<HTMLInputElement>('form input[type="hidden"]')].map(
      (i) => [i.name, i.value],
    );
    expect(hidden).toEqual([
      ["sprache", "en"],
      ["token", "abc123"],
      ["zurueck", "/en/konto"],
    ]);
    expect(doc.querySelectorAll("input:not([type=hidden]), select, textarea")).toHaveLength(0);
    const button = doc.querySelector('button[type="submit"]');
    expect(button?.classList.contains("kern-btn--primary")).toBe(true);
  });

  it("gives a secondary button when asked (a lesser action in a table row)", () => {
    const doc = render({ sekundaer: true });
    const button = doc.querySelector('button[type="submit"]');
    expect(button?.classList.contains("kern-btn--secondary")).toBe(true);
    expect(button?.classList.contains("kern-btn--primary")).toBe(false);
  });

  it("shows the values known before the first submission, and nothing without them", () => {
    const leer = render({ felder });
    expect(leer.querySelector<HTMLInputElement>("input#vorname")?.value).toBe("");
    expect(leer.querySelector<HTMLSelectElement>("select#rolle")?.value).toBe("mitglied");

    const doc = render({
      felder,
      werte: { vorname: "Erika", rolle: "inhaber", text: "Guten Tag" },
    });
    expect(doc.querySelector<HTMLInputElement>("input#vorname")?.value).toBe("Erika");
    expect(doc.querySelector<HTMLSelectElement>("select#rolle")?.value).toBe("inhaber");
    expect(doc.querySelector<HTMLTextAreaElement>("textarea#text")?.value).toBe("Guten Tag");
    expect(doc.querySelector<HTMLInputElement>("input#passwort")?.value).toBe("");
  });
});
