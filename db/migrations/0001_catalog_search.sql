CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TABLE "form_rate_limits" (
	"key" varchar(255) PRIMARY KEY NOT NULL,
	"points" integer DEFAULT 0 NOT NULL,
	"expire" bigint
);
--> statement-breakpoint
ALTER TABLE "integrations" ADD COLUMN "search_vector" "tsvector";--> statement-breakpoint
ALTER TABLE "integrations" ADD COLUMN "search_names" text;--> statement-breakpoint
ALTER TABLE "integration_requests" ADD COLUMN "requester_email" text;--> statement-breakpoint
ALTER TABLE "integration_requests" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
CREATE INDEX "form_rate_limits_expire_idx" ON "form_rate_limits" USING btree ("expire");--> statement-breakpoint
CREATE INDEX "integrations_search_vector_idx" ON "integrations" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "integrations_search_names_trgm_idx" ON "integrations" USING gin ("search_names" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "demo_requests_provider_integration_idx" ON "demo_requests" USING btree ("provider_organization_id","integration_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "integration_requests_tool_name_idx" ON "integration_requests" USING btree (lower("tool_name"));