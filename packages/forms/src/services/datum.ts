// Calendar dates as "YYYY-MM-DD" strings: no time zone, no Date objects in the answers (a date of
// birth is a day, not an instant). "Today" is the day in Germany, where the authority decides.

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const RELATIV = /^heute(?:([+-])(\d{1,5}))?$/;

/** Whether `s` is a real calendar date in ISO form (rejects 2023-02-29). */
export function istIsoDatum(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const [j, mo, t] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (j < 1 || mo < 1 || mo > 12 || t < 1) return false;
  return t <= tageImMonat(j, mo);
}

function tageImMonat(jahr: number, monat: number): number {
  return new Date(Date.UTC(jahr, monat, 0)).getUTCDate();
}

/** Today's date in Europe/Berlin as "YYYY-MM-DD". */
export function heuteInDeutschland(jetzt: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Berlin",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(jetzt);
}

function plusTage(iso: string, tage: number): string {
  const [j, m, t] = iso.split("-").map(Number) as [number, number, number];
  const d = new Date(Date.UTC(j, m - 1, t + tage));
  return d.toISOString().slice(0, 10);
}

/** Whether a bound of a definition is well formed: an ISO date or "heute", "heute+N", "heute-N". */
export function istDatumGrenze(s: string): boolean {
  return istIsoDatum(s) || RELATIV.test(s);
}

/** The bound as an ISO date, relative bounds counted from `heute`; undefined when malformed. */
export function loeseDatumGrenze(grenze: string, heute: string): string | undefined {
  if (istIsoDatum(grenze)) return grenze;
  const m = RELATIV.exec(grenze);
  if (!m) return undefined;
  const tage = m[2] ? Number(m[2]) * (m[1] === "-" ? -1 : 1) : 0;
  return plusTage(heute, tage);
}

/**
 * A date as typed into a form: "YYYY-MM-DD" (what `<input type="date">` sends) or the German
 * "TT.MM.JJJJ" (what people type into a text input, also "1.2.2024"). Returns ISO or undefined.
 */
export function leseDatum(eingabe: string): string | undefined {
  const s = eingabe.trim();
  if (istIsoDatum(s)) return s;
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  if (!m) return undefined;
  const iso = `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
  return istIsoDatum(iso) ? iso : undefined;
}

const MONATE_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2024-03-05" → "05.03.2024" (de) / "5 March 2024" (en, as GOV.UK writes dates). */
export function formatiereDatum(iso: string, lang: "de" | "en"): string {
  const [j, m, t] = iso.split("-");
  if (lang === "de") return `${t}.${m}.${j}`;
  return `${Number(t)} ${MONATE_EN[Number(m) - 1]} ${j}`;
}
