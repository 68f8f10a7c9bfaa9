CREATE TABLE "eid_identitaet" (
	"konto_id" uuid PRIMARY KEY NOT NULL,
	"aussteller" text NOT NULL,
	"pseudonym" text NOT NULL,
	"vertrauensniveau" text NOT NULL,
	"vornamen" text NOT NULL,
	"familienname" text NOT NULL,
	"geburtsname" text,
	"geburtsdatum" date,
	"geburtsort" text,
	"staatsangehoerigkeit" text,
	"anschrift" jsonb,
	"verifiziert_am" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "eid_identitaet_vertrauensniveau" CHECK ("eid_identitaet"."vertrauensniveau" in ('substanziell', 'hoch'))
);
--> statement-breakpoint
CREATE TABLE "einladung" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"email" text NOT NULL,
	"rolle" text NOT NULL,
	"eingeladen_von" uuid,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	"laeuft_ab_am" timestamp with time zone NOT NULL,
	"angenommen_am" timestamp with time zone,
	CONSTRAINT "einladung_rolle" CHECK ("einladung"."rolle" in ('inhaber', 'mitglied'))
);
--> statement-breakpoint
CREATE TABLE "einmalige_identifikation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"verfahren" text NOT NULL,
	"vertrauensniveau" text NOT NULL,
	"attribute" jsonb NOT NULL,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	"laeuft_ab_am" timestamp with time zone NOT NULL,
	CONSTRAINT "einmalige_identifikation_vertrauensniveau" CHECK ("einmalige_identifikation"."vertrauensniveau" in ('substanziell', 'hoch'))
);
--> statement-breakpoint
CREATE TABLE "mitarbeiter" (
	"konto_id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"totp_geheimnis" text,
	"totp_aktiviert_am" timestamp with time zone,
	"totp_letzter_schritt" bigint,
	"deaktiviert_am" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "mitarbeiter_rolle" (
	"konto_id" uuid NOT NULL,
	"oe_schluessel" text NOT NULL,
	"rolle" text NOT NULL,
	"seit" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mitarbeiter_rolle_konto_id_oe_schluessel_rolle_pk" PRIMARY KEY("konto_id","oe_schluessel","rolle"),
	CONSTRAINT "mitarbeiter_rolle_rolle" CHECK ("mitarbeiter_rolle"."rolle" in ('sachbearbeitung', 'kasse', 'beteiligung', 'admin'))
);
--> statement-breakpoint
CREATE TABLE "mitgliedschaft" (
	"organisation_id" uuid NOT NULL,
	"konto_id" uuid NOT NULL,
	"rolle" text NOT NULL,
	"seit" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mitgliedschaft_organisation_id_konto_id_pk" PRIMARY KEY("organisation_id","konto_id"),
	CONSTRAINT "mitgliedschaft_rolle" CHECK ("mitgliedschaft"."rolle" in ('inhaber', 'mitglied'))
);
--> statement-breakpoint
CREATE TABLE "organisation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"art" text NOT NULL,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_art" CHECK ("organisation"."art" in ('unternehmen', 'verein', 'sonstige'))
);
--> statement-breakpoint
CREATE TABLE "profil" (
	"konto_id" uuid PRIMARY KEY NOT NULL,
	"vorname" text,
	"nachname" text,
	"strasse" text,
	"plz" varchar(5),
	"ort" text,
	"ags" varchar(8),
	"geburtsdatum" date,
	"telefon" text,
	"geaendert_am" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "zugriffsprotokoll" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "zugriffsprotokoll_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"mitarbeiter_konto_id" uuid NOT NULL,
	"oe_schluessel" text NOT NULL,
	"aktion" text NOT NULL,
	"gegenstand" text NOT NULL,
	"betroffenes_konto_id" uuid,
	"zeitpunkt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "nachricht" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"konto_id" uuid,
	"organisation_id" uuid,
	"absender_oe_schluessel" text NOT NULL,
	"absender_name" text NOT NULL,
	"betreff" text NOT NULL,
	"text" text NOT NULL,
	"verfahren" text,
	"gesendet_am" timestamp with time zone DEFAULT now() NOT NULL,
	"gelesen_am" timestamp with time zone,
	CONSTRAINT "nachricht_empfaenger" CHECK (num_nonnulls("nachricht"."konto_id", "nachricht"."organisation_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "nachricht_anhang" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"nachricht_id" uuid NOT NULL,
	"dateiname" text NOT NULL,
	"medientyp" text NOT NULL,
	"groesse" integer NOT NULL,
	"inhalt" "bytea" NOT NULL
);
--> statement-breakpoint
ALTER TABLE "konto" ALTER COLUMN "email" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "konto" ADD COLUMN "inaktiv_gewarnt_am" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sitzung" ADD COLUMN "bereich" text DEFAULT 'buergerkonto' NOT NULL;--> statement-breakpoint
ALTER TABLE "sitzung" ADD COLUMN "vertrauensniveau" text DEFAULT 'niedrig' NOT NULL;--> statement-breakpoint
ALTER TABLE "sitzung" ADD COLUMN "organisation_id" uuid;--> statement-breakpoint
ALTER TABLE "eid_identitaet" ADD CONSTRAINT "eid_identitaet_konto_id_konto_id_fk" FOREIGN KEY ("konto_id") REFERENCES "public"."konto"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "einladung" ADD CONSTRAINT "einladung_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "einladung" ADD CONSTRAINT "einladung_eingeladen_von_konto_id_fk" FOREIGN KEY ("eingeladen_von") REFERENCES "public"."konto"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mitarbeiter" ADD CONSTRAINT "mitarbeiter_konto_id_konto_id_fk" FOREIGN KEY ("konto_id") REFERENCES "public"."konto"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mitarbeiter_rolle" ADD CONSTRAINT "mitarbeiter_rolle_konto_id_mitarbeiter_konto_id_fk" FOREIGN KEY ("konto_id") REFERENCES "public"."mitarbeiter"("konto_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mitgliedschaft" ADD CONSTRAINT "mitgliedschaft_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mitgliedschaft" ADD CONSTRAINT "mitgliedschaft_konto_id_konto_id_fk" FOREIGN KEY ("konto_id") REFERENCES "public"."konto"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "profil" ADD CONSTRAINT "profil_konto_id_konto_id_fk" FOREIGN KEY ("konto_id") REFERENCES "public"."konto"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nachricht" ADD CONSTRAINT "nachricht_konto_id_konto_id_fk" FOREIGN KEY ("konto_id") REFERENCES "public"."konto"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nachricht" ADD CONSTRAINT "nachricht_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nachricht_anhang" ADD CONSTRAINT "nachricht_anhang_nachricht_id_nachricht_id_fk" FOREIGN KEY ("nachricht_id") REFERENCES "public"."nachricht"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "eid_identitaet_pseudonym" ON "eid_identitaet" USING btree ("aussteller","pseudonym");--> statement-breakpoint
CREATE INDEX "einladung_organisation_id" ON "einladung" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "einmalige_identifikation_verfahren" ON "einmalige_identifikation" USING btree ("verfahren");--> statement-breakpoint
CREATE INDEX "mitgliedschaft_konto_id" ON "mitgliedschaft" USING btree ("konto_id");--> statement-breakpoint
CREATE INDEX "zugriffsprotokoll_betroffen" ON "zugriffsprotokoll" USING btree ("betroffenes_konto_id","zeitpunkt");--> statement-breakpoint
CREATE INDEX "zugriffsprotokoll_mitarbeiter" ON "zugriffsprotokoll" USING btree ("mitarbeiter_konto_id","zeitpunkt");--> statement-breakpoint
CREATE INDEX "nachricht_konto" ON "nachricht" USING btree ("konto_id","gesendet_am" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "nachricht_organisation" ON "nachricht" USING btree ("organisation_id","gesendet_am" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "nachricht_absender" ON "nachricht" USING btree ("absender_oe_schluessel","gesendet_am" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "nachricht_anhang_nachricht" ON "nachricht_anhang" USING btree ("nachricht_id");--> statement-breakpoint
ALTER TABLE "sitzung" ADD CONSTRAINT "sitzung_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sitzung" ADD CONSTRAINT "sitzung_bereich" CHECK ("sitzung"."bereich" in ('buergerkonto', 'verwaltung'));--> statement-breakpoint
ALTER TABLE "sitzung" ADD CONSTRAINT "sitzung_vertrauensniveau" CHECK ("sitzung"."vertrauensniveau" in ('niedrig', 'substanziell', 'hoch'));--> statement-breakpoint
-- Staff access to personal data is append-only, like the security log (hand-written; drizzle-kit
-- knows no triggers): an authority's access to a citizen's data must not be rewritable.
CREATE FUNCTION "zugriffsprotokoll_nur_anfuegen"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'zugriffsprotokoll is append-only: % refused', TG_OP
		USING ERRCODE = 'insufficient_privilege';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "zugriffsprotokoll_nur_anfuegen" BEFORE UPDATE OR DELETE ON "zugriffsprotokoll"
	FOR EACH ROW EXECUTE FUNCTION "zugriffsprotokoll_nur_anfuegen"();--> statement-breakpoint
CREATE TRIGGER "zugriffsprotokoll_nicht_leeren" BEFORE TRUNCATE ON "zugriffsprotokoll"
	FOR EACH STATEMENT EXECUTE FUNCTION "zugriffsprotokoll_nur_anfuegen"();
