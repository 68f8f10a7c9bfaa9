// The development mail catcher: an SMTP server on 127.0.0.1 that accepts every mail and keeps it in
// memory (nothing is delivered), an inbox page to read them and click their links, and a JSON API
// for the tests. `npm start` and `npm test` start one when no SMTP_URL is given (tooling/stack).
//
//   GET    /                 the inbox (newest first)
//   GET    /mails/:id        one mail: its text part (links clickable) and its HTML part
//   GET    /api/mails        every mail as JSON, newest first; ?an=address: only those to it
//   GET    /api/mails/:id    one mail as JSON
//   DELETE /api/mails        empties the inbox
import { randomUUID } from "node:crypto";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/** A caught mail as the API returns it. */
export interface GefangeneMail {
  id: string;
  /** ISO 8601. */
  empfangenAm: string;
  von: string;
  /** The envelope's recipients (RCPT TO), lower case. */
  an: string[];
  betreff: string;
  text: string;
  html: string;
}

export interface MailcatcherOptions {
  /** 0: any free port. */
  smtpPort: number;
  webPort: number;
  /** Mails kept; the oldest go first. */
  max?: number;
}

export interface Mailcatcher {
  /** smtp://127.0.0.1:port, for SMTP_URL. */
  smtpUrl: string;
  /** The inbox, http://localhost:port. */
  webUrl: string;
  mails(): GefangeneMail[];
  /** Closes both servers; resolves when their ports are free. Idempotent. */
  stop(): Promise<void>;
}

const HOST = "127.0.0.1";

interface Listener {
  listen(port: number, host: string, callback: () => void): unknown;
  once(event: "error", listener: (error: NodeJS.ErrnoException) => void): unknown;
  off(event: "error", listener: (error: NodeJS.ErrnoException) => void): unknown;
}

function listen(server: Listener, port: number) {
  return new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new Error(`mail catcher: port ${port} is already in use`)
          : error,
      );
    server.once("error", onError);
    server.listen(port, HOST, () => {
      server.off("error", onError);
      resolve();
    });
  });
}

export async function startMailcatcher(options: MailcatcherOptions): Promise<Mailcatcher> {
  const max = options.max ?? 1000;
  const postfach: GefangeneMail[] = []; // newest first

  const smtp = new SMTPServer({
    banner: "development mail catcher: nothing is delivered",
    // Any user and password is accepted (SMTP_URL may carry them); no TLS on the loopback.
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ["STARTTLS"],
    size: 10 * 1024 * 1024,
    closeTimeout: 1000,
    logger: false,
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username ?? "" }),
    onData: (stream, session, callback) => {
      simpleParser(stream)
        .then((parsed) => {
          postfach.unshift({
            id: randomUUID(),
            empfangenAm: new Date().toISOString(),
            von: parsed.from?.text ?? (session.envelope.mailFrom || { address: "" }).address,
            an: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            betreff: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
          });
          postfach.splice(max);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });

  const web = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const teile = url.pathname.split("/").filter(Boolean);
    if (teile[0] === "api" && teile[1] === "mails") {
      if (teile.length === 2 && req.method === "GET") {
        const an = url.searchParams.get("an")?.toLowerCase();
        return json(res, 200, an ? postfach.filter((m) => m.an.includes(an)) : postfach);
      }
      if (teile.length === 2 && req.method === "DELETE") {
        postfach.length = 0;
        return void res.writeHead(204).end();
      }
      const mail = postfach.find((m) => m.id === teile[2]);
      if (teile.length === 3 && req.method === "GET" && mail) return json(res, 200, mail);
      return json(res, 404, { fehler: "not found" });
    }
    if (req.method !== "GET") return void res.writeHead(405).end();
    if (teile.length === 0) return html(res, 200, postfachSeite(postfach));
    const mail = teile[0] === "mails" ? postfach.find((m) => m.id === teile[1]) : undefined;
    if (teile.length === 2 && mail) return html(res, 200, mailSeite(mail));
    return html(
      res,
      404,
      seite("Nicht gefunden / Not found", "<p>Diese Mail gibt es nicht (mehr).</p>"),
    );
  });

  try {
    await listen(smtp, options.smtpPort);
    await listen(web, options.webPort);
  } catch (error) {
    smtp.server.close();
    web.close();
    throw error;
  }
  // A broken connection is the client's problem, not a reason to stop catching.
  smtp.on("error", (error) => console.error("[mail] catcher:", error.message));
  const smtpPort = (smtp.server.address() as AddressInfo).port;
  const webPort = (web.address() as AddressInfo).port;

  let stopping: Promise<void> | undefined;
  return {
    smtpUrl: `smtp://${HOST}:${smtpPort}`,
    webUrl: `http://localhost:${webPort}`,
    mails: () => [...postfach],
    stop: () => {
      stopping ??= Promise.all([
        new Promise<void>((r) => smtp.close(() => r())),
        new Promise<void>((r) => {
          web.close(() => r());
          web.closeAllConnections();
        }),
      ]).then(() => {});
      return stopping;
    },
  };
}

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}

