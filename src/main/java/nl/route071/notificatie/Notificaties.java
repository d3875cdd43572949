package nl.route071.notificatie;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import nl.route071.directory.Gemeenten;
import nl.route071.gedeeld.Datums;
import nl.route071.instellingen.Mailinstellingen;
import nl.route071.stukken.Adviesbrieven;
import nl.route071.stukken.Besluitenlijsten;
import nl.route071.stukken.Stuk;
import nl.route071.uitkomsten.Uitkomsten;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes, sends and records a notification. With an SMTP server configured ({@code ROUTE071_SMTP_HOST}) the mail
 * goes out through Spring Mail; without one (the embedded default) it is only stored, in the outbox that admins
 * read on {@code /notificaties} and {@code GET /api/notificaties}.
 *
 * <p><b>Exactly once.</b> A send task is async: it runs in its own job, after the user task before it has been
 * committed, so a mail problem never rolls back or repeats a user's work. Within the job:
 * <ul>
 * <li>Outbox: the record is written in the job's own transaction. If the job fails later, the record is rolled
 * back with it and the retry writes it again: one record per completed job.</li>
 * <li>SMTP: a mail cannot be rolled back. The record is therefore written and updated in transactions of its own
 * (REQUIRES_NEW), keyed by the job's id, which stays the same on every retry of the job: first
 * {@code verzenden}, then the mail, then {@code verzonden} (or {@code mislukt} and the exception, so the job
 * retries and at last becomes an incident). If the engine's transaction fails after the mail went out, the retry
 * finds {@code verzonden} for its job and does not send again. The one window left open is a crash between
 * handing the mail to the server and writing {@code verzonden}: the retry then sends again (at least once rather
 * than perhaps never), with the same Message-ID, so a mail client can recognise the duplicate.</li>
 * </ul>
 */
@Service
public class Notificaties {

    private static final Logger LOG = LoggerFactory.getLogger(Notificaties.class);
    private static final Set<String> AFGEHANDELD = Set.of(Notificatie.VERZONDEN, Notificatie.POSTVAK_UIT,
            Notificatie.GEEN_ONTVANGERS);
    private static final String ADVIES = "advies";
    private static final String BESLUITENLIJST = "vergadering-besluitenlijst";

    /** What a send task asks for. {@code jobId} null when the task did not run in a job (no retry protection). */
    record Verzoek(String soort, List<String> groepen, String voorstelnummer, String procesInstantie, String activiteit,
            String jobId, Map<String, Object> variabelen) {
    }

    private final Sjablonen sjablonen;
    private final Ontvangers ontvangers;
    private final Notificatieregister register;
    private final Gemeenten gemeenten;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate apart;
    private final String afzender;
    private final String basisUrl;
    private final Adviesbrieven adviesbrieven;
    private final Besluitenlijsten besluitenlijsten;

    Notificaties(Sjablonen sjablonen, Ontvangers ontvangers, Notificatieregister register, Gemeenten gemeenten,
            ObjectProvider<JavaMailSender> mailSender, PlatformTransactionManager transacties,
            Mailinstellingen instellingen, Adviesbrieven adviesbrieven, Besluitenlijsten besluitenlijsten) {
        this.sjablonen = sjablonen;
        this.ontvangers = ontvangers;
        this.register = register;
        this.gemeenten = gemeenten;
        this.mailSender = mailSender;
        this.apart = new TransactionTemplate(transacties);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.afzender = instellingen.smtp().from();
        this.basisUrl = instellingen.basisUrlZonderSlash();
        this.adviesbrieven = adviesbrieven;
        this.besluitenlijsten = besluitenlijsten;
    }

    /** True when mail goes out over SMTP, false when it only lands in the outbox. */
    public boolean smtp() {
        return smtpOfNull() != null;
    }

