package nl.route071;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The PostgreSQL pass covers every process test: each {@code *ProcessTest} has its {@link OpPostgres} twin. */
class PostgresPassTest {

    private static final Path TESTS = Path.of("src/test/java");

    @Test
    void elke_procestest_heeft_een_tweeling_op_postgresql() throws IOException {
        List<Path> procestests = bestanden("ProcessTest.java");
        assertThat(procestests).as("process tests under %s", TESTS).isNotEmpty();
        for (Path procestest : procestests) {
            String naam = procestest.getFileName().toString().replace("ProcessTest.java", "ProcessOpPostgresTest.java");
            Path tweeling = procestest.resolveSibling(naam);
            assertThat(tweeling).as("the PostgreSQL twin of %s (docs/testing.md)", procestest.getFileName()).exists();
            assertThat(Files.readString(tweeling)).as("%s", naam).contains("@OpPostgres")
                    .contains("extends " + procestest.getFileName().toString().replace(".java", ""));
        }
    }

    private static List<Path> bestanden(String einde) throws IOException {
        try (Stream<Path> paden = Files.walk(TESTS)) {
            return paden.filter(p -> p.getFileName().toString().endsWith(einde)).sorted().toList();
        }
    }
}
