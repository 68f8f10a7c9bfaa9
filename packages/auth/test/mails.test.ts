import { describe, expect, it } from "vitest";
import {
  bestaetigungsMail,
  inaktivitaetsWarnungMail,
  loeschMail,
  schonRegistriertMail,
  zuruecksetzenMail,
} from "../src/services/mails.ts";

describe("account mails", () => {
  it("link to the page in the mail's language, with the token in the query", () => {
    const de = bestaetigungsMail("a@b.de", "de", "tok_123-ABC");
    expect(de.text).toContain("http://localhost:3000/de/konto/bestaetigen?token=tok_123-ABC");
    expect(de.betreff).toMatch(/bestätigen/);
    const en = zuruecksetzenMail("a@b.de", "en", "t");
    expect(en.text).toContain("http://localhost:3000/en/konto/passwort-neu?token=t");
    expect(en.html).toContain('<html lang="en">');
    expect(en.betreff).toMatch(/password/);
  });

  it("escape what they interpolate in the HTML", () => {
    const mail = schonRegistriertMail(`"<img src=x onerror=alert(1)>"@example.org`, "de");
    expect(mail.an).toBe(`"<img src=x onerror=alert(1)>"@example.org`);
    expect(mail.html).not.toContain("<img");
    expect(mail.html).toContain("&quot;&lt;img src=x onerror=alert(1)&gt;&quot;@example.org");
    expect(mail.text).toContain("/de/konto/anmelden");
    expect(mail.text).toContain("/de/konto/passwort-vergessen");
  });

  it("warn of an inactivity deletion with its date, the time unused and an escaped address", () => {
    const an = `"<b>x</b>"@example.org`;
    const loeschAm = new Date("2027-07-01T23:30:00Z"); // 2 July in Saxony
    const de = inaktivitaetsWarnungMail(an, "de", { loeschAm, inaktivTage: 730 });
    expect(de.text).toContain("seit 2 Jahren");
    expect(de.text).toContain("am 2. Juli 2027");
    expect(de.text).toContain("http://localhost:3000/de/konto/anmelden");
    expect(de.html).not.toContain("<b>");
    const en = inaktivitaetsWarnungMail(an, "en", { loeschAm, inaktivTage: 400 });
    expect(en.text).toContain("for 400 days");
    expect(en.text).toContain("on 2 July 2027");
  });

  it("confirm a deletion, and say when it was for inactivity", () => {
    expect(loeschMail("a@b.de", "de").text).not.toContain("nicht genutzt");
    expect(loeschMail("a@b.de", "de", "inaktiv").text).toContain("lange nicht genutzt");
    expect(loeschMail("a@b.de", "en", "inaktiv").html).toContain('<html lang="en">');
  });
});
