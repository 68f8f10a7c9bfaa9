CREATE TABLE "barrieremeldung" (
	"id" serial PRIMARY KEY NOT NULL,
	"eingegangen_am" timestamp with time zone DEFAULT now() NOT NULL,
	"sprache" varchar(5) NOT NULL,
	"seite" text,
	"beschreibung" text NOT NULL,
	"name" text,
	"email" text
);
