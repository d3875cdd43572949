package nl.route071.college;

import nl.route071.OpPostgres;

/** {@link CollegebesluitProcessTest} once more, on PostgreSQL (see {@link OpPostgres}). */
@OpPostgres
class CollegebesluitProcessOpPostgresTest extends CollegebesluitProcessTest {
}
