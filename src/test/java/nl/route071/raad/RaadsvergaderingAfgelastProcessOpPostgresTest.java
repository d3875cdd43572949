package nl.route071.raad;

import nl.route071.OpPostgres;

/** {@link RaadsvergaderingAfgelastProcessTest} once more, on PostgreSQL (see {@link OpPostgres}). */
@OpPostgres
class RaadsvergaderingAfgelastProcessOpPostgresTest extends RaadsvergaderingAfgelastProcessTest {
}
