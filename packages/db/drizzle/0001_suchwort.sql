-- Every word (4+ letters) of the services' titles and synonyms, for spelling correction: a typo
-- is matched against this short list (trigram index) instead of every title.
CREATE MATERIALIZED VIEW "suchwort" AS
  SELECT DISTINCT w AS wort
  FROM leistung, regexp_split_to_table(lower(titel || ' ' || suchbegriffe), '[^[:alpha:]]+') AS w
  WHERE length(w) >= 4;
--> statement-breakpoint
CREATE UNIQUE INDEX "suchwort_wort" ON "suchwort" ("wort");
--> statement-breakpoint
CREATE INDEX "suchwort_wort_trgm" ON "suchwort" USING gin ("wort" gin_trgm_ops);
