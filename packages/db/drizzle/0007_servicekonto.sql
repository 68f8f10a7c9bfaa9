CREATE TABLE "konto" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"passwort_hash" text,
	"email_bestaetigt_am" timestamp with time zone,
	"sprache" text DEFAULT 'de' NOT NULL,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	"zuletzt_angemeldet_am" timestamp with time zone,
	"passwort_geaendert_am" timestamp with time zone,
	CONSTRAINT "konto_email_unique" UNIQUE("email"),
	CONSTRAINT "konto_sprache" CHECK ("konto"."sprache" in ('de', 'en'))
);
--> statement-breakpoint
CREATE TABLE "konto_token" (
	"id" text PRIMARY KEY NOT NULL,
	"konto_id" uuid NOT NULL,
	"zweck" text NOT NULL,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	"laeuft_ab_am" timestamp with time zone NOT NULL,
	"verbraucht_am" timestamp with time zone,
	CONSTRAINT "konto_token_zweck" CHECK ("konto_token"."zweck" in ('email-bestaetigung', 'passwort-zuruecksetzen'))
);
--> statement-breakpoint
CREATE TABLE "sicherheitsereignis" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sicherheitsereignis_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"konto_id" uuid,
	"art" text NOT NULL,
	"zeitpunkt" timestamp with time zone DEFAULT now() NOT NULL,
	"details" jsonb
);
--> statement-breakpoint
CREATE TABLE "sitzung" (
	"id" text PRIMARY KEY NOT NULL,
	"konto_id" uuid NOT NULL,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	"zuletzt_aktiv_am" timestamp with time zone NOT NULL,
	"laeuft_ab_am" timestamp with time zone NOT NULL,
	"widerrufen_am" timestamp with time zone,
	"geraet" text
);
--> statement-breakpoint
ALTER TABLE "konto_token" ADD CONSTRAINT "konto_token_konto_id_konto_id_fk" FOREIGN KEY ("konto_id") REFERENCES "public"."konto"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sitzung" ADD CONSTRAINT "sitzung_konto_id_konto_id_fk" FOREIGN KEY ("konto_id") REFERENCES "public"."konto"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "konto_token_konto_id" ON "konto_token" USING btree ("konto_id");--> statement-breakpoint
CREATE INDEX "sicherheitsereignis_konto_id" ON "sicherheitsereignis" USING btree ("konto_id","zeitpunkt");--> statement-breakpoint
CREATE INDEX "sitzung_konto_id" ON "sitzung" USING btree ("konto_id");--> statement-breakpoint
-- The security log is append-only (hand-written; drizzle-kit knows no triggers): what happened to
-- an account must not be rewritable, not even by the portal's own database role. A statement that
-- tries fails with an error instead of silently doing nothing. Retention (deleting old events)
-- will need a maintenance role that disables the trigger for that one statement.
CREATE FUNCTION "sicherheitsereignis_nur_anfuegen"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'sicherheitsereignis is append-only: % refused', TG_OP
		USING ERRCODE = 'insufficient_privilege';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "sicherheitsereignis_nur_anfuegen" BEFORE UPDATE OR DELETE ON "sicherheitsereignis"
	FOR EACH ROW EXECUTE FUNCTION "sicherheitsereignis_nur_anfuegen"();--> statement-breakpoint
CREATE TRIGGER "sicherheitsereignis_nicht_leeren" BEFORE TRUNCATE ON "sicherheitsereignis"
	FOR EACH STATEMENT EXECUTE FUNCTION "sicherheitsereignis_nur_anfuegen"();
