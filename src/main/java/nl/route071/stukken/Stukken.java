package nl.route071.stukken;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.route071.gedeeld.Klok;
import nl.route071.instellingen.Stukkeninstellingen;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stukken of the proposals: add a document or a new version, list them, read one back. Every door (the stukken
 * page, the generated letters) comes through here, so the rules hold everywhere:
 * <ul>
 * <li>access ({@link Stuktoegang}): a proposal the user may not see gets 404 and nothing is stored; a stuk the user may
 * not read is answered as if it did not exist (404);</li>
 * <li>content ({@link Inhoudscontrole}): the size limit ({@code route071.stukken.max-mb}, 413), the type from the
 * content against the allow-list (415), a clean file name (400);</li>
 * <li>integrity: the SHA-256 of the content is computed while it streams into the store, recorded, and checked on
 * every read, before the first byte goes out and again at the end ({@link Beschadigd});</li>
 * <li>the archive: nothing is overwritten (a new version is a new row with the next {@code versie}), no user deletes;
 * every upload is logged, and every download of a vertrouwelijk stuk.</li>
 * </ul>
 */
@Service
public class Stukken {

    private static final Logger LOG = LoggerFactory.getLogger(Stukken.class);

    /** The kinds of document ({@code informatieobjecttype}). */
    public static final Set<String> SOORTEN = Set.of("voorstel", "bijlage", "raadsvoorstel", "advies", "amendement", "motie", "raadsbesluit",
            "collegebesluit", "verantwoording", "besluitenlijst", "evaluatierapport");
    /** The kinds with their Dutch labels, in the order the page offers them. */
    public static final Map<String, String> SOORT_LABELS = labels();

    static final String TOEGEVOEGD = "toegevoegd";
    static final String GEDOWNLOAD = "gedownload";
    static final String VERWIJDERD = "verwijderd";

    /** What the user says of a new document; the content and its name come separately. */
    public record Nieuw(String voorstelnummer, String gemeente, String vergadering, String soort, String titel, String auteur,
            LocalDate creatiedatum, boolean vertrouwelijk, List<String> lezers) {
    }

    /** Who acts: the user id and their groups; the application itself for generated documents. */
    public record Wie(String gebruiker, List<String> groepen) {

        static final Wie ROUTE = new Wie("route071", List.of());

        boolean route() {
            return this == ROUTE;
        }
    }

    /** The content of an upload: the stream, its exact length and the name the user gave it. */
    public record Inhoud(InputStream stroom, long lengte, String bestandsnaam) {
    }

    /** The content of a stuk that failed its checksum: never handed out. */
    public static final class Beschadigd extends IOException {

        private static final long serialVersionUID = 1L;

        Beschadigd(Stuk stuk) {
            super("De inhoud van " + stuk.identificatie() + " versie " + stuk.versie() + " is beschadigd: de SHA-256 klopt niet.");
        }
    }

    private final Stukkenregister register;
    private final Stukopslag opslag;
    private final Voorstelgegevens voorstellen;
    private final Stukkeninstellingen instellingen;
    private final TransactionTemplate transactie;

    Stukken(Stukkenregister register, Stukopslag opslag, Voorstelgegevens voorstellen, Stukkeninstellingen instellingen,
            PlatformTransactionManager transacties) {
        this.register = register;
        this.opslag = opslag;
        this.voorstellen = voorstellen;
        this.instellingen = instellingen;
        this.transactie = new TransactionTemplate(transacties);
    }

    /** The store this instance writes to (the benchmark and the tests name it). */
    public Stukopslag opslag() {
        return opslag;
    }

