import type { VerwaltungTexte } from "./de";

/** English strings of the staff area (/verwaltung). */
export const en: VerwaltungTexte = {
  verwaltung: "Administration",
  bereich: "Staff area of the Saxony portal",
  anmelden: {
    title: "Staff sign-in",
    intro:
      "Sign in with the e-mail address and password of your staff account. We then ask for the code from your authenticator app.",
    senden: "Continue",
    abgemeldet: "You are signed out.",
    abgelaufen: "Signing in took too long. Please enter your e-mail address and password again.",
    buerger: "Do you want to sign in as a citizen?",
    buergerLink: "Go to the Servicekonto sign-in",
  },
  code: {
    title: "Enter code",
    intro:
      "Open your authenticator app and enter the 6-digit code for “Sachsen Portal Verwaltung”.",
    label: "Code from the authenticator app",
    hinweis: "6 digits, for example 123456. Each code is valid for about 30 seconds and only once.",
    senden: "Sign in",
    neuAnmelden: "Sign in with another account",
  },
  einrichten: {
    title: "Set up the second factor",
    intro:
      "Besides your password, the staff area needs a code from an authenticator app (for example FreeOTP, Aegis or your office's app). Set it up once:",
    schritte: [
      "Open your authenticator app and add an account.",
      "Choose “enter a setup key” and type in the key below (time-based, 6 digits, 30 seconds). Or open the setup link on this device.",
      "Enter the code the app then shows.",
    ],
    schluessel: "Key",
    schluesselHinweis: "Do not share the key. It is shown until you complete the setup.",
    link: "Setup link (otpauth)",
    linkHinweis: "Works when the authenticator app is installed on this device.",
    senden: "Complete setup",
  },
  uebersicht: {
    title: "Administration",
    angemeldetAls: "Signed in as {name} ({email}).",
    rollen: "Your organisational units and roles",
    oe: "Organisational unit",
    schluessel: "Key",
    rolle: "Roles",
    keineRollen: "No roles are assigned to your account.",
    aufgaben: "Tasks",
    antraege: "Process applications",
    postfach: "Send a message to a Servicekonto",
    abmelden: "Sign out",
  },
  rollen: {
    sachbearbeitung: "Case work",
    kasse: "Payments",
    beteiligung: "Participation",
    admin: "Administration",
  },
  keinZugriff: {
    title: "No access",
    text: "Your account lacks the role this page needs in this organisational unit. Please contact your office's administrators.",
    zurueck: "Back to the overview",
  },
  postfach: {
    title: "Message to a Servicekonto",
    intro:
      "The message appears in the Servicekonto's inbox. The person gets an e-mail that a message has arrived – without its content.",
    oe: "Sender (organisational unit)",
    email: "E-mail address of the Servicekonto",
    emailHinweis: "The address the person signs in to the Servicekonto with.",
    betreff: "Subject",
    text: "Message",
    verfahren: "File or case number",
    optional: "(optional)",
    senden: "Send message",
    gesendetTitel: "Message sent",
    gesendet: "The message is in the inbox of the Servicekonto {email}.",
    weitere: "Write another message",
    gesendeteTitel: "Messages sent by {oe}",
    keineGesendet: "This organisational unit has not sent any messages yet.",
    spalten: {
      gesendetAm: "Sent",
      betreff: "Subject",
      verfahren: "File number",
      gelesen: "Read",
    },
    ja: "yes",
    nein: "no",
    anzeigenFuer: "Show sent messages of",
    anzeigen: "Show",
  },
  fehler: {
    falsch:
      "The e-mail address or password is not correct. Please check what you entered; after several failed attempts you have to wait a while.",
    code: "The code is not correct. Enter the current code from your app; each code works only once.",
    codeFormat: "Enter the 6-digit code, for example 123456.",
    gesperrt: (zeitpunkt: string) =>
      `Too many wrong codes. You can enter a new code from ${zeitpunkt}.`,
    zuOftKonto: (minuten: number, zeitpunkt: string) =>
      `There were too many sign-in attempts for this account in a short time. Please try again in ${minuten === 1 ? "one minute" : `${minuten} minutes`} (from ${zeitpunkt}).`,
    email: "Enter an e-mail address, for example name@example.com.",
    unbekannt:
      "There is no confirmed Servicekonto with this e-mail address. Please check the spelling.",
    oe: "Choose an organisational unit you may send messages for.",
  },
};
