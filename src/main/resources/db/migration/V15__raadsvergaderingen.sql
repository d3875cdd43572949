-- The raadsvergaderingen of each gemeente (nl.route071.raad.Raadskalender), kept by its griffie: the calendar the
-- griffie picks from in "Advies agenderen" and the raad's iCalendar feed. A meeting is never deleted: a cancelled
-- one stays with geannuleerd = true, so a subscribed calendar app sees it cancelled (same UID, higher versie).
-- demo is true for the invented (DEMO) dates of referentie/raadsvergaderingen-DEMO.csv.
CREATE TABLE route071_raadsvergadering (
    gemeente     VARCHAR(40)  NOT NULL,
    datum        DATE         NOT NULL,
    aanvang      VARCHAR(5)   NOT NULL,
    omschrijving VARCHAR(200) NOT NULL,
    demo         BOOLEAN      NOT NULL,
    geannuleerd  BOOLEAN      NOT NULL,
    versie       INTEGER      NOT NULL,
    gewijzigd    TIMESTAMP    NOT NULL,
    gewijzigd_door VARCHAR(64) NOT NULL,
    CONSTRAINT pk_route071_raadsvergadering PRIMARY KEY (gemeente, datum),
    CONSTRAINT ck_route071_raadsvergadering_versie CHECK (versie >= 0)
);
