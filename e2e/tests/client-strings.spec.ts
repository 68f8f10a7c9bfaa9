import { expect, test } from "../support/fixtures";

// A page ships the UI strings of its own language only: client components get their strings as
// props from the server (or none at all), so the JavaScript a German page loads holds no English
// UI text, and vice versa. Checked on the JavaScript the browser really loads for each page
// template (apps/web/.next/static/chunks, served under /_next/static/chunks/).
//
// The exception by design: global-error.tsx, which replaces the whole document when even the
// page frame fails, cannot know the page's language and carries the error texts of both; the
// other language's error texts may appear only together with this language's, in that module.

const FEATURES = [
  "allgemein",
  "barriere",
  "behoerde",
  "inhalte",
  "leistung",
  "nicht-gefunden",
  "ort",
  "quellen",
  "start",
  "suche",
] as const;

const SEITEN = [
  "",
  "/suche?q=Personalausweis",
  "/leistungen/personalausweis-beantragen",
  "/leistungen/personalausweis-beantragen/in/14612000",
  "/leistungen/personalausweis-beantragen/zustaendig?ort=01796",
  "/behoerden",
  "/behoerden/gv-14612000",
  "/kontakt/barriere-melden",
];

/** Every string of a dictionary (templates included; functions are code, not text). */
function texte(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value && typeof value === "object") return Object.values(value).flatMap(texte);
  return [];
}

const modul = async (feature: string, lang: "de" | "en"): Promise<string[]> =>
  texte((await import(`../../apps/web/src/i18n/${feature}/${lang}.ts`))[lang]);

async function woerterbuch(lang: "de" | "en"): Promise<Set<string>> {
  return new Set((await Promise.all(FEATURES.map((f) => modul(f, lang)))).flat());
}

/** Minified code may escape non-ASCII letters ("\u00fc"): compare decoded text. */
const entschluesselt = (js: string) =>
  js
    .replace(/\\u\{([0-9a-fA-F]+)\}/g, (_, h: string) =>
      String.fromCodePoint(Number.parseInt(h, 16)),
    )
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)))
    .replace(/\\x([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));

test("the JavaScript of a page holds no UI strings of the other language", async ({ browser }) => {
  test.setTimeout(5 * 60_000);
  const de = await woerterbuch("de");
  const en = await woerterbuch("en");
  // Only what tells the languages apart: "Service", "E-Mail" or "(optional)" are both.
  const nur = (a: Set<string>, b: Set<string>) => [...a].filter((s) => !b.has(s) && s.length >= 8);
  const fehler = { de: await modul("fehler", "de"), en: await modul("fehler", "en") };
  // The error texts are checked on their own below (global-error.tsx carries both languages).
  // Not ours either: @portal/ui's components default to German labels (Alert: "Hinweis:") and
  // MapLibre to English ones ("Zoom out"); both ship with the library code wherever it runs in
  // the browser, and the page passes its own language's labels as props.
  const karte = await import("../../apps/web/src/i18n/behoerde/en.ts");
  const ausser = new Set([
    ...fehler.de,
    ...fehler.en,
    ...["Hinweis:", "Erfolg:", "Warnung:", "Fehler:"],
    ...texte(karte.en.karteTexte),
  ]);
  const fremd = {
    de: nur(en, de).filter((s) => !ausser.has(s)),
    en: nur(de, en).filter((s) => !ausser.has(s)),
  };
  expect(fremd.de).toContain("Please correct your input");
  expect(fremd.en).toContain("Bitte korrigieren Sie Ihre Eingabe");

  const befunde: string[] = [];
  let geprueft = 0;
  for (const lang of ["de", "en"] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const skripte = new Map<string, Promise<string>>();
    page.on("response", (response) => {
      const url = response.url();
      if (url.includes("/_next/static/") && url.endsWith(".js") && !skripte.has(url))
        skripte.set(
          url,
          response.text().catch(() => ""),
        );
    });
    for (const pfad of SEITEN) {
      const vorher = new Set(skripte.keys());
      const response = await page.goto(`/${lang}${pfad}`, { waitUntil: "networkidle" });
      expect(response?.status(), pfad).toBeLessThan(400);
      for (const [url, text] of skripte) {
        if (vorher.has(url)) continue;
        const js = entschluesselt(await text);
        geprueft++;
        const chunk = url.split("/").pop();
        // As string literals, so that "isSuccess" or "createServerReference" are no finding.
        const enthaelt = (s: string) =>
          [`"${s}"`, `'${s}'`, `\`${s}\``].some((l) => js.includes(l));
        for (const s of fremd[lang])
          if (enthaelt(s)) befunde.push(`/${lang}${pfad}: ${chunk} holds “${s}”`);
        const anderes = lang === "de" ? fehler.en : fehler.de;
        const eigenes = fehler[lang][0] ?? "";
        if (anderes.some(enthaelt) && !enthaelt(eigenes))
          befunde.push(`/${lang}${pfad}: ${chunk} holds the other language's error texts alone`);
      }
    }
    await context.close();
  }
  expect(geprueft).toBeGreaterThan(5);
  expect(befunde).toEqual([]);
});
