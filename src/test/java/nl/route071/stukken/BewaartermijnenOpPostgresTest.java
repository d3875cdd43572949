package nl.route071.stukken;

import nl.route071.OpPostgres;

/** {@link BewaartermijnenTest} on a real PostgreSQL. */
@OpPostgres
class BewaartermijnenOpPostgresTest extends BewaartermijnenTest {
}
