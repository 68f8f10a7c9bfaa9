import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { StackError } from "../src/errors.ts";
import { loadSecrets } from "../src/secrets.ts";

let dir: string;
const file = () => join(dir, "secrets.json");
const stored = () => JSON.parse(readFileSync(file(), "utf8")) as Record<string, unknown>;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "secrets-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("loadSecrets", () => {
  it("creates the file with every key, readable by its owner only", () => {
    const secrets = loadSecrets(dir);
    expect(stored()).toEqual(secrets);
    expect(secrets.editorPassword).toMatch(/^Redaktion-.{20,}/);
    expect(secrets.APP_KEYS.split(",")).toHaveLength(2);
    // The delivery API's key in the format @portal/antraege authenticates.
    expect(secrets.fachverfahrenApiKey).toMatch(/^sk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(secrets.fachverfahrenOe).toBe("gv-14612000");
    expect(statSync(file()).mode & 0o777).toBe(0o600);
    // The same secrets on the next start.
    expect(loadSecrets(dir)).toEqual(secrets);
  });

  it("adds a key a newer version needs and keeps the others, also unknown ones", () => {
    const first = loadSecrets(dir);
    const { JWT_SECRET: _dropped, ...older } = first;
    writeFileSync(file(), JSON.stringify({ ...older, fromElsewhere: "kept" }), { mode: 0o644 });
    const lines: string[] = [];
    const secrets = loadSecrets(dir, (line) => lines.push(line));
    expect(secrets.JWT_SECRET).toMatch(/.{20,}/);
    expect(secrets.JWT_SECRET).not.toBe(first.JWT_SECRET);
    expect(secrets).toEqual({ ...first, JWT_SECRET: secrets.JWT_SECRET, fromElsewhere: "kept" });
    expect(stored()).toEqual(secrets);
    expect(statSync(file()).mode & 0o777).toBe(0o600);
    expect(lines.join("\n")).toContain("added JWT_SECRET");
  });

  it("tightens a file others may read", () => {
    const secrets = loadSecrets(dir);
    chmodSync(file(), 0o644);
    expect(loadSecrets(dir)).toEqual(secrets);
    expect(statSync(file()).mode & 0o777).toBe(0o600);
  });

  it("names the file when it is not JSON", () => {
    writeFileSync(file(), '{"adminEmail": "admin@amt24.example",');
    expect(() => loadSecrets(dir)).toThrow(StackError);
    expect(() => loadSecrets(dir)).toThrow(`${file()} is not valid JSON`);
    // Nothing was overwritten.
    expect(readFileSync(file(), "utf8")).toBe('{"adminEmail": "admin@amt24.example",');
  });

  it("names the file and the key when a value has the wrong type", () => {
    writeFileSync(file(), JSON.stringify({ adminPassword: 42, webhookSecret: "" }));
    let message = "";
    try {
      loadSecrets(dir);
    } catch (error) {
      expect(error).toBeInstanceOf(StackError);
      message = (error as Error).message;
    }
    expect(message).toContain(file());
    expect(message).toContain("adminPassword");
    expect(message).toContain("webhookSecret");
  });

  it("refuses a file that is not an object", () => {
    writeFileSync(file(), "[]");
    expect(() => loadSecrets(dir)).toThrow(file());
  });
});
