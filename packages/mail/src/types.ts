import { z } from "zod";

/**
 * A mail as a domain's services write it, in the recipient's language: the plain-text part and
 * the HTML part say the same (mail clients and screen readers choose one).
 */
export type Mail = { an: string; betreff: string; text: string; html: string };

// RFC 5322 allows 998 characters per header line; a subject longer than a line is a bug.
const MAX_BETREFF = 300;
// Well below any SMTP server's SIZE limit: our mails are notices with links, not documents.
const MAX_TEIL = 512 * 1024;

/** A mail job's payload: what `stelleZu` enqueues and the worker parses again before sending. */
export const mailSchema = z.object({
  an: z.email({ message: "an must be one e-mail address" }).max(254),
  betreff: z
    .string()
    .trim()
    .min(1)
    .max(MAX_BETREFF)
    // A line break in a header would let a subject add headers of its own.
    .refine((s) => !/[\r\n]/.test(s), "betreff must be one line"),
  text: z.string().min(1).max(MAX_TEIL),
  html: z.string().min(1).max(MAX_TEIL),
}) satisfies z.ZodType<Mail>;
