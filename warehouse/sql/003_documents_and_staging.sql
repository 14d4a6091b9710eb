-- Documents, and the staging tables that hold extraction output as produced.

-- Grain: one row per input document (source_id), its latest version.
CREATE TABLE IF NOT EXISTS core.documents (
    source_id         VARCHAR PRIMARY KEY,
    source_path       VARCHAR NOT NULL,
    content_sha256    VARCHAR NOT NULL,
    status            VARCHAR NOT NULL,           -- loaded | quarantined | duplicate | irrelevant
    status_reason     VARCHAR,
    duplicate_of      VARCHAR,
    encoding          VARCHAR,
    url               VARCHAR,
    title             VARCHAR,
    published_at      TIMESTAMP,
    event_date        DATE,
    authors           VARCHAR[],
    source_unit       VARCHAR,
    category          VARCHAR,
    province_key      VARCHAR,                    -- core.dim_admin_unit.unit_key
    district_key      VARCHAR,
    is_relevant       BOOLEAN,
    relevance_reason  VARCHAR,
    text_key          VARCHAR,                    -- hash of the folded clean text, for exact duplicates
    minhash           BLOB,                       -- near-duplicate signature (relevant documents only)
    clean_text        VARCHAR,
    run_id            VARCHAR NOT NULL,
    pipeline_version  VARCHAR NOT NULL,
    loaded_at         TIMESTAMP NOT NULL
);

-- Grain: one row per meeting mention kept by extraction, per document.
CREATE TABLE IF NOT EXISTS staging.sessions (
    source_id        VARCHAR NOT NULL,
    seq              INTEGER NOT NULL,            -- order in the document; 0 is the main meeting
    session_type     VARCHAR NOT NULL,
    body_name        VARCHAR,
    body_key         VARCHAR,                     -- the name folded for matching (tone style, case, spaces)
    body_type        VARCHAR,
    level            VARCHAR,
    ordinal          INTEGER,
    term             VARCHAR,
    term_start_year  INTEGER,
    term_end_year    INTEGER,
    start_date       DATE,
    end_date         DATE,
    province_code    VARCHAR,
    district_code    VARCHAR,
    char_start       INTEGER NOT NULL,
    char_end         INTEGER NOT NULL,
    sentence_start   INTEGER NOT NULL,
    sentence_end     INTEGER NOT NULL,
    evidence         VARCHAR NOT NULL,
    PRIMARY KEY (source_id, seq)
);

-- Grain: one row per (person, role) stated in a document.
CREATE TABLE IF NOT EXISTS staging.person_roles (
    source_id          VARCHAR NOT NULL,
    seq                INTEGER NOT NULL,
    person_name        VARCHAR NOT NULL,
    name_key           VARCHAR NOT NULL,
    person_scope       VARCHAR,                   -- province code that scopes the name, NULL if none
    position           VARCHAR NOT NULL,
    organization_type  VARCHAR NOT NULL,
    level              VARCHAR NOT NULL,
    title_text         VARCHAR,
    char_start         INTEGER NOT NULL,
    char_end           INTEGER NOT NULL,
    sentence_start     INTEGER NOT NULL,
    sentence_end       INTEGER NOT NULL,
    evidence           VARCHAR NOT NULL,
    PRIMARY KEY (source_id, seq)
);

-- Grain: one row per reported figure.
CREATE TABLE IF NOT EXISTS staging.indicator_values (
    source_id        VARCHAR NOT NULL,
    seq              INTEGER NOT NULL,
    indicator_code   VARCHAR,
    indicator_label  VARCHAR,
    value            DOUBLE NOT NULL,
    unit             VARCHAR NOT NULL,
    qualifier        VARCHAR,
    figure_text      VARCHAR NOT NULL,
    period_label     VARCHAR,
    period_start     DATE,
    period_end       DATE,
    char_start       INTEGER NOT NULL,
    char_end         INTEGER NOT NULL,
    sentence_start   INTEGER NOT NULL,
    sentence_end     INTEGER NOT NULL,
    evidence         VARCHAR NOT NULL,
    PRIMARY KEY (source_id, seq)
);
