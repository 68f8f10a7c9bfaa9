CREATE TABLE "auszug_import" (
	"id" text PRIMARY KEY NOT NULL,
	"oe_schluessel" text NOT NULL,
	"art" text NOT NULL,
	"dateiname" text NOT NULL,
	"msg_id" text NOT NULL,
	"sha256" text NOT NULL,
	"posten" integer NOT NULL,
	"gebucht" integer NOT NULL,
	"zurueckgegeben" integer NOT NULL,
	"nicht_zugeordnet" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"importiert_am" timestamp with time zone DEFAULT now() NOT NULL,
	"importiert_von" text NOT NULL,
	CONSTRAINT "auszug_import_art" CHECK ("auszug_import"."art" in ('camt.053', 'camt.054', 'pain.002'))
);
--> statement-breakpoint
CREATE TABLE "kasse_konto" (
	"oe_schluessel" text PRIMARY KEY NOT NULL,
	"glaeubiger_id" text,
	"kontoinhaber" text NOT NULL,
	"iban" text NOT NULL,
	"bic" text,
	"lastschrift" boolean DEFAULT true NOT NULL,
	"ueberweisung" boolean DEFAULT true NOT NULL,
	"geaendert" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lastschrift_datei" (
	"id" text PRIMARY KEY NOT NULL,
	"oe_schluessel" text NOT NULL,
	"glaeubiger_id" text NOT NULL,
	"iban" text NOT NULL,
	"faellig_am" date NOT NULL,
	"msg_id" text NOT NULL,
	"anzahl" integer NOT NULL,
	"summe_cent" bigint NOT NULL,
	"dateiname" text NOT NULL,
	"xml" text NOT NULL,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	"erstellt_von" text NOT NULL,
	CONSTRAINT "lastschrift_datei_msg_id_unique" UNIQUE("msg_id"),
	CONSTRAINT "lastschrift_datei_anzahl" CHECK ("lastschrift_datei"."anzahl" > 0 and "lastschrift_datei"."summe_cent" > 0)
);
--> statement-breakpoint
CREATE TABLE "webhook_abonnement" (
	"id" text PRIMARY KEY NOT NULL,
	"oe_schluessel" text NOT NULL,
	"url" text NOT NULL,
	"ereignisse" text[] NOT NULL,
	"geheimnis" text NOT NULL,
	"erstellt_von" text NOT NULL,
	"erstellt" timestamp with time zone DEFAULT now() NOT NULL,
	"widerrufen_am" timestamp with time zone,
	"widerrufen_von" text,
	CONSTRAINT "webhook_abonnement_url" CHECK (char_length("webhook_abonnement"."url") between 1 and 2000)
);
--> statement-breakpoint
CREATE TABLE "webhook_zustellung" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "webhook_zustellung_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"event_id" bigint NOT NULL,
	"abonnement_id" text NOT NULL,
	"intent" jsonb NOT NULL,
	"status" text DEFAULT 'offen' NOT NULL,
	"versuche" integer DEFAULT 0 NOT NULL,
	"naechster_versuch" timestamp with time zone DEFAULT now() NOT NULL,
	"letzter_versuch_am" timestamp with time zone,
	"letzter_fehler" text,
	"zugestellt_am" timestamp with time zone,
	"erstellt" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "webhook_zustellung_status" CHECK ("webhook_zustellung"."status" in ('offen', 'zugestellt', 'aufgegeben'))
);
--> statement-breakpoint
ALTER TABLE "payment_intent" ADD COLUMN "haushaltsstelle" text;--> statement-breakpoint
ALTER TABLE "sepa_mandat" ADD COLUMN "urspruenglich_faellig_am" date;--> statement-breakpoint
ALTER TABLE "sepa_mandat" ADD COLUMN "lastschrift_datei_id" text;--> statement-breakpoint
ALTER TABLE "webhook_zustellung" ADD CONSTRAINT "webhook_zustellung_event_id_payment_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."payment_event"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_zustellung" ADD CONSTRAINT "webhook_zustellung_abonnement_id_webhook_abonnement_id_fk" FOREIGN KEY ("abonnement_id") REFERENCES "public"."webhook_abonnement"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "auszug_import_msg" ON "auszug_import" USING btree ("oe_schluessel","art","msg_id");--> statement-breakpoint
CREATE UNIQUE INDEX "auszug_import_sha" ON "auszug_import" USING btree ("oe_schluessel","sha256");--> statement-breakpoint
CREATE INDEX "auszug_import_oe" ON "auszug_import" USING btree ("oe_schluessel","importiert_am" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "lastschrift_datei_oe" ON "lastschrift_datei" USING btree ("oe_schluessel","erstellt_am" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "webhook_abonnement_oe" ON "webhook_abonnement" USING btree ("oe_schluessel","erstellt" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "webhook_zustellung_event_abo" ON "webhook_zustellung" USING btree ("event_id","abonnement_id");--> statement-breakpoint
CREATE INDEX "webhook_zustellung_faellig" ON "webhook_zustellung" USING btree ("naechster_versuch") WHERE "webhook_zustellung"."status" = 'offen';--> statement-breakpoint
CREATE INDEX "webhook_zustellung_abo" ON "webhook_zustellung" USING btree ("abonnement_id","id" DESC NULLS LAST);--> statement-breakpoint
ALTER TABLE "sepa_mandat" ADD CONSTRAINT "sepa_mandat_lastschrift_datei_id_lastschrift_datei_id_fk" FOREIGN KEY ("lastschrift_datei_id") REFERENCES "public"."lastschrift_datei"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sepa_mandat_datei" ON "sepa_mandat" USING btree ("lastschrift_datei_id");