package nl.route071.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The reference data of the staff login: which provider may grant which groups, and how claims become groups. */
class AanbiedersTest {

    private final Aanbieders aanbieders = new Aanbieders();

    private Aanbieders.Aanbieder aanbieder(String id) {
        return aanbieders.aanbieder(id).orElseThrow();
    }

    @Test
    void elke_gemeente_en_de_regio_hebben_een_aanbieder() {
        assertThat(aanbieders.alle()).extracting(Aanbieders.Aanbieder::id)
                .containsExactly("leiden", "leiderdorp", "oegstgeest", "voorschoten", "zoeterwoude", "regio");
    }

    @Test
    void een_rol_of_groepsnaam_van_leiden_wordt_een_groep_van_leiden_en_wat_onbekend_is_valt_weg() {
        assertThat(aanbieders.groepen(aanbieder("leiden"), List.of("griffie", "college-leiden", "personeelsvereniging", "0a1b2c3d")))
                .containsExactly("college-leiden", "griffie-leiden");
    }

    @Test
    void leiden_mag_geen_groep_van_een_andere_gemeente_of_van_de_regio_geven() {
        for (String groep : List.of("griffie-voorschoten", "camunda-admin", "procesbeheer", "regiogriffie", "bestuurstafel-wonen")) {
            assertThatThrownBy(() -> aanbieders.groepen(aanbieder("leiden"), List.of("griffie-leiden", groep)))
                    .isInstanceOf(Aanbieders.Geweigerd.class).hasMessageContaining(groep);
        }
    }

    @Test
    void de_regio_geeft_de_regionale_groepen_maar_geen_groep_van_een_gemeente() {
        assertThat(aanbieders.groepen(aanbieder("regio"), List.of("regiogriffie", "procesbeheer", "camunda-admin")))
                .containsExactly("camunda-admin", "procesbeheer", "regiogriffie");
        assertThatThrownBy(() -> aanbieders.groepen(aanbieder("regio"), List.of("griffie-leiden")))
                .isInstanceOf(Aanbieders.Geweigerd.class);
    }

    @Test
    void een_regel_die_een_groep_van_een_andere_gemeente_noemt_houdt_de_start_tegen() {
        List<Map<String, String>> aanbieder = List.of(Map.of("id", "leiden", "naam", "Leiden", "gemeente", "leiden",
                "groepenclaim", "groups", "gebruikersclaim", "preferred_username"));
        List<Map<String, String>> groepen = List.of(Map.of("id", "griffie-voorschoten", "gemeente", "voorschoten"));
        assertThatThrownBy(() -> new Aanbieders(aanbieder,
                List.of(Map.of("aanbieder", "leiden", "claimwaarde", "6b0c0a52-guid", "groep", "griffie-voorschoten")), groepen))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("griffie-voorschoten");
    }

    @Test
    void de_gebruiker_heet_naar_zijn_aanbieder_zodat_leiden_geen_gebruiker_van_een_ander_kan_zijn() {
        assertThat(aanbieders.gebruikersId(aanbieder("leiden"), "J.Jansen@leiden.nl")).isEqualTo("leiden-j-jansen-leiden-nl");
        assertThat(aanbieders.gebruikersId(aanbieder("leiden"), "beheerder")).isEqualTo("leiden-beheerder");
        assertThatThrownBy(() -> aanbieders.gebruikersId(aanbieder("leiden"), " ")).isInstanceOf(Aanbieders.Geweigerd.class);
    }
}
