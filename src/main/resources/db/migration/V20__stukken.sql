-- The stukken of the proposals (nl.route071.stukken, docs/stukken.md). Field names after the ZGW Documenten API
-- (EnkelvoudigInformatieObject) and MDTO where they fit, so an archive or DMS can take the documents over.
-- One row per version: identificatie is the same for every version of one document, versie counts from 1; a new
-- version supersedes the previous one and nothing is overwritten.
CREATE TABLE route071_stuk (
    id                          VARCHAR(36)   NOT NULL PRIMARY KEY,
    identificatie               VARCHAR(40)   NOT NULL,
    versie                      INTEGER       NOT NULL,
    bronorganisatie             VARCHAR(9),
    voorstelnummer              VARCHAR(100)  NOT NULL,
    gemeente                    VARCHAR(100),
    vergadering                 VARCHAR(100),
    informatieobjecttype        VARCHAR(40)   NOT NULL,
    titel                       VARCHAR(200)  NOT NULL,
    auteur                      VARCHAR(200)  NOT NULL,
    creatiedatum                DATE          NOT NULL,
    taal                        VARCHAR(3)    NOT NULL,
    vertrouwelijkheidaanduiding VARCHAR(20)   NOT NULL,
    lezers                      VARCHAR(2000),
    bestandsnaam                VARCHAR(255)  NOT NULL,
    formaat                     VARCHAR(255)  NOT NULL,
    bestandsomvang              BIGINT        NOT NULL,
    checksum                    VARCHAR(64)   NOT NULL,
    checksum_algoritme          VARCHAR(20)   NOT NULL,
    opslag                      VARCHAR(20)   NOT NULL,
    opslagsleutel               VARCHAR(100)  NOT NULL UNIQUE,
    toegevoegd                  TIMESTAMP     NOT NULL,
    toegevoegd_door             VARCHAR(255)  NOT NULL,
    CONSTRAINT route071_stuk_versie UNIQUE (identificatie, versie)
);
CREATE INDEX route071_stuk_voorstel ON route071_stuk (voorstelnummer, identificatie, versie);

-- The content in the database store, in blocks of at most 256 KB, so that a large file streams in and out
-- without being held whole in memory (H2 and PostgreSQL alike).
CREATE TABLE route071_stuk_blok (
    opslagsleutel VARCHAR(100) NOT NULL,
    volgnummer    INTEGER      NOT NULL,
    inhoud        BYTEA        NOT NULL,
    PRIMARY KEY (opslagsleutel, volgnummer)
);

-- Who did what with a stuk: every upload, every download of a vertrouwelijk stuk, every removal by the retention
-- job (the stuk's row is gone then; the log keeps its identificatie).
CREATE TABLE route071_stuk_logboek (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    stuk_id         VARCHAR(36)   NOT NULL,
    identificatie   VARCHAR(40)   NOT NULL,
    versie          INTEGER       NOT NULL,
    voorstelnummer  VARCHAR(100)  NOT NULL,
    handeling       VARCHAR(20)   NOT NULL,
    gebruiker       VARCHAR(255)  NOT NULL,
    tijdstip        TIMESTAMP     NOT NULL,
    toelichting     VARCHAR(500)
);
CREATE INDEX route071_stuk_logboek_voorstel ON route071_stuk_logboek (voorstelnummer, tijdstip);
