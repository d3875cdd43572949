package nl.route071.vergadering;

import nl.route071.OpPostgres;

/** {@link VergaderingProcessTest} once more, on PostgreSQL (see {@link OpPostgres}). */
@OpPostgres
class VergaderingProcessOpPostgresTest extends VergaderingProcessTest {
}
