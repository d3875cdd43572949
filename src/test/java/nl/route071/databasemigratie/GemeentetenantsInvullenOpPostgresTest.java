package nl.route071.databasemigratie;

import nl.route071.OpPostgres;

/** {@link GemeentetenantsInvullenTest} once more, on PostgreSQL (see {@link OpPostgres}): migration 7's SQL on both databases. */
@OpPostgres
class GemeentetenantsInvullenOpPostgresTest extends GemeentetenantsInvullenTest {
}
