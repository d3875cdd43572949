package nl.route071.voorstel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import nl.route071.Route071Test;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Proposal numbers when several starts ask at once, as two nodes or several Tasklist users do. */
@Route071Test
class VoorstelnummersTest {

    @Autowired
    Voorstelnummers voorstelnummers;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void de_eerste_voorstellen_van_een_nieuw_jaar_die_tegelijk_starten_krijgen_elk_een_eigen_nummer() throws Exception {
        int jaar = 2100 + ThreadLocalRandom.current().nextInt(800); // a year no other test numbers in
        int tegelijk = 4;
        CyclicBarrier start = new CyclicBarrier(tegelijk);
        TransactionTemplate startTransactie = new TransactionTemplate(transactionManager);
        ExecutorService starts = Executors.newFixedThreadPool(tegelijk);
        List<Future<String>> nummers = new ArrayList<>();
        for (int i = 0; i < tegelijk; i++) {
            nummers.add(starts.submit(() -> {
                start.await();
                return startTransactie.execute(s -> voorstelnummers.volgende(jaar));
            }));
        }
        List<String> uitgegeven = new ArrayList<>();
        for (Future<String> nummer : nummers) {
            uitgegeven.add(nummer.get());
        }
        starts.shutdown();

        assertThat(uitgegeven).containsExactlyInAnyOrder("RV-" + jaar + "-0001", "RV-" + jaar + "-0002",
                "RV-" + jaar + "-0003", "RV-" + jaar + "-0004");
    }
}
