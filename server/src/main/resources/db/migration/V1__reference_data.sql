-- Reference data: countries, indicators with their provenance, and observations.
-- Portable between H2 (PostgreSQL mode) and PostgreSQL 15.

CREATE TABLE country (
    iso3            VARCHAR(3)   NOT NULL PRIMARY KEY,
    iso2            VARCHAR(2)   NOT NULL,
    numeric_code    VARCHAR(3)   NOT NULL,
    name_en         VARCHAR(200) NOT NULL,
    name_fr         VARCHAR(200) NOT NULL,
    name_es         VARCHAR(200) NOT NULL,
    name_ru         VARCHAR(200) NOT NULL,
    name_zh         VARCHAR(200) NOT NULL,
    name_ar         VARCHAR(200) NOT NULL,
    region          VARCHAR(100) NOT NULL,
    sub_region      VARCHAR(100) NOT NULL,
    eu_member       BOOLEAN      NOT NULL,
    schengen_member BOOLEAN      NOT NULL
);

CREATE TABLE indicator (
    code         VARCHAR(80)   NOT NULL PRIMARY KEY,
    name         VARCHAR(300)  NOT NULL,
    unit         VARCHAR(100)  NOT NULL,
    dimension    VARCHAR(10)   NOT NULL,
    pair_meaning VARCHAR(300)  NOT NULL,
    frequency    VARCHAR(10)   NOT NULL,
    source       VARCHAR(300)  NOT NULL,
    edition      VARCHAR(300)  NOT NULL,
    licence      VARCHAR(200)  NOT NULL,
    source_url   VARCHAR(500)  NOT NULL,
    CONSTRAINT indicator_dimension_check CHECK (dimension IN ('COUNTRY', 'PAIR')),
    CONSTRAINT indicator_frequency_check CHECK (frequency IN ('YEAR', 'QUARTER', 'MONTH'))
);

-- partner_iso3 is '' for observations about a single country.
CREATE TABLE observation (
    indicator_code VARCHAR(80)      NOT NULL REFERENCES indicator (code),
    country_iso3   VARCHAR(3)       NOT NULL,
    partner_iso3   VARCHAR(3)       NOT NULL,
    period         VARCHAR(7)       NOT NULL,
    period_start   DATE             NOT NULL,
    obs_value      DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (indicator_code, country_iso3, partner_iso3, period)
);

CREATE INDEX observation_by_country ON observation (country_iso3, indicator_code, period_start);

-- Which bundled or imported edition of each dataset is in the database.
CREATE TABLE dataset_load (
    dataset     VARCHAR(120)             NOT NULL PRIMARY KEY,
    edition     VARCHAR(300)             NOT NULL,
    row_count   BIGINT                   NOT NULL,
    loaded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    loaded_by   VARCHAR(100)             NOT NULL
);
