import { expect, expectAccessible, test } from "../support/fixtures";

/** Presses Tab until the focused element matches, as a keyboard user would (bounded). */
async function tabTo(
  page: import("@playwright/test").Page,
  matches: (el: { tag: string; text: string; name: string }) => boolean,
) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return {
        tag: a?.tagName.toLowerCase() ?? "",
        text: a?.textContent?.trim() ?? "",
        name: a?.getAttribute("name") ?? "",
      };
    });
    if (matches(el)) return;
  }
  throw new Error("focus never reached the element by Tab");
}

test("the journey by keyboard alone: skip link, search, result, place, authority", async ({
  page,
}) => {
  await page.goto("/de");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Zum Inhalt springen" })).toBeFocused();
  await page.keyboard.press("Enter");
  await tabTo(page, (el) => el.name === "q");
  await page.keyboard.type("Personalausweis");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/suche\?q=Personalausweis/);
  await tabTo(page, (el) => el.tag === "a" && el.text === "Personalausweis beantragen");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Personalausweis beantragen");
  await tabTo(page, (el) => el.name === "ort");
  await page.keyboard.type("Görlitz");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/in\/14626110/);
  await expect(page.getByTestId("behoerde").getByRole("heading").first()).toHaveText(
    "Stadtverwaltung Görlitz",
  );
  await expectAccessible(page);
});
