package nl.route071.stemming;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

/** The owner of the Json variable stemmen: reading it in each form it comes in, the weighted tally read from the DMN. Without Spring. */
class StemmenTest {

    private static final String VASTGELEGD = "[{\"sleutel\":\"voorschoten:VVD\",\"gemeente\":\"Voorschoten\",\"gemeenteId\":\"voorschoten\","
            + "\"fractie\":\"VVD\",\"gewicht\":2763,\"zetels\":6,\"stem\":\"tegen\",\"stemdatum\":\"2026-12-09\",\"stemronde\":1,"
            + "\"bron\":\"https://www.voorschoten.nl/uitslag\",\"demo\":false},"
            + "{\"sleutel\":\"voorschoten:SP\",\"gemeente\":\"Voorschoten\",\"gemeenteId\":\"voorschoten\",\"fractie\":\"SP\",\"gewicht\":556,"
            + "\"stem\":\"voor\",\"bron\":\"DEMO-aanvulling\"},"
            + "{\"sleutel\":\"leiden:CDA\",\"gemeente\":\"Leiden\",\"gemeenteId\":\"leiden\",\"fractie\":\"CDA\",\"gewicht\":1222,\"stem\":\"afwezig\"},"
            + "{\"sleutel\":\"leiden:D66\",\"gemeente\":\"Leiden\",\"gemeenteId\":\"leiden\",\"fractie\":\"D66\",\"gewicht\":2048,\"stem\":\"onthouding\"}]";

    @Test
    void the_weighted_tally_adds_each_fractions_votes_to_its_choice() {
        Stemmen.Gewogen gewogen = Stemmen.van(Spin.JSON(VASTGELEGD)).orElseThrow().gewogen();

        assertThat(gewogen).isEqualTo(new Stemmen.Gewogen(556, 2763, 2048, 1222, 556 + 2763));
    }

    @Test
    void a_row_without_a_known_choice_counts_as_absent() {
        Stemmen stemmen = Stemmen.van(Spin.JSON("[{\"gemeenteId\":\"leiden\",\"gewicht\":10,\"stem\":\"misschien\"},"
                + "{\"gemeenteId\":\"leiden\",\"gewicht\":5}]")).orElseThrow();

        assertThat(stemmen.gewogen()).isEqualTo(new Stemmen.Gewogen(0, 0, 0, 15, 0));
        assertThat(stemmen.vastgelegd()).isFalse();
    }

    @Test
    void the_same_vote_is_read_from_the_variable_its_text_and_the_bytes_history_keeps() {
        Stemmen uitVariabele = Stemmen.van(Spin.JSON(VASTGELEGD)).orElseThrow();

        assertThat(Stemmen.van(VASTGELEGD)).contains(uitVariabele);
        assertThat(Stemmen.van(VASTGELEGD.getBytes(StandardCharsets.UTF_8))).contains(uitVariabele);
        assertThat(uitVariabele.regels().get(0).stemronde().intValue()).isEqualTo(1);
        assertThat(uitVariabele.regels().get(0).stemdatum()).isEqualTo("2026-12-09");
    }

    @Test
    void anything_but_a_json_array_is_no_vote() {
        assertThat(Stemmen.van(null)).isEmpty();
        assertThat(Stemmen.van("geen json")).isEmpty();
        assertThat(Stemmen.van(Spin.JSON("{\"stem\":\"voor\"}"))).isEmpty();
        assertThat(Stemmen.van(42)).isEmpty();
    }

    @Test
    void a_gemeente_took_part_when_one_of_its_fractions_was_not_absent() {
        Stemmen stemmen = Stemmen.van(VASTGELEGD).orElseThrow();

        assertThat(stemmen.vastgelegd()).isTrue();
        assertThat(stemmen.aanwezigPerGemeente()).isEqualTo(Map.of("voorschoten", true, "leiden", true));
        assertThat(Stemmen.van("[{\"gemeenteId\":\"leiden\",\"stem\":\"afwezig\"}]").orElseThrow().aanwezigPerGemeente())
                .isEqualTo(Map.of("leiden", false));
    }

    @Test
    void invented_votes_are_known_by_the_rows_flag_or_else_by_a_demo_source() {
        Stemmen stemmen = Stemmen.van(VASTGELEGD).orElseThrow();

        assertThat(stemmen.regels().get(0).isDemo()).isFalse();
        assertThat(stemmen.regels().get(1).isDemo()).isTrue();
        assertThat(stemmen.bronDemo()).isTrue();
    }
}
