// Turns the open data in ../shared/data/sachsen into the project's own seed files:
//   seed/geo/*.json                      reference data seeded straight into the portal database
//   seed/cms/organisationseinheiten.json the municipal administrations and district offices (CMS content)
//   apps/web/public/karte/*               boundaries, basemap style and glyphs for the maps
// Run it again when the upstream data changes:
//   `node --import tsx scripts/build-seed.ts [path/to/data/sachsen]`.
import {
  chmodSync,
  copyFileSync,
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type Anschrift,
  type GemeindeSeed,
  type Oeffnungszeit,
  telefonnummer,
} from "@portal/katalog/types";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const source = resolve(process.argv[2] ?? join(root, "../shared/data/sachsen"));

/** Minimal RFC 4180 CSV parser (quoted fields, doubled quotes, commas and newlines inside quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || r[0] !== "");
}

/**
 * Reads a CSV file of the upstream data as records of the named columns. A column the script relies
 * on but the file lacks fails the build here, instead of turning silently into empty values.
 */
function csv<C extends string>(name: string, columns: readonly C[]): Record<C, string>[] {
  const [header = [], ...body] = parseCsv(
    readFileSync(join(source, name), "utf8").replace(/^\uFEFF/, ""),
  );
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length) throw new Error(`${name} lacks the columns ${missing.join(", ")}`);
  return body.map(
    (r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])) as Record<C, string>,
  );
}

const write = (path: string, data: unknown) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), `${JSON.stringify(data, null, 1)}\n`);
  console.log(`wrote ${path} (${Array.isArray(data) ? data.length : 1})`);
};
const orNull = (s: string | undefined): string | null => (s?.trim() ? s.trim() : null);
const url = (s: string): string | null => {
  const v = orNull(s);
  if (!v) return null;
  return /^https?:\/\//i.test(v) ? v.replace(/^http:\/\//i, "https://") : `https://${v}`;
};

const gemeindenCsv = csv("sachsen_gemeinden.csv", [
  "ags",
  "ars",
  "name",
  "name_kurz",
  "typ",
  "grosse_kreisstadt",
  "kreis_ags",
  "verband_ars",
  "einwohner",
  "lat",
  "lon",
]);
const kreiseCsv = csv("sachsen_kreise.csv", ["kreis_ags", "ars", "name", "typ", "sitz"]);
const verbaendeCsv = csv("sachsen_gemeindeverbaende.csv", [
  "verband_ars",
  "kreis_ags",
  "name",
  "typ",
  "sitz",
]);
const plzCsv = csv("sachsen_plz_gemeinde.csv", ["plz", "ags", "ort"]);
const verwaltungenCsv = csv("sachsen_verwaltungen.csv", [
  "schluessel",
  "art",
  "name",
  "strasse",
  "plz",
  "ort",
  "postfach_plz",
  "postfach_ort",
  "postfach_nr",
  "telefon",
  "telefax",
  "email",
  "homepage",
]);
const ortsteileCsv = csv("sachsen_ortsteile.csv", ["ags", "ortsteil"]);
type VerwaltungCsv = (typeof verwaltungenCsv)[number];

// The shapes of seed/geo/*.json as packages/katalog/src/services/gebiet.ts loads them (a municipality
// is GemeindeSeed, shared with it). Key order is the order of the JSON output.
interface Kreis {
  schluessel: string;
  ars: string;
  name: string;
  typ: "kreisfreie_stadt" | "landkreis";
  sitz: string;
}
type VerbandTyp = "verbandsfrei" | "verwaltungsgemeinschaft" | "verwaltungsverband";
interface Verband {
  ars: string;
  kreisSchluessel: string;
  name: string;
  typ: VerbandTyp;
  /** The member (or, for a Verwaltungsverband, any) municipality the Verband has its seat in. */
  sitzAgs: string | null;
}
/** An Organisationseinheit as apps/cms/src/bootstrap/seed.ts loads it into the CMS. */
interface Organisationseinheit {
  schluessel: string;
  name: string;
  art: "landratsamt" | "stadtverwaltung" | "gemeindeverwaltung" | "verwaltungsverband";
  gemeindeAgs: string | null;
  gebietArs: string;
  anschriften: Anschrift[];
  telefon: string | null;
  telefax: string | null;
  email: string | null;
  internet: string | null;
  oeffnungszeiten: Oeffnungszeit[];
  leitwegId: string | null;
  lat: number;
  lon: number;
}

