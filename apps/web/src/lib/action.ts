import "server-only";
import { type Database, getDb } from "@portal/db/client";
import {
  type ConsumeResult,
  clientAddress,
  clientKey,
  consume,
  type Policy,
} from "@portal/ratelimit/server";
import { updateTag } from "next/cache";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { aktionTexte } from "@/i18n/aktion";
import { formatTime } from "@/i18n/format";
import { isLang, type Lang } from "@/i18n/sprache";

// The one way to write a server action (docs/server-actions.md): parse the form with the domain's
// zod schema → auth hook → rate limit → domain call → revalidate → a typed result that carries
// everything the user typed, so the page can show it again whatever went wrong.

/** The hidden field with the page language every form sends; it picks the language of messages. */
export const LANG_FIELD = "sprache";

/**
 * Default bound on a whole submission. Far above what the per-field limits of a text form add up
 * to (the barrier report: about 6,000 characters, at most 24 KB as UTF-8), far below Next.js's own
 * 1 MB limit for action bodies, beyond which it answers with an error page of its own.
 */
export const DEFAULT_MAX_BYTES = 64 * 1024;

/** Why a field was refused, for a message in the page language. */
export type FieldIssue<F extends string = string> =
  | { field: F; kind: "pflicht" }
  | { field: F; kind: "zuLang"; max: number }
  | { field: F; kind: "zuKurz"; min: number }
  | { field: F; kind: "format" }
  | { field: F; kind: "ungueltig" };

/** Why a submission was refused as a whole (`refused`: the domain said no, see `ablehnen`). */
export type Refusal = "invalid" | "tooLarge" | "rateLimited" | "refused" | "failed";

const ABLEHNUNG = Symbol("ablehnung");

/** A refusal by the domain call: messages at fields and/or about the whole form. */
export type Ablehnung<F extends string = string> = {
  [ABLEHNUNG]: true;
  errors: Partial<Record<F, string>>;
  formError?: string;
};

/**
 * What `run` returns when the domain refuses the input (a wrong password, an expired link): the
 * messages, in the page language, at their fields or about the whole form. The user keeps the input.
 */
export function ablehnen<F extends string>(refusal: {
  errors?: Partial<Record<F, string>>;
  formError?: string;
}): Ablehnung<F> {
  return { [ABLEHNUNG]: true, errors: refusal.errors ?? {}, ...refusal };
}

const istAblehnung = (value: unknown): value is Ablehnung =>
  typeof value === "object" && value !== null && ABLEHNUNG in value;

/** What the user typed into each field, as sent: what the form shows again. */
export type Values<F extends string> = Record<F, string>;

export type ActionResult<F extends string, D> =
  | { ok: true; data: D; values: Values<F> }
  | {
      ok: false;
      reason: Refusal;
      /** Messages at the fields (and in the error summary), in the page language. */
      errors: Partial<Record<F, string>>;
      /** A message about the whole form: too large, too many requests, could not be processed. */
      formError?: string;
      values: Values<F>;
    };

/** The state of a form with `useActionState`: `null` before the first submission. */
export type ActionState<F extends string, D> = ActionResult<F, D> | null;

type Fields<S extends z.ZodObject> = Extract<keyof S["shape"], string>;

export type ActionOptions<S extends z.ZodObject, A, D> = {
  /** The domain's schema of the form (from its `types` entry); its keys are the field names. */
  schema: S;
  /**
   * Who may send the form: returns what `run` needs to know about the sender, or throws Next's
   * `redirect()` / `forbidden()` to refuse. `oeffentlich` for forms anyone may send; with accounts,
   * `auth: requireUser` passes the user to `run`, where ownership is checked.
   */
  auth: (request: { lang: Lang }) => Promise<A>;
  /** Counted per client address after the input is valid (typos cost nothing), before `run`. */
  rateLimit?: Policy;
  /**
   * Further limits keyed by the input rather than the client (e.g. sign-in attempts per account,
   * whatever address they come from); counted after `rateLimit`, before `run`.
   */
  rateLimitBy?: readonly {
    policy: Policy;
    key: (input: z.output<S>, db: Database) => Promise<string>;
    /** The refusal's wording, given the minutes to wait and the time it ends; default `zuOft`. */
    message?: (lang: Lang, minutes: number, until: string) => string;
  }[];
  /** The domain call. Throwing counts as a failure; the user keeps the input and may retry. */
  run: (
    input: z.output<S>,
    context: { auth: A; lang: Lang; db: Database },
  ) => Promise<D | Ablehnung<Fields<S>>>;
  /** Cache tags whose pages show what `run` changed; expired at once (read-your-own-writes). */
  revalidate?: (data: D, input: z.output<S>) => readonly string[];
  /** A form's own wording; what it leaves undefined comes from the shared `aktion` messages. */
  messages?: {
    field?: (issue: FieldIssue<Fields<S>>, lang: Lang) => string | undefined;
    failed?: (lang: Lang) => string;
  };
  /** Bound on the whole submission in bytes (keys and values as UTF-8, files by size). */
  maxBytes?: number;
  /**
   * Fields whose values are never sent back (passwords, one-time tokens): the answer, and without
   * JavaScript the page's HTML, must not carry them. The form shows them empty after a refusal.
   */
  secret?: readonly Fields<S>[];
};

/** The auth hook of forms anyone may send, without an account. */
export const oeffentlich = async (): Promise<Record<string, never>> => ({});

/** The page language a form was sent from; German unless it says English. */
function langOf(form: FormData): Lang {
  const value = form.get(LANG_FIELD);
  return typeof value === "string" && isLang(value) ? value : "de";
}

function sizeOf(form: FormData): number {
  let bytes = 0;
  for (const [key, value] of form) {
    bytes +=
      Buffer.byteLength(key) + (typeof value === "string" ? Buffer.byteLength(value) : value.size);
  }
  return bytes;
}

