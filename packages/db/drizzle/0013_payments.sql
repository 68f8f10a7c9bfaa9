CREATE TABLE "idempotency_key" (
	"key" text PRIMARY KEY NOT NULL,
	"request_hash" text NOT NULL,
	"response" jsonb,
	"created" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kassenzeichen_kreis" (
	"oe_schluessel" text PRIMARY KEY NOT NULL,
	"nummer" integer GENERATED ALWAYS AS IDENTITY (sequence name "kassenzeichen_kreis_nummer_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	CONSTRAINT "kassenzeichen_kreis_nummer_unique" UNIQUE("nummer")
);
--> statement-breakpoint
CREATE TABLE "kassenzeichen_zaehler" (
	"oe_schluessel" text NOT NULL,
	"jahr" integer NOT NULL,
	"wert" integer NOT NULL,
	CONSTRAINT "kassenzeichen_zaehler_oe_schluessel_jahr_pk" PRIMARY KEY("oe_schluessel","jahr")
);
--> statement-breakpoint
CREATE TABLE "payment_event" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "payment_event_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"intent_id" text NOT NULL,
	"type" text NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payment_event_type" CHECK ("payment_event"."type" in ('payment_intent.created', 'payment_intent.requires_confirmation', 'payment_intent.processing', 'payment_intent.succeeded', 'payment_intent.payment_failed', 'payment_intent.canceled', 'payment_intent.partially_refunded', 'payment_intent.refunded'))
);
--> statement-breakpoint
CREATE TABLE "payment_intent" (
	"id" text PRIMARY KEY NOT NULL,
	"amount" integer NOT NULL,
	"amount_received" integer DEFAULT 0 NOT NULL,
	"amount_refunded" integer DEFAULT 0 NOT NULL,
	"currency" text DEFAULT 'EUR' NOT NULL,
	"description" text NOT NULL,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"kassenzeichen" text NOT NULL,
	"remittance_text" text NOT NULL,
	"status" text NOT NULL,
	"payment_method_type" text NOT NULL,
	"oe_schluessel" text NOT NULL,
	"next_action" jsonb,
	"last_payment_error" jsonb,
	"cancellation_reason" text,
	"created" timestamp with time zone DEFAULT now() NOT NULL,
	"updated" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payment_intent_kassenzeichen_unique" UNIQUE("kassenzeichen"),
	CONSTRAINT "payment_intent_amount" CHECK ("payment_intent"."amount" > 0 and "payment_intent"."amount" <= 99999999),
	CONSTRAINT "payment_intent_erhalten" CHECK ("payment_intent"."amount_received" in (0, "payment_intent"."amount") and "payment_intent"."amount_refunded" between 0 and "payment_intent"."amount_received"),
	CONSTRAINT "payment_intent_currency" CHECK ("payment_intent"."currency" = 'EUR'),
	CONSTRAINT "payment_intent_remittance" CHECK (char_length("payment_intent"."remittance_text") <= 140),
	CONSTRAINT "payment_intent_status" CHECK ("payment_intent"."status" in ('requires_payment_method', 'requires_confirmation', 'processing', 'succeeded', 'failed', 'canceled', 'partially_refunded', 'refunded')),
	CONSTRAINT "payment_intent_method" CHECK ("payment_intent"."payment_method_type" in ('sepa_debit', 'bank_transfer'))
);
--> statement-breakpoint
CREATE TABLE "sepa_mandat" (
	"referenz" text NOT NULL,
	"glaeubiger_id" text NOT NULL,
	"intent_id" text NOT NULL,
	"kontoinhaber" text NOT NULL,
	"iban" text NOT NULL,
	"bic" text,
	"unterschrieben_am" date NOT NULL,
	"sequenztyp" text NOT NULL,
	"faellig_am" date NOT NULL,
	"created" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sepa_mandat_glaeubiger_id_referenz_pk" PRIMARY KEY("glaeubiger_id","referenz"),
	CONSTRAINT "sepa_mandat_intent_id_unique" UNIQUE("intent_id"),
	CONSTRAINT "sepa_mandat_referenz" CHECK (char_length("sepa_mandat"."referenz") between 1 and 35),
	CONSTRAINT "sepa_mandat_sequenztyp" CHECK ("sepa_mandat"."sequenztyp" in ('OOFF', 'FRST', 'RCUR'))
);
--> statement-breakpoint
ALTER TABLE "payment_event" ADD CONSTRAINT "payment_event_intent_id_payment_intent_id_fk" FOREIGN KEY ("intent_id") REFERENCES "public"."payment_intent"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sepa_mandat" ADD CONSTRAINT "sepa_mandat_intent_id_payment_intent_id_fk" FOREIGN KEY ("intent_id") REFERENCES "public"."payment_intent"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "payment_event_intent" ON "payment_event" USING btree ("intent_id","id");--> statement-breakpoint
CREATE INDEX "payment_intent_oe" ON "payment_intent" USING btree ("oe_schluessel","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "payment_intent_oe_status" ON "payment_intent" USING btree ("oe_schluessel","status","created" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "sepa_mandat_faellig" ON "sepa_mandat" USING btree ("faellig_am");--> statement-breakpoint
-- A payment's history is append-only, like antrag_ereignis (hand-written; drizzle-kit knows no
-- triggers): the cash office's record of what happened to a payment must not be rewritable.
CREATE FUNCTION "payment_event_nur_anfuegen"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'payment_event is append-only: % refused', TG_OP
		USING ERRCODE = 'insufficient_privilege';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "payment_event_nur_anfuegen" BEFORE UPDATE OR DELETE ON "payment_event"
	FOR EACH ROW EXECUTE FUNCTION "payment_event_nur_anfuegen"();--> statement-breakpoint
CREATE TRIGGER "payment_event_nicht_leeren" BEFORE TRUNCATE ON "payment_event"
	FOR EACH STATEMENT EXECUTE FUNCTION "payment_event_nur_anfuegen"();
