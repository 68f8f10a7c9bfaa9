// Checks the responsibility rules in seed/cms/leistungen/*.json (docs/content-model.md,
// "Zuständigkeiten und ihre Quellen"): every file parses, every rule has the required fields with allowed
// values, every referenced authority exists in organisationseinheiten.json or landesbehoerden.json, every
// exception ARS (or ARS prefix) matches a municipality, and every case resolves to an existing authority for
// each of Saxony's municipalities. English condition texts must match the German cases one to one.
// Run: `node --import tsx scripts/check-zustaendigkeiten.ts` (exit code 1 on the first report of errors).
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

type Ebene = "gemeinde" | "verwaltungsgemeinschaft" | "kreis" | "land";
type Ausnahme = { gebietArs: string; organisationseinheit: string; grund?: string };
type Fall = {
  bedingung?: string;
  ebene: Ebene;
  organisationseinheit?: string;
  ausnahmen?: Ausnahme[];
};
type Regel = Fall & {
  quelle?: string;
  quelleUrl?: string;
  massgeblicherOrt?: string;
  weitereFaelle?: Fall[];
};
type Leistung = {
  slug: string;
  zustaendigkeit?: Regel;
  en?: { zustaendigkeit?: { bedingung?: string; weitereFaelle?: { bedingung?: string }[] } };
};
type Gemeinde = {
  ags: string;
  ars: string;
  name: string;
  kreisSchluessel: string;
  verbandArs: string;
};
type Verband = { ars: string; typ: string; sitzAgs: string | null };
type Kreis = { schluessel: string; typ: string };

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const readJson = <T>(...parts: string[]): T =>
  JSON.parse(readFileSync(join(root, ...parts), "utf8")) as T;

const EBENEN = new Set(["gemeinde", "verwaltungsgemeinschaft", "kreis", "land"]);
const ORTE = new Set([
  "wohnort",
  "ereignisort",
  "grundstueck",
  "betriebsstaette",
  "veranstaltungsort",
  "schulort",
  "fundort",
  "sitz",
]);

const gemeinden = readJson<Gemeinde[]>("seed/geo/gemeinden.json");
const verbaende = new Map(readJson<Verband[]>("seed/geo/verbaende.json").map((v) => [v.ars, v]));
const kreise = new Map(readJson<Kreis[]>("seed/geo/kreise.json").map((k) => [k.schluessel, k]));
const orgKeys = new Set(
  [
    ...readJson<{ schluessel: string }[]>("seed/cms/organisationseinheiten.json"),
    ...readJson<{ schluessel: string }[]>("seed/cms/landesbehoerden.json"),
  ].map((o) => o.schluessel),
);

const errors: string[] = [];
const fail = (where: string, message: string) => errors.push(`${where}: ${message}`);

/** The authority a case names for one municipality (docs/content-model.md), before exceptions. */
function byLevel(fall: Fall, g: Gemeinde): string | undefined {
  switch (fall.ebene) {
    case "gemeinde":
      return `gv-${g.ags}`;
    case "verwaltungsgemeinschaft": {
      const v = verbaende.get(g.verbandArs);
      if (v?.typ === "verwaltungsgemeinschaft" && v.sitzAgs) return `gv-${v.sitzAgs}`;
      if (v?.typ === "verwaltungsverband") return `vv-${v.ars}`;
      return `gv-${g.ags}`;
    }
    case "kreis":
      return kreise.get(g.kreisSchluessel)?.typ === "kreisfreie_stadt"
        ? `gv-${g.ags}`
        : `lra-${g.kreisSchluessel}`;
    case "land":
      return fall.organisationseinheit;
  }
}

function resolveFall(fall: Fall, g: Gemeinde): string | undefined {
  const hit = (fall.ausnahmen ?? [])
    .filter((a) => g.ars.startsWith(a.gebietArs))
    .sort((a, b) => b.gebietArs.length - a.gebietArs.length)[0];
  return hit ? hit.organisationseinheit : byLevel(fall, g);
}

