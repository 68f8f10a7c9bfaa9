import { type Ergebnis, gut, schlecht } from "./ergebnis.ts";

/**
 * TARGET2 (T2) business days, the calendar of SEPA interbank settlement. Dates are calendar dates
 * as ISO strings (`2027-03-26`), never `Date` objects, so that no time zone can move them. The
 * calendar functions throw a RangeError for a string that is not a real ISO date: those come from
 * code, not from users (check user input with `istIsoDatum` first).
 */
export type IsoDatum = string;

const ISO_DATUM = /^(\d{4})-(\d{2})-(\d{2})$/;

function zuTag(datum: IsoDatum): number {
  const m = ISO_DATUM.exec(datum);
  if (!m) throw new RangeError(`Kein ISO-Datum: ${datum}`);
  const [j, mo, t] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(j, mo - 1, t);
  const d = new Date(ms);
  if (d.getUTCFullYear() !== j || d.getUTCMonth() !== mo - 1 || d.getUTCDate() !== t) {
    throw new RangeError(`Kein gültiges Datum: ${datum}`);
  }
  return ms / 86_400_000;
}

function ausTag(tag: number): IsoDatum {
  return new Date(tag * 86_400_000).toISOString().slice(0, 10);
}

/** Is the string a real calendar date in ISO form? */
export function istIsoDatum(datum: string): boolean {
  try {
    zuTag(datum);
    return true;
  } catch {
    return false;
  }
}

/** `datum` plus `tage` calendar days. */
export function plusTage(datum: IsoDatum, tage: number): IsoDatum {
  return ausTag(zuTag(datum) + tage);
}

/** Easter Sunday of a Gregorian year (anonymous Gregorian computus, Meeus/Jones/Butcher). */
export function ostersonntag(jahr: number): IsoDatum {
  const a = jahr % 19;
  const b = Math.floor(jahr / 100);
  const c = jahr % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const monat = Math.floor((h + l - 7 * m + 114) / 31);
  const tag = ((h + l - 7 * m + 114) % 31) + 1;
  return `${String(jahr).padStart(4, "0")}-${String(monat).padStart(2, "0")}-${String(tag).padStart(2, "0")}`;
}

/**
 * TARGET2 closing days besides weekends (ECB, in force since 2002): New Year's Day, Good Friday,
 * Easter Monday, 1 May (Labour Day), 25 and 26 December. National holidays (e.g. 3 October, Whit
 * Monday) are not closing days: SEPA debits settle on them.
 */
export function target2Feiertage(jahr: number): IsoDatum[] {
  const ostern = ostersonntag(jahr);
  const j = String(jahr).padStart(4, "0");
  return [
    `${j}-01-01`,
    plusTage(ostern, -2),
    plusTage(ostern, 1),
    `${j}-05-01`,
    `${j}-12-25`,
    `${j}-12-26`,
  ];
}

/** Is the date a TARGET2 business day (not a weekend, not a closing day)? */
export function istGeschaeftstag(datum: IsoDatum): boolean {
  const tag = zuTag(datum);
  // 1970-01-01 was a Thursday: day 0 → 4 (0 = Sunday).
  const wochentag = (((tag + 4) % 7) + 7) % 7;
  if (wochentag === 0 || wochentag === 6) return false;
  return !target2Feiertage(Number(datum.slice(0, 4))).includes(datum);
}

/** The first TARGET2 business day strictly after `datum`. */
export function naechsterGeschaeftstag(datum: IsoDatum): IsoDatum {
  let d = plusTage(datum, 1);
  while (!istGeschaeftstag(d)) d = plusTage(d, 1);
  return d;
}

/** `datum` itself if it is a business day, else the next one. */
export function geschaeftstagAbOder(datum: IsoDatum): IsoDatum {
  return istGeschaeftstag(datum) ? datum : naechsterGeschaeftstag(datum);
}

/** Adds `anzahl` TARGET2 business days (D + n). */
export function plusGeschaeftstage(datum: IsoDatum, anzahl: number): IsoDatum {
  let d = datum;
  for (let i = 0; i < anzahl; i++) d = naechsterGeschaeftstag(d);
  return d;
}

