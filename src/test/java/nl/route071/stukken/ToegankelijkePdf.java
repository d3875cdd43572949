package nl.route071.stukken;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * What PDF/A-2a and PDF/UA-1 require of a generated document, checked with PDFBox (veraPDF is not served from the
 * registry used here): the advice letter ({@code AdviesbriefTest}) and the meeting's besluitenlijst
 * ({@code VergaderingProcessTest}).
 */
public final class ToegankelijkePdf {

    private ToegankelijkePdf() {
    }

    /** PDF/A-2a and PDF/UA-1 identification and requirements, and the document's title. */
    public static void controleer(PDDocument document, String titel) throws IOException {
        PDDocumentCatalog catalogus = document.getDocumentCatalog();
        String xmp = new String(catalogus.getMetadata().toByteArray(), StandardCharsets.UTF_8);
        // PDF/A-2a: identification in the XMP, an output intent with an ICC profile, every font embedded
        assertThat(xmp).containsPattern("pdfaid:part(=\"|>)2").containsPattern("pdfaid:conformance(=\"|>)A");
        assertThat(catalogus.getOutputIntents()).isNotEmpty();
        assertThat(catalogus.getOutputIntents().get(0).getDestOutputIntent()).isNotNull();
        for (PDPage pagina : document.getPages()) {
            PDResources bronnen = pagina.getResources();
            for (COSName naam : bronnen.getFontNames()) {
                PDFont letter = bronnen.getFont(naam);
                assertThat(letter.isEmbedded()).as("font %s embedded", letter.getName()).isTrue();
            }
        }
        // PDF/UA-1: identification, tagged (structure tree, MarkInfo), the language, the title shown as the window title
        assertThat(xmp).containsPattern("pdfuaid:part(=\"|>)1");
        assertThat(catalogus.getStructureTreeRoot()).isNotNull();
        assertThat(catalogus.getStructureTreeRoot().getKids()).isNotEmpty();
        assertThat(catalogus.getMarkInfo()).isNotNull();
        assertThat(catalogus.getMarkInfo().isMarked()).isTrue();
        assertThat(catalogus.getLanguage()).isEqualTo("nl");
        assertThat(document.getDocumentInformation().getTitle()).isEqualTo(titel);
        assertThat(xmp).contains(titel);
        assertThat(catalogus.getViewerPreferences().displayDocTitle()).isTrue();
    }
}