    /**
     * Boot's mail sender ({@code spring.mail.*}) when {@code spring.mail.host} ({@code ROUTE071_SMTP_HOST}) names a
     * server, else null: application.yaml always sets that property, empty when the variable is unset, and Boot then
     * makes a sender without a host, which here means the outbox.
     */
    private JavaMailSender smtpOfNull() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender instanceof JavaMailSenderImpl impl && (impl.getHost() == null || impl.getHost().isBlank())) {
            return null;
        }
        return sender;
    }

    public List<Notificatie> lijst(String voorstelnummer, int maximum) {
        return register.lijst(voorstelnummer, maximum);
    }

    public Optional<Notificatie> notificatie(String id) {
        return register.metId(id);
    }

    void verstuur(Verzoek verzoek) {
        String sleutel = verzoek.jobId() != null ? "job:" + verzoek.jobId() : "zonder-job:" + UUID.randomUUID();
        Optional<Notificatie> eerder = register.metSleutel(sleutel);
        if (eerder.isPresent() && AFGEHANDELD.contains(eerder.get().status())) {
            LOG.info("Notificatie {} ({}) voor {} was al {}; niet opnieuw verstuurd", eerder.get().messageId(),
                    verzoek.soort(), verzoek.voorstelnummer(), eerder.get().status());
            return;
        }
        Sjablonen.Bericht bericht = sjablonen.maak(verzoek.soort(), waarden(verzoek));
        // the advice mail carries the regiocommissie's advice letter (PDF/A, PDF/UA), made and stored as a stuk of the
        // proposal the first time it is needed, here in the send task's job (async: a failure retries, no step is lost)
        // the mail publishing a meeting's besluitenlijst carries the PDF stored by "Besluitenlijst opmaken" (the business key is the meeting's)
        Optional<Stuk> bijlage = verzoek.voorstelnummer() == null ? Optional.empty()
                : ADVIES.equals(verzoek.soort()) ? adviesbrieven.brief(verzoek.voorstelnummer())
                : BESLUITENLIJST.equals(verzoek.soort()) ? besluitenlijsten.vanVergadering(verzoek.voorstelnummer()) : Optional.empty();
        List<String> adressen = ontvangers.adressen(verzoek.groepen());
        JavaMailSender smtp = smtpOfNull();
        String status = adressen.isEmpty() ? Notificatie.GEEN_ONTVANGERS
                : smtp == null ? Notificatie.POSTVAK_UIT : Notificatie.VERZENDEN;
        Notificatie notificatie = eerder.orElseGet(() -> new Notificatie(UUID.randomUUID().toString(),
                "<" + UUID.randomUUID() + "@route071>", sleutel, verzoek.soort(), verzoek.voorstelnummer(),
                verzoek.procesInstantie(), verzoek.activiteit(), verzoek.groepen(), adressen, bericht.onderwerp(),
                bericht.tekst(), status, null, Instant.now(), null));
        if (!Notificatie.VERZENDEN.equals(status)) {
            // outbox or nobody to tell: in the job's transaction, so it counts only if the job completes
            if (eerder.isPresent()) {
                register.zetStatus(notificatie.id(), status, null, null); // SMTP switched off since the failed attempt
            }
            else {
                register.voegToe(notificatie.metStatus(status, null, null));
            }
            LOG.info("Notificatie {} ({}) voor {}: {} {}", notificatie.messageId(), verzoek.soort(),
                    verzoek.voorstelnummer(), status, adressen);
            return;
        }
        if (eerder.isEmpty()) {
            apart.executeWithoutResult(t -> register.voegToe(notificatie));
        }
        try {
            smtp.send(mime -> vul(mime, notificatie, adressen, bericht, bijlage));
        }
        catch (RuntimeException e) {
            apart.executeWithoutResult(t -> register.zetStatus(notificatie.id(), Notificatie.MISLUKT, e.toString(), null));
            throw e;
        }
        apart.executeWithoutResult(t -> register.zetStatus(notificatie.id(), Notificatie.VERZONDEN, null, Instant.now()));
        LOG.info("Notificatie {} ({}) voor {} verzonden aan {}", notificatie.messageId(), verzoek.soort(),
                verzoek.voorstelnummer(), adressen);
    }

    private void vul(MimeMessage mime, Notificatie notificatie, List<String> adressen, Sjablonen.Bericht bericht, Optional<Stuk> bijlage)
            throws MessagingException {
        MimeMessageHelper helper = new MimeMessageHelper(mime, bijlage.isPresent(), "UTF-8");
        helper.setFrom(afzender);
        helper.setTo(adressen.toArray(String[]::new));
        helper.setSubject(bericht.onderwerp());
        helper.setText(bericht.tekst(), false);
        if (bijlage.isPresent()) {
            helper.addAttachment(bijlage.get().bestandsnaam(), new ByteArrayResource(adviesbrieven.inhoud(bijlage.get())), bijlage.get().formaat());
        }
        // the recorded Message-ID, the same on every retry (JavaMailSenderImpl keeps an explicit one)
        mime.setHeader("Message-ID", notificatie.messageId());
    }

    /** The process variables as text, plus names, dates in Dutch, the term date and links, for the templates. */
    private Map<String, Object> waarden(Verzoek verzoek) {
        Map<String, Object> waarden = new HashMap<>();
        verzoek.variabelen().forEach((naam, waarde) -> waarden.put(naam, waarde == null ? null : String.valueOf(waarde)));
        waarden.put("voorstelnummer", verzoek.voorstelnummer());
        Object gemeente = verzoek.variabelen().get("gemeente");
        if (gemeente != null) {
            waarden.put("gemeenteNaam", gemeenten.naam(String.valueOf(gemeente)));
        }
        Object deelnemend = verzoek.variabelen().get("deelnemendeGemeenten");
        if (deelnemend != null) {
            try {
                waarden.put("deelnemendeGemeentenNamen",
                        String.join(", ", gemeenten.lijst(deelnemend).stream().map(gemeenten::naam).toList()));
            }
            catch (RuntimeException e) {
                waarden.put("deelnemendeGemeentenNamen", String.valueOf(deelnemend));
            }
        }
        for (String datum : List.of("adviesdatum", "besluitdatum", "termijndatum", "besluitdatumVoortzetting", "eersteRaadsvergadering",
                "aanbiedingsdatum", "indieningsdatum", "zienswijzeUiterlijk")) {
            waarden.put(datum + "Tekst", datumTekst(verzoek.variabelen().get(datum)));
        }
        Object doorgang = verzoek.variabelen().get("doorgang");
        if (doorgang != null) {
            waarden.put("doorgangTekst", switch (String.valueOf(doorgang)) {
                case "alle" -> "alle gemeenten gaan door naar de uitvoering";
                case "instemmers" -> "de gemeenten die instemden gaan door naar de uitvoering";
                case "terug" -> "het voorstel gaat terug naar de bestuurstafel";
                default -> String.valueOf(doorgang);
            });
        }
        Object uitkomsten = verzoek.variabelen().get("uitkomsten");
        if (uitkomsten != null) {
            waarden.put("uitkomstenTekst", Uitkomsten.van(uitkomsten).map(this::uitkomstenTekst).orElse(String.valueOf(uitkomsten)));
        }
        waarden.put("basisUrl", basisUrl);
        waarden.put("tasklist", basisUrl + "/camunda/app/tasklist/");
        waarden.put("overzicht", basisUrl + "/overzicht");
        return waarden;
    }

    /** One line per gemeente from the {@code uitkomsten} ({@link Uitkomsten}): "- Leiden: conform, gaat door". */
    private String uitkomstenTekst(Uitkomsten uitkomsten) {
        StringBuilder tekst = new StringBuilder();
        for (Uitkomsten.Uitkomst uitkomst : uitkomsten.regels()) {
            tekst.append(tekst.isEmpty() ? "" : "\n").append("- ").append(gemeenten.naam(uitkomst.gemeente()))
                    .append(": ").append(uitkomst.besluitTekst())
                    .append(uitkomst.gaatDoor() ? ", gaat door" : ", gaat niet door");
        }
        return tekst.toString();
    }

    private static String datumTekst(Object datum) {
        if (datum == null) {
            return null;
        }
        try {
            return Datums.voluit(LocalDate.parse(String.valueOf(datum).substring(0, Math.min(10, String.valueOf(datum).length()))));
        }
        catch (DateTimeParseException e) {
            return String.valueOf(datum);
        }
    }
}
