import type { KontoTexte } from "./de";

/** English strings of the Servicekonto pages. */
export const en: KontoTexte = {
  servicekonto: "Service account",
  meinKonto: "My service account",
  registrieren: {
    title: "Create a service account",
    intro:
      "With a service account you can apply online, keep your details for forms and receive messages from authorities.",
    senden: "Create account",
    schonKonto: "Already have a service account?",
    gesendetTitel: "Please confirm your e-mail address",
    gesendet:
      "We have sent an e-mail to {email}. Open the link in it within 24 hours to confirm your account. If no e-mail arrives, look in your spam folder.",
  },
  anmelden: {
    title: "Sign in",
    intro: "Sign in with the e-mail address and password of your service account.",
    senden: "Sign in",
    vergessen: "Forgot your password?",
    keinKonto: "No service account yet?",
    einrichten: "Create a service account",
    abgemeldet: "You are signed out.",
  },
  bestaetigen: {
    title: "Confirm your e-mail address",
    intro: "Confirm that this e-mail address is yours.",
    senden: "Confirm e-mail address",
    ok: "Your e-mail address is confirmed. You can sign in now.",
    ungueltig: "This link is not valid. Check that you copied all of it from the e-mail.",
    abgelaufen: "This link has expired. Ask for a new one.",
    verbraucht: "This link has already been used. Sign in.",
    neuAnfordern: "Ask for a new confirmation link",
  },
  erneut: {
    title: "Ask for a new confirmation link",
    intro: "We will send you a new link to confirm your e-mail address.",
    senden: "Send link",
    gesendetTitel: "Link requested",
    gesendet:
      "If there is an unconfirmed service account for {email}, we have sent a new link. It is valid for 24 hours.",
  },
  vergessen: {
    title: "Forgotten password",
    intro:
      "Enter the e-mail address of your service account. We will send you a link to set a new password.",
    senden: "Send link",
    gesendetTitel: "Link requested",
    gesendet:
      "If there is a service account for {email}, we have sent you a link. It is valid for one hour.",
  },
  neuesPasswort: {
    title: "Set a new password",
    senden: "Save password",
    okTitel: "Your password has been changed",
    ok: "You have been signed out on every device. Sign in with your new password.",
  },
  konto: {
    title: "My service account",
    angemeldetAls: "Signed in as {email}",
    sitzungen: "Where you are signed in",
    sitzungenIntro:
      "You are currently signed in here. If you do not recognise one, sign out everywhere and change your password.",
    geraet: "Device or browser",
    seit: "Signed in since",
    zuletzt: "Last active",
    diese: "(this session)",
    unbekannt: "unknown",
    abmelden: "Sign out",
    ueberallAbmelden: "Sign out everywhere else",
    anderswoAbgemeldet: "You have been signed out on every other device.",
    ohneEmail: "Signed in with the online ID card (no e-mail address)",
    identitaet: "Confirmed identity",
    identitaetBestaetigt: "{name}, confirmed with the online ID on {datum}",
    identitaetOffen:
      "not confirmed: connect your online ID to apply for services that require a confirmed identity.",
    eidVerbinden: "Connect the online ID to this account",
    niveau: "Level of assurance of this sign-in",
    niveaus: {
      niedrig: "low (with a password)",
      substanziell: "substantial (with the online ID card)",
      hoch: "high (with the online ID card)",
    },
    bereiche: "Your account",
    links: {
      postfach: "Inbox",
      antraege: "My applications",
      ungelesen: "{anzahl} unread",
      profil: "My details",
      organisationen: "My organisations",
      daten: "Download my data or delete the account",
    },
  },
  felder: {
    email: "E-mail address",
    passwort: "Password",
    neuesPasswort: "New password",
    passwortWiederholung: "Repeat password",
    passwortHinweis:
      "At least {min} characters. Several words that only you would put together work best; digits and special characters are not needed.",
  },
  fehler: {
    email: "Enter an e-mail address like name@example.com.",
    zuKurz: "The password must be at least {min} characters long.",
    zuLang: "The password must be at most {max} characters long.",
    haeufig: "This password is common and easy to guess. Please choose another one.",
    wieEmail: "The password must not contain your e-mail address.",
    wiederholung: "The two passwords do not match.",
    falsch: "The e-mail address or the password is not correct.",
    unbestaetigt:
      "Please confirm your e-mail address first with the link from our e-mail. You can ask for a new link.",
    zuOftKonto: (minuten: number, zeitpunkt: string) =>
      `There were too many sign-in attempts for this account in a short time. Please try again in ${minuten === 1 ? "one minute" : `${minuten} minutes`} (from ${zeitpunkt}), or reset your password.`,
    link: "This link is not valid or has expired. Ask for a new one.",
  },
};
