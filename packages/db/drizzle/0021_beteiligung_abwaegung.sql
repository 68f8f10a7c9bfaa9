CREATE TABLE "beteiligung_abwaegung" (
	"beitrag_id" uuid PRIMARY KEY NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"beschluss" text,
	"bearbeitet_von" uuid NOT NULL,
	"bearbeitet_um" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "beteiligung_abwaegung_text" CHECK (char_length("beteiligung_abwaegung"."text") <= 10000),
	CONSTRAINT "beteiligung_abwaegung_beschluss" CHECK ("beteiligung_abwaegung"."beschluss" is null or "beteiligung_abwaegung"."beschluss" in ('beruecksichtigt', 'teilweise-beruecksichtigt', 'nicht-beruecksichtigt', 'zur-kenntnis-genommen'))
);
--> statement-breakpoint
CREATE TABLE "beteiligung_abwaegung_verlauf" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"beitrag_id" uuid NOT NULL,
	"text" text NOT NULL,
	"beschluss" text,
	"bearbeitet_von" uuid NOT NULL,
	"bearbeitet_um" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "beteiligung_abwaegung" ADD CONSTRAINT "beteiligung_abwaegung_beitrag_id_beteiligung_beitrag_id_fk" FOREIGN KEY ("beitrag_id") REFERENCES "public"."beteiligung_beitrag"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beteiligung_abwaegung_verlauf" ADD CONSTRAINT "beteiligung_abwaegung_verlauf_beitrag_id_beteiligung_beitrag_id_fk" FOREIGN KEY ("beitrag_id") REFERENCES "public"."beteiligung_beitrag"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "beteiligung_abwaegung_verlauf_beitrag" ON "beteiligung_abwaegung_verlauf" USING btree ("beitrag_id","bearbeitet_um");--> statement-breakpoint
-- The weighing's history is append-only (hand-written, as the moderation trail in 0017): what
-- the Abwägungstabelle said when, and who wrote it, must not be rewritable. A row goes only with
-- its contribution, by the foreign key's cascade (trigger depth above 1).
CREATE FUNCTION "beteiligung_abwaegung_verlauf_nur_anfuegen"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'DELETE' AND pg_trigger_depth() > 1 THEN
		RETURN OLD;
	END IF;
	RAISE EXCEPTION 'beteiligung_abwaegung_verlauf is append-only: % refused', TG_OP
		USING ERRCODE = 'insufficient_privilege';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "beteiligung_abwaegung_verlauf_nur_anfuegen" BEFORE UPDATE OR DELETE ON "beteiligung_abwaegung_verlauf"
	FOR EACH ROW EXECUTE FUNCTION "beteiligung_abwaegung_verlauf_nur_anfuegen"();--> statement-breakpoint
CREATE TRIGGER "beteiligung_abwaegung_verlauf_nicht_leeren" BEFORE TRUNCATE ON "beteiligung_abwaegung_verlauf"
	FOR EACH STATEMENT EXECUTE FUNCTION "beteiligung_abwaegung_verlauf_nur_anfuegen"();
