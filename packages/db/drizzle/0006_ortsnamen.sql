-- Filled by the geo seed (seedGebiet), which runs on every start; the default only lets the
-- column be added to tables that already hold rows.
ALTER TABLE "gemeinde" ADD COLUMN "namensformen" text[] NOT NULL DEFAULT '{}';--> statement-breakpoint
ALTER TABLE "gemeinde" ALTER COLUMN "namensformen" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "ortsteil" ADD COLUMN "namensformen" text[] NOT NULL DEFAULT '{}';--> statement-breakpoint
ALTER TABLE "ortsteil" ALTER COLUMN "namensformen" DROP DEFAULT;--> statement-breakpoint
CREATE INDEX "gemeinde_namensformen" ON "gemeinde" USING gin ("namensformen");--> statement-breakpoint
CREATE INDEX "ortsteil_namensformen" ON "ortsteil" USING gin ("namensformen");
