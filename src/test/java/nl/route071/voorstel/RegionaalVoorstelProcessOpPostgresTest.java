package nl.route071.voorstel;

import nl.route071.OpPostgres;

/** {@link RegionaalVoorstelProcessTest} once more, on PostgreSQL (see {@link OpPostgres}). */
@OpPostgres
class RegionaalVoorstelProcessOpPostgresTest extends RegionaalVoorstelProcessTest {
}
