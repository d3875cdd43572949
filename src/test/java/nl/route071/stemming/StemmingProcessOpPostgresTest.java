package nl.route071.stemming;

import nl.route071.OpPostgres;

/** {@link StemmingProcessTest} once more, on PostgreSQL (see {@link OpPostgres}). */
@OpPostgres
class StemmingProcessOpPostgresTest extends StemmingProcessTest {
}
