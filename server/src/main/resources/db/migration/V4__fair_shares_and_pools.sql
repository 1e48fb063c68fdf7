-- Fair-share computations and solidarity pools, stored with the data year and editions they rest on.

CREATE TABLE fair_share_run (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    key_id        VARCHAR(80)   NOT NULL,
    data_year     INT           NOT NULL,
    method        VARCHAR(40)   NOT NULL,
    total_persons BIGINT        NOT NULL,
    participants  VARCHAR(2000) NOT NULL,
    excluded      VARCHAR(2000) NOT NULL,
    editions      VARCHAR(4000) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(80)   NOT NULL
);

CREATE TABLE fair_share_allotment (
    run_id     VARCHAR(36)    NOT NULL REFERENCES fair_share_run (id),
    state_iso3 VARCHAR(3)     NOT NULL,
    share      VARCHAR(60)    NOT NULL,
    quota      VARCHAR(60)    NOT NULL,
    persons    BIGINT         NOT NULL,
    PRIMARY KEY (run_id, state_iso3)
);

CREATE TABLE solidarity_pool (
    id                        VARCHAR(40)   NOT NULL PRIMARY KEY,
    name                      VARCHAR(200)  NOT NULL,
    relocation_reference      BIGINT        NOT NULL,
    financial_reference_minor BIGINT        NOT NULL,
    currency                  VARCHAR(3)    NOT NULL,
    equivalence_rate_minor    BIGINT        NOT NULL,
    key_id                    VARCHAR(80)   NOT NULL,
    data_year                 INT           NOT NULL,
    method                    VARCHAR(40)   NOT NULL,
    members                   VARCHAR(2000) NOT NULL,
    benefitting               VARCHAR(2000) NOT NULL,
    editions                  VARCHAR(4000) NOT NULL,
    created_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by                VARCHAR(80)   NOT NULL
);

CREATE TABLE pool_deduction (
    pool_id    VARCHAR(40) NOT NULL REFERENCES solidarity_pool (id),
    state_iso3 VARCHAR(3)  NOT NULL,
    fraction   VARCHAR(40) NOT NULL,
    PRIMARY KEY (pool_id, state_iso3)
);

CREATE TABLE pool_pledge (
    pool_id                   VARCHAR(40) NOT NULL REFERENCES solidarity_pool (id),
    state_iso3                VARCHAR(3)  NOT NULL,
    relocations               BIGINT      NOT NULL,
    financial_minor           BIGINT      NOT NULL,
    alternative_minor         BIGINT      NOT NULL,
    currency                  VARCHAR(3)  NOT NULL,
    updated_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by                VARCHAR(80) NOT NULL,
    PRIMARY KEY (pool_id, state_iso3)
);
