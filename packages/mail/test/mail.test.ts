import {
  type GefangeneMail,
  type Mailcatcher,
  startMailcatcher,
} from "@portal/mailcatcher/catcher";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mailEnv } from "../src/env.ts";
import { erstelleTransport, type MailArbeit, smtpZiel, versendeMailJob } from "../src/server.ts";
import { type Mail, mailSchema } from "../src/types.ts";

const mail: Mail = {
  an: "anna@example.org",
  betreff: "Bitte bestätigen Sie Ihre E-Mail-Adresse",
  text: "Guten Tag,\n\nbitte bestätigen Sie: https://amt24.invalid/de/bestaetigen?token=geheim123\n",
  html: '<p>Guten Tag,</p><p>bitte <a href="https://amt24.invalid/de/bestaetigen?token=geheim123">bestätigen Sie</a>.</p>',
};

describe("a mail job's payload", () => {
  it("accepts a mail with recipient, subject, text and HTML", () => {
    expect(mailSchema.parse(mail)).toEqual(mail);
  });

  it.each([
    ["no address", { an: "anna" }, "an"],
    ["two addresses", { an: "anna@example.org, ben@example.org" }, "an"],
    [
      "a subject with a line break (header injection)",
      { betreff: "Hallo\r\nBcc: x@y.z" },
      "betreff",
    ],
    ["an empty subject", { betreff: "  " }, "betreff"],
    ["no text part", { text: "" }, "text"],
    ["no HTML part", { html: "" }, "html"],
  ])("refuses %s", (_, aenderung, feld) => {
    const result = mailSchema.safeParse({ ...mail, ...aenderung });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0])).toContain(feld);
  });
});

describe("the mail settings", () => {
  it("take an smtp:// or smtps:// URL and default the sender", () => {
    expect(mailEnv({ SMTP_URL: "smtps://u:p@mail.example.org:465" })).toEqual({
      SMTP_URL: "smtps://u:p@mail.example.org:465",
      MAIL_FROM: "Amt24 Sachsen <noreply@amt24.sachsen.invalid>",
    });
    expect(() => mailEnv({ SMTP_URL: "http://mail.example.org" })).toThrow(/smtp:\/\//);
    expect(() => mailEnv({})).toThrow();
  });

  it("name the server in logs without user and password", () => {
    expect(smtpZiel("smtp://user:secret@mail.example.org:587")).toBe("smtp://mail.example.org:587");
  });
});

describe("sending a mail job over SMTP", () => {
  let catcher: Mailcatcher;
  const log: string[] = [];
  let arbeit: MailArbeit;
  beforeAll(async () => {
    catcher = await startMailcatcher({ smtpPort: 0, webPort: 0 });
    // With a user and password, as a real relay wants them (the catcher accepts any).
    const url = catcher.smtpUrl.replace("smtp://", "smtp://portal:geheim@");
    arbeit = {
      transport: erstelleTransport({ SMTP_URL: url }),
      absender: "Amt24 Sachsen <noreply@amt24.sachsen.invalid>",
      log: (line) => log.push(line),
    };
  });
  afterAll(() => catcher.stop());

  const postfach = async (an: string) => {
    const res = await fetch(
      `${catcher.webUrl.replace("localhost", "127.0.0.1")}/api/mails?an=${encodeURIComponent(an)}`,
    );
    return (await res.json()) as GefangeneMail[];
  };

  it("delivers the text and the HTML part from the sender, and logs neither body nor token", async () => {
    const ergebnis = await versendeMailJob(arbeit, { id: "job-1", data: mail });
    expect(ergebnis).toMatchObject({ gesendet: true });
    const [angekommen] = await postfach("anna@example.org");
    expect(angekommen).toMatchObject({
      betreff: mail.betreff,
      von: expect.stringMatching(/^"?Amt24 Sachsen"? <noreply@amt24.sachsen.invalid>$/),
      text: expect.stringContaining("token=geheim123"),
      html: expect.stringContaining('href="https://amt24.invalid/de/bestaetigen?token=geheim123"'),
    });
    expect(log.join("\n")).toContain("job job-1 sent to …@example.org");
    expect(log.join("\n")).not.toMatch(/geheim123|anna|bestätigen/);
  });

  it("discards a payload that can never be sent, without a retry", async () => {
    const ergebnis = await versendeMailJob(arbeit, {
      id: "job-2",
      data: { ...mail, an: "kaputt", text: "Token geheim123" },
    });
    expect(ergebnis).toEqual({ verworfen: ["an: invalid_format"] });
    expect(await postfach("kaputt")).toEqual([]);
    expect(log.at(-1)).toContain("job job-2 discarded");
    expect(log.join("\n")).not.toContain("geheim123");
  });

  it("throws when the server is away, so that pg-boss retries the job", async () => {
    const weg = await startMailcatcher({ smtpPort: 0, webPort: 0 });
    await weg.stop();
    const transport = erstelleTransport({ SMTP_URL: weg.smtpUrl });
    await expect(
      versendeMailJob({ ...arbeit, transport }, { id: "job-3", data: mail }),
    ).rejects.toThrow(/SMTP: E(CONNECTION|SOCKET)/);
    expect(log.at(-1)).toMatch(
      /job job-3 to …@example.org failed \(E(CONNECTION|SOCKET)\); retried later/,
    );
  });
});
