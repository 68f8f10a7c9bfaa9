import { expect, type Page } from "@playwright/test";
import { linkAus, warteAufMail } from "./postfach";

// The Servicekonto as the journeys use it: a fresh address, an account registered and confirmed
// through the forms (with or without JavaScript), a sign-in.

export const PASSWORT = "Kaffeekanne Elbufer Morgennebel";
export const NEUES_PASSWORT = "Dampferfahrt nach Pillnitz 2026";

/** An address no earlier run used. */
export const neueAdresse = (wer: string) =>
  `${wer}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`;

/** A confirmed account, registered through the form; returns the confirmation mail. */
export async function registriereUndBestaetige(page: Page, email: string, passwort = PASSWORT) {
  await page.goto("/de/konto/registrieren");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort", { exact: true }).fill(passwort);
  await page.getByLabel("Passwort wiederholen").fill(passwort);
  await page.getByRole("button", { name: "Konto einrichten" }).click();
  await expect(page.getByTestId("erfolg")).toContainText(email);
  const mail = await warteAufMail(email, /bestätigen/);
  await page.goto(linkAus(mail, "/de/konto/bestaetigen"));
  await page.getByRole("button", { name: "E-Mail-Adresse bestätigen" }).click();
  await expect(page.getByTestId("erfolg")).toContainText("Ihre E-Mail-Adresse ist bestätigt");
  return mail;
}

/** Fills and sends the sign-in form (`pfad`: the sign-in page, with a return path if wanted). */
export async function meldeAn(
  page: Page,
  email: string,
  passwort: string,
  pfad = "/de/konto/anmelden",
) {
  await page.goto(pfad);
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort", { exact: true }).fill(passwort);
  await page.getByRole("button", { name: "Anmelden", exact: true }).click();
}
