import type { Page } from "@playwright/test";
import { expect, test } from "../support/fixtures";

// Reflow (WCAG 1.4.10, BITV 2.0): at 320 CSS px, the width of a phone or of a 1280 px window at
// 400 % zoom, no page may scroll sideways. Checked on every page the sitemap lists, in both
// languages: long German compounds ("Verwaltungsleistungen", "Wohnberechtigungsschein",
// "Bestattungskostenhilfe"), e-mail addresses and URLs have to wrap. Several pages at once in
// one browser, no axe and none of the pages' scripts here, so that the whole sitemap stays quick: every
// citizen page is laid out by its HTML and CSS alone (scripts only enhance it), and hydrating
// a thousand pages took most of the suite's time on two cores.

const BREITE = 320;
const PARALLEL = 6;

/** What sticks out at the page's right or left edge, measured in the page. */
function ueberstand(page: Page) {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const funde: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth)
      funde.push(`document ${document.documentElement.scrollWidth} px > ${window.innerWidth} px`);
    // Inside a scroll container (a data table in one, WCAG's exception) or a clipping box (the
    // hidden skip link) nothing can widen the page; the container itself is measured.
    const abgeschnitten = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const { overflowX } = getComputedStyle(p);
        if (overflowX !== "visible") return true;
      }
      return false;
    };
    for (const el of document.body.querySelectorAll("*")) {
      const r = el.getBoundingClientRect();
      // Visually hidden (KERN's sr-only, the skip link until focused): 1 px, clipped away.
      if (r.width <= 1 || r.height <= 1) continue;
      if ((r.width > vw + 0.5 || r.right > vw + 0.5 || r.left < -0.5) && !abgeschnitten(el)) {
        const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${
          el.classList.length ? `.${[...el.classList].join(".")}` : ""
        }`;
        funde.push(
          `${name} [${Math.round(r.left)}–${Math.round(r.right)} px] “${(el.textContent ?? "").trim().slice(0, 40)}”`,
        );
      }
    }
    return funde.slice(0, 5);
  });
}

test("every page in the sitemap fits 320 CSS px without scrolling sideways", async ({
  browser,
  request,
}) => {
  test.setTimeout(20 * 60_000);
  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.status()).toBe(200);
  const urls = [...(await sitemap.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (m) => new URL(m[1] ?? "").pathname,
  );
  expect(urls.filter((u) => u.startsWith("/de")).length).toBeGreaterThan(50);
  expect(urls.filter((u) => u.startsWith("/en")).length).toBe(
    urls.filter((u) => u.startsWith("/de")).length,
  );

  const context = await browser.newContext({
    viewport: { width: BREITE, height: 800 },
    locale: "de-DE",
  });
  // The page's scripts are not loaded (the measurement below runs in the page all the same).
  await context.route(/\/_next\/static\/.*\.js(\?|$)/, (route) => route.abort());
  // The map's tiles are drawn into a canvas as wide as its box; loading MapLibre's data on
  // hundreds of authority pages would only make the test slow, so the map stays empty (hidden).
  await context.route("**/karte/**", (route) => route.abort());
  const warteschlange = [...urls];
  const befunde: string[] = [];
  let geprueft = 0;
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      const page = await context.newPage();
      for (let url = warteschlange.shift(); url; url = warteschlange.shift()) {
        const response = await page.goto(url, { waitUntil: "load" });
        if ((response?.status() ?? 0) >= 400) {
          befunde.push(`${url}: HTTP ${response?.status()}`);
          continue;
        }
        await page.evaluate(() => document.fonts.ready);
        for (const fund of await ueberstand(page)) befunde.push(`${url}: ${fund}`);
        if (++geprueft % 100 === 0) console.log(`reflow: ${geprueft}/${urls.length} pages`);
      }
      await page.close();
    }),
  );
  await context.close();
  expect(befunde, `${urls.length} pages checked`).toEqual([]);
});
