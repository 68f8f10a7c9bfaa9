import { expect, expectAccessible, test } from "../support/fixtures";
import { tabTo } from "../support/tastatur";

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