const verbandTyp: Record<string, VerbandTyp> = {
  "verbandsfreie Gemeinde": "verbandsfrei",
  Verwaltungsgemeinschaft: "verwaltungsgemeinschaft",
  Verwaltungsverband: "verwaltungsverband",
};

// Display names say what a Kreis is ("Landkreis Leipzig" vs "Kreisfreie Stadt Leipzig").
const kreisName = (k: (typeof kreiseCsv)[number]) => {
  const name = k.name.replace(/, Stadt$/, "");
  if (k.typ === "Kreisfreie Stadt") return `Kreisfreie Stadt ${name}`;
  return /kreis$/.test(name) ? name : `Landkreis ${name}`;
};
const kreise = kreiseCsv.map(
  (k): Kreis => ({
    schluessel: k.kreis_ags,
    ars: k.ars,
    name: kreisName(k),
    typ: k.typ === "Kreisfreie Stadt" ? "kreisfreie_stadt" : "landkreis",
    sitz: orNull(k.sitz) ?? k.name.replace(/, Stadt$/, ""),
  }),
);

// Saxony has 53 Große Kreisstädte (SMI's list, as of 01.01.2026, read via Wikipedia's "Liste der Großen
// Kreisstädte in Sachsen"; since 2009 every Kreisstadt is one). The Landesdirektion's
// Gemeindeverzeichnis, where grosse_kreisstadt comes from, marks only 47: these six are corrections of that
// flag. The source per town is named in the StVO exceptions' `grund` in seed/cms/leistungen/*.json.
const GROSSE_KREISSTAEDTE_NICHT_IM_GEMEINDEVERZEICHNIS = new Set([
  "14521590", // Stollberg/Erzgeb. (Kreisstadt until the Kreisreform 2008)
  "14521690", // Zschopau (Große Kreisstadt since 01.01.1999, SMI press release of 22.12.1998)
  "14522360", // Mittweida (Kreisstadt until 2008; Landratsamt Mittelsachsen and the town)
  "14522490", // Rochlitz (Landratsamt Mittelsachsen)
  "14524030", // Crimmitschau
  "14524180", // Limbach-Oberfrohna
]);
const ANZAHL_GROSSE_KREISSTAEDTE = 53;

const gemeinden = gemeindenCsv.map(
  (g): GemeindeSeed => ({
    ags: g.ags,
    ars: g.ars,
    name: g.name_kurz || g.name,
    amtlicherName: g.name,
    typ:
      g.typ === "Kreisfreie Stadt" ? "kreisfreie_stadt" : g.typ === "Stadt" ? "stadt" : "gemeinde",
    grosseKreisstadt:
      g.grosse_kreisstadt === "1" || GROSSE_KREISSTAEDTE_NICHT_IM_GEMEINDEVERZEICHNIS.has(g.ags),
    kreisSchluessel: g.kreis_ags,
    verbandArs: g.verband_ars,
    einwohner: Number(g.einwohner) || 0,
    lat: Number(g.lat),
    lon: Number(g.lon),
  }),
);
const gemeindeByAgs = new Map(gemeinden.map((g) => [g.ags, g]));
for (const ags of GROSSE_KREISSTAEDTE_NICHT_IM_GEMEINDEVERZEICHNIS) {
  const g = gemeindeByAgs.get(ags);
  if (!g) throw new Error(`Große Kreisstadt ${ags} is no municipality in the upstream data`);
  if (gemeindenCsv.some((r) => r.ags === ags && r.grosse_kreisstadt === "1")) {
    console.log(`note: the upstream data now marks ${g.name} itself; its correction can go`);
  }
}
const grosseKreisstaedte = gemeinden.filter((g) => g.grosseKreisstadt).length;
if (grosseKreisstaedte !== ANZAHL_GROSSE_KREISSTAEDTE) {
  throw new Error(
    `${grosseKreisstaedte} Große Kreisstädte instead of ${ANZAHL_GROSSE_KREISSTAEDTE}: check the upstream flag and the corrections`,
  );
}

