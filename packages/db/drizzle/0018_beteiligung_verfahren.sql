CREATE TABLE "beteiligung_mandant" (
	"document_id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"gemeinde_ags" varchar(8) NOT NULL,
	"ars" varchar(12),
	"einbettungs_domains" text[] DEFAULT '{}'::text[] NOT NULL,
	"kontakt_email" text,
	"kontakt_telefon" text,
	"webseite" text,
	"logo_url" text,
	"aktualisiert" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "beteiligung_mandant_gemeinde_ags_unique" UNIQUE("gemeinde_ags")
);
--> statement-breakpoint
CREATE TABLE "beteiligung_verfahren" (
	"document_id" text PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"gemeinde_ags" varchar(8) NOT NULL,
	"titel" text NOT NULL,
	"art" text NOT NULL,
	"kurzbeschreibung" text DEFAULT '' NOT NULL,
	"beschreibung" text,
	"dokumente" jsonb NOT NULL,
	"gebiet" jsonb,
	"moderation" text NOT NULL,
	"meldeschwelle" integer NOT NULL,
	"archiviert" boolean DEFAULT false NOT NULL,
	"phasen" jsonb NOT NULL,
	"fragen" jsonb NOT NULL,
	"aktualisiert" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "beteiligung_verfahren_meldeschwelle" CHECK ("beteiligung_verfahren"."meldeschwelle" between 1 and 50),
	CONSTRAINT "beteiligung_verfahren_art" CHECK ("beteiligung_verfahren"."art" in ('dialog', 'bauleitplanung', 'umfrage')),
	CONSTRAINT "beteiligung_verfahren_moderation" CHECK ("beteiligung_verfahren"."moderation" in ('vorab', 'nachtraeglich'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "beteiligung_verfahren_slug" ON "beteiligung_verfahren" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "beteiligung_verfahren_gemeinde" ON "beteiligung_verfahren" USING btree ("gemeinde_ags");