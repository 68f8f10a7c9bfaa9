CREATE TABLE "formular_version" (
	"schluessel" text NOT NULL,
	"version" integer NOT NULL,
	"leistung" text NOT NULL,
	"cms_document_id" text,
	"definition" jsonb NOT NULL,
	"pruefsumme" text NOT NULL,
	"veroeffentlicht_am" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "formular_version_schluessel_version_pk" PRIMARY KEY("schluessel","version"),
	CONSTRAINT "formular_version_positiv" CHECK ("formular_version"."version" > 0)
);
--> statement-breakpoint
CREATE INDEX "formular_version_leistung" ON "formular_version" USING btree ("leistung","version" DESC NULLS LAST);--> statement-breakpoint
-- A published form version is immutable (hand-written; drizzle-kit knows no triggers): drafts and
-- applications name the version they were filled in, and the authority reads an application with
-- the definition it was submitted with. A change is a new version.
CREATE FUNCTION "formular_version_unveraenderlich"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'formular_version is immutable: % refused', TG_OP
		USING ERRCODE = 'insufficient_privilege';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "formular_version_unveraenderlich" BEFORE UPDATE OR DELETE ON "formular_version"
	FOR EACH ROW EXECUTE FUNCTION "formular_version_unveraenderlich"();
