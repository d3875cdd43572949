package nl.route071.uitvoering;

import nl.route071.OpPostgres;

/** {@link VoortgangsbesprekingProcessTest} once more, on PostgreSQL (see {@link OpPostgres}). */
@OpPostgres
class VoortgangsbesprekingProcessOpPostgresTest extends VoortgangsbesprekingProcessTest {
}
