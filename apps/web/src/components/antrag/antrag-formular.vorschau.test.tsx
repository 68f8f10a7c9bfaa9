// @vitest-environment jsdom
import { meldebescheinigung } from "@portal/forms/beispiele";
import { vorschauVon } from "@portal/forms/regeln";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { de } from "@/i18n/antrag/de";
import { AntragFormular } from "./antrag-formular";

// The runner's page form in the editor's preview mode: the same fields, locked, with conditions.

const parse = (html: string) => new DOMParser().parseFromString(html, "text/html");
const vorschau = vorschauVon(meldebescheinigung, "de");

function render(seiteId: string) {
  const seite = vorschau.seiten.find((s) => s.id === seiteId);
  return parse(
    renderToStaticMarkup(
      <AntragFormular
        lang="de"
        def={meldebescheinigung}
        seiteId={seiteId}
        versteckt={{}}
        eingabe={{}}
        fehler={[]}
        antworten={{}}
        zeilen={{}}
        texte={{ ...de, zeile: de.zeile }}
        aktion=""
        zurueck={false}
        titelId="t"
        vorschau={{ bedingungen: seite?.feldBedingungen ?? {}, legende: "Felder" }}
      />,
    ),
  );
}

describe("a page of the form in the preview", () => {
  it("shows every field, locked, without a form or buttons", () => {
    const doc = render("zustellung");
    expect(doc.querySelector("form")).toBeNull();
    expect(doc.querySelector("button")).toBeNull();
    const fieldset = doc.querySelector("fieldset.portal-vorschau-felder");
    expect(fieldset?.hasAttribute("disabled")).toBe(true);
    expect(fieldset?.querySelector("legend")?.textContent).toBe("Felder");
    // Conditional questions are shown (not hidden), each with its condition in words.
    for (const pfad of ["anzahl", "andereAnschrift", "anschrift"]) {
      expect(doc.querySelector(`[data-feld="${pfad}"]`)?.hasAttribute("hidden")).toBe(false);
    }
    expect(doc.querySelector('[data-bedingung="andereAnschrift"]')?.textContent).toBe(
      "nur wenn „Zustellung“ = „Per Post“",
    );
    // The code list's labels are the radios' labels.
    const labels = [...doc.querySelectorAll("label")].map((l) => l.textContent?.trim());
    expect(labels).toContain("Abholung im Bürgerbüro");
  });

  it("shows help texts", () => {
    const seite = meldebescheinigung.seiten.find((s) => s.felder.some((f) => f.hilfe));
    const hilfe = seite?.felder.find((f) => f.hilfe)?.hilfe?.de;
    expect(hilfe).toBeTruthy();
    const doc = render(seite?.id ?? "");
    expect(doc.body.textContent).toContain(hilfe);
  });
});
