CREATE TABLE "formular_rueckzug" (
	"schluessel" text PRIMARY KEY NOT NULL,
	"cms_document_id" text,
	"zurueckgezogen_am" timestamp with time zone DEFAULT now() NOT NULL
);
