package nl.route071.raad;

import nl.route071.OpPostgres;

/** {@link RaadsbehandelingProcessTest} once more, on PostgreSQL (see {@link OpPostgres}). */
@OpPostgres
class RaadsbehandelingProcessOpPostgresTest extends RaadsbehandelingProcessTest {
}
