CREATE TABLE "aktenzeichen_zaehler" (
	"praefix" text NOT NULL,
	"jahr" integer NOT NULL,
	"wert" integer NOT NULL,
	CONSTRAINT "aktenzeichen_zaehler_praefix_jahr_pk" PRIMARY KEY("praefix","jahr")
);
--> statement-breakpoint
CREATE TABLE "antrag" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"aktenzeichen" text NOT NULL,
	"formular" text NOT NULL,
	"version" integer NOT NULL,
	"leistung" text NOT NULL,
	"oe_schluessel" text NOT NULL,
	"konto_id" uuid,
	"einmalige_identifikation_id" uuid,
	"vertrauensniveau" text,
	"status" text DEFAULT 'eingegangen' NOT NULL,
	"zugewiesen_an" uuid,
	"umschlag" text NOT NULL,
	"eingegangen_am" timestamp with time zone DEFAULT now() NOT NULL,
	"geaendert_am" timestamp with time zone DEFAULT now() NOT NULL,
	"idempotenz_schluessel" text NOT NULL,
	CONSTRAINT "antrag_aktenzeichen_unique" UNIQUE("aktenzeichen"),
	CONSTRAINT "antrag_idempotenz_schluessel_unique" UNIQUE("idempotenz_schluessel"),
	CONSTRAINT "antrag_status" CHECK ("antrag"."status" in ('eingegangen', 'in_bearbeitung', 'rueckfrage', 'entschieden', 'zurueckgezogen')),
	CONSTRAINT "antrag_vertrauensniveau" CHECK ("antrag"."vertrauensniveau" is null or "antrag"."vertrauensniveau" in ('niedrig', 'substanziell', 'hoch'))
);
--> statement-breakpoint
CREATE TABLE "antrag_anlage" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"antrag_id" uuid NOT NULL,
	"dateiname" text NOT NULL,
	"medientyp" text NOT NULL,
	"groesse" integer NOT NULL,
	"ablage_schluessel" text NOT NULL,
	"umschlag" text
);
--> statement-breakpoint
CREATE TABLE "antrag_ereignis" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "antrag_ereignis_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"antrag_id" uuid NOT NULL,
	"art" text NOT NULL,
	"von_konto_id" uuid,
	"notiz" text,
	"zeitpunkt" timestamp with time zone DEFAULT now() NOT NULL,
	"data" jsonb,
	CONSTRAINT "antrag_ereignis_art" CHECK ("antrag_ereignis"."art" in ('eingereicht', 'zugewiesen', 'status', 'rueckfrage', 'antwort', 'entscheidung', 'angesehen'))
);
--> statement-breakpoint
CREATE TABLE "entwurf" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"formular" text NOT NULL,
	"version" integer NOT NULL,
	"konto_id" uuid,
	"fortsetzung_token_hash" text,
	"fortsetzung_bis_am" timestamp with time zone,
	"einmalige_identifikation_id" uuid,
	"antworten" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"seite" text,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	"geaendert_am" timestamp with time zone DEFAULT now() NOT NULL,
	"laeuft_ab_am" timestamp with time zone NOT NULL,
	CONSTRAINT "entwurf_fortsetzung_token_hash_unique" UNIQUE("fortsetzung_token_hash"),
	CONSTRAINT "entwurf_zugang" CHECK ("entwurf"."konto_id" is not null or "entwurf"."fortsetzung_token_hash" is not null)
);
--> statement-breakpoint
ALTER TABLE "antrag" ADD CONSTRAINT "antrag_konto_id_konto_id_fk" FOREIGN KEY ("konto_id") REFERENCES "public"."konto"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "antrag" ADD CONSTRAINT "antrag_zugewiesen_an_konto_id_fk" FOREIGN KEY ("zugewiesen_an") REFERENCES "public"."konto"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "antrag_anlage" ADD CONSTRAINT "antrag_anlage_antrag_id_antrag_id_fk" FOREIGN KEY ("antrag_id") REFERENCES "public"."antrag"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "antrag_ereignis" ADD CONSTRAINT "antrag_ereignis_antrag_id_antrag_id_fk" FOREIGN KEY ("antrag_id") REFERENCES "public"."antrag"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entwurf" ADD CONSTRAINT "entwurf_konto_id_konto_id_fk" FOREIGN KEY ("konto_id") REFERENCES "public"."konto"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "antrag_oe" ON "antrag" USING btree ("oe_schluessel","eingegangen_am" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "antrag_oe_status" ON "antrag" USING btree ("oe_schluessel","status","eingegangen_am" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "antrag_konto" ON "antrag" USING btree ("konto_id","eingegangen_am" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "antrag_anlage_antrag" ON "antrag_anlage" USING btree ("antrag_id");--> statement-breakpoint
CREATE INDEX "antrag_ereignis_antrag" ON "antrag_ereignis" USING btree ("antrag_id","zeitpunkt");--> statement-breakpoint
CREATE INDEX "entwurf_konto" ON "entwurf" USING btree ("konto_id","geaendert_am" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "entwurf_laeuft_ab" ON "entwurf" USING btree ("laeuft_ab_am");--> statement-breakpoint
-- An application's history is append-only, like the security log (hand-written; drizzle-kit
-- knows no triggers): what the authority and the citizen did in a procedure must not be
-- rewritable. Deleting an application after its retention period will need a maintenance role
-- that disables the trigger for that one statement.
CREATE FUNCTION "antrag_ereignis_nur_anfuegen"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'antrag_ereignis is append-only: % refused', TG_OP
		USING ERRCODE = 'insufficient_privilege';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "antrag_ereignis_nur_anfuegen" BEFORE UPDATE OR DELETE ON "antrag_ereignis"
	FOR EACH ROW EXECUTE FUNCTION "antrag_ereignis_nur_anfuegen"();--> statement-breakpoint
CREATE TRIGGER "antrag_ereignis_nicht_leeren" BEFORE TRUNCATE ON "antrag_ereignis"
	FOR EACH STATEMENT EXECUTE FUNCTION "antrag_ereignis_nur_anfuegen"();