// The seat (Sitz) of a VG/VV is given by name; resolve it to the member municipality of that name.
const verbaende = verbaendeCsv.map((v): Verband => {
  const typ = verbandTyp[v.typ];
  if (!typ) throw new Error(`unknown Verband type ${v.typ}`);
  let sitzAgs: string | null = null;
  if (typ !== "verbandsfrei") {
    // "Kurort Seiffen/Erzgeb." is listed as "Seiffen/Erzgeb., Kurort"; the seat of a Verwaltungsverband
    // need not be a member (Eilenburg-West sits in Eilenburg), so look in the whole Kreis.
    // Names are compared without suffixes ("Lugau" is "Lugau/Erzgeb.", "Bernstadt" is "Bernstadt a. d. Eigen").
    const base = (name: string) => (name.replace(/^Kurort /, "").split(/[/,]/)[0] ?? "").trim();
    const inKreis = gemeinden.filter((g) => g.kreisSchluessel === v.kreis_ags);
    const sitz =
      inKreis.find((g) => g.verbandArs === v.verband_ars && base(g.name) === base(v.sitz)) ??
      inKreis.find((g) => base(g.name) === base(v.sitz)) ??
      inKreis.find((g) => g.verbandArs === v.verband_ars && g.name.startsWith(`${base(v.sitz)} `));
    if (!sitz) throw new Error(`seat ${v.sitz} of ${v.name} not found`);
    sitzAgs = sitz.ags;
  }
  return { ars: v.verband_ars, kreisSchluessel: v.kreis_ags, name: v.name, typ, sitzAgs };
});

const plz = plzCsv
  .filter((p) => gemeindeByAgs.has(p.ags))
  .map((p) => ({ plz: p.plz, ags: p.ags, ort: p.ort }));
const ortsteile = ortsteileCsv
  .filter((o) => gemeindeByAgs.has(o.ags) && o.ortsteil.trim())
  .map((o) => ({ ags: o.ags, name: o.ortsteil.trim() }));

for (const g of gemeinden) {
  if (!plz.some((p) => p.ags === g.ags)) throw new Error(`no postal code for ${g.ags} ${g.name}`);
}

function anschriften(v: VerwaltungCsv): Anschrift[] {
  const list: Anschrift[] = [{ typ: "hausanschrift", strasse: v.strasse, plz: v.plz, ort: v.ort }];
  if (orNull(v.postfach_nr) || orNull(v.postfach_plz)) {
    list.push({
      typ: "postfach",
      postfach: orNull(v.postfach_nr),
      plz: orNull(v.postfach_plz) ?? v.plz,
      ort: orNull(v.postfach_ort) ?? v.ort,
    });
  }
  return list;
}

// The upstream data has text in number fields ("03581 kein Anschluss"): the same rule as the CMS sync.
const kontakt = (v: VerwaltungCsv) => ({
  telefon: telefonnummer(v.telefon),
  telefax: telefonnummer(v.telefax),
  email: orNull(v.email),
  internet: url(v.homepage),
  oeffnungszeiten: [],
  leitwegId: null,
});

