package nl.route071.kalender;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The iCalendar feeds, one per {@link Kalenderbron} and key: {@code GET /kalender/<soort>/<sleutel>.ics}, e.g.
 * {@code /kalender/raad/leiden.ics}. Without a login: a calendar app subscribes to the address and cannot log in to
 * the webapps, and the meetings are public (Gemeentewet art. 19 lid 2: day, hour and place of a raad's meeting are
 * made public). An unknown kind or key is 404.
 */
@RestController
class KalenderController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final Map<String, Kalenderbron> bronnen = new LinkedHashMap<>();

    KalenderController(List<Kalenderbron> bronnen) {
        for (Kalenderbron bron : bronnen) {
            if (this.bronnen.put(bron.soort(), bron) != null) {
                throw new IllegalStateException("Twee kalenderbronnen met de soort '" + bron.soort() + "'");
            }
        }
    }

    @GetMapping("/kalender/{soort}/{sleutel}.ics")
    ResponseEntity<String> feed(@PathVariable String soort, @PathVariable String sleutel) {
        Kalenderbron bron = bronnen.get(soort);
        String naam = bron == null ? null : bron.naam(sleutel).orElse(null);
        if (naam == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                    .body("Geen kalender " + soort + "/" + sleutel);
        }
        return ResponseEntity.ok().contentType(TEXT_CALENDAR)
                .cacheControl(CacheControl.noCache())
                .header("Content-Disposition", "inline; filename=\"" + soort + "-" + sleutel + ".ics\"")
                .body(Icalendar.schrijf(naam, bron.items(sleutel), Instant.now()));
    }
}