/** The submission moment as calendar date and minutes after midnight in the bank's time zone. */
function ortszeit(zeitpunkt: Date, zeitzone: string): { datum: IsoDatum; minuten: number } {
  const teile = new Intl.DateTimeFormat("en-CA", {
    timeZone: zeitzone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(zeitpunkt);
  const teil = (typ: string) => teile.find((t) => t.type === typ)?.value ?? "00";
  return {
    datum: `${teil("year")}-${teil("month")}-${teil("day")}`,
    minuten: Number(teil("hour")) * 60 + Number(teil("minute")),
  };
}

export type FaelligkeitsParameter = {
  /** When the file is handed to the creditor's bank. */
  einreichung: Date;
  /**
   * The bank's cut-off time for direct debits on a business day, `HH:MM` local time
   * (banks differ, often between 08:00 and 15:00; ask the authority's bank). Files handed in
   * later count as handed in on the next business day.
   */
  annahmeschluss: string;
  /** Time zone of the cut-off time; TARGET2 runs on CET. Default `Europe/Berlin`. */
  zeitzone?: string;
  /**
   * Pre-notification period in calendar days: 14 by the rulebook unless creditor and debtor agreed
   * on a shorter one (the portal's mandate text may state it). Default 14.
   */
  vorabankuendigungTage?: number;
  /**
   * The date the debtor receives the pre-notification; default the submission date (the portal
   * sends it when the payment is confirmed).
   */
  vorabankuendigungAm?: IsoDatum;
  /** Lead time in TARGET2 business days; the CORE rulebook since November 2016: 1 (D-1). */
  vorlaufGeschaeftstage?: number;
};

/**
 * The earliest due date (Fälligkeitstag, ReqdColltnDt) for a SEPA CORE direct debit. Two rules:
 * the collection reaches the debtor's bank at least D-1 TARGET2 business day before the due date
 * (the same for FRST, RCUR, OOFF and FNAL since the SDD Core rulebook of November 2016) — counted
 * from the day the creditor's bank accepts it, i.e. before its cut-off on a business day; and the
 * debtor is pre-notified at least 14 calendar days before (or the agreed shorter period). The due
 * date is a TARGET2 business day.
 */
export function fruehesterFaelligkeitstag(parameter: FaelligkeitsParameter): Ergebnis<IsoDatum> {
  const {
    einreichung,
    annahmeschluss,
    zeitzone = "Europe/Berlin",
    vorabankuendigungTage = 14,
    vorlaufGeschaeftstage = 1,
  } = parameter;
  if (!(einreichung instanceof Date) || Number.isNaN(einreichung.getTime())) {
    return schlecht(
      "faelligkeit.zeitpunkt",
      "Der Einreichungszeitpunkt fehlt.",
      "The submission time is missing.",
    );
  }
  const schluss = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(annahmeschluss);
  if (!schluss) {
    return schlecht(
      "faelligkeit.annahmeschluss",
      "Der Annahmeschluss der Bank muss als Uhrzeit HH:MM angegeben werden, zum Beispiel 14:00.",
      "The bank's cut-off time must be given as HH:MM, for example 14:00.",
    );
  }
  if (!Number.isInteger(vorabankuendigungTage) || vorabankuendigungTage < 0) {
    return schlecht(
      "faelligkeit.vorabankuendigung",
      "Die Frist der Vorabankündigung muss eine ganze Zahl von Tagen sein.",
      "The pre-notification period must be a whole number of days.",
    );
  }
  if (parameter.vorabankuendigungAm !== undefined && !istIsoDatum(parameter.vorabankuendigungAm)) {
    return schlecht(
      "faelligkeit.datum",
      "Das Datum der Vorabankündigung ist kein gültiges Datum.",
      "The pre-notification date is not a valid date.",
    );
  }
  const { datum, minuten } = ortszeit(einreichung, zeitzone);
  const schlussMinuten = Number(schluss[1]) * 60 + Number(schluss[2]);
  const angenommenAm =
    istGeschaeftstag(datum) && minuten < schlussMinuten ? datum : naechsterGeschaeftstag(datum);
  const nachVorlauf = plusGeschaeftstage(angenommenAm, Math.max(1, vorlaufGeschaeftstage));
  const nachAnkuendigung = geschaeftstagAbOder(
    plusTage(parameter.vorabankuendigungAm ?? datum, vorabankuendigungTage),
  );
  // The later of the two ISO dates (string comparison; Math.max does not apply to strings).
  return gut([nachVorlauf, nachAnkuendigung].sort()[1] ?? nachVorlauf);
}
