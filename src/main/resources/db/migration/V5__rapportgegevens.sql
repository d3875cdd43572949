-- The evaluation report's figures kept as the route goes (nl.route071.evaluatie.Rapportgegevens), so that the report
-- reads two narrow tables instead of the engine's history (issue #15: 100,000 proposals in at most 10 s).
-- One row per instance of regionaalVoorstel, raadsbehandeling and uitvoering: the instance as in ACT_HI_PROCINST and
-- the process-level variables the report uses (blank text as NULL; afwijking 1 when the variable is true), and of an
-- uitvoering its latest voortgangsstatus. Filled by the engine's history events; V6 fills it from existing history.
CREATE TABLE route071_rapport_proces (
    id               VARCHAR(64)   NOT NULL PRIMARY KEY,
    definitie        VARCHAR(255)  NOT NULL,
    voorstelnummer   VARCHAR(255),
    start_tijd       TIMESTAMP,
    eind_tijd        TIMESTAMP,
    eindactiviteit   VARCHAR(255),
    ambitie          VARCHAR(4000),
    titel            VARCHAR(4000),
    soort_besluit    VARCHAR(4000),
    gemeente         VARCHAR(4000),
    raadsbesluit     VARCHAR(4000),
    afwijking        INTEGER,
    besluitdatum     VARCHAR(4000),
    adviesdatum      VARCHAR(4000),
    termijndatum     VARCHAR(4000),
    amendement_tekst VARCHAR(4000),
    verantwoording   VARCHAR(4000),
    voortgang_tijd   TIMESTAMP,
    voortgangsstatus VARCHAR(4000)
);
CREATE INDEX route071_rapport_proces_start ON route071_rapport_proces (definitie, start_tijd, id);
CREATE INDEX route071_rapport_proces_nummer ON route071_rapport_proces (voorstelnummer, definitie);
CREATE INDEX route071_rapport_proces_voortgang ON route071_rapport_proces (definitie, gemeente, voortgang_tijd);

-- Per recorded vote in the regiocommissie (sleutel: the stemmen variable and its stemming task) and per gemeente with
-- fracties on the list: 1 when at least one of its fracties was not afwezig. Only the last complete update of
-- stemmen per stemming task counts.
CREATE TABLE route071_rapport_stemming (
    sleutel  VARCHAR(200) NOT NULL,
    voorstel VARCHAR(64)  NOT NULL,
    gemeente VARCHAR(255) NOT NULL,
    aanwezig INTEGER      NOT NULL,
    PRIMARY KEY (sleutel, gemeente)
);
CREATE INDEX route071_rapport_stemming_voorstel ON route071_rapport_stemming (voorstel);
