package nl.route071.databasemigratie;

import nl.route071.OpPostgres;

/** {@link TaakdatumsVoorGriffiesTest} once more, on PostgreSQL (see {@link OpPostgres}): migration 55's SQL on both databases. */
@OpPostgres
class TaakdatumsVoorGriffiesOpPostgresTest extends TaakdatumsVoorGriffiesTest {
}
