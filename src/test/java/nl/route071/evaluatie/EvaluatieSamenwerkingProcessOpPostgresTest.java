package nl.route071.evaluatie;

import nl.route071.OpPostgres;

/** {@link EvaluatieSamenwerkingProcessTest} once more, on PostgreSQL (see {@link OpPostgres}). */
@OpPostgres
class EvaluatieSamenwerkingProcessOpPostgresTest extends EvaluatieSamenwerkingProcessTest {
}
