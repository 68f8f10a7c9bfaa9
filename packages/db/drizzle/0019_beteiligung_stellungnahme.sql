CREATE TABLE "beteiligung_anhang" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"beitrag_id" uuid NOT NULL,
	"name" text NOT NULL,
	"mime" text NOT NULL,
	"groesse" integer NOT NULL,
	"ablage_schluessel" text NOT NULL,
	"sha256" text NOT NULL,
	"erstellt" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "beteiligung_anhang_ablage_schluessel_unique" UNIQUE("ablage_schluessel"),
	CONSTRAINT "beteiligung_anhang_groesse" CHECK ("beteiligung_anhang"."groesse" > 0)
);
--> statement-breakpoint
CREATE TABLE "beteiligung_mitzeichnung" (
	"beitrag_id" uuid NOT NULL,
	"person" text NOT NULL,
	"name" text,
	"erstellt" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "beteiligung_mitzeichnung_pk" PRIMARY KEY("beitrag_id","person"),
	CONSTRAINT "beteiligung_mitzeichnung_name" CHECK ("beteiligung_mitzeichnung"."name" is null or char_length("beteiligung_mitzeichnung"."name") <= 100)
);
--> statement-breakpoint
ALTER TABLE "beteiligung_beitrag" ADD COLUMN "einwilligung_um" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "beteiligung_beitrag" ADD COLUMN "einwilligung_fassung" text;--> statement-breakpoint
ALTER TABLE "beteiligung_beitrag" ADD COLUMN "einreicher_name" text;--> statement-breakpoint
ALTER TABLE "beteiligung_beitrag" ADD COLUMN "einreicher_strasse" text;--> statement-breakpoint
ALTER TABLE "beteiligung_beitrag" ADD COLUMN "einreicher_plz" text;--> statement-breakpoint
ALTER TABLE "beteiligung_beitrag" ADD COLUMN "einreicher_ort" text;--> statement-breakpoint
ALTER TABLE "beteiligung_beitrag" ADD COLUMN "institution_id" uuid;--> statement-breakpoint
ALTER TABLE "beteiligung_beitrag" ADD COLUMN "institution_name" text;--> statement-breakpoint
ALTER TABLE "beteiligung_anhang" ADD CONSTRAINT "beteiligung_anhang_beitrag_id_beteiligung_beitrag_id_fk" FOREIGN KEY ("beitrag_id") REFERENCES "public"."beteiligung_beitrag"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beteiligung_mitzeichnung" ADD CONSTRAINT "beteiligung_mitzeichnung_beitrag_id_beteiligung_beitrag_id_fk" FOREIGN KEY ("beitrag_id") REFERENCES "public"."beteiligung_beitrag"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "beteiligung_anhang_beitrag" ON "beteiligung_anhang" USING btree ("beitrag_id");--> statement-breakpoint
ALTER TABLE "beteiligung_beitrag" ADD CONSTRAINT "beteiligung_beitrag_einwilligung" CHECK (("beteiligung_beitrag"."einwilligung_um" is null) = ("beteiligung_beitrag"."einwilligung_fassung" is null));--> statement-breakpoint
ALTER TABLE "beteiligung_beitrag" ADD CONSTRAINT "beteiligung_beitrag_institution" CHECK (("beteiligung_beitrag"."institution_id" is null) = ("beteiligung_beitrag"."institution_name" is null) and ("beteiligung_beitrag"."institution_id" is null or not "beteiligung_beitrag"."oeffentlich"));