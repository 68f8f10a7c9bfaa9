// @vitest-environment jsdom
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { de } from "@/i18n/datenschutz/de";
import { LoeschFormular, type LoeschFormularTexte } from "./loesch-formular";

const l = de.loeschen;
const texte: LoeschFormularTexte = {
  errorSummary: "Es gibt ein Problem",
  errorPrefix: "Fehler:",
  successPrefix: "Erfolg:",
  nichtGesendet: "Nicht gesendet",
  senden: l.senden,
  warnungPrefix: l.warnungPrefix,
  warnungTitel: l.warnungTitel,
  warnung: l.warnung,
  passwort: l.passwort,
  passwortHinweis: l.passwortHinweis,
  bestaetigungFrage: l.bestaetigungFrage,
  bestaetigungHinweis: l.bestaetigungHinweis,
  bestaetigung: l.bestaetigung,
};
const aktion = async () => ({
  ok: false as const,
  reason: "invalid" as const,
  errors: {},
  values: {},
});
const parse = (html: string) => new DOMParser().parseFromString(html, "text/html");

describe("LoeschFormular", () => {
  it("asks for the current password with its label and hint, and names the button after what it does", () => {
    const doc = parse(
      renderToStaticMarkup(<LoeschFormular lang="de" aktion={aktion} mitPasswort texte={texte} />),
    );
    const feld = doc.querySelector<HTMLInputElement>("input#passwort");
    expect(feld?.type).toBe("password");
    expect(feld?.getAttribute("autocomplete")).toBe("current-password");
    expect(doc.querySelector('label[for="passwort"]')?.textContent).toContain(l.passwort);
    expect(feld?.getAttribute("aria-describedby")).toContain("passwort-hint");
    expect(doc.querySelector('input[type="checkbox"]')).toBeNull();
    expect(doc.querySelector('button[type="submit"]')?.textContent).toBe(l.senden);
    expect(doc.querySelector('input[name="sprache"]')?.getAttribute("value")).toBe("de");
    expect(doc.body.textContent).toContain(l.warnungTitel);
  });

  it("asks an account without a password to tick a box inside a fieldset with its question", () => {
    const doc = parse(
      renderToStaticMarkup(
        <LoeschFormular lang="de" aktion={aktion} mitPasswort={false} texte={texte} />,
      ),
    );
    expect(doc.querySelector("input#passwort")).toBeNull();
    const box = doc.querySelector<HTMLInputElement>('input[type="checkbox"]#bestaetigt');
    expect(box?.name).toBe("bestaetigt");
    expect(box?.value).toBe("ja");
    expect(doc.querySelector('label[for="bestaetigt"]')?.textContent).toBe(l.bestaetigung);
    expect(doc.querySelector("fieldset legend")?.textContent).toContain(l.bestaetigungFrage);
  });
});
