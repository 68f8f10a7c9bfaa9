ALTER TABLE "zustaendigkeit" ADD COLUMN "fall" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "zustaendigkeit" DROP CONSTRAINT "zustaendigkeit_leistung_document_id_gemeinde_ars_pk";--> statement-breakpoint
ALTER TABLE "zustaendigkeit" ADD CONSTRAINT "zustaendigkeit_leistung_document_id_gemeinde_ars_fall_pk" PRIMARY KEY("leistung_document_id","gemeinde_ars","fall");
