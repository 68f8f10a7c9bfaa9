import type { Page } from "@playwright/test";
import { alsEigenerAbsender, expect, expectAccessible, test } from "../support/fixtures";
import {
  meldeAn,
  neueAdresse as neueAdresseFuer,
  PASSWORT,
  registriereUndBestaetige,
} from "../support/konto";
import { legeNachrichtAn } from "../support/postfach";

// The Postfach: a citizen's inbox lists a message an authority sent, opening
// it marks it read, the attachment downloads with safe headers, "mark as unread" works without
// JavaScript, and nobody else gets at the message or its attachment. The message is put into the
// portal's database directly (sending is the authorities' procedures' job, not a page).

const neueAdresse = () => neueAdresseFuer("postfach");

async function registriereUndMeldeAn(page: Page, email: string) {
  await registriereUndBestaetige(page, email);
  await meldeAn(page, email, PASSWORT);
  await expect(page).toHaveURL(/\/de\/konto$/);
}

test("inbox: list, read, download, mark unread; others get 404", async ({ page, browser }) => {
  await alsEigenerAbsender(page);
  const email = neueAdresse();
  await registriereUndMeldeAn(page, email);

  await page.goto("/de/konto/postfach");
  await expect(page.getByText("Ihr Postfach ist leer.")).toBeVisible();
  await expectAccessible(page);

  const { nachrichtId, anhangId } = await legeNachrichtAn(email);
  await page.goto("/de/konto/postfach");
  await expect(page.getByTestId("postfach-zaehler")).toHaveText("1 Nachricht, davon 1 ungelesen");
  const tabelle = page.getByRole("table", { name: "Nachrichten, neueste zuerst" });
  await expect(tabelle).toContainText("Ungelesen");
  await expectAccessible(page);

  await tabelle.getByRole("link", { name: "Ihr Bescheid über die Hundesteuer" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Ihr Bescheid über die Hundesteuer",
  );
  // The sender's text is text: the markup in it is shown, not run.
  await expect(page.getByText("<script>alert(1)</script>")).toBeVisible();
  await expectAccessible(page);

  const download = page.waitForEvent("download");
  await page
    .getByRole("link", { name: /Bescheid Hundesteuer 2026 – Größe\.pdf herunterladen/ })
    .click();
  expect((await download).suggestedFilename()).toBe("Bescheid Hundesteuer 2026 – Größe.pdf");
  const antwort = await page.request.get(`/de/konto/postfach/${nachrichtId}/anhang/${anhangId}`);
  expect(antwort.status()).toBe(200);
  expect(antwort.headers()).toMatchObject({
    "content-type": "application/pdf",
    "x-content-type-options": "nosniff",
    "cache-control": "private, no-store",
  });
  expect(antwort.headers()["content-disposition"]).toContain(
    "filename*=UTF-8''Bescheid%20Hundesteuer",
  );

  await page.goto("/de/konto/postfach");
  await expect(page.getByTestId("postfach-zaehler")).toHaveText("1 Nachricht, davon 0 ungelesen");

  // Someone else, and nobody: 404 for the message and the attachment, no redirect.
  const fremd = await browser.newContext({ javaScriptEnabled: false });
  const fremdeSeite = await fremd.newPage();
  const ohneAnmeldung = await fremdeSeite.request.get(
    `/de/konto/postfach/${nachrichtId}/anhang/${anhangId}`,
    { maxRedirects: 0 },
  );
  expect(ohneAnmeldung.status()).toBe(404);
  await alsEigenerAbsender(fremdeSeite);
  await registriereUndMeldeAn(fremdeSeite, neueAdresse());
  expect((await fremdeSeite.goto(`/de/konto/postfach/${nachrichtId}`))?.status()).toBe(404);
  expect(
    (
      await fremdeSeite.request.get(`/de/konto/postfach/${nachrichtId}/anhang/${anhangId}`)
    ).status(),
  ).toBe(404);
  expect((await fremdeSeite.goto("/de/konto/postfach/keine-uuid"))?.status()).toBe(404);
  await fremd.close();
});

test("mark as unread works without JavaScript", async ({ citizenWithoutJs: page }) => {
  await alsEigenerAbsender(page);
  const email = neueAdresse();
  await registriereUndMeldeAn(page, email);
  const { nachrichtId } = await legeNachrichtAn(email);
  await page.goto(`/de/konto/postfach/${nachrichtId}`);
  await page.getByRole("button", { name: "Als ungelesen markieren" }).click();
  await expect(page).toHaveURL(/\/de\/konto\/postfach$/);
  await expect(page.getByTestId("postfach-zaehler")).toHaveText("1 Nachricht, davon 1 ungelesen");
});
