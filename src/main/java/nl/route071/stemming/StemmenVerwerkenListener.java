package nl.route071.stemming;

import static nl.route071.voorstel.RegionaalVoorstelProcess.VAR_STEMMEN;
import static nl.route071.voorstel.RegionaalVoorstelProcess.VAR_STEMRONDE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Complete listener of the stemming task: records each fractie's vote in {@code stemmen}, with the round and
 * date. Refuses, changing nothing, a fractie ticked twice, and a fractie that votes on a date on which it does
 * not sit in the council (it is not in the results of the election in force then) or on which another election is in
 * force than the one its weight comes from.
 */
@Component("stemmenVerwerken")
class StemmenVerwerkenListener implements TaskListener {

    private final Verkiezingsuitslagen uitslagen;

    StemmenVerwerkenListener(Verkiezingsuitslagen uitslagen) {
        this.uitslagen = uitslagen;
    }

    @Override
    public void notify(DelegateTask task) {
        SpinJsonNode stemmen = (SpinJsonNode) task.getVariable(VAR_STEMMEN);
        Map<String, Object> keuzes = new HashMap<>();
        Stemmen.KEUZES.keySet().forEach(variabele -> keuzes.put(variabele, task.getVariable(variabele)));
        Stemmen.verwerk(stemmen, keuzes);
        Object vergadering = task.getVariable(Stemmen.VAR_VERGADERDATUM_STEMMING);
        LocalDate stemdatum = Stemmen.datum(task.getVariable(Stemmen.VAR_STEMDATUM))
                .or(() -> Stemmen.datum(vergadering)).orElse(Stemmen.vandaag());
        controleerVerkiezing(stemmen, stemdatum, vergadering);
        Object ronde = task.getVariable(VAR_STEMRONDE);
        for (SpinJsonNode regel : stemmen.elements()) {
            regel.prop("stemdatum", stemdatum.toString());
            Stemmen.getal(regel, "stemronde", ronde instanceof Number n ? n : null);
        }
        task.setVariable(VAR_STEMMEN, SpinValues.jsonValue(stemmen).create());
    }

    private void controleerVerkiezing(SpinJsonNode stemmen, LocalDate stemdatum, Object vergadering) {
        Map<String, Optional<Verkiezing>> inWerking = new HashMap<>();
        List<String> fouten = new ArrayList<>();
        for (SpinJsonNode regel : stemmen.elements()) {
            if (Stemmen.AFWEZIG.equals(regel.prop("stem").stringValue())) {
                continue;
            }
            String gemeente = regel.prop("gemeente").stringValue();
            String fractie = regel.prop("fractie").stringValue();
            Optional<Verkiezing> verkiezing = inWerking.computeIfAbsent(regel.prop("gemeenteId").stringValue(),
                    id -> uitslagen.inWerking(id, stemdatum));
            LocalDate gewogen = regel.hasProp("verkiezingsdatum") ? LocalDate.parse(regel.prop("verkiezingsdatum").stringValue()) : null;
            if (verkiezing.isEmpty()) {
                fouten.add("Op " + Stemmen.nl(stemdatum) + " is voor " + gemeente + " geen verkiezingsuitslag bekend; " + gemeente + " – "
                        + fractie + " kan niet stemmen.");
            }
            else if (gewogen != null && !verkiezing.get().datum().equals(gewogen)) {
                boolean bestaat = verkiezing.get().fracties().stream().anyMatch(f -> f.fractie().toLowerCase(Locale.ROOT)
                        .equals(fractie.toLowerCase(Locale.ROOT)));
                String van = "de verkiezing van " + Stemmen.nl(verkiezing.get().datum());
                fouten.add(bestaat
                        ? gemeente + " – " + fractie + ": op " + Stemmen.nl(stemdatum) + " geldt " + van
                                + ", maar de stemlijst weegt met de verkiezing van " + Stemmen.nl(gewogen) + "."
                        : gemeente + " – " + fractie + " staat niet in de uitslag van " + van + ", die op " + Stemmen.nl(stemdatum)
                                + " geldt, en kan dus niet stemmen.");
            }
        }
        if (!fouten.isEmpty()) {
            String vergaderdatum = Stemmen.datum(vergadering).map(Stemmen::nl).orElse(null);
            throw new BadUserRequestException("De stemming is niet vastgelegd: " + String.join(" ", fouten)
                    + (vergaderdatum == null ? "" : " De stemlijst is opgesteld voor de vergadering van " + vergaderdatum
                            + "; vul die datum in, of leg vast dat de fractie afwezig was."));
        }
    }
}
