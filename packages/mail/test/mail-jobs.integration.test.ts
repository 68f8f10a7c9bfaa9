import { createTestDatabase } from "@portal/db/testing";
import { type Jobs, richteWarteschlangenEin, startJobs } from "@portal/jobs/server";
import {
  type GefangeneMail,
  type Mailcatcher,
  startMailcatcher,
} from "@portal/mailcatcher/catcher";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  arbeiteMailJobs,
  erstelleTransport,
  MAIL_WARTESCHLANGE,
  MAIL_WARTESCHLANGEN,
  stelleZu,
} from "../src/server.ts";

let url: string;
let drop: () => Promise<void>;
let catcher: Mailcatcher;
const offen: Jobs[] = [];
beforeAll(async () => {
  ({ url, drop } = await createTestDatabase(inject("adminUrl")));
  catcher = await startMailcatcher({ smtpPort: 0, webPort: 0 });
});
afterAll(async () => {
  for (const jobs of offen) await jobs.stop({ graceful: false, wait: true });
  await catcher.stop();
  await drop();
});

async function bis<T>(
  pruefe: () => Promise<T | null | undefined | false>,
  ms = 30_000,
): Promise<T> {
  const ende = Date.now() + ms;
  for (;;) {
    const wert = await pruefe();
    if (wert) return wert;
    if (Date.now() > ende) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 200));
  }
}

const postfach = async (an: string) =>
  (await (
    await fetch(`${catcher.webUrl.replace("localhost", "127.0.0.1")}/api/mails?an=${an}`)
  ).json()) as GefangeneMail[];

describe("mails through the job queue", () => {
  it("a mail recorded before a crash is sent by the worker that starts later", async () => {
    // The web app records the mail, then "crashes" before any worker has run.
    const web = await startJobs(url, { arbeiten: false, anwendung: "test-web" });
    await richteWarteschlangenEin(web, MAIL_WARTESCHLANGEN);
    const id = await stelleZu(web, {
      an: "clara@example.org",
      betreff: "Your account / Ihr Konto",
      text: "Confirm: https://amt24.invalid/en/confirm?token=t0k3n",
      html: '<p><a href="https://amt24.invalid/en/confirm?token=t0k3n">Confirm</a></p>',
    });
    expect(id).toBeTruthy();
    await expect(
      stelleZu(web, { an: "nobody", betreff: "x", text: "x", html: "x" }),
    ).rejects.toThrow();
    await web.stop({ graceful: false, wait: true });

    const worker = await startJobs(url, { arbeiten: true, anwendung: "test-worker" });
    offen.push(worker);
    await arbeiteMailJobs(worker, {
      transport: erstelleTransport({ SMTP_URL: catcher.smtpUrl }),
      absender: "Amt24 Sachsen <noreply@amt24.sachsen.invalid>",
      log: () => {},
    });
    const [mail] = await bis(async () => {
      const mails = await postfach("clara@example.org");
      return mails.length ? mails : null;
    });
    expect(mail?.text).toContain("token=t0k3n");
    const job = await bis(async () => {
      const j = await worker.getJobById(MAIL_WARTESCHLANGE.name, id!);
      return j?.state === "completed" ? j : null;
    });
    expect(job.output).toMatchObject({ gesendet: true });
    expect(job.retryLimit).toBe(8);
  }, 60_000);
});
