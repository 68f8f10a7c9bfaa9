import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { API_BASIS, bearerToken, PROBLEME, problem } from "./fachverfahren";

// The OpenAPI file and the route handlers describe the same API: every documented operation has
// a handler exporting that method, and every handler is documented. The file is read line by
// line (paths at two spaces, methods at four, as the file is written), so no YAML parser is needed.

const wurzel = fileURLToPath(new URL("../../../../", import.meta.url));
const spezifikation = readFileSync(join(wurzel, "docs/api/fachverfahren-v1.openapi.yaml"), "utf8");
const routen = join(wurzel, "apps/web/src/app", API_BASIS);

const METHODEN = ["get", "post", "put", "patch", "delete"] as const;

function dokumentiert(): string[] {
  const ops: string[] = [];
  let inPaths = false;
  let pfad: string | null = null;
  for (const zeile of spezifikation.split("\n")) {
    if (/^\S/u.test(zeile)) inPaths = zeile.startsWith("paths:");
    if (!inPaths) continue;
    const p = /^ {2}(\/\S*):\s*$/u.exec(zeile);
    if (p) pfad = p[1] ?? null;
    const m = /^ {4}([a-z]+):\s*$/u.exec(zeile);
    if (m && pfad && (METHODEN as readonly string[]).includes(m[1] ?? ""))
      ops.push(`${m[1]?.toUpperCase()} ${pfad}`);
  }
  return ops.sort();
}

function implementiert(): string[] {
  const ops: string[] = [];
  const besuche = (ordner: string, pfad: string) => {
    for (const name of readdirSync(ordner)) {
      const voll = join(ordner, name);
      // The catch-all answers 404 for every path that does not exist; it is no operation.
      if (statSync(voll).isDirectory() && name.startsWith("[...")) continue;
      if (statSync(voll).isDirectory()) {
        besuche(voll, `${pfad}/${name.replace(/^\[(.+)\]$/u, "{$1}")}`);
      } else if (name === "route.ts") {
        const quelle = readFileSync(voll, "utf8");
        for (const [, methode] of quelle.matchAll(
          /export\s+(?:async\s+)?function\s+(GET|POST|PUT|PATCH|DELETE)\b/gu,
        ))
          ops.push(`${methode} ${pfad || "/"}`);
      }
    }
  };
  besuche(routen, "");
  return ops.sort();
}

describe("the delivery API's OpenAPI file", () => {
  it("documents exactly the route handlers", () => {
    const doku = dokumentiert();
    expect(doku.length).toBeGreaterThanOrEqual(4);
    expect(implementiert()).toEqual(doku);
  });

  it("answers unknown paths with a problem 404 (the catch-all exports every method)", () => {
    const quelle = readFileSync(join(routen, "[...pfad]/route.ts"), "utf8");
    for (const m of METHODEN) expect(quelle).toContain(`export const ${m.toUpperCase()} =`);
  });

  it("names the base path as its server", () => {
    expect(spezifikation).toContain(`- url: ${API_BASIS}\n`);
    expect(spezifikation).toMatch(/^openapi: 3\.1\.\d+$/mu);
  });

  it("refers only to components it defines", () => {
    const refs = [...spezifikation.matchAll(/\$ref: "#\/components\/(\w+)\/([\w-]+)"/gu)];
    expect(refs.length).toBeGreaterThan(10);
    const abschnitt = (name: string) => {
      const start = spezifikation.indexOf(`\n  ${name}:\n`);
      const rest = spezifikation.slice(start + 1);
      const ende = rest.slice(1).search(/\n {2}\w/u);
      return ende < 0 ? rest : rest.slice(0, ende + 1);
    };
    for (const [, art, name] of refs)
      expect(abschnitt(art ?? ""), `${art}/${name}`).toMatch(new RegExp(`\\n {4}${name}:`, "u"));
  });

  it("lists every problem type the handlers can answer with", () => {
    for (const art of Object.keys(PROBLEME))
      expect(spezifikation).toContain(`- urn:portal:fachverfahren:problem:${art}\n`);
  });
});

describe("problem details", () => {
  it("are application/problem+json with German title and detail, never cached", async () => {
    const antwort = problem("nicht-authentifiziert", {
      headers: { "WWW-Authenticate": 'Bearer realm="fachverfahren"' },
    });
    expect(antwort.status).toBe(401);
    expect(antwort.headers.get("content-type")).toBe("application/problem+json");
    expect(antwort.headers.get("www-authenticate")).toBe('Bearer realm="fachverfahren"');
    expect(antwort.headers.get("cache-control")).toBe("no-store");
    expect(await antwort.json()).toEqual({
      type: "urn:portal:fachverfahren:problem:nicht-authentifiziert",
      title: "Nicht authentifiziert",
      status: 401,
      detail: PROBLEME["nicht-authentifiziert"].detail,
    });
  });
});

describe("bearerToken", () => {
  const mit = (authorization?: string) =>
    new Request("http://localhost/api", authorization ? { headers: { authorization } } : {});

  it("takes the token of the Bearer scheme, in any case (RFC 6750 § 2.1)", () => {
    expect(bearerToken(mit("Bearer sk_abc_def"))).toBe("sk_abc_def");
    expect(bearerToken(mit("bearer sk_abc_def"))).toBe("sk_abc_def");
  });

  it("takes nothing from no header, another scheme, or a header with more than a token", () => {
    for (const kopf of [undefined, "Bearer", "Bearer ", "Basic eDp5", "sk_abc_def", "Bearer a b"])
      expect(bearerToken(mit(kopf))).toBeNull();
  });
});
