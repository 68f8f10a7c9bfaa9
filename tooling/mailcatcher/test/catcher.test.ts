import { createServer } from "node:net";
import nodemailer from "nodemailer";
import { afterEach, describe, expect, it } from "vitest";
import { type GefangeneMail, type Mailcatcher, startMailcatcher } from "../src/catcher.ts";

let catcher: Mailcatcher | undefined;
afterEach(async () => {
  await catcher?.stop();
  catcher = undefined;
});

const api = (path: string, init?: RequestInit) =>
  fetch(`${catcher!.webUrl.replace("localhost", "127.0.0.1")}${path}`, init);

async function sende(an: string, betreff: string) {
  await nodemailer.createTransport(catcher!.smtpUrl).sendMail({
    from: "Amt24 <noreply@amt24.sachsen.invalid>",
    to: an,
    subject: betreff,
    text: "Bitte bestätigen: https://portal.invalid/bestaetigen?token=abc&x=1",
    html: '<p>Bitte <a href="https://portal.invalid/bestaetigen?token=abc">bestätigen</a>.</p><script>alert(1)</script>',
  });
}

const portFrei = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = createServer();
    s.once("error", () => resolve(false));
    s.listen(port, "127.0.0.1", () => s.close(() => resolve(true)));
  });

describe("the mail catcher", () => {
  it("keeps what it receives over SMTP and lists it as JSON, newest first, by recipient", async () => {
    catcher = await startMailcatcher({ smtpPort: 0, webPort: 0 });
    await sende("Anna@Example.org", "Erste");
    await sende("ben@example.org", "Zweite");

    const alle = (await (await api("/api/mails")).json()) as GefangeneMail[];
    expect(alle.map((m) => m.betreff)).toEqual(["Zweite", "Erste"]);
    const anna = (await (await api("/api/mails?an=anna@example.org")).json()) as GefangeneMail[];
    expect(anna).toHaveLength(1);
    expect(anna[0]).toMatchObject({
      an: ["anna@example.org"],
      betreff: "Erste",
      von: expect.stringContaining("noreply@amt24.sachsen.invalid"),
      text: expect.stringContaining("token=abc"),
      html: expect.stringContaining('href="https://portal.invalid/bestaetigen?token=abc"'),
    });
    expect((await api(`/api/mails/${anna[0]!.id}`)).status).toBe(200);

    expect((await api("/api/mails", { method: "DELETE" })).status).toBe(204);
    expect(await (await api("/api/mails")).json()).toEqual([]);
  });

  it("shows a mail with its links clickable and its HTML in a sandbox without scripts", async () => {
    catcher = await startMailcatcher({ smtpPort: 0, webPort: 0 });
    await sende("anna@example.org", "Konto <bestätigen>");
    const [mail] = (await (await api("/api/mails")).json()) as GefangeneMail[];

    const postfach = await (await api("/")).text();
    expect(postfach).toContain("nothing is delivered");
    expect(postfach).toContain(`href="/mails/${mail!.id}"`);
    expect(postfach).toContain("Konto &lt;bestätigen&gt;");

    const res = await api(`/mails/${mail!.id}`);
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
    const seite = await res.text();
    expect(seite).toContain(
      '<a href="https://portal.invalid/bestaetigen?token=abc&amp;x=1">https://portal.invalid/bestaetigen?token=abc&amp;x=1</a>',
    );
    expect(seite).toMatch(
      /<iframe title="[^"]+" sandbox="allow-popups allow-popups-to-escape-sandbox" srcdoc="/,
    );
    expect(seite).not.toContain("<script>");
    expect((await api("/mails/unbekannt")).status).toBe(404);
  });

  it("listens on 127.0.0.1 only and frees its ports on stop", async () => {
    catcher = await startMailcatcher({ smtpPort: 0, webPort: 0 });
    const smtpPort = Number(new URL(catcher.smtpUrl).port);
    const webPort = Number(new URL(catcher.webUrl).port);
    expect(new URL(catcher.smtpUrl).hostname).toBe("127.0.0.1");
    expect(await portFrei(smtpPort)).toBe(false);
    await expect(startMailcatcher({ smtpPort, webPort: 0 })).rejects.toThrow(/already in use/);
    await catcher.stop();
    expect(await portFrei(smtpPort)).toBe(true);
    expect(await portFrei(webPort)).toBe(true);
  });
});
