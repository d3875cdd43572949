package nl.route071.stukken;

import nl.route071.OpPostgres;

/** {@link StukkenOpslagTest} on a real PostgreSQL: the records and the database store's blocks as BYTEA. */
@OpPostgres
class StukkenOpslagOpPostgresTest extends StukkenOpslagTest {
}
