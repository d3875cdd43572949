package nl.route071.evaluatie;

import nl.route071.OpPostgres;

/** {@link EvaluatieRapportageTest} once more, on PostgreSQL (see {@link OpPostgres}): the report's SQL on both databases. */
@OpPostgres
class EvaluatieRapportageOpPostgresTest extends EvaluatieRapportageTest {
}
