package nl.route071.notificatie;

import java.time.Instant;
import java.util.List;

/**
 * One notification as recorded: to whom (groups and addresses), what (kind, subject, text), when, for which
 * proposal and step, its Message-ID and its status.
 *
 * @param sleutel the id of the send task's job: the same on every retry, so one job makes one notification
 * @param status  {@link #POSTVAK_UIT}, {@link #VERZENDEN}, {@link #VERZONDEN}, {@link #MISLUKT} or {@link #GEEN_ONTVANGERS}
 */
public record Notificatie(String id, String messageId, String sleutel, String soort, String voorstelnummer,
        String procesInstantie, String activiteit, List<String> groepen, List<String> ontvangers, String onderwerp,
        String tekst, String status, String fout, Instant aangemaakt, Instant verzonden) {

    /** No SMTP server configured: kept in the outbox, readable on /notificaties. */
    public static final String POSTVAK_UIT = "postvak-uit";
    /** Handed to the SMTP server is about to happen (or the application stopped while it did). */
    public static final String VERZENDEN = "verzenden";
    public static final String VERZONDEN = "verzonden";
    /** The SMTP server refused or was unreachable; the job retries. */
    public static final String MISLUKT = "mislukt";
    /** The groups have no members with an e-mail address; nothing to send. */
    public static final String GEEN_ONTVANGERS = "geen-ontvangers";

    Notificatie metStatus(String nieuweStatus, String nieuweFout, Instant nieuwVerzonden) {
        return new Notificatie(id, messageId, sleutel, soort, voorstelnummer, procesInstantie, activiteit, groepen,
                ontvangers, onderwerp, tekst, nieuweStatus, nieuweFout, aangemaakt, nieuwVerzonden);
    }
}
