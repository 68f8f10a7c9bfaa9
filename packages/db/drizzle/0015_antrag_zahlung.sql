ALTER TABLE "antrag_ereignis" DROP CONSTRAINT "antrag_ereignis_art";--> statement-breakpoint
ALTER TABLE "antrag" ADD COLUMN "zahlung_intent_id" text;--> statement-breakpoint
CREATE INDEX "antrag_zahlung_intent" ON "antrag" USING btree ("zahlung_intent_id");--> statement-breakpoint
ALTER TABLE "antrag_ereignis" ADD CONSTRAINT "antrag_ereignis_art" CHECK ("antrag_ereignis"."art" in ('eingereicht', 'zugewiesen', 'status', 'rueckfrage', 'antwort', 'entscheidung', 'angesehen', 'abgerufen', 'quittiert', 'zahlung'));