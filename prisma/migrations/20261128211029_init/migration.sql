-- Trigram matching for the search keys (needed before the gin_trgm_ops indexes below)
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "confidentiality" AS ENUM ('public', 'internal', 'restricted');

-- CreateEnum
CREATE TYPE "date_precision" AS ENUM ('day', 'month', 'year');

-- CreateEnum
CREATE TYPE "gender" AS ENUM ('female', 'male', 'other', 'unknown');

-- CreateEnum
CREATE TYPE "person_status" AS ENUM ('at_large', 'detained', 'pretrial_detention', 'house_arrest', 'imprisoned', 'probation', 'released', 'exiled', 'disappeared', 'deceased', 'unknown');

-- CreateEnum
CREATE TYPE "name_script" AS ENUM ('lat', 'cyrl', 'kk', 'other');

-- CreateEnum
CREATE TYPE "name_kind" AS ENUM ('legal', 'alias', 'transliteration', 'former');

-- CreateEnum
CREATE TYPE "organisation_type" AS ENUM ('party', 'trade_union', 'media', 'ngo', 'company', 'court', 'police', 'prosecutor', 'prison', 'detention_centre', 'state_body', 'other');

-- CreateEnum
CREATE TYPE "event_kind" AS ENUM ('strike', 'protest', 'clash', 'raid', 'closure', 'ban', 'other');

-- CreateEnum
CREATE TYPE "event_participant_role" AS ENUM ('victim', 'participant', 'alleged_perpetrator', 'witness', 'organiser');

-- CreateEnum
CREATE TYPE "casualty_kind" AS ENUM ('killed', 'injured', 'detained', 'convicted', 'disappeared');

-- CreateEnum
CREATE TYPE "count_qualifier" AS ENUM ('exact', 'at_least', 'at_most', 'approximately');

-- CreateEnum
CREATE TYPE "case_stage" AS ENUM ('investigation', 'pretrial', 'trial', 'verdict', 'appeal', 'cassation', 'closed');

-- CreateEnum
CREATE TYPE "case_role" AS ENUM ('defendant', 'lawyer', 'judge', 'prosecutor', 'witness', 'victim', 'observer');

-- CreateEnum
CREATE TYPE "provision_category" AS ENUM ('extremism', 'incitement', 'mass_riots', 'calls_to_overthrow', 'organised_group', 'looting', 'use_of_force', 'abuse_of_office', 'other');

-- CreateEnum
CREATE TYPE "charge_status" AS ENUM ('pending', 'dropped', 'reclassified', 'convicted', 'acquitted');

-- CreateEnum
CREATE TYPE "detention_kind" AS ENUM ('administrative_arrest', 'pretrial_detention', 'house_arrest', 'temporary_detention', 'prison_colony', 'prison', 'psychiatric');

-- CreateEnum
CREATE TYPE "hearing_kind" AS ENUM ('preliminary', 'trial_session', 'verdict', 'appeal_hearing', 'other');

-- CreateEnum
CREATE TYPE "sentence_kind" AS ENUM ('imprisonment', 'probation', 'restricted_freedom', 'fine', 'suspended', 'other');

-- CreateEnum
CREATE TYPE "appeal_level" AS ENUM ('appeal', 'cassation', 'supervisory', 'un_wgad', 'un_hrc', 'regional_court');

-- CreateEnum
CREATE TYPE "appeal_status" AS ENUM ('planned', 'filed', 'pending', 'upheld', 'reduced', 'overturned', 'rejected', 'withdrawn');

-- CreateEnum
CREATE TYPE "case_update_kind" AS ENUM ('arrest', 'charge', 'hearing', 'verdict', 'appeal', 'transfer', 'health', 'release', 'statement', 'other');

-- CreateEnum
CREATE TYPE "source_kind" AS ENUM ('interview', 'court_document', 'media_article', 'ngo_report', 'official_statement', 'other');

-- CreateEnum
CREATE TYPE "source_reliability" AS ENUM ('A', 'B', 'C', 'D', 'E', 'F');

-- CreateEnum
CREATE TYPE "information_credibility" AS ENUM ('1', '2', '3', '4', '5', '6');

-- CreateEnum
CREATE TYPE "role" AS ENUM ('admin', 'coordinator', 'researcher', 'viewer');

-- CreateEnum
CREATE TYPE "audit_action" AS ENUM ('create', 'update', 'delete', 'restore', 'revert', 'login', 'login_failed', 'logout', 'export', 'permission_denied', 'merge');

-- CreateEnum
CREATE TYPE "search_scope" AS ENUM ('persons', 'organisations', 'events', 'cases', 'case_updates', 'sources');

-- CreateEnum
CREATE TYPE "export_kind" AS ENUM ('persons', 'organisations', 'events', 'cases', 'charges', 'detention_periods', 'sentences', 'appeals', 'case_updates', 'sources', 'audit_entries');

-- CreateEnum
CREATE TYPE "export_format" AS ENUM ('csv', 'xlsx', 'json');

-- CreateEnum
CREATE TYPE "export_status" AS ENUM ('queued', 'running', 'done', 'failed');

