package nl.route071.verkiezingen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Reading an uploaded file of election results (Commons CSV), without Spring: the record numbers the griffie sees in
 * the Dutch messages, quoted fields, comments, and files that cannot be read.
 */
class UitslagbestandTest {

    private static final String KOP = "year,gemeente,partij,stemmen,zetels,source\n";

    @Test
    void records_keep_their_number_and_a_quoted_comma_stays_in_its_field() {
        Uitslagbestand.Gelezen gelezen = Uitslagbestand.lees("upload",
                "\uFEFF" + KOP + "2022,Leiden,D66,100,5,\"bron, met komma\"\n\n2022 , Leiden , CDA , 90 , 4 , bron\n");

        assertThat(gelezen.fouten()).isEmpty();
        assertThat(gelezen.statusKolom()).isFalse();
        assertThat(gelezen.rijen()).extracting(Uitslagbestand.Rij::regel).containsExactly(2, 3);
        assertThat(gelezen.rijen().get(0).velden()).containsEntry("source", "bron, met komma");
        assertThat(gelezen.rijen().get(1).velden()).containsEntry("partij", "CDA").containsEntry("year", "2022");
    }

    @Test
    void the_header_may_name_the_columns_in_any_order_and_case_and_add_status() {
        Uitslagbestand.Gelezen gelezen = Uitslagbestand.lees("upload",
                "# uitslagen\nSource,Year,Gemeente,Partij,Stemmen,Zetels,Status\nbron,2026,Leiden,VVD,10,1,voorlopig\n");

        assertThat(gelezen.fouten()).isEmpty();
        assertThat(gelezen.statusKolom()).isTrue();
        assertThat(gelezen.rijen()).singleElement().satisfies(rij -> {
            assertThat(rij.velden()).containsEntry("partij", "VVD").containsEntry("status", "voorlopig").containsEntry("source", "bron");
            assertThat(rij.teVeelVelden()).isFalse();
        });
    }

    @Test
    void more_values_than_columns_is_marked_on_the_record() {
        Uitslagbestand.Gelezen gelezen = Uitslagbestand.lees("upload", KOP + "2026,Leiden,D66,100,5,bron,extra\n");

        assertThat(gelezen.rijen()).singleElement().satisfies(rij -> assertThat(rij.teVeelVelden()).isTrue());
    }

    @Test
    void a_missing_column_an_empty_file_and_an_unclosed_quote_are_refused_in_dutch() {
        assertThat(Uitslagbestand.lees("upload", "jaar,gemeente,partij,stemmen\n2026,Leiden,D66,100\n").fouten())
                .singleElement().satisfies(f -> {
                    assertThat(f.regel()).isEqualTo(1);
                    assertThat(f.melding()).startsWith("De kopregel mist de kolom(men) year, zetels, source");
                });
        assertThat(Uitslagbestand.lees("upload", "\n# alleen commentaar\n").fouten())
                .singleElement().satisfies(f -> assertThat(f.melding()).startsWith("Het bestand is leeg"));
        assertThat(Uitslagbestand.lees("upload", KOP + "2026,Leiden,D66,100,5,bron\n2026,Leiden,\"VVD,90,4,bron\n").fouten())
                .singleElement().satisfies(f -> {
                    assertThat(f.regel()).isEqualTo(3);
                    assertThat(f.melding()).contains("aanhalingsteken");
                });
    }
}
