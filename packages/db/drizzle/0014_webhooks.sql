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
ALTER TABLE "webhook_zustellung" ADD CONSTRAINT "webhook_zustellung_event_id_payment_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."payment_event"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_zustellung" ADD CONSTRAINT "webhook_zustellung_abonnement_id_webhook_abonnement_id_fk" FOREIGN KEY ("abonnement_id") REFERENCES "public"."webhook_abonnement"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "webhook_abonnement_oe" ON "webhook_abonnement" USING btree ("oe_schluessel","erstellt" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "webhook_zustellung_event_abo" ON "webhook_zustellung" USING btree ("event_id","abonnement_id");--> statement-breakpoint
CREATE INDEX "webhook_zustellung_faellig" ON "webhook_zustellung" USING btree ("naechster_versuch") WHERE "webhook_zustellung"."status" = 'offen';--> statement-breakpoint
CREATE INDEX "webhook_zustellung_abo" ON "webhook_zustellung" USING btree ("abonnement_id","id" DESC NULLS LAST);