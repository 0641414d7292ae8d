CREATE TYPE "public"."organization_kind" AS ENUM('customer', 'provider');--> statement-breakpoint
CREATE TYPE "public"."partner_tier" AS ENUM('select', 'elite', 'premier');--> statement-breakpoint
CREATE TYPE "public"."employee_status" AS ENUM('active', 'onboarding', 'leave', 'inactive');--> statement-breakpoint
CREATE TYPE "public"."employment_type" AS ENUM('full_time', 'part_time', 'contractor', 'intern');--> statement-breakpoint
CREATE TYPE "public"."connector_kind" AS ENUM('scim', 'webhook', 'partner');--> statement-breakpoint
CREATE TYPE "public"."pricing_model" AS ENUM('free', 'included', 'paid', 'on_request');--> statement-breakpoint
CREATE TYPE "public"."provider_type" AS ENUM('first_party', 'partner');--> statement-breakpoint
CREATE TYPE "public"."connection_status" AS ENUM('pending', 'connected', 'inactive');--> statement-breakpoint
CREATE TYPE "public"."sync_operation" AS ENUM('provision', 'update', 'deactivate', 'link');--> statement-breakpoint
CREATE TYPE "public"."sync_result_status" AS ENUM('succeeded', 'failed', 'skipped');--> statement-breakpoint
CREATE TYPE "public"."sync_run_status" AS ENUM('running', 'succeeded', 'partially_succeeded', 'failed');--> statement-breakpoint
CREATE TYPE "public"."sync_trigger" AS ENUM('schedule', 'manual', 'employee_change', 'retry', 'partner');--> statement-breakpoint
CREATE TYPE "public"."demo_request_status" AS ENUM('new', 'contacted', 'scheduled', 'closed');--> statement-breakpoint
CREATE TYPE "public"."integration_request_status" AS ENUM('under_review', 'planned', 'available');--> statement-breakpoint
CREATE TYPE "public"."api_credential_status" AS ENUM('active', 'disabled');--> statement-breakpoint
CREATE TYPE "public"."actor_type" AS ENUM('user', 'api_client', 'system');--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"kind" "organization_kind" NOT NULL,
	"is_platform" boolean DEFAULT false NOT NULL,
	"tier" "partner_tier",
	"website" text,
	"support_url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"rights" text[] DEFAULT '{}' NOT NULL,
	"locale" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "employees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"employee_number" integer NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"email" text NOT NULL,
	"personal_email" text,
	"phone" text,
	"position" text,
	"department" text,
	"office" text,
	"manager_id" uuid,
	"employment_type" "employment_type" DEFAULT 'full_time' NOT NULL,
	"status" "employee_status" DEFAULT 'active' NOT NULL,
	"hire_date" date NOT NULL,
	"termination_date" date,
	"external_account_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "categories" (
	"slug" text PRIMARY KEY NOT NULL,
	"name_en" text NOT NULL,
	"name_de" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "integration_categories" (
	"integration_id" uuid NOT NULL,
	"category_slug" text NOT NULL,
	CONSTRAINT "integration_categories_integration_id_category_slug_pk" PRIMARY KEY("integration_id","category_slug")
);
--> statement-breakpoint
CREATE TABLE "integrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"provider_organization_id" uuid NOT NULL,
	"provider_type" "provider_type" NOT NULL,
	"tier" "partner_tier",
	"summary_en" text NOT NULL,
	"summary_de" text NOT NULL,
	"description_en" text NOT NULL,
	"description_de" text NOT NULL,
	"pricing_model" "pricing_model" NOT NULL,
	"pricing_note" jsonb,
	"permissions" jsonb NOT NULL,
	"setup_steps" jsonb NOT NULL,
	"screenshots" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"logo" text NOT NULL,
	"connector_kind" "connector_kind" NOT NULL,
	"connector_preset" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"monitoring_available" boolean DEFAULT false NOT NULL,
	"developer_name" text NOT NULL,
	"developer_website" text NOT NULL,
	"privacy_policy_url" text NOT NULL,
	"support_url" text,
	"support_email" text,
	"published_at" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"integration_id" uuid NOT NULL,
	"user_id" uuid,
	"message" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "connections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"integration_id" uuid NOT NULL,
	"status" "connection_status" DEFAULT 'pending' NOT NULL,
	"inactive_reason" text,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"wizard_step" text,
	"settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"encrypted_secrets" text,
	"schedule" jsonb DEFAULT '{"kind":"interval","minutes":30}'::jsonb NOT NULL,
	"next_sync_at" timestamp with time zone,
	"last_sync_at" timestamp with time zone,
	"last_run_status" text,
	"consecutive_failures" integer DEFAULT 0 NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"disconnected_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "employee_links" (
	"organization_id" uuid NOT NULL,
	"connection_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"external_id" text,
	"external_user_name" text,
	"pushed_hash" text,
	"active" boolean DEFAULT true NOT NULL,
	"etag" text,
	"last_operation" "sync_operation",
	"last_status" "sync_result_status",
	"last_message" text,
	"last_run_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employee_links_connection_id_employee_id_pk" PRIMARY KEY("connection_id","employee_id")
);
--> statement-breakpoint
CREATE TABLE "sync_results" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"run_id" uuid NOT NULL,
	"connection_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"operation" "sync_operation",
	"status" "sync_result_status" NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"error_code" text,
	"exchange" jsonb,
	"attempts" integer DEFAULT 0 NOT NULL,
	"duration_ms" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sync_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"connection_id" uuid NOT NULL,
	"trigger" "sync_trigger" NOT NULL,
	"status" "sync_run_status" DEFAULT 'running' NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"counts" jsonb DEFAULT '{"total":0,"provisioned":0,"updated":0,"deactivated":0,"linked":0,"skipped":0,"failed":0}'::jsonb NOT NULL,
	"error" text,
	"error_exchange" jsonb,
	"retry_of_run_id" uuid,
	"reported_by_credential_id" uuid,
	"job_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "demo_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"integration_id" uuid NOT NULL,
	"provider_organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"company" text NOT NULL,
	"company_size" text NOT NULL,
	"phone" text,
	"message" text,
	"consent" boolean NOT NULL,
	"status" "demo_request_status" DEFAULT 'new' NOT NULL,
	"locale" text DEFAULT 'en' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "integration_request_votes" (
	"request_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"notify" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "integration_request_votes_request_id_user_id_pk" PRIMARY KEY("request_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "integration_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tool_name" text NOT NULL,
	"website" text,
	"description" text NOT NULL,
	"status" "integration_request_status" DEFAULT 'under_review' NOT NULL,
	"created_by_id" uuid,
	"organization_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "api_credentials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"client_id" text NOT NULL,
	"secret_hash" text NOT NULL,
	"scopes" text[] DEFAULT '{}' NOT NULL,
	"employee_fields" text[],
	"connection_id" uuid,
	"status" "api_credential_status" DEFAULT 'active' NOT NULL,
	"token_version" integer DEFAULT 1 NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"rotated_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"actor_type" "actor_type" NOT NULL,
	"actor_id" uuid,
	"actor_label" text,
	"action" text NOT NULL,
	"target_type" text NOT NULL,
	"target_id" text NOT NULL,
	"changes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"connection_id" uuid,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employees" ADD CONSTRAINT "employees_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employees" ADD CONSTRAINT "employees_manager_id_employees_id_fk" FOREIGN KEY ("manager_id") REFERENCES "public"."employees"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integration_categories" ADD CONSTRAINT "integration_categories_integration_id_integrations_id_fk" FOREIGN KEY ("integration_id") REFERENCES "public"."integrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integration_categories" ADD CONSTRAINT "integration_categories_category_slug_categories_slug_fk" FOREIGN KEY ("category_slug") REFERENCES "public"."categories"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrations" ADD CONSTRAINT "integrations_provider_organization_id_organizations_id_fk" FOREIGN KEY ("provider_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_integration_id_integrations_id_fk" FOREIGN KEY ("integration_id") REFERENCES "public"."integrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connections" ADD CONSTRAINT "connections_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connections" ADD CONSTRAINT "connections_integration_id_integrations_id_fk" FOREIGN KEY ("integration_id") REFERENCES "public"."integrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connections" ADD CONSTRAINT "connections_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employee_links" ADD CONSTRAINT "employee_links_connection_id_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "public"."connections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employee_links" ADD CONSTRAINT "employee_links_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sync_results" ADD CONSTRAINT "sync_results_run_id_sync_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."sync_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sync_runs" ADD CONSTRAINT "sync_runs_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sync_runs" ADD CONSTRAINT "sync_runs_connection_id_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "public"."connections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sync_runs" ADD CONSTRAINT "sync_runs_retry_of_run_id_sync_runs_id_fk" FOREIGN KEY ("retry_of_run_id") REFERENCES "public"."sync_runs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demo_requests" ADD CONSTRAINT "demo_requests_integration_id_integrations_id_fk" FOREIGN KEY ("integration_id") REFERENCES "public"."integrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demo_requests" ADD CONSTRAINT "demo_requests_provider_organization_id_organizations_id_fk" FOREIGN KEY ("provider_organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integration_request_votes" ADD CONSTRAINT "integration_request_votes_request_id_integration_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."integration_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integration_request_votes" ADD CONSTRAINT "integration_request_votes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integration_requests" ADD CONSTRAINT "integration_requests_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integration_requests" ADD CONSTRAINT "integration_requests_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_credentials" ADD CONSTRAINT "api_credentials_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_credentials" ADD CONSTRAINT "api_credentials_connection_id_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "public"."connections"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_credentials" ADD CONSTRAINT "api_credentials_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "organizations_slug_idx" ON "organizations" USING btree ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");--> statement-breakpoint
CREATE INDEX "users_org_idx" ON "users" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "employees_org_number_idx" ON "employees" USING btree ("organization_id","employee_number");--> statement-breakpoint
CREATE INDEX "employees_org_name_idx" ON "employees" USING btree ("organization_id","last_name","first_name","id");--> statement-breakpoint
CREATE INDEX "employees_org_updated_idx" ON "employees" USING btree ("organization_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "employees_org_email_idx" ON "employees" USING btree ("organization_id",lower("email"));--> statement-breakpoint
CREATE INDEX "employees_org_department_idx" ON "employees" USING btree ("organization_id","department");--> statement-breakpoint
CREATE INDEX "integration_categories_category_idx" ON "integration_categories" USING btree ("category_slug");--> statement-breakpoint
CREATE UNIQUE INDEX "integrations_slug_idx" ON "integrations" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "integrations_provider_idx" ON "integrations" USING btree ("provider_organization_id");--> statement-breakpoint
CREATE INDEX "support_requests_org_idx" ON "support_requests" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE INDEX "connections_org_idx" ON "connections" USING btree ("organization_id","integration_id");--> statement-breakpoint
CREATE INDEX "connections_org_status_idx" ON "connections" USING btree ("organization_id","status");--> statement-breakpoint
CREATE INDEX "connections_due_idx" ON "connections" USING btree ("next_sync_at") WHERE "connections"."status" = 'connected';--> statement-breakpoint
CREATE INDEX "employee_links_org_employee_idx" ON "employee_links" USING btree ("organization_id","employee_id");--> statement-breakpoint
CREATE INDEX "sync_results_run_status_employee_idx" ON "sync_results" USING btree ("organization_id","run_id","status","employee_id");--> statement-breakpoint
CREATE INDEX "sync_results_run_employee_idx" ON "sync_results" USING btree ("organization_id","run_id","employee_id");--> statement-breakpoint
CREATE INDEX "sync_results_employee_idx" ON "sync_results" USING btree ("organization_id","employee_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "sync_results_created_idx" ON "sync_results" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "sync_runs_org_connection_started_idx" ON "sync_runs" USING btree ("organization_id","connection_id","started_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "sync_runs_running_idx" ON "sync_runs" USING btree ("connection_id") WHERE "sync_runs"."status" = 'running';--> statement-breakpoint
CREATE INDEX "demo_requests_provider_idx" ON "demo_requests" USING btree ("provider_organization_id","status","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "demo_requests_dedupe_idx" ON "demo_requests" USING btree ("integration_id",lower("email"),"created_at");--> statement-breakpoint
CREATE INDEX "integration_requests_status_idx" ON "integration_requests" USING btree ("status","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "api_credentials_client_idx" ON "api_credentials" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "api_credentials_org_idx" ON "api_credentials" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE INDEX "audit_events_target_idx" ON "audit_events" USING btree ("organization_id","target_type","target_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "notifications_org_idx" ON "notifications" USING btree ("organization_id","created_at" DESC NULLS LAST);