function html(res: ServerResponse, status: number, body: string) {
  res.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    // The mails' own HTML is shown in a sandboxed frame without scripts; nothing loads from outside.
    "content-security-policy":
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; form-action 'none'",
  });
  res.end(body);
}

const maskiere = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

/** The text part, escaped, with its http(s) links clickable. */
const mitLinks = (text: string) =>
  maskiere(text).replace(/https?:\/\/[^\s<>"']+/g, (link) => `<a href="${link}">${link}</a>`);

const zeit = (iso: string) => new Date(iso).toLocaleString("de-DE", { timeZone: "Europe/Berlin" });

function seite(titel: string, inhalt: string): string {
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${maskiere(titel)} – Mail-Catcher</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 0 auto; padding: 1rem; line-height: 1.5; }
.hinweis { background: #fff4ce; border-left: 4px solid #b58900; padding: .5rem 1rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .4rem; border-bottom: 1px solid #ccc; vertical-align: top; }
pre { white-space: pre-wrap; background: #f5f5f5; padding: 1rem; }
iframe { width: 100%; height: 32rem; border: 1px solid #ccc; }
a:focus { outline: 3px solid #0b5fff; }
</style>
</head>
<body>
<main>
<p class="hinweis"><strong>Entwicklungs-Postfach:</strong> Hier landen die Mails des Portals; nichts wird zugestellt.
<span lang="en">Development mail catcher: the portal's mails end up here; nothing is delivered.</span></p>
${inhalt}
</main>
</body>
</html>
`;
}

function postfachSeite(postfach: GefangeneMail[]): string {
  const zeilen = postfach
    .map(
      (m) =>
        `<tr><td><a href="/mails/${m.id}">${maskiere(m.betreff || "(ohne Betreff)")}</a></td><td>${maskiere(m.an.join(", "))}</td><td>${zeit(m.empfangenAm)}</td></tr>`,
    )
    .join("\n");
  return seite(
    "Posteingang",
    `<h1>Posteingang <span lang="en">(Inbox)</span></h1>
${
  postfach.length
    ? `<table>
<caption>${postfach.length} Mail(s), neueste zuerst</caption>
<thead><tr><th scope="col">Betreff</th><th scope="col">An</th><th scope="col">Empfangen</th></tr></thead>
<tbody>
${zeilen}
</tbody>
</table>`
    : '<p>Noch keine Mails. <span lang="en">No mails yet.</span> Die Seite neu laden, um neue zu sehen.</p>'
}`,
  );
}

function mailSeite(m: GefangeneMail): string {
  // <base target> opens the mail's links in a new tab: the frame may not navigate this page.
  const srcdoc = `<base target="_blank">${m.html}`;
  return seite(
    m.betreff || "(ohne Betreff)",
    `<p><a href="/">← Posteingang</a></p>
<h1>${maskiere(m.betreff || "(ohne Betreff)")}</h1>
<dl>
<dt>Von</dt><dd>${maskiere(m.von)}</dd>
<dt>An</dt><dd>${maskiere(m.an.join(", "))}</dd>
<dt>Empfangen</dt><dd>${zeit(m.empfangenAm)}</dd>
</dl>
<h2>Text</h2>
<pre>${mitLinks(m.text)}</pre>
<h2>HTML</h2>
${
  m.html
    ? `<iframe title="HTML-Teil der Mail" sandbox="allow-popups allow-popups-to-escape-sandbox" srcdoc="${maskiere(srcdoc)}"></iframe>`
    : "<p>Diese Mail hat keinen HTML-Teil.</p>"
}`,
  );
}
