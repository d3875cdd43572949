-- Every notification of a send task (nl.route071.notificatie): who, what, when, for which proposal, its
-- Message-ID and status. Without an SMTP server this table is the outbox. sleutel is the id of the send task's
-- job, the same on every retry, so a retry after a sent mail does not send it again.
CREATE TABLE route071_notificatie (
    id               VARCHAR(36)    NOT NULL PRIMARY KEY,
    message_id       VARCHAR(200)   NOT NULL UNIQUE,
    sleutel          VARCHAR(200)   NOT NULL UNIQUE,
    soort            VARCHAR(100)   NOT NULL,
    voorstelnummer   VARCHAR(100),
    proces_instantie VARCHAR(64),
    activiteit       VARCHAR(255),
    groepen          VARCHAR(2000)  NOT NULL,
    ontvangers       VARCHAR(8000)  NOT NULL,
    onderwerp        VARCHAR(1000)  NOT NULL,
    tekst            VARCHAR(20000) NOT NULL,
    status           VARCHAR(20)    NOT NULL,
    fout             VARCHAR(2000),
    aangemaakt       TIMESTAMP      NOT NULL,
    verzonden        TIMESTAMP
);
CREATE INDEX route071_notificatie_voorstel ON route071_notificatie (voorstelnummer, aangemaakt);
