/**
 * German messages of the action() helper (lib/action.ts), shared by every form; a form may
 * override them with its own wording per field. Server-side only: the action returns the
 * finished messages.
 */
export const de = {
  nichtGesendet: "Ihre Eingaben wurden nicht gesendet",
  pflicht: "Füllen Sie dieses Feld aus.",
  zuLang: (max: number) =>
    `Kürzen Sie Ihren Text auf höchstens ${max.toLocaleString("de-DE")} Zeichen.`,
  zuKurz: (min: number) => `Geben Sie mindestens ${min.toLocaleString("de-DE")} Zeichen ein.`,
  format: "Prüfen Sie die Schreibweise dieser Angabe.",
  ungueltig: "Prüfen Sie diese Angabe.",
  zuGross: (kilobytes: number) =>
    `Ihre Eingaben sind zusammen zu lang: höchstens ${kilobytes.toLocaleString("de-DE")} KB. Bitte kürzen Sie sie; sie stehen noch im Formular.`,
  zuOft: (minuten: number, zeitpunkt: string) =>
    `Von Ihrem Internetanschluss wurden in kurzer Zeit zu viele Formulare gesendet. Bitte senden Sie dieses Formular in ${minuten === 1 ? "einer Minute" : `${minuten} Minuten`} erneut (ab ${zeitpunkt}). Ihre Eingaben stehen noch im Formular.`,
  fehlgeschlagen:
    "Ihre Eingaben konnten gerade nicht verarbeitet werden. Sie stehen noch im Formular; bitte senden Sie sie in einigen Minuten erneut.",
};

export type AktionTexte = typeof de;
