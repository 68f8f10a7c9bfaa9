CREATE TABLE "beteiligung_beitrag" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"verfahren_id" text NOT NULL,
	"mandant_id" text NOT NULL,
	"phase_id" text NOT NULL,
	"art" text NOT NULL,
	"eltern_id" uuid,
	"text" text NOT NULL,
	"name" text,
	"lat" double precision,
	"lon" double precision,
	"konto_id" uuid,
	"email" text,
	"status" text NOT NULL,
	"oeffentlich" boolean DEFAULT true NOT NULL,
	"erstellt" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"geaendert" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "beteiligung_beitrag_art" CHECK ("beteiligung_beitrag"."art" in ('kommentar', 'kartenpunkt', 'stellungnahme')),
	CONSTRAINT "beteiligung_beitrag_status" CHECK ("beteiligung_beitrag"."status" in ('unbestaetigt', 'ausstehend', 'veroeffentlicht', 'verborgen', 'abgelehnt')),
	CONSTRAINT "beteiligung_beitrag_text" CHECK (char_length("beteiligung_beitrag"."text") between 1 and 5000),
	CONSTRAINT "beteiligung_beitrag_name" CHECK ("beteiligung_beitrag"."name" is null or char_length("beteiligung_beitrag"."name") <= 100),
	CONSTRAINT "beteiligung_beitrag_ort" CHECK (("beteiligung_beitrag"."lat" is null) = ("beteiligung_beitrag"."lon" is null) and ("beteiligung_beitrag"."art" <> 'kartenpunkt' or "beteiligung_beitrag"."lat" is not null)),
	CONSTRAINT "beteiligung_beitrag_antwort" CHECK ("beteiligung_beitrag"."eltern_id" is null or "beteiligung_beitrag"."art" = 'kommentar')
);
--> statement-breakpoint
CREATE TABLE "beteiligung_bestaetigung" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"beitrag_id" uuid NOT NULL,
	"moderation" text NOT NULL,
	"gueltig_bis" timestamp with time zone NOT NULL,
	"bestaetigt_am" timestamp with time zone,
	CONSTRAINT "beteiligung_bestaetigung_beitrag_id_unique" UNIQUE("beitrag_id")
);
--> statement-breakpoint
CREATE TABLE "beteiligung_bewertung" (
	"beitrag_id" uuid NOT NULL,
	"person" text NOT NULL,
	"wert" text NOT NULL,
	"erstellt" timestamp with time zone DEFAULT now() NOT NULL,
	"geaendert" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "beteiligung_bewertung_pk" PRIMARY KEY("beitrag_id","person"),
	CONSTRAINT "beteiligung_bewertung_wert" CHECK ("beteiligung_bewertung"."wert" in ('zustimmung', 'neutral', 'ablehnung'))
);
--> statement-breakpoint
CREATE TABLE "beteiligung_geheimnis" (
	"id" smallint PRIMARY KEY NOT NULL,
	"wert" text NOT NULL,
	CONSTRAINT "beteiligung_geheimnis_eine_zeile" CHECK ("beteiligung_geheimnis"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "beteiligung_meldung" (
	"beitrag_id" uuid NOT NULL,
	"person" text NOT NULL,
	"grund" text DEFAULT '' NOT NULL,
	"erstellt" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "beteiligung_meldung_pk" PRIMARY KEY("beitrag_id","person")
);
--> statement-breakpoint
CREATE TABLE "beteiligung_moderation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"beitrag_id" uuid NOT NULL,
	"von_konto_id" uuid,
	"von" text NOT NULL,
	"nach" text NOT NULL,
	"notiz" text,
	"zeitpunkt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "beteiligung_beitrag" ADD CONSTRAINT "beteiligung_beitrag_eltern_id_beteiligung_beitrag_id_fk" FOREIGN KEY ("eltern_id") REFERENCES "public"."beteiligung_beitrag"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beteiligung_bestaetigung" ADD CONSTRAINT "beteiligung_bestaetigung_beitrag_id_beteiligung_beitrag_id_fk" FOREIGN KEY ("beitrag_id") REFERENCES "public"."beteiligung_beitrag"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beteiligung_bewertung" ADD CONSTRAINT "beteiligung_bewertung_beitrag_id_beteiligung_beitrag_id_fk" FOREIGN KEY ("beitrag_id") REFERENCES "public"."beteiligung_beitrag"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beteiligung_meldung" ADD CONSTRAINT "beteiligung_meldung_beitrag_id_beteiligung_beitrag_id_fk" FOREIGN KEY ("beitrag_id") REFERENCES "public"."beteiligung_beitrag"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beteiligung_moderation" ADD CONSTRAINT "beteiligung_moderation_beitrag_id_beteiligung_beitrag_id_fk" FOREIGN KEY ("beitrag_id") REFERENCES "public"."beteiligung_beitrag"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "beteiligung_beitrag_liste" ON "beteiligung_beitrag" USING btree ("verfahren_id","status","erstellt" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "beteiligung_beitrag_moderation" ON "beteiligung_beitrag" USING btree ("verfahren_id","status","erstellt") WHERE "beteiligung_beitrag"."status" in ('ausstehend', 'verborgen');--> statement-breakpoint
CREATE INDEX "beteiligung_beitrag_eltern" ON "beteiligung_beitrag" USING btree ("eltern_id");--> statement-breakpoint
CREATE INDEX "beteiligung_bestaetigung_gueltig" ON "beteiligung_bestaetigung" USING btree ("gueltig_bis");--> statement-breakpoint
CREATE INDEX "beteiligung_moderation_beitrag" ON "beteiligung_moderation" USING btree ("beitrag_id","zeitpunkt");--> statement-breakpoint
-- The moderation trail is append-only (hand-written; drizzle-kit knows no triggers): who took
-- down or released a contribution must not be rewritable. A row goes only with its contribution,
-- by the foreign key's cascade (an erasure): that delete runs inside the constraint's own
-- trigger, so pg_trigger_depth() is above 1; a DELETE issued directly is at depth 1 and refused.
CREATE FUNCTION "beteiligung_moderation_nur_anfuegen"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'DELETE' AND pg_trigger_depth() > 1 THEN
		RETURN OLD;
	END IF;
	RAISE EXCEPTION 'beteiligung_moderation is append-only: % refused', TG_OP
		USING ERRCODE = 'insufficient_privilege';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "beteiligung_moderation_nur_anfuegen" BEFORE UPDATE OR DELETE ON "beteiligung_moderation"
	FOR EACH ROW EXECUTE FUNCTION "beteiligung_moderation_nur_anfuegen"();--> statement-breakpoint
CREATE TRIGGER "beteiligung_moderation_nicht_leeren" BEFORE TRUNCATE ON "beteiligung_moderation"
	FOR EACH STATEMENT EXECUTE FUNCTION "beteiligung_moderation_nur_anfuegen"();
