-- Dimensions of the star schema.

-- Grain: one row per administrative unit version (a unit before the 2025-07-01 reform, or after it).
-- GSO codes were reused after the reform (province 15 was Yên Bái, is now Lào Cai): `unit_key` is the key, not `code`.
CREATE TABLE IF NOT EXISTS core.dim_admin_unit (
    unit_key       VARCHAR PRIMARY KEY,           -- era:level:code
    era            VARCHAR NOT NULL,              -- legacy | 2025
    level          VARCHAR NOT NULL,              -- province | district | commune
    code           VARCHAR NOT NULL,
    name           VARCHAR NOT NULL,              -- "Huyện Bắc Sơn"
    short_name     VARCHAR NOT NULL,              -- "Bắc Sơn"
    unit_type      VARCHAR NOT NULL,              -- "Huyện", "Thị xã", "Tỉnh", ...
    parent_code    VARCHAR,
    province_code  VARCHAR NOT NULL,
    province_name  VARCHAR NOT NULL,
    district_code  VARCHAR,
    valid_from     DATE,
    valid_to       DATE
);

-- Grain: one row per body (a committee, council, party cell ... bound to its place).
CREATE TABLE IF NOT EXISTS core.dim_body (
    body_id        VARCHAR PRIMARY KEY,           -- md5 of type, level, folded name and place
    body_name      VARCHAR NOT NULL,
    body_type      VARCHAR,
    level          VARCHAR,
    province_code  VARCHAR,
    district_code  VARCHAR
);

-- Grain: one row per person: the same folded name in the same province is the same person.
CREATE TABLE IF NOT EXISTS core.dim_person (
    person_id      VARCHAR PRIMARY KEY,           -- md5 of folded name and province scope
    person_name    VARCHAR NOT NULL,              -- as first written
    name_key       VARCHAR NOT NULL,
    province_code  VARCHAR                        -- scope; NULL for central officials or an unknown province
);

-- Grain: one row per calendar day.
CREATE TABLE IF NOT EXISTS core.dim_date (
    date_key    DATE PRIMARY KEY,
    year        INTEGER NOT NULL,
    quarter     INTEGER NOT NULL,
    month       INTEGER NOT NULL,
    day         INTEGER NOT NULL,
    iso_week    INTEGER NOT NULL,
    weekday     INTEGER NOT NULL                  -- ISO: Monday = 1
);

-- Grain: one row per indicator code of the taxonomy.
CREATE TABLE IF NOT EXISTS core.dim_indicator (
    indicator_code  VARCHAR PRIMARY KEY,
    label_vi        VARCHAR NOT NULL
);