function checkFall(where: string, fall: Fall) {
  if (!EBENEN.has(fall.ebene)) fail(where, `unknown ebene ${JSON.stringify(fall.ebene)}`);
  if (fall.ebene === "land") {
    if (!fall.organisationseinheit?.startsWith("land-"))
      fail(where, "ebene land needs a land-… organisationseinheit");
  } else if (fall.organisationseinheit) {
    fail(where, "organisationseinheit is only allowed for ebene land");
  }
  if (fall.organisationseinheit && !orgKeys.has(fall.organisationseinheit)) {
    fail(where, `unknown organisationseinheit ${fall.organisationseinheit}`);
  }
  const prefixes = new Set<string>();
  for (const a of fall.ausnahmen ?? []) {
    if (!/^\d{2,12}$/.test(a.gebietArs)) fail(where, `bad gebietArs ${a.gebietArs}`);
    if (prefixes.has(a.gebietArs)) fail(where, `gebietArs ${a.gebietArs} listed twice`);
    prefixes.add(a.gebietArs);
    if (!gemeinden.some((g) => g.ars.startsWith(a.gebietArs)))
      fail(where, `gebietArs ${a.gebietArs} matches no municipality`);
    if (a.gebietArs.length === 12 && !gemeinden.some((g) => g.ars === a.gebietArs)) {
      fail(where, `gebietArs ${a.gebietArs} is no municipality's ARS`);
    }
    if (!orgKeys.has(a.organisationseinheit))
      fail(where, `unknown organisationseinheit ${a.organisationseinheit}`);
    if (!a.grund?.trim()) fail(where, `exception ${a.gebietArs} has no grund`);
  }
  for (const g of gemeinden) {
    const key = resolveFall(fall, g);
    if (!key || !orgKeys.has(key)) fail(where, `${g.name} (${g.ars}) resolves to missing ${key}`);
  }
}

const dir = join(root, "seed/cms/leistungen");
let services = 0;
let cases = 0;
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort()) {
  let entries: Leistung[];
  try {
    entries = JSON.parse(readFileSync(join(dir, file), "utf8"));
  } catch (error) {
    fail(file, `does not parse: ${(error as Error).message}`);
    continue;
  }
  for (const l of entries) {
    const where = `${file} ${l.slug}`;
    const z = l.zustaendigkeit;
    services++;
    if (!z) {
      fail(where, "no zustaendigkeit");
      continue;
    }
    if (!z.quelle?.trim()) fail(where, "no quelle");
    if (z.quelleUrl !== undefined && !/^https?:\/\/\S+$/.test(z.quelleUrl))
      fail(where, `bad quelleUrl ${z.quelleUrl}`);
    if (!z.massgeblicherOrt || !ORTE.has(z.massgeblicherOrt)) {
      fail(where, `bad massgeblicherOrt ${JSON.stringify(z.massgeblicherOrt)}`);
    }
    const weitere = z.weitereFaelle ?? [];
    if (weitere.length > 0 && !z.bedingung?.trim())
      fail(where, "weitereFaelle without a bedingung for the rule's own case");
    if (z.bedingung && weitere.length === 0) fail(where, "bedingung without weitereFaelle");
    checkFall(where, z);
    cases++;
    weitere.forEach((f, i) => {
      if (!f.bedingung?.trim()) fail(`${where} weitereFaelle[${i}]`, "no bedingung");
      checkFall(`${where} weitereFaelle[${i}]`, f);
      cases++;
    });
    const en = l.en?.zustaendigkeit;
    if (weitere.length > 0 || en) {
      if (!en?.bedingung?.trim()) fail(where, "en.zustaendigkeit.bedingung missing");
      if ((en?.weitereFaelle ?? []).length !== weitere.length) {
        fail(where, "en.zustaendigkeit.weitereFaelle must match weitereFaelle one to one");
      }
      (en?.weitereFaelle ?? []).forEach((f, i) => {
        if (!f.bedingung?.trim())
          fail(where, `en.zustaendigkeit.weitereFaelle[${i}].bedingung missing`);
      });
    }
  }
}

if (errors.length > 0) {
  console.error(errors.join("\n"));
  console.error(`\n${errors.length} problem(s) in ${services} services`);
  process.exit(1);
}
console.log(
  `ok: ${services} services, ${cases} cases, each resolved for ${gemeinden.length} municipalities`,
);
