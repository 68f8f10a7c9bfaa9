CREATE TABLE "api_schluessel" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"oe_schluessel" text NOT NULL,
	"name" text NOT NULL,
	"praefix" text NOT NULL,
	"hash" text NOT NULL,
	"erstellt_von" uuid NOT NULL,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	"zuletzt_benutzt_am" timestamp with time zone,
	"widerrufen_am" timestamp with time zone,
	CONSTRAINT "api_schluessel_praefix_unique" UNIQUE("praefix")
);
--> statement-breakpoint
ALTER TABLE "antrag_ereignis" DROP CONSTRAINT "antrag_ereignis_art";--> statement-breakpoint
ALTER TABLE "antrag" ADD COLUMN "quittiert_am" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "antrag" ADD COLUMN "quittiert_durch" uuid;--> statement-breakpoint
CREATE INDEX "api_schluessel_oe" ON "api_schluessel" USING btree ("oe_schluessel","erstellt_am" DESC NULLS LAST);--> statement-breakpoint
ALTER TABLE "antrag" ADD CONSTRAINT "antrag_quittiert_durch_api_schluessel_id_fk" FOREIGN KEY ("quittiert_durch") REFERENCES "public"."api_schluessel"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "antrag_oe_neu" ON "antrag" USING btree ("oe_schluessel","eingegangen_am","id") WHERE "antrag"."quittiert_am" is null;--> statement-breakpoint
ALTER TABLE "antrag_ereignis" ADD CONSTRAINT "antrag_ereignis_art" CHECK ("antrag_ereignis"."art" in ('eingereicht', 'zugewiesen', 'status', 'rueckfrage', 'antwort', 'entscheidung', 'angesehen', 'abgerufen', 'quittiert'));