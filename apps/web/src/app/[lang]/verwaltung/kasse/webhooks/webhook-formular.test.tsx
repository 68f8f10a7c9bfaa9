// @vitest-environment jsdom
import { EREIGNISARTEN } from "@portal/payments/types";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { de as aktionDe } from "@/i18n/aktion/de";
import { de as allgemein } from "@/i18n/allgemein/de";
import { de } from "@/i18n/kasse-webhooks/de";
import { WebhookFormular } from "./webhook-formular";

const texte = {
  errorSummary: allgemein.errorSummary,
  errorPrefix: allgemein.errorPrefix,
  successPrefix: allgemein.successPrefix,
  nichtGesendet: aktionDe.nichtGesendet,
  senden: de.anlegen,
};
const aktion = async () => ({
  ok: false as const,
  reason: "invalid" as const,
  errors: {},
  values: { oe: "", url: "", ereignisse: "" },
});

const render = () =>
  new DOMParser().parseFromString(
    renderToStaticMarkup(
      <WebhookFormular
        lang="de"
        aktion={aktion}
        oeOptionen={[
          { value: "oe:a", label: "Straßenverkehrsamt (oe:a)" },
          { value: "oe:b", label: "Stadtkasse (oe:b)" },
        ]}
        ereignisOptionen={EREIGNISARTEN.map((e) => ({ value: e, label: de.ereignisNamen[e] }))}
        werte={{ oe: "oe:b" }}
        texte={texte}
        beschriftung={{
          oe: de.oe,
          url: de.url,
          urlHinweis: de.urlHinweis,
          ereignisse: de.ereignisse,
          ereignisseHinweis: de.ereignisseHinweis,
        }}
      />,
    ),
    "text/html",
  );

describe("WebhookFormular", () => {
  it("offers every event as a checkbox of one group, all ticked at first", () => {
    const doc = render();
    const boxen = [...doc.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(boxen.map((b) => b.value)).toEqual([...EREIGNISARTEN]);
    expect(boxen.every((b) => b.name === "ereignisse" && b.checked)).toBe(true);
    expect(doc.querySelectorAll("fieldset")).toHaveLength(1);
    expect(doc.querySelector("legend")?.textContent).toContain("Ereignisse");
    // Each box has its own label.
    for (const b of boxen) expect(doc.querySelector(`label[for="${b.id}"]`)).not.toBeNull();
  });

  it("asks for the URL as a required url field with its hint, and preselects the page's OE", () => {
    const doc = render();
    const url = doc.querySelector<HTMLInputElement>("input#url");
    expect(url?.type).toBe("url");
    expect(url?.required).toBe(true);
    expect(url?.getAttribute("autocomplete")).toBe("url");
    expect(url?.getAttribute("aria-describedby")).toBe("url-hint");
    expect(doc.querySelector('label[for="url"]')?.textContent).toContain("Adresse (URL)");
    const oe = doc.querySelector<HTMLSelectElement>("select#oe");
    expect(oe?.value).toBe("oe:b");
    expect(doc.querySelector('input[type="hidden"][name="sprache"]')?.getAttribute("value")).toBe(
      "de",
    );
    expect(doc.querySelector('button[type="submit"]')?.textContent).toBe("Webhook anlegen");
  });
});
