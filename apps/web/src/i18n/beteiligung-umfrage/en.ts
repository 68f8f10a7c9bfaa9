import type { BeteiligungUmfrageTexte } from "./de";

export const en: BeteiligungUmfrageTexte = {
  verfahrenUnbekannt: "This participation procedure does not exist.",
  umfrage: {
    titel: "Survey",
    seitentitel: "Survey: {titel}",
    intro:
      "All questions are optional. Please answer at least one. The administration evaluates the results; individual answers are not published.",
    keineFragen: "This procedure has no survey.",
    textHinweis: "At most 2,000 characters.",
    mehrfachHinweis: "You can choose several answers.",
    einfachHinweis: "Choose one answer.",
    ersetztHinweis:
      "You are signed in: if you send the survey again, your new answers replace the earlier ones.",
    anmelden: "For this survey you need to sign in with your service account.",
    anmeldenLink: "Sign in",
    senden: "Send answers",
    danke: "Thank you for taking part",
    dankeText: "Your answers have been received. The administration evaluates the results.",
    ersetzt: "Your earlier answers have been replaced by these.",
    eingegangenAm: "Received on",
    zurueck: "Back to the procedure",
    abonnieren: "Subscribe to notifications about this procedure",
    honigtopf: "Website (please leave empty)",
    fehlgeschlagen:
      "Your answers could not be saved just now. They are still in the form; please send them again in a few minutes.",
  },
  abonnieren: {
    titel: "Subscribe to notifications",
    seitentitel: "Notifications: {titel}",
    intro:
      "We send you an e-mail when a new phase of this procedure begins. You can unsubscribe with the link in every e-mail.",
    email: "Your e-mail address",
    emailHinweis: "You first get an e-mail with a link to confirm the subscription.",
    einwilligungLegende: "Consent",
    einwilligung:
      "I agree that my e-mail address is stored for the notifications about this procedure until I unsubscribe or the procedure ends.",
    senden: "Subscribe",
    pruefen: "Please check your mailbox",
    pruefenText:
      "If the address {email} is valid, it will get an e-mail with a confirmation link in a few minutes. The link is valid for 48 hours. You get notifications only after confirming.",
    fehlgeschlagen:
      "Your subscription could not be saved just now. Please try again in a few minutes.",
  },
  bestaetigen: {
    titel: "Confirm subscription",
    text: "Please confirm that you want to get notifications about this participation procedure.",
    senden: "Confirm subscription",
    erfolg: "Your subscription is confirmed",
    erfolgText:
      "From now on you get an e-mail when a new phase of this procedure begins. Every e-mail has a link to unsubscribe.",
    ohneToken: "This link is incomplete. Please open the link from the e-mail.",
  },
  abmelden: {
    titel: "Unsubscribe from notifications",
    text: "With this button you unsubscribe from the notifications about this participation procedure. Your e-mail address is deleted.",
    senden: "Unsubscribe",
    erfolg: "You have unsubscribed",
    erfolgText:
      "Your e-mail address is deleted. You will get no more e-mails about this procedure.",
    ohneToken: "This link is incomplete. Please open the link from the e-mail.",
  },
};
