import { gzipSync } from "node:zlib";
import { JSDOM, requestInterceptor } from "jsdom";
import { beforeAll, describe, expect, it } from "vitest";
import { BUDGET_GZIP_BYTES, baueEinbettungsskript, type Einbettungsskript } from "../src/bundle.ts";
import type { WidgetVerfahren } from "../src/types.ts";

// The embed script as the route handler builds it, run in jsdom (custom elements, shadow DOM):
// its size budget, that data is rendered as text only, and what it leaves on the host page.

const PORTAL = "http://portal.test";
const BOESE = [
  `<img src=x onerror="window.__boese=1">`,
  `<script>window.__boese=2</script>`,
  `"><svg onload=window.__boese=3>`,
  '=HYPERLINK("http://evil.example")',
  "\u202Egnirts desrever\u202C 🙂",
];

const verfahren = (beitraege: string[]): WidgetVerfahren => ({
  slug: "radverkehrskonzept-dresden-2035",
  titel: `Radverkehr <b>fett</b>`,
  kurzbeschreibung: `<i>kursiv</i>`,
  status: "aktiv",
  url: "javascript:alert(1)",
  mandant: `Dresden <a href="//evil.example">x</a>`,
  phase: {
    titel: "Online-Dialog",
    beginn: "2026-10-31T23:00:00.000Z",
    ende: "2027-06-30T22:00:00.000Z",
    offen: true,
  },
  formular: { identitaet: "email", angezeigtUm: "123.abc" },
  hinweis: null,
  beitraege: beitraege.map((text, i) => ({
    id: `id-${i}`,
    name: text,
    text,
    erstellt: "2026-12-01T10:00:00.000Z",
  })),
});

let skript: Einbettungsskript;
beforeAll(async () => {
  skript = await baueEinbettungsskript();
});

/** A host page with the snippet; the portal's API answers `antwort` (status, JSON). */
async function hostseite(snippet: string, antwort: { status: number; json: unknown }) {
  const anfragen: { url: string; init?: RequestInit }[] = [];
  const dom = new JSDOM(`<!doctype html><html lang="de"><body>${snippet}</body></html>`, {
    url: "http://localhost:4400/",
    runScripts: "dangerously",
    resources: {
      interceptors: [
        requestInterceptor((request) =>
          request.url === `${PORTAL}/embed/v1.js`
            ? new Response(skript.code, { headers: { "Content-Type": "text/javascript" } })
            : new Response("", { status: 404 }),
        ),
      ],
    },
    beforeParse(window) {
      Object.assign(window, {
        fetch: async (url: string, init?: RequestInit) => {
          anfragen.push({ url, init });
          return new Response(JSON.stringify(antwort.json), {
            status: antwort.status,
            headers: { "Content-Type": "application/json" },
          });
        },
      });
    },
  });
  const { window } = dom;
  await new Promise<void>((fertig) => window.addEventListener("load", () => fertig()));
  await new Promise((r) => setTimeout(r, 50));
  return { window, document: window.document, anfragen };
}

const SNIPPET = `<a href="${PORTAL}/de/beteiligung/radverkehrskonzept-dresden-2035">Zum Verfahren</a><script src="${PORTAL}/embed/v1.js" data-verfahren="radverkehrskonzept-dresden-2035" async></script>`;

describe("the embed script", () => {
  it(`stays within its budget of ${BUDGET_GZIP_BYTES} bytes gzipped`, () => {
    expect(skript.gzipBytes).toBe(gzipSync(skript.code, { level: 9 }).length);
    expect(skript.gzipBytes).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
    expect(skript.code.length).toBeGreaterThan(1000);
    expect(skript.etag).toMatch(/^"[\w-]{27}"$/);
  });

  it("is one classic script: no module syntax, no source map, nothing to fetch", () => {
    expect(skript.code).not.toMatch(/^\s*(import|export)\s/m);
    expect(skript.code).not.toContain("sourceMappingURL");
    expect(skript.code).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });

  it("renders data as text only: markup stays inert, links point only at the portal", async () => {
    const { window, document, anfragen } = await hostseite(SNIPPET, {
      status: 200,
      json: verfahren(BOESE),
    });
    expect(anfragen[0]?.url).toBe(
      `${PORTAL}/api/beteiligung/v1/verfahren/radverkehrskonzept-dresden-2035?sprache=de`,
    );
    expect(anfragen[0]?.init?.credentials).toBe("omit");
    const el = document.querySelector("beteiligung-verfahren");
    const wurzel = el?.shadowRoot;
    expect(wurzel).toBeTruthy();
    if (!wurzel) return;
    expect(wurzel.querySelectorAll("img, script, svg, b, i, iframe").length).toBe(0);
    expect((window as unknown as { __boese?: number }).__boese).toBeUndefined();
    const texte = [...wurzel.querySelectorAll("li p[dir=auto]")].map((p) => p.textContent);
    expect(texte).toEqual(BOESE);
    expect(wurzel.querySelector("h2")?.textContent).toBe("Radverkehr <b>fett</b>");
    expect(wurzel.textContent).toContain(`Dresden <a href="//evil.example">x</a>`);
    for (const a of wurzel.querySelectorAll("a")) expect(new URL(a.href).origin).toBe(PORTAL);
    // The card replaced the fallback link; the form has its fields with labels.
    expect(document.querySelector("body > a")).toBeNull();
    expect(el?.hasAttribute("hidden")).toBe(false);
    for (const id of ["text", "name", "email", "webseite"]) {
      expect(wurzel.querySelector(`label[for=${id}]`), id).toBeTruthy();
      expect(wurzel.getElementById(id), id).toBeTruthy();
    }
    expect(wurzel.querySelector("[role=status]")).toBeTruthy();
  });

  it("leaves only the fallback link when the portal refuses the page", async () => {
    const { document } = await hostseite(SNIPPET, {
      status: 403,
      json: { fehler: "ursprung", meldung: { de: "nein", en: "no" } },
    });
    expect(document.querySelector("beteiligung-verfahren")).toBeNull();
    expect(document.querySelector("body > a")?.getAttribute("href")).toBe(
      `${PORTAL}/de/beteiligung/radverkehrskonzept-dresden-2035`,
    );
  });

  it("adds no globals but its two element names, and no styles to the host page", async () => {
    const leer = await hostseite("", { status: 200, json: {} });
    const vorher = new Set(Object.getOwnPropertyNames(leer.window));
    const { window, document } = await hostseite(SNIPPET, { status: 200, json: verfahren([]) });
    const neu = Object.getOwnPropertyNames(window).filter((n) => !vorher.has(n) && n !== "__boese");
    expect(neu).toEqual([]);
    expect(window.customElements.get("beteiligung-verfahren")).toBeTruthy();
    expect(window.customElements.get("beteiligung-verfahrensliste")).toBeTruthy();
    expect(document.querySelectorAll("style, link").length).toBe(0);
  });

  it("speaks the host page's language, or the snippet's data-sprache", async () => {
    const englisch = SNIPPET.replace("async>", `data-sprache="en" async>`);
    const { document, anfragen } = await hostseite(englisch, { status: 200, json: verfahren([]) });
    expect(anfragen[0]?.url).toMatch(/sprache=en$/);
    const wurzel = document.querySelector("beteiligung-verfahren")?.shadowRoot;
    expect(wurzel?.querySelector("[lang=en]")).toBeTruthy();
    expect(wurzel?.textContent).toContain("Latest contributions");
  });
});
