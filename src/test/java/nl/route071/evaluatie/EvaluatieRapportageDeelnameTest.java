package nl.route071.evaluatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Which gemeenten took part in a recorded vote, as the report keeps it ({@link Rapportgegevens#deelname}); no Spring. */
class EvaluatieRapportageDeelnameTest {

    @Test
    void een_gemeente_was_aanwezig_als_een_van_haar_fracties_niet_afwezig_was() {
        assertThat(Rapportgegevens.deelname(json("""
                [{"gemeenteId":"leiden","fractie":"A","stem":"afwezig"},{"gemeenteId":"leiden","fractie":"B","stem":"tegen"},
                 {"gemeenteId":"leiderdorp","fractie":"C","stem":"afwezig"},{"gemeenteId":"leiderdorp","fractie":"D","stem":"afwezig"}]""")))
                .containsExactly(java.util.Map.entry("leiden", true), java.util.Map.entry("leiderdorp", false));
    }

    @Test
    void de_klaargezette_stemlijst_zonder_stemmen_is_geen_stemming() {
        assertThat(Rapportgegevens.deelname(json("""
                [{"gemeenteId":"leiden","fractie":"A","stem":null},{"gemeenteId":"leiden","fractie":"B","stem":"voor"}]"""))).isNull();
        assertThat(Rapportgegevens.deelname(json("[{\"gemeenteId\":\"leiden\",\"fractie\":\"A\",\"stem\":\" \"}]"))).isNull();
        assertThat(Rapportgegevens.deelname(json("[{\"gemeenteId\":\"leiden\",\"fractie\":\"A\"}]"))).isNull();
    }

    @Test
    void een_lege_lijst_of_iets_anders_dan_json_telt_niet() {
        assertThat(Rapportgegevens.deelname(json("[]"))).isNull();
        assertThat(Rapportgegevens.deelname(json("{\"stem\":\"voor\"}"))).isNull();
        assertThat(Rapportgegevens.deelname(json("geen json"))).isNull();
        assertThat(Rapportgegevens.deelname(null)).isNull();
    }

    private static byte[] json(String tekst) {
        return tekst.getBytes(StandardCharsets.UTF_8);
    }
}
