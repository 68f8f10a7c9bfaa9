/** German strings of the organisation pages (my organisations, members, invitation). */
export const de = {
  liste: {
    title: "Meine Organisationen",
    intro:
      "Für ein Unternehmen, einen Verein oder eine andere Organisation handeln: Anträge stellen Sie dann im Namen der Organisation.",
    keine: "Sie sind noch in keiner Organisation Mitglied.",
    name: "Name",
    art: "Art",
    rolle: "Ihre Rolle",
    aktion: "Handeln",
    handelnAls: "Für wen Sie handeln",
    handelnFuer: "Für diese Organisation handeln",
    handeltFuer: "Sie handeln für {name}.",
    alsPrivatperson: "Als Privatperson handeln",
    privat: "Sie handeln als Privatperson.",
    verwalten: "Mitglieder von {name}",
    gruenden: "Neue Organisation anlegen",
    gruendenSenden: "Organisation anlegen",
    gegruendet: "Die Organisation „{name}“ ist angelegt. Sie sind ihre Inhaberin oder ihr Inhaber.",
    gewechselt: "Gespeichert",
  },
  felder: {
    name: "Name der Organisation",
    nameHinweis: "So, wie er im Handels- oder Vereinsregister steht (höchstens 200 Zeichen).",
    art: "Art der Organisation",
    email: "E-Mail-Adresse der Person",
    emailHinweis:
      "Die Person nimmt die Einladung mit dem Servicekonto an, das zu dieser Adresse gehört.",
    rolle: "Rolle",
  },
  arten: { unternehmen: "Unternehmen", verein: "Verein", sonstige: "Sonstige Organisation" },
  rollen: { inhaber: "Inhaber/in", mitglied: "Mitglied" },
  rollenHinweis:
    "Mitglieder handeln für die Organisation. Inhaberinnen und Inhaber verwalten zusätzlich die Mitglieder.",
  mitglieder: {
    intro: "Wer für diese Organisation handeln darf.",
    person: "Mitglied",
    seit: "Seit",
    aktionen: "Aktionen",
    sie: "(Sie)",
    einladen: "Person einladen",
    einladenSenden: "Einladung senden",
    eingeladen: "Wir haben eine Einladung an {email} geschickt. Sie gilt 7 Tage.",
    rolleAendern: "Rolle ändern zu {rolle}",
    entfernen: "Entfernen",
    verlassen: "Organisation verlassen",
    geaendert: "Die Rolle ist geändert.",
    entfernt: "Das Mitglied ist entfernt.",
    verlassenOk: "Sie sind nicht mehr Mitglied der Organisation.",
    zurueck: "Zu meinen Organisationen",
    weitere: "Weitere Person einladen",
  },
  einladung: {
    title: "Einladung in eine Organisation",
    text: "Sie sind eingeladen, als {rolle} für „{name}“ zu handeln.",
    annehmen: "Einladung annehmen",
    angenommen: "Sie sind jetzt Mitglied von „{name}“.",
    ungueltig:
      "Dieser Link ist ungültig. Prüfen Sie, ob Sie ihn vollständig aus der E-Mail übernommen haben.",
    abgelaufen: "Diese Einladung ist abgelaufen. Bitten Sie um eine neue.",
    verbraucht: "Diese Einladung wurde bereits angenommen.",
  },
  fehler: {
    keinMitglied: "Das ist nicht möglich: Sie sind nicht (mehr) Mitglied dieser Organisation.",
    keinZugriff: "Das ist nicht möglich: Sie sind nicht (mehr) Inhaber/in dieser Organisation.",
    letzterInhaber:
      "Die Organisation braucht mindestens eine Inhaberin oder einen Inhaber. Ernennen Sie zuerst eine andere Person.",
    schonMitglied: "Sie sind bereits Mitglied dieser Organisation.",
    andereAdresse:
      "Diese Einladung gilt für eine andere E-Mail-Adresse. Melden Sie sich mit dem Servicekonto dieser Adresse an.",
    nichtBestaetigt: "Bitte bestätigen Sie zuerst die E-Mail-Adresse Ihres Servicekontos.",
    name: "Geben Sie den Namen der Organisation ein (höchstens 200 Zeichen).",
    art: "Wählen Sie die Art der Organisation.",
    email: "Geben Sie eine E-Mail-Adresse in der Form name@example.de ein.",
    zuOft:
      "Sie haben das zu oft in kurzer Zeit getan. Versuchen Sie es in {minuten} Minuten wieder.",
  },
};

export type OrganisationTexte = typeof de;
