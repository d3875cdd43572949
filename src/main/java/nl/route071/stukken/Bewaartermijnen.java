package nl.route071.stukken;

import java.io.IOException;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import nl.route071.instellingen.Stukkeninstellingen;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The retention job: the only way a stuk leaves Route071 (no user deletes one). Per kind of document the operator
 * sets a period ({@code route071.stukken.bewaartermijnen}, e.g. {@code bijlage: P10Y}, as the Archiefwet selection
 * list would set it); a stuk of that kind whose proposal ended longer ago than that is removed, content and record,
 * every version, and each removal is logged ({@code route071_stuk_logboek}, handeling {@code verwijderd}, and the
 * application log). A kind without a period is kept; a proposal that has not ended keeps everything. Runs at
 * {@code route071.stukken.opruimen} (nightly).
 */
@Component
class Bewaartermijnen {

    private static final Logger LOG = LoggerFactory.getLogger(Bewaartermijnen.class);

    private final Stukkenregister register;
    private final Stukopslag opslag;
    private final Voorstelgegevens voorstellen;
    private final Stukkeninstellingen instellingen;

    Bewaartermijnen(Stukkenregister register, Stukopslag opslag, Voorstelgegevens voorstellen, Stukkeninstellingen instellingen) {
        this.register = register;
        this.opslag = opslag;
        this.voorstellen = voorstellen;
        this.instellingen = instellingen;
    }

    @Scheduled(cron = "${route071.stukken.opruimen}")
    void nachtelijks() {
        ruimOp(Instant.now());
    }

    /** Removes what is past its period on {@code nu}; the number of versions removed. */
    int ruimOp(Instant nu) {
        int verwijderd = 0;
        for (Map.Entry<String, Period> termijn : instellingen.bewaartermijnen().entrySet()) {
            for (Stuk stuk : register.vanSoort(termijn.getKey())) {
                Optional<Instant> einde = voorstellen.voorstel(stuk.voorstelnummer()).map(Voorstelgegevens.Voorstel::einde);
                if (einde.isEmpty() || einde.get() == null) {
                    continue;
                }
                Instant grens = einde.get().atZone(ZoneId.systemDefault()).plus(termijn.getValue()).toInstant();
                if (nu.isBefore(grens)) {
                    continue;
                }
                try {
                    opslag.verwijder(stuk.opslagsleutel());
                }
                catch (IOException e) {
                    LOG.warn("Bewaartermijn: inhoud van {} versie {} niet verwijderd ({}); volgende keer opnieuw", stuk.identificatie(), stuk.versie(),
                            e.getMessage());
                    continue;
                }
                register.verwijder(stuk.id());
                register.log(stuk, Stukken.VERWIJDERD, "bewaartermijn", termijn.getKey() + " " + termijn.getValue() + " na einde voorstel " + einde.get());
                LOG.info("Bewaartermijn: {} versie {} ({}, voorstel {} geëindigd {}) verwijderd na {}", stuk.identificatie(), stuk.versie(),
                        termijn.getKey(), stuk.voorstelnummer(), einde.get(), termijn.getValue());
                verwijderd++;
            }
        }
        return verwijderd;
    }
}
