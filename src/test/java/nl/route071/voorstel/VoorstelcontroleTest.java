package nl.route071.voorstel;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;

/** The start checks of a proposal: every problem named at once, in Dutch. Without Spring. */
class VoorstelcontroleTest {

    private static final Set<String> AMBITIES = Set.of("wonen", "bereikbaarheid");
    private static final Function<Object, List<String>> GEMEENTEN = waarde -> {
        if (!List.of("leiden", "oegstgeest").equals(waarde)) {
            throw new BadUserRequestException("Onbekende gemeente(n): " + waarde + ".");
        }
        return List.of("leiden", "oegstgeest");
    };

    @Test
    void een_volledig_voorstel_gaat_door() {
        assertThatCode(() -> Voorstelcontrole.controleer(new Voorstelcontrole.Start("Woningbouw Leiden Noord", "wonen", "kaderstellend",
                List.of("leiden", "oegstgeest")), AMBITIES::contains, GEMEENTEN)).doesNotThrowAnyException();
    }

    @Test
    void elk_probleem_wordt_tegelijk_genoemd() {
        assertThatThrownBy(() -> Voorstelcontrole.controleer(new Voorstelcontrole.Start(" ", "sport", null, List.of("katwijk")),
                AMBITIES::contains, GEMEENTEN))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessage("Het voorstel is niet gestart: Geef het voorstel een titel. Onbekende ambitie: sport. Kies het soort besluit."
                        + " Onbekende gemeente(n): [katwijk].");
    }

    @Test
    void een_titel_van_meer_dan_200_tekens_of_geen_tekst_wordt_geweigerd() {
        assertThatCode(() -> Voorstelcontrole.controleer(new Voorstelcontrole.Start("t".repeat(200), "wonen", "kaderstellend",
                List.of("leiden", "oegstgeest")), AMBITIES::contains, GEMEENTEN)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Voorstelcontrole.controleer(new Voorstelcontrole.Start("t".repeat(201), "wonen", "kaderstellend",
                List.of("leiden", "oegstgeest")), AMBITIES::contains, GEMEENTEN))
                .hasMessage("Het voorstel is niet gestart: De titel is langer dan 200 tekens.");
        assertThatThrownBy(() -> Voorstelcontrole.controleer(new Voorstelcontrole.Start(42, 7, "kaderstellend",
                List.of("leiden", "oegstgeest")), AMBITIES::contains, GEMEENTEN))
                .hasMessage("Het voorstel is niet gestart: Geef het voorstel een titel. Onbekende ambitie: 7.");
    }
}
