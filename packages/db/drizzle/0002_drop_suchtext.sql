DROP INDEX "leistung_suchtext_trgm";--> statement-breakpoint
ALTER TABLE "leistung" DROP COLUMN "suchtext";