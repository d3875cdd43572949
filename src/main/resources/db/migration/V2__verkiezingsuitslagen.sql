-- Council election results per gemeente, per election (its date), per list: the weights of the
-- fracties in regiocommissie votes. Every row has its source; demo is true for invented (DEMO) votes.
CREATE TABLE route071_verkiezingsuitslag (
    gemeente         VARCHAR(40)   NOT NULL,
    verkiezingsdatum DATE          NOT NULL,
    lijst            VARCHAR(200)  NOT NULL,
    stemmen          BIGINT,
    zetels           INTEGER,
    bron             VARCHAR(2000) NOT NULL,
    status           VARCHAR(12)   NOT NULL,
    demo             BOOLEAN       NOT NULL,
    raadszetels      INTEGER,
    CONSTRAINT pk_route071_verkiezingsuitslag PRIMARY KEY (gemeente, verkiezingsdatum, lijst),
    CONSTRAINT ck_route071_verkiezingsuitslag_status CHECK (status IN ('voorlopig', 'definitief')),
    CONSTRAINT ck_route071_verkiezingsuitslag_stemmen CHECK (stemmen IS NULL OR stemmen >= 0),
    CONSTRAINT ck_route071_verkiezingsuitslag_zetels CHECK (zetels IS NULL OR zetels >= 0)
);
