// @vitest-environment jsdom
import { hundesteuerAnmeldung, meldebescheinigung } from "@portal/forms/beispiele";
import { pruefeSeite } from "@portal/forms/regeln";
import type { Eingabe, Feldfehler, Formulardefinition } from "@portal/forms/types";
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { antragFormularTexte } from "@/i18n/antrag";
import { AntragFormular, nachpruefen } from "./antrag-formular";

// The runner's page form: the server-rendered state (without JavaScript) and the live
// revalidation after a page came back with errors (with JavaScript).

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const texte = antragFormularTexte("de");

/** The page's errors as the server computes them for this input. */
const fehlerVon = (def: Formulardefinition, seite: string, eingabe: Eingabe) =>
  pruefeSeite(def, seite, eingabe, "de").fehler;

function props(def: Formulardefinition, seite: string, eingabe: Eingabe, fehler: Feldfehler[]) {
  return {
    lang: "de" as const,
    def,
    seiteId: seite,
    versteckt: { sprache: "de", $formular: def.schluessel, $entwurf: "e", $seite: seite },
    eingabe,
    fehler,
    antworten: {},
    zeilen: {},
    texte,
    aktion: "/de/antrag/seite",
    zurueck: false,
    titelId: "seitentitel",
  };
}

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = "";
});

/** Server-rendered markup hydrated in the browser, as the page is with JavaScript. */
async function mitJs(p: ReturnType<typeof props>) {
  const container = document.createElement("div");
  document.body.append(container);
  container.innerHTML = renderToStaticMarkup(<AntragFormular {...p} />);
  await act(async () => {
    root = createRoot(container);
    root.render(<AntragFormular {...p} />);
  });
  return container;
}

