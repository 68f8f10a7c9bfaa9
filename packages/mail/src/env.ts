import { z } from "zod";

/** The mail settings' shape, for processes that validate their whole environment at once. */
export const mailEnvShape = {
  /** smtp://user:pass@host:587 (STARTTLS when offered) or smtps://user:pass@host:465 (TLS). */
  SMTP_URL: z
    .url({ message: "SMTP_URL must be a URL: smtp://user:pass@host:587 or smtps://…@host:465" })
    .refine(
      (url) => /^smtps?:$/.test(new URL(url).protocol),
      "SMTP_URL must start with smtp:// or smtps://",
    ),
  /** The sender of every mail, "Name <address>". */
  MAIL_FROM: z.string().min(3).default("Amt24 Sachsen <noreply@amt24.sachsen.invalid>"),
};

const schema = z.object(mailEnvShape);
export type MailEnv = z.infer<typeof schema>;

/** The mail settings; read once, validated. */
export function mailEnv(source: NodeJS.ProcessEnv = process.env): MailEnv {
  return schema.parse(source);
}
