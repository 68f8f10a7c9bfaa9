import type { AktionTexte } from "./de";

export const en: AktionTexte = {
  nichtGesendet: "Your input was not sent",
  pflicht: "Fill in this field.",
  zuLang: (max) => `Shorten your text to at most ${max.toLocaleString("en-GB")} characters.`,
  zuKurz: (min) => `Enter at least ${min.toLocaleString("en-GB")} characters.`,
  format: "Check how this is written.",
  ungueltig: "Check this entry.",
  zuGross: (kilobytes) =>
    `Your input is too long altogether: at most ${kilobytes.toLocaleString("en-GB")} KB. Please shorten it; it is still in the form.`,
  zuOft: (minuten, zeitpunkt) =>
    `Too many forms were sent from your internet connection in a short time. Please send this form again in ${minuten === 1 ? "one minute" : `${minuten} minutes`} (from ${zeitpunkt}). Your input is still in the form.`,
  fehlgeschlagen:
    "Your input could not be processed just now. It is still in the form; please send it again in a few minutes.",
};
