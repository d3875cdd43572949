-- The meetings overview's own list (issue #21: the overview at 100,000 proposals in at most 100 ms), kept by the
-- meeting process itself (nl.route071.vergadering.Vergaderlijst, written by its listeners in the engine's transaction):
-- one row per instance of the process vergadering with the plain values the overview shows, so the page reads the
-- latest meetings of a regiocommissie through one index instead of a LIKE on ACT_HI_PROCINST.BUSINESS_KEY_ (which a
-- btree cannot serve under a non-C collation) and some ten history variables per meeting. V64 fills it from the
-- history of the meetings held before.
-- aanvang and the two moments are the process variables' ISO texts (yyyy-MM-ddTHH:mm[:ss]): they sort as they read.
CREATE TABLE route071_vergadering (
    instantie                  VARCHAR(64)   NOT NULL PRIMARY KEY,
    sleutel                    VARCHAR(255)  NOT NULL,
    regiocommissie             VARCHAR(255)  NOT NULL,
    regiocommissie_naam        VARCHAR(4000),
    soort                      VARCHAR(255),
    soort_naam                 VARCHAR(4000),
    aanvang                    VARCHAR(32)   NOT NULL,
    locatie                    VARCHAR(4000),
    ter_inzage_sinds           VARCHAR(32),
    aantal_agendapunten        INTEGER,
    verloop                    VARCHAR(255),
    besluitenlijst_vastgesteld VARCHAR(32)
);
CREATE INDEX route071_vergadering_aanvang ON route071_vergadering (regiocommissie, aanvang);