/** Types into a text field as a user does: a new value and an `input` event. */
async function tippe(feld: HTMLInputElement, wert: string) {
  await act(async () => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
    setter?.call(feld, wert);
    feld.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

const summaryTexte = (c: HTMLElement) =>
  [...c.querySelectorAll("#fehleruebersicht li")].map((li) => li.textContent);

const halterLeer: Eingabe = {
  "halter.vorname": "",
  "halter.nachname": "Müller",
  "halter.strasse": "Hauptstraße 1",
  "halter.plz": "",
  "halter.ort": "Dresden",
  "halter.telefon": "",
};

describe("AntragFormular without JavaScript", () => {
  it("shows the step, the summary as an alert and the field errors with aria", () => {
    const fehler = fehlerVon(hundesteuerAnmeldung, "halter", halterLeer);
    expect(fehler.map((f) => f.feld)).toEqual(["halter.vorname", "halter.plz"]);
    const html = renderToStaticMarkup(
      <AntragFormular {...props(hundesteuerAnmeldung, "halter", halterLeer, fehler)} />,
    );
    const doc = new DOMParser().parseFromString(html, "text/html");
    expect(doc.querySelector("label[for=fortschritt]")?.textContent).toBe("Schritt 1 von 3");
    expect(doc.querySelector("progress")?.getAttribute("value")).toBe("1");
    expect(doc.querySelector("progress")?.getAttribute("max")).toBe("3");
    expect(doc.querySelector("#fehleruebersicht")?.getAttribute("role")).toBe("alert");
    const plz = doc.getElementById("feld-halter-plz");
    expect(plz?.getAttribute("aria-invalid")).toBe("true");
    expect(plz?.getAttribute("aria-describedby")).toContain("feld-halter-plz-error");
  });

  it("counts the second page of the dog form as step 2 of 3", () => {
    const html = renderToStaticMarkup(
      <AntragFormular {...props(hundesteuerAnmeldung, "hunde", {}, [])} />,
    );
    const doc = new DOMParser().parseFromString(html, "text/html");
    expect(doc.querySelector("label[for=fortschritt]")?.textContent).toBe("Schritt 2 von 3");
    expect(doc.getElementById("fehleruebersicht")).toBeNull();
  });
});

describe("AntragFormular with JavaScript: live revalidation", () => {
  it("updates, then removes a field's message and summary entry as it is corrected", async () => {
    document.title = "Fehler: Halterin oder Halter – Hund zur Hundesteuer anmelden";
    const fehler = fehlerVon(hundesteuerAnmeldung, "halter", halterLeer);
    const c = await mitJs(props(hundesteuerAnmeldung, "halter", halterLeer, fehler));
    const plz = c.querySelector<HTMLInputElement>("#feld-halter-plz");
    if (!plz) throw new Error("no PLZ field");
    expect(summaryTexte(c)).toHaveLength(2);

    // Still invalid: the current message, at the field and in the summary.
    await tippe(plz, "010");
    const muster = fehlerVon(hundesteuerAnmeldung, "halter", {
      ...halterLeer,
      "halter.plz": "010",
    }).find((f) => f.feld === "halter.plz")?.meldung;
    expect(muster).toBeTruthy();
    expect(muster).not.toBe(fehler[1]?.meldung);
    expect(c.querySelector("#feld-halter-plz-error")?.textContent).toContain(muster);
    expect(summaryTexte(c)).toContain(muster);
    // Corrections started: the summary is no longer a live region.
    expect(c.querySelector("#fehleruebersicht")?.getAttribute("role")).toBe("group");

    // Valid: message, aria and summary entry go.
    await tippe(plz, "01099");
    expect(c.querySelector("#feld-halter-plz-error")).toBeNull();
    expect(plz.hasAttribute("aria-invalid")).toBe(false);
    expect(plz.getAttribute("aria-describedby") ?? "").not.toContain("error");
    expect(summaryTexte(c)).toEqual([fehler[0]?.meldung]);
    expect(document.title.startsWith("Fehler: ")).toBe(true);

    // The last one: the summary and the title's prefix go.
    const vorname = c.querySelector<HTMLInputElement>("#feld-halter-vorname");
    if (!vorname) throw new Error("no first-name field");
    await tippe(vorname, "Zoë");
    expect(c.querySelector("#fehleruebersicht")).toBeNull();
    expect(vorname.hasAttribute("aria-invalid")).toBe(false);
    expect(document.title).toBe("Halterin oder Halter – Hund zur Hundesteuer anmelden");
    // What was typed is still there (the inputs are not re-created).
    expect(plz.value).toBe("01099");
  });

  it("shows no new error before a submit", async () => {
    const fehler = fehlerVon(hundesteuerAnmeldung, "halter", halterLeer);
    const c = await mitJs(props(hundesteuerAnmeldung, "halter", halterLeer, fehler));
    const ort = c.querySelector<HTMLInputElement>("#feld-halter-ort");
    const plz = c.querySelector<HTMLInputElement>("#feld-halter-plz");
    if (!ort || !plz) throw new Error("fields missing");
    // A field that had no error: emptied, it stays without one.
    await tippe(ort, "");
    expect(c.querySelector("#feld-halter-ort-error")).toBeNull();
    expect(summaryTexte(c)).toHaveLength(2);
    // A corrected field made invalid again: quiet until the page is sent.
    await tippe(plz, "01099");
    await tippe(plz, "0109");
    expect(c.querySelector("#feld-halter-plz-error")).toBeNull();
    expect(summaryTexte(c)).toHaveLength(1);
  });

  it("does not re-check on leaving a field", async () => {
    const fehler = fehlerVon(hundesteuerAnmeldung, "halter", halterLeer);
    const c = await mitJs(props(hundesteuerAnmeldung, "halter", halterLeer, fehler));
    const plz = c.querySelector<HTMLInputElement>("#feld-halter-plz");
    if (!plz) throw new Error("no PLZ field");
    // A value set without an input event (e.g. by a script) and then blur/change:
    await act(async () => {
      plz.focus();
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
      setter?.call(plz, "01099");
      plz.dispatchEvent(new FocusEvent("blur"));
      plz.dispatchEvent(new FocusEvent("focusout", { bubbles: true }));
    });
    expect(c.querySelector("#feld-halter-plz-error")).not.toBeNull();
  });

  it("removes the error of a question that an answer on the page hides", async () => {
    const eingabe: Eingabe = {
      "hunde~zeilen": "1",
      "hunde.0.name": "Bello",
      "hunde.0.rasse": "Mischling",
      "hunde.0.wurfdatum": "01.02.2020",
      "hunde.0.beginnHaltung": "01.01.2025",
      "hunde.0.gefaehrlich": "ja",
    };
    const fehler = fehlerVon(hundesteuerAnmeldung, "hunde", eingabe);
    expect(fehler.map((f) => f.feld)).toEqual(["hunde.0.nachweisArt", "hunde.0.nachweis"]);
    const c = await mitJs(props(hundesteuerAnmeldung, "hunde", eingabe, fehler));
    const nein = c.querySelector<HTMLInputElement>(
      'input[name="hunde.0.gefaehrlich"][value="nein"]',
    );
    if (!nein) throw new Error("no radio");
    await act(async () => nein.click());
    expect(c.querySelector("#fehleruebersicht")).toBeNull();
  });

  it("keeps a refused file's error, which only the server can check", () => {
    const alt: Feldfehler[] = [
      { feld: "hunde.0.nachweis", code: "datei.abgelehnt", meldung: "abgelehnt" },
      { feld: "hunde.0.name", code: "pflicht", meldung: "Name fehlt" },
    ];
    expect(nachpruefen(alt, "hunde.0.nachweis", () => [])).toEqual(alt);
    expect(nachpruefen(alt, "hunde.0.name", () => [])).toEqual([alt[0]]);
  });

  it("re-checks a repeatable group's own error when a row's field changes", () => {
    const alt: Feldfehler[] = [
      { feld: "hunde", code: "wiederholung.zuWenige", meldung: "mindestens 1" },
    ];
    expect(nachpruefen(alt, "hunde.0.name", () => [])).toEqual([]);
    expect(nachpruefen(alt, "hundehalter", () => [])).toBe(alt);
  });

  it("counts the branch's page in the progress as soon as it is chosen", async () => {
    const c = await mitJs(props(meldebescheinigung, "art", {}, []));
    const schritt = () => c.querySelector("label[for=fortschritt]")?.textContent;
    expect(schritt()).toBe("Schritt 1 von 5");
    const erweitert = c.querySelector<HTMLInputElement>('input[name="art"][value="erweitert"]');
    if (!erweitert) throw new Error("no radio");
    await act(async () => erweitert.click());
    expect(schritt()).toBe("Schritt 1 von 6");
  });
});
