-- Who imported each election result and when: the administrator who uploaded the file (/api/verkiezingsuitslagen),
-- or 'referentiegegevens bij start' for the reference files the application loads itself. Rows from before this
-- migration say so.
ALTER TABLE route071_verkiezingsuitslag ADD COLUMN geimporteerd_door VARCHAR(128) DEFAULT 'onbekend (voor migratie 30)' NOT NULL;
ALTER TABLE route071_verkiezingsuitslag ADD COLUMN geimporteerd_op TIMESTAMP;
