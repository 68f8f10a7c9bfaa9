CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE TABLE "gemeinde" (
	"ags" varchar(8) PRIMARY KEY NOT NULL,
	"ars" varchar(12) NOT NULL,
	"name" text NOT NULL,
	"amtlicher_name" text NOT NULL,
	"suchname" text NOT NULL,
	"typ" text NOT NULL,
	"grosse_kreisstadt" boolean NOT NULL,
	"kreis_schluessel" varchar(5) NOT NULL,
	"verband_ars" varchar(9) NOT NULL,
	"einwohner" integer NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	CONSTRAINT "gemeinde_ars_unique" UNIQUE("ars")
);
--> statement-breakpoint
CREATE TABLE "kreis" (
	"schluessel" varchar(5) PRIMARY KEY NOT NULL,
	"ars" varchar(12) NOT NULL,
	"name" text NOT NULL,
	"typ" text NOT NULL,
	"sitz" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lebenslage" (
	"document_id" text NOT NULL,
	"locale" varchar(5) NOT NULL,
	"slug" text NOT NULL,
	"titel" text NOT NULL,
	"beschreibung" text,
	"parent_document_id" text,
	"reihenfolge" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "lebenslage_document_id_locale_pk" PRIMARY KEY("document_id","locale")
);
--> statement-breakpoint
CREATE TABLE "leistung" (
	"id" serial PRIMARY KEY NOT NULL,
	"document_id" text NOT NULL,
	"locale" varchar(5) NOT NULL,
	"slug" text NOT NULL,
	"leika_schluessel" varchar(14) NOT NULL,
	"titel" text NOT NULL,
	"bezeichnung" text,
	"kurztext" text NOT NULL,
	"suchbegriffe" text DEFAULT '' NOT NULL,
	"module" jsonb NOT NULL,
	"zustaendigkeit" jsonb NOT NULL,
	"aktualisiert_am" timestamp with time zone DEFAULT now() NOT NULL,
	"suchvektor" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('german', coalesce(titel, '') || ' ' || coalesce(suchbegriffe, '')), 'A') || setweight(to_tsvector('german', coalesce(bezeichnung, '')), 'B') || setweight(to_tsvector('german', coalesce(kurztext, '')), 'C') || setweight(to_tsvector('german', coalesce(module->>'volltext', '')), 'D')) STORED,
	"suchtext" text GENERATED ALWAYS AS (lower(coalesce(titel, '') || ' ' || coalesce(suchbegriffe, ''))) STORED
);
--> statement-breakpoint
CREATE TABLE "leistung_lebenslage" (
	"leistung_document_id" text NOT NULL,
	"lebenslage_document_id" text NOT NULL,
	CONSTRAINT "leistung_lebenslage_leistung_document_id_lebenslage_document_id_pk" PRIMARY KEY("leistung_document_id","lebenslage_document_id")
);
--> statement-breakpoint
CREATE TABLE "meldung" (
	"document_id" text NOT NULL,
	"locale" varchar(5) NOT NULL,
	"slug" text NOT NULL,
	"titel" text NOT NULL,
	"datum" date NOT NULL,
	"teaser" text,
	"inhalt" text NOT NULL,
	CONSTRAINT "meldung_document_id_locale_pk" PRIMARY KEY("document_id","locale")
);
--> statement-breakpoint
CREATE TABLE "organisationseinheit" (
	"schluessel" text PRIMARY KEY NOT NULL,
	"document_id" text NOT NULL,
	"name" text NOT NULL,
	"art" text NOT NULL,
	"gemeinde_ags" varchar(8),
	"gebiet_ars" text NOT NULL,
	"anschriften" jsonb NOT NULL,
	"telefon" text,
	"telefax" text,
	"email" text,
	"internet" text,
	"oeffnungszeiten" jsonb NOT NULL,
	"leitweg_id" text,
	"lat" double precision,
	"lon" double precision,
	"aktualisiert_am" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisationseinheit_document_id_unique" UNIQUE("document_id")
);
--> statement-breakpoint
CREATE TABLE "ortsteil" (
	"id" serial PRIMARY KEY NOT NULL,
	"ags" varchar(8) NOT NULL,
	"name" text NOT NULL,
	"suchname" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "postleitzahl" (
	"plz" varchar(5) NOT NULL,
	"ags" varchar(8) NOT NULL,
	"ort" text NOT NULL,
	CONSTRAINT "postleitzahl_plz_ags_pk" PRIMARY KEY("plz","ags")
);
--> statement-breakpoint
CREATE TABLE "seite" (
	"document_id" text NOT NULL,
	"locale" varchar(5) NOT NULL,
	"slug" text NOT NULL,
	"titel" text NOT NULL,
	"inhalt" text NOT NULL,
	CONSTRAINT "seite_document_id_locale_pk" PRIMARY KEY("document_id","locale")
);
--> statement-breakpoint
CREATE TABLE "verband" (
	"ars" varchar(9) PRIMARY KEY NOT NULL,
	"kreis_schluessel" varchar(5) NOT NULL,
	"name" text NOT NULL,
	"typ" text NOT NULL,
	"sitz_ags" varchar(8)
);
--> statement-breakpoint
CREATE TABLE "zustaendigkeit" (
	"leistung_document_id" text NOT NULL,
	"gemeinde_ars" varchar(12) NOT NULL,
	"organisationseinheit" text NOT NULL,
	CONSTRAINT "zustaendigkeit_leistung_document_id_gemeinde_ars_pk" PRIMARY KEY("leistung_document_id","gemeinde_ars")
);
--> statement-breakpoint
CREATE INDEX "gemeinde_suchname_trgm" ON "gemeinde" USING gin ("suchname" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "lebenslage_slug_locale" ON "lebenslage" USING btree ("slug","locale");--> statement-breakpoint
CREATE UNIQUE INDEX "leistung_document_locale" ON "leistung" USING btree ("document_id","locale");--> statement-breakpoint
CREATE UNIQUE INDEX "leistung_slug_locale" ON "leistung" USING btree ("slug","locale");--> statement-breakpoint
CREATE INDEX "leistung_suchvektor" ON "leistung" USING gin ("suchvektor");--> statement-breakpoint
CREATE INDEX "leistung_suchtext_trgm" ON "leistung" USING gin ("suchtext" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "leistung_lebenslage_lebenslage" ON "leistung_lebenslage" USING btree ("lebenslage_document_id");--> statement-breakpoint
CREATE UNIQUE INDEX "meldung_slug_locale" ON "meldung" USING btree ("slug","locale");--> statement-breakpoint
CREATE INDEX "organisationseinheit_name_trgm" ON "organisationseinheit" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "ortsteil_suchname_trgm" ON "ortsteil" USING gin ("suchname" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "ortsteil_ags_name" ON "ortsteil" USING btree ("ags","name");--> statement-breakpoint
CREATE UNIQUE INDEX "seite_slug_locale" ON "seite" USING btree ("slug","locale");--> statement-breakpoint
CREATE INDEX "zustaendigkeit_organisationseinheit" ON "zustaendigkeit" USING btree ("organisationseinheit");