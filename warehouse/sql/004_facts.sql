-- Facts of the star schema, rebuilt from staging for the documents of each loaded batch.

-- Grain: one row per meeting reported in a document.
CREATE TABLE IF NOT EXISTS core.fact_session (
    session_id        VARCHAR PRIMARY KEY,        -- md5 of source_id and the mention's key fields
    source_id         VARCHAR NOT NULL,
    seq               INTEGER NOT NULL,
    body_id           VARCHAR,
    session_type      VARCHAR NOT NULL,
    ordinal           INTEGER,
    term              VARCHAR,
    term_start_year   INTEGER,
    term_end_year     INTEGER,
    start_date        DATE,
    end_date          DATE,
    province_key      VARCHAR,
    district_key      VARCHAR,
    evidence          VARCHAR NOT NULL,
    char_start        INTEGER NOT NULL,
    char_end          INTEGER NOT NULL,
    pipeline_version  VARCHAR NOT NULL
);

-- Grain: one row per (person, role) stated in a document.
CREATE TABLE IF NOT EXISTS core.fact_person_role (
    role_id            VARCHAR PRIMARY KEY,       -- md5 of source_id, person and role
    source_id          VARCHAR NOT NULL,
    seq                INTEGER NOT NULL,
    person_id          VARCHAR NOT NULL,
    position           VARCHAR NOT NULL,
    organization_type  VARCHAR NOT NULL,
    level              VARCHAR NOT NULL,
    title_text         VARCHAR,
    session_id         VARCHAR,
    evidence           VARCHAR NOT NULL,
    char_start         INTEGER NOT NULL,
    char_end           INTEGER NOT NULL,
    pipeline_version   VARCHAR NOT NULL
);

-- Grain: one row per figure reported in a document.
CREATE TABLE IF NOT EXISTS core.fact_indicator_value (
    figure_id         VARCHAR PRIMARY KEY,        -- md5 of source_id and the figure's offsets
    source_id         VARCHAR NOT NULL,
    seq               INTEGER NOT NULL,
    session_id        VARCHAR,
    indicator_code    VARCHAR,
    indicator_label   VARCHAR,
    value             DOUBLE NOT NULL,
    unit              VARCHAR NOT NULL,
    qualifier         VARCHAR,
    figure_text       VARCHAR NOT NULL,
    period_label      VARCHAR,
    period_start      DATE,
    period_end        DATE,
    province_key      VARCHAR,
    district_key      VARCHAR,
    evidence          VARCHAR NOT NULL,
    char_start        INTEGER NOT NULL,
    char_end          INTEGER NOT NULL,
    pipeline_version  VARCHAR NOT NULL
);
