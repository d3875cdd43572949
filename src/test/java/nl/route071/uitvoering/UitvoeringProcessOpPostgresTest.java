package nl.route071.uitvoering;

import nl.route071.OpPostgres;

/** {@link UitvoeringProcessTest} once more, on PostgreSQL (see {@link OpPostgres}). */
@OpPostgres
class UitvoeringProcessOpPostgresTest extends UitvoeringProcessTest {
}