const verwaltungByKey = new Map(verwaltungenCsv.map((v) => [v.schluessel, v]));
const organisationseinheiten: Organisationseinheit[] = [];
for (const v of verwaltungenCsv) {
  if (v.art === "Landratsamt") {
    const sitz =
      gemeinden.find((g) => g.kreisSchluessel === v.schluessel && g.name === v.ort) ??
      gemeinden.find((g) => g.kreisSchluessel === v.schluessel);
    if (!sitz) throw new Error(`district office ${v.schluessel} without municipality`);
    organisationseinheiten.push({
      schluessel: `lra-${v.schluessel}`,
      name: `Landratsamt ${v.name}`, // the official names: "Erzgebirgskreis", "Landkreis Leipzig" …
      art: "landratsamt",
      gemeindeAgs: null,
      gebietArs: v.schluessel,
      anschriften: anschriften(v),
      ...kontakt(v),
      lat: sitz.lat,
      lon: sitz.lon,
    });
    continue;
  }
  const g = gemeindeByAgs.get(v.schluessel);
  if (!g) throw new Error(`administration ${v.schluessel} without municipality`);
  const stadt = g.typ !== "gemeinde";
  organisationseinheiten.push({
    schluessel: `gv-${g.ags}`,
    name: `${stadt ? "Stadtverwaltung" : "Gemeindeverwaltung"} ${g.name}`,
    art: stadt ? "stadtverwaltung" : "gemeindeverwaltung",
    gemeindeAgs: g.ags,
    gebietArs: g.ars,
    anschriften: anschriften(v),
    ...kontakt(v),
    lat: g.lat,
    lon: g.lon,
  });
}
// A Verwaltungsverband is an authority of its own; the open data has no separate contact record for it,
// so its office is given as the administration at its seat.
for (const vb of verbaende.filter((x) => x.typ === "verwaltungsverband")) {
  const seat = vb.sitzAgs ? verwaltungByKey.get(vb.sitzAgs) : undefined;
  const g = vb.sitzAgs ? gemeindeByAgs.get(vb.sitzAgs) : undefined;
  if (!seat || !g) throw new Error(`no administration at the seat of ${vb.name}`);
  organisationseinheiten.push({
    schluessel: `vv-${vb.ars}`,
    name: `Verwaltungsverband ${vb.name}`,
    art: "verwaltungsverband",
    gemeindeAgs: vb.sitzAgs,
    gebietArs: vb.ars,
    anschriften: anschriften(seat),
    ...kontakt(seat),
    lat: g.lat,
    lon: g.lon,
  });
}

write("seed/geo/kreise.json", kreise);
write("seed/geo/verbaende.json", verbaende);
write("seed/geo/gemeinden.json", gemeinden);
write("seed/geo/plz.json", plz);
write("seed/geo/ortsteile.json", ortsteile);
write("seed/cms/organisationseinheiten.json", organisationseinheiten);

const karte = join(root, "apps/web/public/karte");
mkdirSync(karte, { recursive: true });
for (const f of [
  "sachsen_gemeinden.geojson",
  "sachsen_landkreise.geojson",
  "sachsen_land.geojson",
  "sachsen_gemeinden_punkte.geojson",
  "basemap/nachbarlaender_ne10m.geojson",
  "basemap/bundeslaender_umgebung_vg5000.geojson",
]) {
  copyFileSync(join(source, f), join(karte, f.replace("basemap/", "")));
}
cpSync(join(source, "basemap/fonts"), join(karte, "fonts"), { recursive: true });
// The upstream style sits one folder below the boundaries; here all map files share one folder.
const style = readFileSync(join(source, "basemap/style.json"), "utf8").replaceAll('"../', '"');
writeFileSync(join(karte, "style.json"), style);
// shared/ is read-only: copies must be writable for the next run.
const makeWritable = (path: string) => {
  chmodSync(path, statSync(path).isDirectory() ? 0o755 : 0o644);
  if (statSync(path).isDirectory()) for (const f of readdirSync(path)) makeWritable(join(path, f));
};
makeWritable(karte);
console.log("copied map assets to apps/web/public/karte");
