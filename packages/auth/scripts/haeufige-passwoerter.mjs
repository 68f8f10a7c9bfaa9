// Builds data/haeufige-passwoerter.json, the blocklist of common passwords (NIST SP 800-63B-4
// § 3.1.1.2: refuse passwords that are commonly used, expected or compromised).
//
// A one-off: the list is committed, so neither build nor runtime depends on zxcvbn. To rebuild it
// from the ranked password dictionary of @zxcvbn-ts/language-common (MIT):
//
//   cd "$(mktemp -d)" && npm pack @zxcvbn-ts/language-common@4.1.3 && tar xzf zxcvbn-ts-*.tgz
//   node /path/to/packages/auth/scripts/haeufige-passwoerter.mjs "$PWD/package/src/passwords.json"
//
// @zxcvbn-ts/language-de 3.0.2 has no password list (only common words, names and Wikipedia
// terms). German users type the same patterns on a German keyboard and in German, so every entry
// is also added with those parts translated (VARIANTEN): "qwertyuiop" gives "qwertzuiop",
// "password123" gives "passwort123".
import { readFileSync, writeFileSync } from "node:fs";

const [quelle] = process.argv.slice(2);
if (!quelle) throw new Error("usage: node haeufige-passwoerter.mjs <passwords.json>");

// Shorter passwords are refused by the length rule already (MIN_PASSWORT is 15); 10 keeps a
// margin should the minimum ever be lowered, and the file small.
const MIN_LAENGE = 10;

/** English pattern → its German-keyboard or German-language form. */
const VARIANTEN = [
  ["qwerty", "qwertz"],
  ["password", "passwort"],
  ["iloveyou", "ichliebedich"],
];

const gesehen = new Set();
for (const passwort of JSON.parse(readFileSync(quelle, "utf8"))) {
  const normalisiert = passwort.normalize("NFKC").toLowerCase();
  const formen = [normalisiert];
  for (const [englisch, deutsch] of VARIANTEN) {
    if (normalisiert.includes(englisch)) formen.push(normalisiert.replaceAll(englisch, deutsch));
  }
  for (const form of formen) if ([...form].length >= MIN_LAENGE) gesehen.add(form);
}

const ziel = new URL("../data/haeufige-passwoerter.json", import.meta.url);
const datei = {
  quelle:
    "@zxcvbn-ts/language-common 4.1.3, src/passwords.json (ranked by frequency in leaked password sets)",
  lizenz:
    "MIT, Copyright (c) 2012-2016 Dan Wheeler and Dropbox, Inc.; Copyright (c) 2021 @zxcvbn-ts",
  auswahl: `entries of at least ${MIN_LAENGE} code points, NFKC-normalised, lower-cased, in rank order, each followed by its German variants (${VARIANTEN.map(([e, d]) => `${e}→${d}`).join(", ")})`,
  passwoerter: [...gesehen],
};
writeFileSync(ziel, `${JSON.stringify(datei, null, 2)}\n`);
console.log(`${gesehen.size} passwords written to ${ziel.pathname}`);
