-- Schemas, and the warehouse's own bookkeeping.
--   staging: what extraction produced, per document, renamed and cast only
--   core:    the star schema (dimensions and facts) built from staging
--   mart:    the public views of CONTRACT.md
--   meta:    schema version and runs
CREATE SCHEMA IF NOT EXISTS staging;
CREATE SCHEMA IF NOT EXISTS core;
CREATE SCHEMA IF NOT EXISTS mart;
CREATE SCHEMA IF NOT EXISTS meta;

-- Grain: one row per migration file applied.
CREATE TABLE IF NOT EXISTS meta.schema_version (
    version     INTEGER PRIMARY KEY,
    name        VARCHAR NOT NULL,
    applied_at  TIMESTAMP NOT NULL DEFAULT current_timestamp
);

-- Grain: one row per pipeline run (a `localgov run` or a scheduled flow run).
CREATE TABLE IF NOT EXISTS meta.runs (
    run_id             VARCHAR PRIMARY KEY,
    flow_run_id        VARCHAR,
    started_at         TIMESTAMP NOT NULL,
    ended_at           TIMESTAMP,
    status             VARCHAR NOT NULL,          -- running | succeeded | failed
    pipeline_version   VARCHAR NOT NULL,
    inputs             VARCHAR[],
    n_seen             BIGINT DEFAULT 0,
    n_unchanged        BIGINT DEFAULT 0,
    n_loaded           BIGINT DEFAULT 0,
    n_quarantined      BIGINT DEFAULT 0,
    n_duplicate        BIGINT DEFAULT 0,
    n_irrelevant       BIGINT DEFAULT 0,
    n_sessions         BIGINT DEFAULT 0,
    n_roles            BIGINT DEFAULT 0,
    n_indicators       BIGINT DEFAULT 0,
    stage_seconds      MAP(VARCHAR, DOUBLE),
    error              VARCHAR
);
