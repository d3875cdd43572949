package nl.route071.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.route071.Route071Test;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@Route071Test
class IdentityInitializerTest {

    @Autowired
    IdentityService identityService;
    @Autowired
    IdentityInitializer initializer;

    @Test
    void every_role_and_gemeente_has_its_group() {
        List<String> groepen = identityService.createGroupQuery().list().stream().map(Group::getId).toList();

        assertThat(groepen).contains("regiogriffie", "stuurgroep", "procesbeheer", "camunda-admin", "uitvoering-servicepunt71",
                "griffie-leiden", "griffie-leiderdorp", "griffie-oegstgeest", "griffie-voorschoten", "griffie-zoeterwoude",
                "college-leiden", "uitvoering-zoeterwoude", "werkgroep-wonen", "bestuurstafel-sociaal-domein");
        assertThat(identityService.createGroupQuery().groupId("griffie-leiden").singleResult().getName()).isEqualTo("Griffie Leiden");
    }

    @Test
    void the_demo_griffier_of_leiden_logs_in_with_demo_and_belongs_to_griffie_leiden_only() {
        assertThat(identityService.checkPassword("griffier-leiden", "demo")).isTrue();
        assertThat(identityService.createGroupQuery().groupMember("griffier-leiden").list())
                .extracting(Group::getId).containsExactly("griffie-leiden");
    }

    @Test
    void een_maatschappelijk_lid_is_een_rol_en_zit_aan_zijn_bestuurstafel() {
        assertThat(identityService.createGroupQuery().groupId("maatschappelijke-leden").singleResult().getName())
                .isEqualTo("Maatschappelijke leden van de bestuurstafels");
        assertThat(identityService.createGroupQuery().groupMember("maatschappelijk-wonen").list())
                .extracting(Group::getId).containsExactlyInAnyOrder("bestuurstafel-wonen", "maatschappelijke-leden");
    }

    @Test
    void elke_burgemeester_heeft_een_eigen_groep_en_demogebruiker() {
        assertThat(identityService.createGroupQuery().groupId("burgemeester-leiden").singleResult().getName())
                .isEqualTo("Burgemeester Leiden");
        assertThat(identityService.createGroupQuery().groupMember("burgemeester-zoeterwoude").list())
                .extracting(Group::getId).containsExactly("burgemeester-zoeterwoude");
    }

    @Test
    void starting_again_creates_nothing_twice() {
        long groepen = identityService.createGroupQuery().count();
        long gebruikers = identityService.createUserQuery().count();

        initializer.initialize();

        assertThat(identityService.createGroupQuery().count()).isEqualTo(groepen);
        assertThat(identityService.createUserQuery().count()).isEqualTo(gebruikers);
    }
}
