package nl.route071.database;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * No default database credentials on PostgreSQL: the check itself, without Spring (the refused start of the
 * {@code postgres} profile is in toegang/BeheerderTest).
 */
class DatabasetoegangTest {

    @Test
    void postgresql_without_a_password_is_refused_and_the_message_names_both_variables() {
        assertThatThrownBy(() -> Databasetoegang.controleer("jdbc:postgresql://db/route071", "route071", ""))
                .hasMessageContaining("POSTGRES_USER and POSTGRES_PASS");
        assertThatThrownBy(() -> Databasetoegang.controleer("jdbc:postgresql://db/route071", "", "geheim"))
                .hasMessageContaining("POSTGRES_USER and POSTGRES_PASS");
    }

    @Test
    void the_embedded_h2_database_needs_no_credentials() {
        assertThatCode(() -> Databasetoegang.controleer("jdbc:h2:file:./data/route071", "sa", "")).doesNotThrowAnyException();
    }
}