-- CreateTable
CREATE TABLE "persons" (
    "id" UUID NOT NULL,
    "display_name" TEXT NOT NULL,
    "gender" "gender" NOT NULL DEFAULT 'unknown',
    "birth_date" DATE,
    "birth_date_precision" "date_precision",
    "nationality" TEXT,
    "ethnicity" TEXT,
    "occupation" TEXT,
    "residence_region" TEXT,
    "photo_attachment_id" UUID,
    "notes" TEXT,
    "health_notes" TEXT,
    "address" TEXT,
    "status_override" "person_status",
    "status_override_on" DATE,
    "status_override_on_precision" "date_precision",
    "search_key" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "created_by_id" UUID,
    "confidentiality" "confidentiality" NOT NULL DEFAULT 'internal',

    CONSTRAINT "persons_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "person_names" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "value" TEXT NOT NULL,
    "script" "name_script" NOT NULL,
    "kind" "name_kind" NOT NULL DEFAULT 'legal',
    "language" TEXT,
    "is_primary" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "person_names_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organisations" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "type" "organisation_type" NOT NULL,
    "country" VARCHAR(2),
    "region" TEXT,
    "notes" TEXT,
    "parent_id" UUID,
    "search_key" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "created_by_id" UUID,
    "confidentiality" "confidentiality" NOT NULL DEFAULT 'internal',

    CONSTRAINT "organisations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organisation_names" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "value" TEXT NOT NULL,
    "script" "name_script" NOT NULL,
    "kind" "name_kind" NOT NULL DEFAULT 'legal',
    "language" TEXT,
    "is_primary" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "organisation_names_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "affiliations" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "role" TEXT,
    "started_on" DATE,
    "started_on_precision" "date_precision",
    "ended_on" DATE,
    "ended_on_precision" "date_precision",
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "created_by_id" UUID,
    "confidentiality" "confidentiality" NOT NULL DEFAULT 'internal',

    CONSTRAINT "affiliations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "events" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "event_kind" NOT NULL,
    "description" TEXT,
    "started_on" DATE,
    "started_on_precision" "date_precision",
    "ended_on" DATE,
    "ended_on_precision" "date_precision",
    "country" VARCHAR(2),
    "region" TEXT,
    "place" TEXT,
    "search_key" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "created_by_id" UUID,
    "confidentiality" "confidentiality" NOT NULL DEFAULT 'internal',

    CONSTRAINT "events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_names" (
    "id" UUID NOT NULL,
    "event_id" UUID NOT NULL,
    "value" TEXT NOT NULL,
    "script" "name_script" NOT NULL,
    "kind" "name_kind" NOT NULL DEFAULT 'alias',
    "language" TEXT,
    "is_primary" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_names_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_casualties" (
    "id" UUID NOT NULL,
    "event_id" UUID NOT NULL,
    "kind" "casualty_kind" NOT NULL,
    "count" INTEGER NOT NULL,
    "qualifier" "count_qualifier" NOT NULL DEFAULT 'exact',
    "source_id" UUID,
    "reported_on" DATE,
    "reported_on_precision" "date_precision",
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "created_by_id" UUID,
    "confidentiality" "confidentiality" NOT NULL DEFAULT 'internal',

    CONSTRAINT "event_casualties_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_persons" (
    "id" UUID NOT NULL,
    "event_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "role" "event_participant_role" NOT NULL,
    "notes" TEXT,
    "confidentiality" "confidentiality" NOT NULL DEFAULT 'internal',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "event_persons_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_organisations" (
    "id" UUID NOT NULL,
    "event_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "role" "event_participant_role" NOT NULL,
    "notes" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_organisations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cases" (
    "id" UUID NOT NULL,
    "case_number" TEXT,
    "title" TEXT NOT NULL,
    "country" VARCHAR(2),
    "region" TEXT,
    "court_id" UUID,
    "stage" "case_stage" NOT NULL DEFAULT 'investigation',
    "summary" TEXT,
    "opened_on" DATE,
    "opened_on_precision" "date_precision",
    "search_key" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "created_by_id" UUID,
    "confidentiality" "confidentiality" NOT NULL DEFAULT 'internal',

    CONSTRAINT "cases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_events" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "event_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_participants" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "role" "case_role" NOT NULL,
    "notes" TEXT,
    "confidentiality" "confidentiality" NOT NULL DEFAULT 'internal',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "case_participants_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_assignments" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_id" UUID,

    CONSTRAINT "case_assignments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "legal_provisions" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "article" TEXT NOT NULL,
    "part" TEXT NOT NULL DEFAULT '',
    "title_en" TEXT,
    "title_ru" TEXT,
    "title_kk" TEXT,
    "category" "provision_category" NOT NULL DEFAULT 'other',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "created_by_id" UUID,
    "confidentiality" "confidentiality" NOT NULL DEFAULT 'public',

    CONSTRAINT "legal_provisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "charges" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "provision_id" UUID NOT NULL,
    "filed_on" DATE,
    "filed_on_precision" "date_precision",
    "status" "charge_status" NOT NULL DEFAULT 'pending',
    "reclassified_to_id" UUID,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "created_by_id" UUID,
    "confidentiality" "confidentiality" NOT NULL DEFAULT 'internal',

    CONSTRAINT "charges_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "detention_periods" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "facility_id" UUID,
    "case_id" UUID,
    "kind" "detention_kind" NOT NULL,
    "started_on" DATE,
    "started_on_precision" "date_precision",
    "ended_on" DATE,
    "ended_on_precision" "date_precision",
    "conditions" TEXT,
    "ill_treatment_alleged" BOOLEAN NOT NULL DEFAULT false,
    "ill_treatment_notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "created_by_id" UUID,
    "confidentiality" "confidentiality" NOT NULL DEFAULT 'internal',

    CONSTRAINT "detention_periods_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "hearings" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "court_id" UUID,
    "judge_id" UUID,
    "judge_name" TEXT,
    "kind" "hearing_kind" NOT NULL,
    "scheduled_at" TIMESTAMPTZ(3),
    "held_on" DATE,
    "held_on_precision" "date_precision",
    "is_public" BOOLEAN,
    "observers_present" BOOLEAN NOT NULL DEFAULT false,
    "outcome" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "created_by_id" UUID,
    "confidentiality" "confidentiality" NOT NULL DEFAULT 'internal',

    CONSTRAINT "hearings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sentences" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "court_id" UUID,
    "verdict_on" DATE,
    "verdict_on_precision" "date_precision",
    "outcome" TEXT,
    "kind" "sentence_kind" NOT NULL,
    "term_years" INTEGER NOT NULL DEFAULT 0,
    "term_months" INTEGER NOT NULL DEFAULT 0,
    "term_days" INTEGER NOT NULL DEFAULT 0,
    "fine_amount" DECIMAL(14,2),
    "fine_currency" VARCHAR(3),
    "regime" TEXT,
    "started_on" DATE,
    "started_on_precision" "date_precision",
    "actual_release_on" DATE,
    "actual_release_on_precision" "date_precision",
    "supersedes_id" UUID,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "created_by_id" UUID,
    "confidentiality" "confidentiality" NOT NULL DEFAULT 'internal',

    CONSTRAINT "sentences_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "appeals" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "person_id" UUID,
    "sentence_id" UUID,
    "level" "appeal_level" NOT NULL,
    "body_id" UUID,
    "body_name" TEXT,
    "filed_on" DATE,
    "filed_on_precision" "date_precision",
    "deadline" DATE,
    "status" "appeal_status" NOT NULL DEFAULT 'planned',
    "decision_on" DATE,
    "decision_on_precision" "date_precision",
    "resulting_change" TEXT,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "created_by_id" UUID,
    "confidentiality" "confidentiality" NOT NULL DEFAULT 'internal',

    CONSTRAINT "appeals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_updates" (
    "id" UUID NOT NULL,
    "person_id" UUID,
    "case_id" UUID,
    "fact_on" DATE NOT NULL,
    "fact_on_precision" "date_precision" NOT NULL,
    "kind" "case_update_kind" NOT NULL,
    "title" TEXT,
    "body" TEXT NOT NULL,
    "author_id" UUID NOT NULL,
    "search_vector" tsvector,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "created_by_id" UUID,
    "confidentiality" "confidentiality" NOT NULL DEFAULT 'internal',

    CONSTRAINT "case_updates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_update_sources" (
    "id" UUID NOT NULL,
    "case_update_id" UUID NOT NULL,
    "source_id" UUID NOT NULL,
    "locator" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_update_sources_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sources" (
    "id" UUID NOT NULL,
    "kind" "source_kind" NOT NULL,
    "title" TEXT NOT NULL,
    "citation" TEXT,
    "url" TEXT,
    "publisher_id" UUID,
    "published_on" DATE,
    "published_on_precision" "date_precision",
    "author" TEXT,
    "reliability" "source_reliability",
    "credibility" "information_credibility",
    "language" TEXT,
    "identity_confidentiality" "confidentiality" NOT NULL DEFAULT 'internal',
    "contact" TEXT,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "created_by_id" UUID,
    "confidentiality" "confidentiality" NOT NULL DEFAULT 'internal',

    CONSTRAINT "sources_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "attachments" (
    "id" UUID NOT NULL,
    "source_id" UUID,
    "case_update_id" UUID,
    "person_id" UUID,
    "file_name" TEXT NOT NULL,
    "mime_type" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "storage_key" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "created_by_id" UUID,
    "confidentiality" "confidentiality" NOT NULL DEFAULT 'internal',

    CONSTRAINT "attachments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "role" NOT NULL DEFAULT 'viewer',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "password_hash" TEXT NOT NULL,
    "totp_secret" TEXT,
    "totp_enabled" BOOLEAN NOT NULL DEFAULT false,
    "totp_required" BOOLEAN NOT NULL DEFAULT false,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "failed_login_count" INTEGER NOT NULL DEFAULT 0,
    "locked_until" TIMESTAMPTZ(3),
    "last_login_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sessions" (
    "id" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),
    "ip_address" TEXT,
    "user_agent" TEXT,
    "csrf_token" TEXT NOT NULL,
    "totp_verified" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "login_attempts" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "ip_address" TEXT,
    "succeeded" BOOLEAN NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "login_attempts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_entries" (
    "id" BIGSERIAL NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" UUID,
    "actor_email" TEXT,
    "action" "audit_action" NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT,
    "before" JSONB,
    "after" JSONB,
    "request_id" TEXT,
    "ip_address" TEXT,
    "user_agent" TEXT,
    "details" JSONB,

    CONSTRAINT "audit_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "saved_searches" (
    "id" UUID NOT NULL,
    "owner_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "scope" "search_scope" NOT NULL,
    "query" TEXT NOT NULL DEFAULT '',
    "filters" JSONB NOT NULL DEFAULT '{}',
    "shared" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "saved_searches_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "export_jobs" (
    "id" UUID NOT NULL,
    "requested_by_id" UUID NOT NULL,
    "kind" "export_kind" NOT NULL,
    "format" "export_format" NOT NULL DEFAULT 'csv',
    "filters" JSONB NOT NULL DEFAULT '{}',
    "status" "export_status" NOT NULL DEFAULT 'queued',
    "rows_done" INTEGER NOT NULL DEFAULT 0,
    "rows_total" INTEGER,
    "file_path" TEXT,
    "error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "export_jobs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "persons_search_key_idx" ON "persons" USING GIN ("search_key" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "persons_display_name_idx" ON "persons"("display_name");

-- CreateIndex
CREATE INDEX "persons_residence_region_idx" ON "persons"("residence_region");

-- CreateIndex
CREATE INDEX "persons_status_override_idx" ON "persons"("status_override");

-- CreateIndex
CREATE INDEX "persons_deleted_at_idx" ON "persons"("deleted_at");

-- CreateIndex
CREATE INDEX "persons_created_by_id_idx" ON "persons"("created_by_id");

-- CreateIndex
CREATE INDEX "persons_photo_attachment_id_idx" ON "persons"("photo_attachment_id");

-- CreateIndex
CREATE INDEX "person_names_person_id_idx" ON "person_names"("person_id");

-- CreateIndex
CREATE UNIQUE INDEX "person_names_person_id_value_script_key" ON "person_names"("person_id", "value", "script");

-- CreateIndex
CREATE INDEX "organisations_search_key_idx" ON "organisations" USING GIN ("search_key" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "organisations_type_idx" ON "organisations"("type");

-- CreateIndex
CREATE INDEX "organisations_name_idx" ON "organisations"("name");

-- CreateIndex
CREATE INDEX "organisations_country_region_idx" ON "organisations"("country", "region");

-- CreateIndex
CREATE INDEX "organisations_parent_id_idx" ON "organisations"("parent_id");

-- CreateIndex
CREATE INDEX "organisations_deleted_at_idx" ON "organisations"("deleted_at");

-- CreateIndex
CREATE INDEX "organisations_created_by_id_idx" ON "organisations"("created_by_id");

-- CreateIndex
CREATE INDEX "organisation_names_organisation_id_idx" ON "organisation_names"("organisation_id");

-- CreateIndex
CREATE UNIQUE INDEX "organisation_names_organisation_id_value_script_key" ON "organisation_names"("organisation_id", "value", "script");

-- CreateIndex
CREATE INDEX "affiliations_person_id_idx" ON "affiliations"("person_id");

-- CreateIndex
CREATE INDEX "affiliations_organisation_id_idx" ON "affiliations"("organisation_id");

-- CreateIndex
CREATE INDEX "affiliations_deleted_at_idx" ON "affiliations"("deleted_at");

-- CreateIndex
CREATE INDEX "affiliations_created_by_id_idx" ON "affiliations"("created_by_id");

-- CreateIndex
CREATE INDEX "events_search_key_idx" ON "events" USING GIN ("search_key" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "events_kind_idx" ON "events"("kind");

-- CreateIndex
CREATE INDEX "events_started_on_idx" ON "events"("started_on");

-- CreateIndex
CREATE INDEX "events_country_region_idx" ON "events"("country", "region");

-- CreateIndex
CREATE INDEX "events_deleted_at_idx" ON "events"("deleted_at");

-- CreateIndex
CREATE INDEX "events_created_by_id_idx" ON "events"("created_by_id");

-- CreateIndex
CREATE INDEX "event_names_event_id_idx" ON "event_names"("event_id");

-- CreateIndex
CREATE UNIQUE INDEX "event_names_event_id_value_script_key" ON "event_names"("event_id", "value", "script");

-- CreateIndex
CREATE INDEX "event_casualties_event_id_kind_idx" ON "event_casualties"("event_id", "kind");

-- CreateIndex
CREATE INDEX "event_casualties_source_id_idx" ON "event_casualties"("source_id");

-- CreateIndex
CREATE INDEX "event_casualties_deleted_at_idx" ON "event_casualties"("deleted_at");

-- CreateIndex
CREATE INDEX "event_casualties_created_by_id_idx" ON "event_casualties"("created_by_id");

-- CreateIndex
CREATE INDEX "event_persons_person_id_idx" ON "event_persons"("person_id");

-- CreateIndex
CREATE UNIQUE INDEX "event_persons_event_id_person_id_role_key" ON "event_persons"("event_id", "person_id", "role");

-- CreateIndex
CREATE INDEX "event_organisations_organisation_id_idx" ON "event_organisations"("organisation_id");

-- CreateIndex
CREATE UNIQUE INDEX "event_organisations_event_id_organisation_id_role_key" ON "event_organisations"("event_id", "organisation_id", "role");

-- CreateIndex
CREATE INDEX "cases_search_key_idx" ON "cases" USING GIN ("search_key" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "cases_case_number_idx" ON "cases"("case_number");

-- CreateIndex
CREATE INDEX "cases_stage_idx" ON "cases"("stage");

-- CreateIndex
CREATE INDEX "cases_court_id_idx" ON "cases"("court_id");

-- CreateIndex
CREATE INDEX "cases_country_region_idx" ON "cases"("country", "region");

-- CreateIndex
CREATE INDEX "cases_opened_on_idx" ON "cases"("opened_on");

-- CreateIndex
CREATE INDEX "cases_deleted_at_idx" ON "cases"("deleted_at");

-- CreateIndex
CREATE INDEX "cases_created_by_id_idx" ON "cases"("created_by_id");

-- CreateIndex
CREATE INDEX "case_events_event_id_idx" ON "case_events"("event_id");

-- CreateIndex
CREATE UNIQUE INDEX "case_events_case_id_event_id_key" ON "case_events"("case_id", "event_id");

-- CreateIndex
CREATE INDEX "case_participants_person_id_idx" ON "case_participants"("person_id");

-- CreateIndex
CREATE INDEX "case_participants_role_idx" ON "case_participants"("role");

-- CreateIndex
CREATE UNIQUE INDEX "case_participants_case_id_person_id_role_key" ON "case_participants"("case_id", "person_id", "role");

-- CreateIndex
CREATE INDEX "case_assignments_user_id_idx" ON "case_assignments"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "case_assignments_case_id_user_id_key" ON "case_assignments"("case_id", "user_id");

-- CreateIndex
CREATE INDEX "legal_provisions_category_idx" ON "legal_provisions"("category");

-- CreateIndex
CREATE INDEX "legal_provisions_deleted_at_idx" ON "legal_provisions"("deleted_at");

-- CreateIndex
CREATE UNIQUE INDEX "legal_provisions_code_article_part_key" ON "legal_provisions"("code", "article", "part");

-- CreateIndex
CREATE INDEX "charges_person_id_idx" ON "charges"("person_id");

-- CreateIndex
CREATE INDEX "charges_case_id_person_id_idx" ON "charges"("case_id", "person_id");

-- CreateIndex
CREATE INDEX "charges_provision_id_idx" ON "charges"("provision_id");

-- CreateIndex
CREATE INDEX "charges_status_idx" ON "charges"("status");

-- CreateIndex
CREATE INDEX "charges_filed_on_idx" ON "charges"("filed_on");

-- CreateIndex
CREATE INDEX "charges_reclassified_to_id_idx" ON "charges"("reclassified_to_id");

-- CreateIndex
CREATE INDEX "charges_deleted_at_idx" ON "charges"("deleted_at");

-- CreateIndex
CREATE INDEX "charges_created_by_id_idx" ON "charges"("created_by_id");

-- CreateIndex
CREATE INDEX "detention_periods_person_id_started_on_idx" ON "detention_periods"("person_id", "started_on");

-- CreateIndex
CREATE INDEX "detention_periods_facility_id_idx" ON "detention_periods"("facility_id");

-- CreateIndex
CREATE INDEX "detention_periods_case_id_idx" ON "detention_periods"("case_id");

-- CreateIndex
CREATE INDEX "detention_periods_kind_idx" ON "detention_periods"("kind");

-- CreateIndex
CREATE INDEX "detention_periods_ended_on_idx" ON "detention_periods"("ended_on");

-- CreateIndex
CREATE INDEX "detention_periods_deleted_at_idx" ON "detention_periods"("deleted_at");

-- CreateIndex
CREATE INDEX "detention_periods_created_by_id_idx" ON "detention_periods"("created_by_id");

-- CreateIndex
CREATE INDEX "hearings_case_id_held_on_idx" ON "hearings"("case_id", "held_on");

-- CreateIndex
CREATE INDEX "hearings_court_id_idx" ON "hearings"("court_id");

-- CreateIndex
CREATE INDEX "hearings_judge_id_idx" ON "hearings"("judge_id");

-- CreateIndex
CREATE INDEX "hearings_scheduled_at_idx" ON "hearings"("scheduled_at");

-- CreateIndex
CREATE INDEX "hearings_held_on_idx" ON "hearings"("held_on");

-- CreateIndex
CREATE INDEX "hearings_deleted_at_idx" ON "hearings"("deleted_at");

-- CreateIndex
CREATE INDEX "hearings_created_by_id_idx" ON "hearings"("created_by_id");

-- CreateIndex
CREATE UNIQUE INDEX "sentences_supersedes_id_key" ON "sentences"("supersedes_id");

-- CreateIndex
CREATE INDEX "sentences_person_id_idx" ON "sentences"("person_id");

-- CreateIndex
CREATE INDEX "sentences_case_id_idx" ON "sentences"("case_id");

-- CreateIndex
CREATE INDEX "sentences_court_id_idx" ON "sentences"("court_id");

-- CreateIndex
CREATE INDEX "sentences_kind_idx" ON "sentences"("kind");

-- CreateIndex
CREATE INDEX "sentences_verdict_on_idx" ON "sentences"("verdict_on");

-- CreateIndex
CREATE INDEX "sentences_actual_release_on_idx" ON "sentences"("actual_release_on");

-- CreateIndex
CREATE INDEX "sentences_deleted_at_idx" ON "sentences"("deleted_at");

-- CreateIndex
CREATE INDEX "sentences_created_by_id_idx" ON "sentences"("created_by_id");

-- CreateIndex
CREATE INDEX "appeals_case_id_idx" ON "appeals"("case_id");

-- CreateIndex
CREATE INDEX "appeals_person_id_idx" ON "appeals"("person_id");

-- CreateIndex
CREATE INDEX "appeals_sentence_id_idx" ON "appeals"("sentence_id");

-- CreateIndex
CREATE INDEX "appeals_body_id_idx" ON "appeals"("body_id");

-- CreateIndex
CREATE INDEX "appeals_level_idx" ON "appeals"("level");

-- CreateIndex
CREATE INDEX "appeals_status_idx" ON "appeals"("status");

-- CreateIndex
CREATE INDEX "appeals_deadline_idx" ON "appeals"("deadline");

-- CreateIndex
CREATE INDEX "appeals_deleted_at_idx" ON "appeals"("deleted_at");

-- CreateIndex
CREATE INDEX "appeals_created_by_id_idx" ON "appeals"("created_by_id");

-- CreateIndex
CREATE INDEX "case_updates_person_id_fact_on_idx" ON "case_updates"("person_id", "fact_on");

-- CreateIndex
CREATE INDEX "case_updates_case_id_fact_on_idx" ON "case_updates"("case_id", "fact_on");

-- CreateIndex
CREATE INDEX "case_updates_fact_on_idx" ON "case_updates"("fact_on");

-- CreateIndex
CREATE INDEX "case_updates_kind_idx" ON "case_updates"("kind");

-- CreateIndex
CREATE INDEX "case_updates_author_id_idx" ON "case_updates"("author_id");

-- CreateIndex
CREATE INDEX "case_updates_search_vector_idx" ON "case_updates" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "case_updates_deleted_at_idx" ON "case_updates"("deleted_at");

-- CreateIndex
CREATE INDEX "case_updates_created_by_id_idx" ON "case_updates"("created_by_id");

-- CreateIndex
CREATE INDEX "case_update_sources_source_id_idx" ON "case_update_sources"("source_id");

-- CreateIndex
CREATE UNIQUE INDEX "case_update_sources_case_update_id_source_id_key" ON "case_update_sources"("case_update_id", "source_id");

-- CreateIndex
CREATE INDEX "sources_kind_idx" ON "sources"("kind");

-- CreateIndex
CREATE INDEX "sources_publisher_id_idx" ON "sources"("publisher_id");

-- CreateIndex
CREATE INDEX "sources_published_on_idx" ON "sources"("published_on");

-- CreateIndex
CREATE INDEX "sources_deleted_at_idx" ON "sources"("deleted_at");

-- CreateIndex
CREATE INDEX "sources_created_by_id_idx" ON "sources"("created_by_id");

-- CreateIndex
CREATE UNIQUE INDEX "attachments_storage_key_key" ON "attachments"("storage_key");

-- CreateIndex
CREATE INDEX "attachments_source_id_idx" ON "attachments"("source_id");

-- CreateIndex
CREATE INDEX "attachments_case_update_id_idx" ON "attachments"("case_update_id");

-- CreateIndex
CREATE INDEX "attachments_person_id_idx" ON "attachments"("person_id");

-- CreateIndex
CREATE INDEX "attachments_sha256_idx" ON "attachments"("sha256");

-- CreateIndex
CREATE INDEX "attachments_deleted_at_idx" ON "attachments"("deleted_at");

-- CreateIndex
CREATE INDEX "attachments_created_by_id_idx" ON "attachments"("created_by_id");

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "users_role_idx" ON "users"("role");

-- CreateIndex
CREATE INDEX "users_deleted_at_idx" ON "users"("deleted_at");

-- CreateIndex
CREATE INDEX "sessions_user_id_idx" ON "sessions"("user_id");

-- CreateIndex
CREATE INDEX "sessions_expires_at_idx" ON "sessions"("expires_at");

-- CreateIndex
CREATE INDEX "login_attempts_email_created_at_idx" ON "login_attempts"("email", "created_at");

-- CreateIndex
CREATE INDEX "login_attempts_ip_address_created_at_idx" ON "login_attempts"("ip_address", "created_at");

-- CreateIndex
CREATE INDEX "login_attempts_created_at_idx" ON "login_attempts"("created_at");

-- CreateIndex
CREATE INDEX "audit_entries_entity_type_entity_id_idx" ON "audit_entries"("entity_type", "entity_id");

-- CreateIndex
CREATE INDEX "audit_entries_actor_id_idx" ON "audit_entries"("actor_id");

-- CreateIndex
CREATE INDEX "audit_entries_occurred_at_idx" ON "audit_entries"("occurred_at");

-- CreateIndex
CREATE INDEX "audit_entries_action_idx" ON "audit_entries"("action");

-- CreateIndex
CREATE INDEX "saved_searches_scope_shared_idx" ON "saved_searches"("scope", "shared");

-- CreateIndex
CREATE UNIQUE INDEX "saved_searches_owner_id_scope_name_key" ON "saved_searches"("owner_id", "scope", "name");

-- CreateIndex
CREATE INDEX "export_jobs_requested_by_id_created_at_idx" ON "export_jobs"("requested_by_id", "created_at");

-- CreateIndex
CREATE INDEX "export_jobs_status_idx" ON "export_jobs"("status");

-- AddForeignKey
ALTER TABLE "persons" ADD CONSTRAINT "persons_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "persons" ADD CONSTRAINT "persons_photo_attachment_id_fkey" FOREIGN KEY ("photo_attachment_id") REFERENCES "attachments"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "person_names" ADD CONSTRAINT "person_names_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "organisations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organisation_names" ADD CONSTRAINT "organisation_names_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "affiliations" ADD CONSTRAINT "affiliations_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "affiliations" ADD CONSTRAINT "affiliations_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "affiliations" ADD CONSTRAINT "affiliations_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events" ADD CONSTRAINT "events_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_names" ADD CONSTRAINT "event_names_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_casualties" ADD CONSTRAINT "event_casualties_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_casualties" ADD CONSTRAINT "event_casualties_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_casualties" ADD CONSTRAINT "event_casualties_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_persons" ADD CONSTRAINT "event_persons_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_persons" ADD CONSTRAINT "event_persons_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_organisations" ADD CONSTRAINT "event_organisations_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_organisations" ADD CONSTRAINT "event_organisations_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_court_id_fkey" FOREIGN KEY ("court_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_participants" ADD CONSTRAINT "case_participants_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_participants" ADD CONSTRAINT "case_participants_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_assignments" ADD CONSTRAINT "case_assignments_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_assignments" ADD CONSTRAINT "case_assignments_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_assignments" ADD CONSTRAINT "case_assignments_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "legal_provisions" ADD CONSTRAINT "legal_provisions_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "charges" ADD CONSTRAINT "charges_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "charges" ADD CONSTRAINT "charges_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "charges" ADD CONSTRAINT "charges_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "charges" ADD CONSTRAINT "charges_provision_id_fkey" FOREIGN KEY ("provision_id") REFERENCES "legal_provisions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "charges" ADD CONSTRAINT "charges_reclassified_to_id_fkey" FOREIGN KEY ("reclassified_to_id") REFERENCES "charges"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "detention_periods" ADD CONSTRAINT "detention_periods_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "detention_periods" ADD CONSTRAINT "detention_periods_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "detention_periods" ADD CONSTRAINT "detention_periods_facility_id_fkey" FOREIGN KEY ("facility_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "detention_periods" ADD CONSTRAINT "detention_periods_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "hearings" ADD CONSTRAINT "hearings_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "hearings" ADD CONSTRAINT "hearings_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "hearings" ADD CONSTRAINT "hearings_court_id_fkey" FOREIGN KEY ("court_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "hearings" ADD CONSTRAINT "hearings_judge_id_fkey" FOREIGN KEY ("judge_id") REFERENCES "persons"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sentences" ADD CONSTRAINT "sentences_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sentences" ADD CONSTRAINT "sentences_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sentences" ADD CONSTRAINT "sentences_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sentences" ADD CONSTRAINT "sentences_court_id_fkey" FOREIGN KEY ("court_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sentences" ADD CONSTRAINT "sentences_supersedes_id_fkey" FOREIGN KEY ("supersedes_id") REFERENCES "sentences"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_sentence_id_fkey" FOREIGN KEY ("sentence_id") REFERENCES "sentences"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_body_id_fkey" FOREIGN KEY ("body_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_updates" ADD CONSTRAINT "case_updates_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_updates" ADD CONSTRAINT "case_updates_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_updates" ADD CONSTRAINT "case_updates_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_updates" ADD CONSTRAINT "case_updates_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_update_sources" ADD CONSTRAINT "case_update_sources_case_update_id_fkey" FOREIGN KEY ("case_update_id") REFERENCES "case_updates"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_update_sources" ADD CONSTRAINT "case_update_sources_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sources" ADD CONSTRAINT "sources_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sources" ADD CONSTRAINT "sources_publisher_id_fkey" FOREIGN KEY ("publisher_id") REFERENCES "organisations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_case_update_id_fkey" FOREIGN KEY ("case_update_id") REFERENCES "case_updates"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_entries" ADD CONSTRAINT "audit_entries_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "saved_searches" ADD CONSTRAINT "saved_searches_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "export_jobs" ADD CONSTRAINT "export_jobs_requested_by_id_fkey" FOREIGN KEY ("requested_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- =============================================================================
-- Hand-written: rules Prisma cannot express (Prisma Migrate ignores CHECK
-- constraints, functions and triggers, so they cause no drift).
-- =============================================================================

-- 2. Helpers for imprecise dates (the date holds the first day of the period)
CREATE OR REPLACE FUNCTION period_end(d date, p date_precision) RETURNS date
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE p
      WHEN 'year'  THEN (d + interval '1 year'  - interval '1 day')::date
      WHEN 'month' THEN (d + interval '1 month' - interval '1 day')::date
      ELSE d END
  $$;
-- TRUE when date and precision are both NULL, or both set with the date on the
-- first day of its period.
CREATE OR REPLACE FUNCTION imprecise_date_ok(d date, p date_precision) RETURNS boolean
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE
      WHEN d IS NULL AND p IS NULL THEN true
      WHEN d IS NULL OR p IS NULL THEN false
      WHEN p = 'month' THEN extract(day FROM d) = 1
      WHEN p = 'year'  THEN extract(doy FROM d) = 1
      ELSE true END
  $$;

-- 3. CHECK constraints
ALTER TABLE persons ADD CONSTRAINT persons_birth_date_ck CHECK (imprecise_date_ok(birth_date, birth_date_precision));
ALTER TABLE persons ADD CONSTRAINT persons_status_override_on_ck CHECK (imprecise_date_ok(status_override_on, status_override_on_precision));
ALTER TABLE organisations ADD CONSTRAINT organisations_not_own_parent_ck CHECK (parent_id IS NULL OR parent_id <> id);
ALTER TABLE affiliations ADD CONSTRAINT affiliations_started_on_ck CHECK (imprecise_date_ok(started_on, started_on_precision));
ALTER TABLE affiliations ADD CONSTRAINT affiliations_ended_on_ck CHECK (imprecise_date_ok(ended_on, ended_on_precision));
ALTER TABLE affiliations ADD CONSTRAINT affiliations_period_ck CHECK (started_on IS NULL OR ended_on IS NULL OR period_end(ended_on, ended_on_precision) >= started_on);
ALTER TABLE events ADD CONSTRAINT events_started_on_ck CHECK (imprecise_date_ok(started_on, started_on_precision));
ALTER TABLE events ADD CONSTRAINT events_ended_on_ck CHECK (imprecise_date_ok(ended_on, ended_on_precision));
ALTER TABLE events ADD CONSTRAINT events_period_ck CHECK (started_on IS NULL OR ended_on IS NULL OR period_end(ended_on, ended_on_precision) >= started_on);
ALTER TABLE event_casualties ADD CONSTRAINT event_casualties_count_ck CHECK (count >= 0);
ALTER TABLE event_casualties ADD CONSTRAINT event_casualties_reported_on_ck CHECK (imprecise_date_ok(reported_on, reported_on_precision));
ALTER TABLE cases ADD CONSTRAINT cases_opened_on_ck CHECK (imprecise_date_ok(opened_on, opened_on_precision));
ALTER TABLE charges ADD CONSTRAINT charges_filed_on_ck CHECK (imprecise_date_ok(filed_on, filed_on_precision));
ALTER TABLE charges ADD CONSTRAINT charges_not_reclassified_to_self_ck CHECK (reclassified_to_id IS NULL OR reclassified_to_id <> id);
ALTER TABLE detention_periods ADD CONSTRAINT detention_periods_started_on_ck CHECK (imprecise_date_ok(started_on, started_on_precision));
ALTER TABLE detention_periods ADD CONSTRAINT detention_periods_ended_on_ck CHECK (imprecise_date_ok(ended_on, ended_on_precision));
ALTER TABLE detention_periods ADD CONSTRAINT detention_periods_period_ck CHECK (started_on IS NULL OR ended_on IS NULL OR period_end(ended_on, ended_on_precision) >= started_on);
ALTER TABLE hearings ADD CONSTRAINT hearings_held_on_ck CHECK (imprecise_date_ok(held_on, held_on_precision));
ALTER TABLE sentences ADD CONSTRAINT sentences_verdict_on_ck CHECK (imprecise_date_ok(verdict_on, verdict_on_precision));
ALTER TABLE sentences ADD CONSTRAINT sentences_started_on_ck CHECK (imprecise_date_ok(started_on, started_on_precision));
ALTER TABLE sentences ADD CONSTRAINT sentences_actual_release_on_ck CHECK (imprecise_date_ok(actual_release_on, actual_release_on_precision));
ALTER TABLE sentences ADD CONSTRAINT sentences_term_ck CHECK (term_years >= 0 AND term_months >= 0 AND term_days >= 0);
ALTER TABLE sentences ADD CONSTRAINT sentences_fine_ck CHECK (fine_amount IS NULL OR fine_amount >= 0);
ALTER TABLE sentences ADD CONSTRAINT sentences_release_after_start_ck CHECK (started_on IS NULL OR actual_release_on IS NULL OR period_end(actual_release_on, actual_release_on_precision) >= started_on);
ALTER TABLE sentences ADD CONSTRAINT sentences_not_superseding_self_ck CHECK (supersedes_id IS NULL OR supersedes_id <> id);
ALTER TABLE appeals ADD CONSTRAINT appeals_filed_on_ck CHECK (imprecise_date_ok(filed_on, filed_on_precision));
ALTER TABLE appeals ADD CONSTRAINT appeals_decision_on_ck CHECK (imprecise_date_ok(decision_on, decision_on_precision));
ALTER TABLE appeals ADD CONSTRAINT appeals_decision_after_filing_ck CHECK (filed_on IS NULL OR decision_on IS NULL OR period_end(decision_on, decision_on_precision) >= filed_on);
ALTER TABLE case_updates ADD CONSTRAINT case_updates_fact_on_ck CHECK (imprecise_date_ok(fact_on, fact_on_precision));
ALTER TABLE case_updates ADD CONSTRAINT case_updates_subject_ck CHECK (person_id IS NOT NULL OR case_id IS NOT NULL);
ALTER TABLE sources ADD CONSTRAINT sources_published_on_ck CHECK (imprecise_date_ok(published_on, published_on_precision));
ALTER TABLE attachments ADD CONSTRAINT attachments_size_ck CHECK (size_bytes >= 0);
ALTER TABLE attachments ADD CONSTRAINT attachments_sha256_ck CHECK (sha256 ~ '^[0-9a-f]{64}$');
ALTER TABLE users ADD CONSTRAINT users_email_lowercase_ck CHECK (email = lower(email));
ALTER TABLE users ADD CONSTRAINT users_failed_login_count_ck CHECK (failed_login_count >= 0);
ALTER TABLE sessions ADD CONSTRAINT sessions_expiry_ck CHECK (expires_at > created_at);
ALTER TABLE export_jobs ADD CONSTRAINT export_jobs_rows_ck CHECK (rows_done >= 0 AND (rows_total IS NULL OR rows_total >= 0));
ALTER TABLE login_attempts ADD CONSTRAINT login_attempts_email_lowercase_ck CHECK (email = lower(email));

-- 4. Appeal deadline not before the verdict it appeals (crosses tables, so a
--    trigger rather than a CHECK; verdict_on is the first day of its period, so a
--    deadline before it is certainly wrong whatever the precision).
CREATE OR REPLACE FUNCTION appeals_deadline_after_verdict() RETURNS trigger
  LANGUAGE plpgsql AS $$
  DECLARE v date;
  BEGIN
    IF NEW.deadline IS NOT NULL AND NEW.sentence_id IS NOT NULL THEN
      SELECT verdict_on INTO v FROM sentences WHERE id = NEW.sentence_id;
      IF v IS NOT NULL AND NEW.deadline < v THEN
        RAISE EXCEPTION 'appeal deadline % is before the verdict date %', NEW.deadline, v
          USING ERRCODE = 'check_violation', CONSTRAINT = 'appeals_deadline_after_verdict_ck';
      END IF;
    END IF;
    RETURN NEW;
  END $$;
CREATE TRIGGER appeals_deadline_after_verdict
  BEFORE INSERT OR UPDATE OF deadline, sentence_id ON appeals
  FOR EACH ROW EXECUTE FUNCTION appeals_deadline_after_verdict();

-- 5. Full-text vector on case_updates. Prisma creates "search_vector" as a plain
--    tsvector column with a GIN index; a trigger keeps it filled. (Not a GENERATED
--    column: Prisma then emits a spurious "ALTER COLUMN ... DROP DEFAULT" in every
--    later migration, prisma/prisma#24496.) 'simple' config: no stemming, behaves
--    the same for Russian, Kazakh and English text.
CREATE OR REPLACE FUNCTION case_updates_search_vector() RETURNS trigger
  LANGUAGE plpgsql AS $$
  BEGIN
    NEW.search_vector :=
      setweight(to_tsvector('simple', coalesce(NEW.title, '')), 'A') ||
      setweight(to_tsvector('simple', coalesce(NEW.body, '')), 'B');
    RETURN NEW;
  END $$;
CREATE TRIGGER case_updates_search_vector
  BEFORE INSERT OR UPDATE OF title, body ON case_updates
  FOR EACH ROW EXECUTE FUNCTION case_updates_search_vector();

-- 6. audit_entries is append-only
CREATE OR REPLACE FUNCTION audit_entries_append_only() RETURNS trigger
  LANGUAGE plpgsql AS $$
  BEGIN
    RAISE EXCEPTION 'audit_entries is append-only: % refused', TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END $$;
CREATE TRIGGER audit_entries_no_update_delete
  BEFORE UPDATE OR DELETE ON audit_entries
  FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
CREATE TRIGGER audit_entries_no_truncate
  BEFORE TRUNCATE ON audit_entries
  FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only();
-- (Test helpers that need an empty database should drop/recreate the database or
--  schema, not TRUNCATE audit_entries.)
