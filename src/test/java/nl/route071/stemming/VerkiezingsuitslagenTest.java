package nl.route071.stemming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.route071.Route071Test;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@Route071Test
class VerkiezingsuitslagenTest {

    @Autowired
    Verkiezingsuitslagen uitslagen;

    @Test
    void voorschoten_weighs_with_the_real_provisional_2026_votes_and_their_source() {
        List<Fractiegewicht> voorschoten = uitslagen.laatsteUitslag("voorschoten");

        assertThat(voorschoten).allSatisfy(f -> {
            assertThat(f.verkiezingsjaar()).isEqualTo(2026);
            assertThat(f.demo()).isFalse();
            assertThat(f.bron()).contains("VOORLOPIG").doesNotContain("DEMO");
        });
        assertThat(voorschoten.get(0).fractie()).isEqualTo("GROENLINKS / Partij van de Arbeid (PvdA)");
        assertThat(voorschoten.get(0).gewicht()).isEqualTo(2923);
    }

    @Test
    void where_no_real_votes_are_known_the_weight_is_marked_demo() {
        assertThat(uitslagen.laatsteUitslag("leiderdorp")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.bron()).startsWith("DEMO"));
        assertThat(uitslagen.laatsteUitslag("oegstgeest")).allSatisfy(f -> {
            assertThat(f.demo()).isTrue();
            assertThat(f.verkiezingsjaar()).isEqualTo(2026);
        });
    }
}
