package nl.route071.stukken;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.route071.Route071Test;
import nl.route071.evaluatie.Voorstelroute;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The regiocommissie's advice letter after a weighted vote, made from what the route recorded: stored as a stuk of
 * the proposal, PDF/A-2a and PDF/UA by the checks below (veraPDF is not served from the registry here, so these are
 * PDFBox checks of what both standards require), and every figure equal to the recorded vote.
 */
@Route071Test
class AdviesbriefTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    Adviesbrieven adviesbrieven;
    @Autowired
    Besluitenlijsten besluitenlijsten;
    @Autowired
    Stukken stukken;

    @AfterEach
    void klok() {
        Voorstelroute.klokTerug();
    }

    @Test
    void deAdviesbriefNaEenGewogenStemmingIsToegankelijkEnTeltAlsDeStemming() throws Exception {
        Voorstelroute route = new Voorstelroute(engine);
        String nr = route.dienIn("2020-02-03", "Regionaal warmtenet", "energie", "kaderstellend", "leiderdorp", "voorschoten");
        route.bestuurstafel(nr, "energie", "vaststellen");
        route.stemming(nr, "2020-02-20", gemeente -> gemeente.equals("leiderdorp") ? "voor" : "tegen");
        route.advies(nr, "volledig", "2020-03-01");

        Stuk brief = adviesbrieven.brief(nr).orElseThrow();
        assertThat(brief.informatieobjecttype()).isEqualTo("advies");
        assertThat(brief.formaat()).isEqualTo("application/pdf");
        assertThat(adviesbrieven.brief(nr).map(Stuk::id)).as("made once per advice").contains(brief.id());
        byte[] pdf = adviesbrieven.inhoud(brief);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            ToegankelijkePdf.controleer(document, "Advies van de regiocommissie over " + nr + " van 1 maart 2020");

            // a long name wraps in its table cell at a hyphen
            String tekst = new PDFTextStripper().getText(document).replaceAll("\\s+", " ").replace("- ", "-");
            assertThat(tekst).contains("Neem het voorstel over").contains("1 maart 2020").contains("volledig");
            long voor = 0;
            long tegen = 0;
            List<Adviesbrieven.Stem> stemmen = Adviesbrieven.stemmen(variabele(nr, "stemmen"));
            assertThat(stemmen).isNotEmpty();
            for (Adviesbrieven.Stem stem : stemmen) {
                assertThat(tekst).contains(stem.fractie()).contains(Adviesbrieven.getal(stem.gewicht()));
                voor += "voor".equals(stem.stem()) ? stem.gewicht() : 0;
                tegen += "tegen".equals(stem.stem()) ? stem.gewicht() : 0;
            }
            List<String> totalen = new ArrayList<>();
            new Adviesbrieven.Brief(nr, "", null, "", "", "", null, stemmen).totalen().forEach(t -> totalen.add(t.stem() + " " + t.gewichtTekst()));
            assertThat(tekst).contains("voor " + Adviesbrieven.getal(voor)).contains("tegen " + Adviesbrieven.getal(tegen));
            assertThat(totalen).contains("voor " + Adviesbrieven.getal(voor), "tegen " + Adviesbrieven.getal(tegen));
            assertThat(voor).as("Leiderdorp's fracties voted for").isPositive();
            assertThat(tegen).as("Voorschoten's fracties voted against").isPositive();
        }
    }

    @Test
    void eenBesluitenlijstIsOokToegankelijkEnHoortBijElkVoorstelErop() throws Exception {
        Voorstelroute route = new Voorstelroute(engine);
        String a = route.dienIn(LocalDate.now().toString(), "Fietsroute", "bereikbaarheid", "kaderstellend", "zoeterwoude");
        String b = route.dienIn(LocalDate.now().toString(), "Woonvisie", "wonen", "kaderstellend", "leiden");
        List<Stuk> lijst = besluitenlijsten.bewaar(new Besluitenlijsten.Vergadering("RC-2026-05", "Regiocommissie", LocalDate.of(2026, 5, 12), "Leiden",
                List.of(new Besluitenlijsten.Punt("3", a, "Fietsroute", "positief advies"), new Besluitenlijsten.Punt("4", b, "Woonvisie", "aangehouden"))));
        assertThat(lijst).extracting(Stuk::voorstelnummer).containsExactly(a, b);
        assertThat(lijst).extracting(Stuk::vergadering).containsOnly("RC-2026-05");
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        stukken.schrijf(lijst.get(0), Stukken.Wie.ROUTE, uit);
        try (PDDocument document = Loader.loadPDF(uit.toByteArray())) {
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl");
            assertThat(new PDFTextStripper().getText(document)).contains("positief advies").contains("aangehouden").contains("12 mei 2026");
        }
    }

    private Object variabele(String nr, String naam) {
        String instantie = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("regionaalVoorstel")
                .processInstanceBusinessKey(nr).singleResult().getId();
        HistoricVariableInstance v = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instantie).variableName(naam)
                .list().stream().filter(x -> instantie.equals(x.getActivityInstanceId())).findFirst().orElseThrow();
        return v.getValue();
    }
}
