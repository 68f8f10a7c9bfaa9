CREATE TABLE "rate_limit_counter" (
	"policy" varchar(64) NOT NULL,
	"key" varchar(128) NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"hits" integer NOT NULL,
	CONSTRAINT "rate_limit_counter_policy_key_window_start_pk" PRIMARY KEY("policy","key","window_start")
);
--> statement-breakpoint
CREATE TABLE "rate_limit_secret" (
	"id" smallint PRIMARY KEY NOT NULL,
	"secret" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "rate_limit_counter_expires_at" ON "rate_limit_counter" USING btree ("expires_at");