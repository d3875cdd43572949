package nl.route071.stukken;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of a stuk of a proposal, named as the ZGW Documenten API names an {@code EnkelvoudigInformatieObject}
 * (and MDTO where it has the same field): {@code identificatie} is the same for every version, {@code versie} counts
 * from 1. The content lives in the store ({@link Stukopslag}) under {@code opslagsleutel}; its SHA-256
 * {@code checksum} is checked on every read.
 *
 * @param voorstelnummer the proposal (its business key) the stuk belongs to
 * @param gemeente the gemeente it applies to (a council's besluit), null for a regional stuk
 * @param vergadering the meeting it belongs to (a besluitenlijst), null otherwise
 * @param informatieobjecttype its kind, one of {@link Stukken#SOORTEN}
 * @param vertrouwelijkheidaanduiding {@code openbaar} or {@code vertrouwelijk}
 * @param lezers for a vertrouwelijk stuk the groups that may read it; empty for an openbaar stuk
 */
public record Stuk(String id, String identificatie, int versie, String bronorganisatie, String voorstelnummer, String gemeente,
        String vergadering, String informatieobjecttype, String titel, String auteur, LocalDate creatiedatum, String taal,
        String vertrouwelijkheidaanduiding, List<String> lezers, String bestandsnaam, String formaat, long bestandsomvang,
        String checksum, String checksumAlgoritme, String opslag, String opslagsleutel, Instant toegevoegd, String toegevoegdDoor) {

    public static final String OPENBAAR = "openbaar";
    public static final String VERTROUWELIJK = "vertrouwelijk";
    public static final String SHA_256 = "SHA-256";

    public boolean vertrouwelijk() {
        return VERTROUWELIJK.equals(vertrouwelijkheidaanduiding);
    }
}
