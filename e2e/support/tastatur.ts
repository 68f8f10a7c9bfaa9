import type { Page } from "@playwright/test";

/** The element that has the focus, as the keyboard journeys compare it. */
export type Fokus = { tag: string; text: string; name: string; label: string };

/** Presses Tab until the focused element matches, as a keyboard user would (bounded). */
export async function tabTo(page: Page, matches: (el: Fokus) => boolean) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      const id = a?.id;
      const label = id ? document.querySelector(`label[for="${CSS.escape(id)}"]`) : null;
      return {
        tag: a?.tagName.toLowerCase() ?? "",
        text: a?.textContent?.trim() ?? "",
        name: a?.getAttribute("name") ?? "",
        label: label?.textContent?.trim() ?? "",
      };
    });
    if (matches(el)) return;
  }
  throw new Error("focus never reached the element by Tab");
}

/**
 * Whether the focused element shows where the focus is (WCAG 2.4.7): an outline or a box
 * shadow drawn by the focus style, not the browser default removed.
 */
export async function fokusIstSichtbar(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    if (!a || a === document.body) return false;
    const s = getComputedStyle(a);
    const umriss = s.outlineStyle !== "none" && Number.parseFloat(s.outlineWidth) > 0;
    return umriss || (s.boxShadow !== "" && s.boxShadow !== "none");
  });
}