    /** A new document (versie 1) of a proposal. */
    public Stuk voegToe(Nieuw nieuw, Inhoud inhoud, Wie wie) {
        Voorstelgegevens.Voorstel voorstel = zichtbaarVoorstel(nieuw.voorstelnummer(), wie);
        if (!SOORTEN.contains(nieuw.soort())) {
            throw Stukweigering.ongeldig("Onbekende soort stuk: " + nieuw.soort() + ". Kies uit: " + String.join(", ", SOORT_LABELS.keySet()) + ".");
        }
        String titel = nieuw.titel() == null ? "" : nieuw.titel().strip();
        if (titel.isEmpty() || titel.length() > 200) {
            throw Stukweigering.ongeldig("Geef het stuk een titel van ten hoogste 200 tekens.");
        }
        if (nieuw.gemeente() != null && !voorstel.deelname().gemeenten().contains(nieuw.gemeente())) {
            throw Stukweigering.ongeldig("De gemeente " + nieuw.gemeente() + " neemt niet deel aan " + voorstel.nummer() + ".");
        }
        List<String> lezers = nieuw.vertrouwelijk() ? lezers(nieuw.lezers()) : List.of();
        if (!wie.route() && !Stuktoegang.magToevoegen(wie.groepen(), voorstel.deelname(), nieuw.gemeente(), nieuw.vertrouwelijk(), lezers)) {
            throw new Stukweigering(403, nieuw.vertrouwelijk() && Stuktoegang.inScope(wie.groepen(), voorstel.deelname(), nieuw.gemeente())
                    ? "Een vertrouwelijk stuk moet leesbaar zijn voor ten minste één van uw groepen."
                    : "U mag bij dit voorstel geen stukken " + (nieuw.gemeente() == null ? "" : "van deze gemeente ") + "toevoegen.");
        }
        String auteur = nieuw.auteur() == null || nieuw.auteur().isBlank() ? wie.gebruiker() : nieuw.auteur().strip();
        LocalDate creatiedatum = nieuw.creatiedatum() == null ? Klok.vandaag() : nieuw.creatiedatum();
        return bewaar(inhoud, wie, (sleutel, meta) -> new Stuk(UUID.randomUUID().toString(), register.volgendeIdentificatie(voorstel.nummer()), 1,
                bronorganisatie(), voorstel.nummer(), nieuw.gemeente(), leeg(nieuw.vergadering()), nieuw.soort(), titel, auteur, creatiedatum, "nld",
                nieuw.vertrouwelijk() ? Stuk.VERTROUWELIJK : Stuk.OPENBAAR, lezers, meta.bestandsnaam(), meta.formaat(), meta.omvang(),
                meta.checksum(), Stuk.SHA_256, opslag.naam(), sleutel, Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS), wie.gebruiker()));
    }

    /** A new version of the document with this identificatie: the same scope, readers and kind; the next versie. */
    public Stuk nieuweVersie(String identificatie, Inhoud inhoud, Wie wie) {
        Stuk vorige = register.laatsteVersie(identificatie).orElseThrow(Stukweigering::nietGevonden);
        Voorstelgegevens.Voorstel voorstel = zichtbaarVoorstel(vorige.voorstelnummer(), wie);
        if (!wie.route() && !Stuktoegang.magLezen(wie.groepen(), voorstel.deelname(), vorige)) {
            throw Stukweigering.nietGevonden();
        }
        if (!wie.route() && !Stuktoegang.magToevoegen(wie.groepen(), voorstel.deelname(), vorige.gemeente(), vorige.vertrouwelijk(), vorige.lezers())) {
            throw new Stukweigering(403, "U mag van dit stuk geen nieuwe versie toevoegen.");
        }
        return bewaar(inhoud, wie, (sleutel, meta) -> new Stuk(UUID.randomUUID().toString(), vorige.identificatie(), vorige.versie() + 1,
                vorige.bronorganisatie(), vorige.voorstelnummer(), vorige.gemeente(), vorige.vergadering(), vorige.informatieobjecttype(),
                vorige.titel(), wie.route() ? vorige.auteur() : wie.gebruiker(), Klok.vandaag(), vorige.taal(), vorige.vertrouwelijkheidaanduiding(),
                vorige.lezers(), meta.bestandsnaam(), meta.formaat(), meta.omvang(), meta.checksum(), Stuk.SHA_256, opslag.naam(), sleutel,
                Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS), wie.gebruiker()));
    }

    /** The stukken of a proposal the user may read: per document its versions, newest first; 404 for a hidden proposal. */
    public List<List<Stuk>> lijst(String voorstelnummer, Wie wie) {
        Voorstelgegevens.Voorstel voorstel = zichtbaarVoorstel(voorstelnummer, wie);
        Map<String, List<Stuk>> perDocument = new LinkedHashMap<>();
        for (Stuk stuk : register.vanVoorstel(voorstel.nummer())) {
            if (wie.route() || Stuktoegang.magLezen(wie.groepen(), voorstel.deelname(), stuk)) {
                perDocument.computeIfAbsent(stuk.identificatie(), k -> new ArrayList<>()).add(0, stuk);
            }
        }
        return List.copyOf(perDocument.values());
    }

    /** Who added or downloaded what when, for the proposal's page (newest first). */
    public List<Stukkenregister.Logregel> logboek(String voorstelnummer, Wie wie) {
        Voorstelgegevens.Voorstel voorstel = zichtbaarVoorstel(voorstelnummer, wie);
        Set<String> zichtbaar = new java.util.HashSet<>();
        lijst(voorstel.nummer(), wie).forEach(versies -> zichtbaar.add(versies.get(0).identificatie()));
        return register.logboek(voorstel.nummer()).stream().filter(r -> zichtbaar.contains(r.identificatie())).toList();
    }

    /** The stuk with this id if the user may read it; 404 otherwise (also for another gemeente's vertrouwelijk stuk). */
    public Stuk stuk(String id, Wie wie) {
        Stuk stuk = register.metId(id).orElseThrow(Stukweigering::nietGevonden);
        if (wie.route()) {
            return stuk;
        }
        Voorstelgegevens.Voorstel voorstel = voorstellen.voorstel(stuk.voorstelnummer()).orElseThrow(Stukweigering::nietGevonden);
        if (!Stuktoegang.magLezen(wie.groepen(), voorstel.deelname(), stuk)) {
            throw Stukweigering.nietGevonden();
        }
        return stuk;
    }

    /**
     * Writes the content of a stuk the user may read ({@link #stuk}) to {@code uit}, after checking its SHA-256 over the
     * whole content in the store; checks it again while it streams. A download of a vertrouwelijk stuk is logged.
     *
     * @throws Beschadigd when the content in the store no longer matches its checksum (nothing written when found before)
     */
    public void schrijf(Stuk stuk, Wie wie, OutputStream uit) throws IOException {
        controleer(stuk);
        if (stuk.vertrouwelijk() && !wie.route()) {
            transactie.executeWithoutResult(t -> register.log(stuk, GEDOWNLOAD, wie.gebruiker(), null));
        }
        try (InputStream in = open(stuk)) {
            in.transferTo(uit);
        }
    }

    /** The content of the stuk, checked against its SHA-256 as it is read: the stream fails at its end when it differs. */
    public InputStream open(Stuk stuk) throws IOException {
        MessageDigest sha = sha256();
        InputStream bron = opslag.lees(stuk.opslagsleutel());
        return new FilterInputStream(new DigestInputStream(bron, sha)) {
            private long gelezen;
            private boolean gecontroleerd;

            @Override
            public int read() throws IOException {
                int b = super.read();
                tel(b < 0 ? -1 : 1);
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                tel(n);
                return n;
            }

            private void tel(int n) throws IOException {
                if (n >= 0) {
                    gelezen += n;
                    return;
                }
                if (!gecontroleerd) {
                    gecontroleerd = true;
                    if (gelezen != stuk.bestandsomvang() || !HexFormat.of().formatHex(sha.digest()).equals(stuk.checksum())) {
                        throw new Beschadigd(stuk);
                    }
                }
            }
        };
    }

    /** Reads the whole content from the store and compares its SHA-256 with the recorded one. */
    public void controleer(Stuk stuk) throws IOException {
        try (InputStream in = open(stuk)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }

    private interface Maker {
        Stuk maak(String sleutel, Gemeten meta);
    }

    private record Gemeten(String bestandsnaam, String formaat, long omvang, String checksum) {
    }

    /**
     * Checks and stores the content, then records the stuk and logs the upload, in one transaction: the database
     * store's blocks and the row commit together. With S3 the object is written first and removed again when the
     * record fails.
     */
    private Stuk bewaar(Inhoud inhoud, Wie wie, Maker maker) {
        String bestandsnaam = Inhoudscontrole.bestandsnaam(inhoud.bestandsnaam());
        if (inhoud.lengte() > instellingen.maxBytes()) {
            throw new Stukweigering(413, "Het bestand is te groot: ten hoogste " + instellingen.maxMb() + " MB.");
        }
        if (inhoud.lengte() == 0) {
            throw Stukweigering.ongeldig("Het bestand is leeg.");
        }
        String sleutel = "stuk-" + UUID.randomUUID();
        try {
            BufferedInputStream gebufferd = new BufferedInputStream(inhoud.stroom(), Inhoudscontrole.KOP + 1);
            String formaat = Inhoudscontrole.formaat(gebufferd, bestandsnaam);
            MessageDigest sha = sha256();
            return transactie.execute(t -> {
                try {
                    opslag.bewaar(sleutel, new DigestInputStream(gebufferd, sha), inhoud.lengte());
                    Stuk stuk = maker.maak(sleutel, new Gemeten(bestandsnaam, formaat, inhoud.lengte(), HexFormat.of().formatHex(sha.digest())));
                    register.voegToe(stuk);
                    register.log(stuk, TOEGEVOEGD, wie.gebruiker(), stuk.versie() > 1 ? "nieuwe versie" : null);
                    LOG.info("Stuk {} versie {} ({}, {} bytes, {}) van {} toegevoegd door {}", stuk.identificatie(), stuk.versie(),
                            stuk.informatieobjecttype(), stuk.bestandsomvang(), stuk.formaat(), stuk.voorstelnummer(), wie.gebruiker());
                    return stuk;
                }
                catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        catch (IOException | RuntimeException e) {
            if (!(opslag instanceof Databaseopslag)) {
                try {
                    opslag.verwijder(sleutel);
                }
                catch (IOException | RuntimeException opruimen) {
                    e.addSuppressed(opruimen);
                }
            }
            if (e instanceof Stukweigering w) {
                throw w;
            }
            throw new IllegalStateException("Het stuk kon niet worden opgeslagen: " + e.getMessage(), e);
        }
    }

    private Voorstelgegevens.Voorstel zichtbaarVoorstel(String voorstelnummer, Wie wie) {
        Voorstelgegevens.Voorstel voorstel = voorstellen.voorstel(voorstelnummer)
                .orElseThrow(() -> new Stukweigering(404, "Voorstel " + voorstelnummer + " bestaat niet of u mag het niet inzien."));
        if (!wie.route() && !Stuktoegang.deelnemer(wie.groepen(), voorstel.deelname())) {
            throw new Stukweigering(404, "Voorstel " + voorstelnummer + " bestaat niet of u mag het niet inzien.");
        }
        return voorstel;
    }

    private static List<String> lezers(List<String> lezers) {
        List<String> schoon = lezers == null ? List.of()
                : lezers.stream().map(String::strip).filter(g -> !g.isEmpty()).distinct().toList();
        if (schoon.isEmpty()) {
            throw Stukweigering.ongeldig("Noem bij een vertrouwelijk stuk de groepen die het mogen lezen.");
        }
        for (String groep : schoon) {
            if (!groep.matches("[a-z0-9]+(-[a-z0-9]+)*") || groep.length() > 64) {
                throw Stukweigering.ongeldig("Ongeldige groep: " + groep);
            }
        }
        return schoon;
    }

    private String bronorganisatie() {
        return leeg(instellingen.bronorganisatie());
    }

    private static String leeg(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance(Stuk.SHA_256);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("voorstel", "Voorstel");
        labels.put("bijlage", "Bijlage");
        labels.put("raadsvoorstel", "Raadsvoorstel");
        labels.put("advies", "Advies");
        labels.put("amendement", "Amendement");
        labels.put("motie", "Motie");
        labels.put("raadsbesluit", "Raadsbesluit");
        labels.put("collegebesluit", "Collegebesluit");
        labels.put("verantwoording", "Verantwoording");
        labels.put("besluitenlijst", "Besluitenlijst");
        labels.put("evaluatierapport", "Evaluatierapport");
        return java.util.Collections.unmodifiableMap(labels);
    }
}
