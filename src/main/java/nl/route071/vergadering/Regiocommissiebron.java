package nl.route071.vergadering;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import nl.route071.directory.Regiocommissies;
import nl.route071.kalender.Kalenderbron;
import nl.route071.kalender.Kalenderitem;

import org.springframework.stereotype.Component;

/**
 * The meetings of each regiocommissie as an iCalendar feed ({@code /kalender/regiocommissie/<id>.ics}, through the
 * package kalender): every planned meeting, cancelled ones as cancelled, with the agenda once adopted. The meetings
 * take two hours in the feed (a regiocommissie's own rules set no end; an assumption, said in the description).
 */
@Component
class Regiocommissiebron implements Kalenderbron {

    static final Duration DUUR = Duration.ofHours(2);

    private final Regiocommissies regiocommissies;
    private final Vergaderoverzicht overzicht;

    Regiocommissiebron(Regiocommissies regiocommissies, Vergaderoverzicht overzicht) {
        this.regiocommissies = regiocommissies;
        this.overzicht = overzicht;
    }

    @Override
    public String soort() {
        return "regiocommissie";
    }

    @Override
    public List<String> sleutels() {
        return regiocommissies.alle().stream().map(Regiocommissies.Regiocommissie::id).toList();
    }

    @Override
    public Optional<String> naam(String sleutel) {
        return regiocommissies.van(sleutel).map(Regiocommissies.Regiocommissie::naam);
    }

    @Override
    public List<Kalenderitem> items(String sleutel) {
        return overzicht.vergaderingen(Optional.of(sleutel)).stream().map(v -> {
            StringBuilder omschrijving = new StringBuilder(v.soortNaam()).append(". Stand: ").append(v.status()).append('.');
            v.agenda().forEach(p -> omschrijving.append('\n').append(p.punt().volgnummer()).append(". ").append(p.punt().voorstelnummer())
                    .append(' ').append(p.punt().titel()).append(" – ").append(p.faseNaam()));
            omschrijving.append("\n(Duur in de agenda: twee uur, een aanname.)");
            int volgnummer = v.afgelast() ? 2 : v.agenda().isEmpty() ? 0 : 1;
            return new Kalenderitem("vergadering-" + v.sleutel() + "@route071", v.aanvang(), DUUR, v.regiocommissieNaam(),
                    omschrijving.toString(), v.locatie(), v.afgelast(), volgnummer, null);
        }).toList();
    }
}
