CREATE TABLE "beteiligung_abo" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"verfahren_id" text NOT NULL,
	"email" text NOT NULL,
	"sprache" text NOT NULL,
	"bestaetigung_hash" text,
	"bestaetigung_gueltig_bis" timestamp with time zone,
	"bestaetigt_um" timestamp with time zone,
	"abmelde_hash" text NOT NULL,
	"erstellt" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "beteiligung_abo_bestaetigung_hash_unique" UNIQUE("bestaetigung_hash"),
	CONSTRAINT "beteiligung_abo_abmelde_hash_unique" UNIQUE("abmelde_hash"),
	CONSTRAINT "beteiligung_abo_sprache" CHECK ("beteiligung_abo"."sprache" in ('de', 'en'))
);
--> statement-breakpoint
CREATE TABLE "beteiligung_antwort_benachrichtigung" (
	"beitrag_id" uuid PRIMARY KEY NOT NULL,
	"vorgemerkt" timestamp with time zone DEFAULT now() NOT NULL,
	"versandt" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "beteiligung_phasen_meldung" (
	"verfahren_id" text NOT NULL,
	"phase_id" text NOT NULL,
	"gemeldet" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "beteiligung_phasen_meldung_pk" PRIMARY KEY("verfahren_id","phase_id")
);
--> statement-breakpoint
CREATE TABLE "beteiligung_umfrage_antwort" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"verfahren_id" text NOT NULL,
	"phase_id" text NOT NULL,
	"person" text,
	"antworten" jsonb NOT NULL,
	"erstellt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "beteiligung_antwort_benachrichtigung" ADD CONSTRAINT "beteiligung_antwort_benachrichtigung_beitrag_id_beteiligung_beitrag_id_fk" FOREIGN KEY ("beitrag_id") REFERENCES "public"."beteiligung_beitrag"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "beteiligung_abo_adresse" ON "beteiligung_abo" USING btree ("verfahren_id","email");--> statement-breakpoint
CREATE INDEX "beteiligung_antwort_benachrichtigung_offen" ON "beteiligung_antwort_benachrichtigung" USING btree ("vorgemerkt") WHERE "beteiligung_antwort_benachrichtigung"."versandt" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "beteiligung_umfrage_antwort_person" ON "beteiligung_umfrage_antwort" USING btree ("verfahren_id","person");