/** A zod issue in the terms of a form. */
function fieldIssue<F extends string>(field: F, issue: z.core.$ZodIssue): FieldIssue<F> {
  switch (issue.code) {
    case "too_big":
      return { field, kind: "zuLang", max: Number(issue.maximum) };
    case "too_small":
      return Number(issue.minimum) <= 1
        ? { field, kind: "pflicht" }
        : { field, kind: "zuKurz", min: Number(issue.minimum) };
    case "invalid_type":
      return issue.input === undefined || issue.input === null
        ? { field, kind: "pflicht" }
        : { field, kind: "ungueltig" };
    case "invalid_format":
      return { field, kind: "format" };
    default:
      return { field, kind: "ungueltig" };
  }
}

function standardMessage(issue: FieldIssue, lang: Lang): string {
  const d = aktionTexte(lang);
  switch (issue.kind) {
    case "pflicht":
      return d.pflicht;
    case "zuLang":
      return d.zuLang(issue.max);
    case "zuKurz":
      return d.zuKurz(issue.min);
    case "format":
      return d.format;
    case "ungueltig":
      return d.ungueltig;
  }
}

function tooOften(
  lang: Lang,
  refusal: Extract<ConsumeResult, { ok: false }>,
  message: (lang: Lang, minutes: number, until: string) => string = (l, m, u) =>
    aktionTexte(l).zuOft(m, u),
): string {
  const minutes = Math.max(1, Math.ceil(refusal.retryAfterSeconds / 60));
  return message(lang, minutes, formatTime(lang, refusal.retryAt.toISOString()));
}

/**
 * Makes a server action for a form used with `useActionState` — with JavaScript, and without it
 * as a plain POST whose answer is the page rendered with the result. Export the result from a
 * route's `"use server"` file:
 *
 * ```ts
 * export const meldeBarriere = action({
 *   schema: barrieremeldungSchema, auth: oeffentlich, rateLimit: barrieremeldungLimit,
 *   run: (meldung, { db, lang }) => speichereBarrieremeldung(db, { ...meldung, sprache: lang }),
 * });
 * ```
 *
 * Every refusal — invalid or oversized input, too many requests, a failing domain call — returns
 * `{ ok: false, errors, values }` with the messages in the page language and everything typed, so
 * no input is lost. Next's `redirect()`, `notFound()` and the like pass through.
 */
export function action<S extends z.ZodObject, A, D>(
  options: ActionOptions<S, A, D>,
): (previous: ActionState<Fields<S>, D>, form: FormData) => Promise<ActionResult<Fields<S>, D>> {
  type F = Fields<S>;
  const fields = Object.keys(options.schema.shape) as F[];
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const message = (issue: FieldIssue<F>, lang: Lang) =>
    options.messages?.field?.(issue, lang) ?? standardMessage(issue, lang);

  return async (_previous, form) => {
    const lang = langOf(form);
    const values = Object.fromEntries(
      fields.map((field) => {
        const value = form.get(field);
        return [field, typeof value === "string" && !options.secret?.includes(field) ? value : ""];
      }),
    ) as Values<F>;
    const refuse = (
      reason: Refusal,
      errors: Partial<Record<F, string>> = {},
      formError?: string,
    ): ActionResult<F, D> => ({
      ok: false,
      reason,
      errors,
      ...(formError ? { formError } : {}),
      values,
    });

    const parsed = options.schema.safeParse(
      Object.fromEntries(fields.map((field) => [field, form.get(field) ?? undefined])),
    );
    const errors: Partial<Record<F, string>> = {};
    for (const issue of parsed.error?.issues ?? []) {
      const field = issue.path[0];
      if (typeof field !== "string" || !fields.includes(field as F)) continue;
      // The first rule a field breaks is the one to fix first.
      errors[field as F] ??= message(fieldIssue(field as F, issue), lang);
    }
    const bytes = sizeOf(form);
    if (bytes > maxBytes) {
      return refuse("tooLarge", errors, aktionTexte(lang).zuGross(Math.floor(maxBytes / 1024)));
    }
    if (!parsed.success) {
      // Issues outside the fields (a refinement over the whole form) would otherwise be silent.
      return Object.keys(errors).length > 0
        ? refuse("invalid", errors)
        : refuse("invalid", {}, aktionTexte(lang).ungueltig);
    }

    let data: D | Ablehnung<F>;
    try {
      const db = getDb();
      const auth = await options.auth({ lang });
      if (options.rateLimit) {
        const address = clientAddress((await headers()).get("x-forwarded-for"));
        const verdict = await consume(db, options.rateLimit, await clientKey(db, address));
        if (!verdict.ok) return refuse("rateLimited", {}, tooOften(lang, verdict));
      }
      for (const { policy, key, message } of options.rateLimitBy ?? []) {
        const verdict = await consume(db, policy, await key(parsed.data, db));
        if (!verdict.ok) return refuse("rateLimited", {}, tooOften(lang, verdict, message));
      }
      data = await options.run(parsed.data, { auth, lang, db });
    } catch (error) {
      unstable_rethrow(error);
      console.error("[action] refused after a failure; the user keeps the input:", error);
      return refuse(
        "failed",
        {},
        options.messages?.failed?.(lang) ?? aktionTexte(lang).fehlgeschlagen,
      );
    }
    if (istAblehnung(data)) return refuse("refused", data.errors, data.formError);
    try {
      for (const tag of options.revalidate?.(data, parsed.data) ?? []) updateTag(tag);
    } catch (error) {
      // What `run` did is done: reporting a failure now would invite sending it twice.
      console.error("[action] could not expire cache tags:", error);
    }
    return { ok: true, data, values };
  };
}
