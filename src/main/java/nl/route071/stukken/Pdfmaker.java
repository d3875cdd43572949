package nl.route071.stukken;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.core.io.ClassPathResource;

/**
 * Route071's generated documents as PDF/A-2a and PDF/UA (accessible: tagged, with language and title), with
 * openhtmltopdf from XHTML. The font (DejaVu Sans, in {@code stukken/lettertype/}, with its licence) is embedded, as
 * PDF/A requires; the output intent is the sRGB profile of the Java runtime. The XHTML must carry
 * {@code <html lang="nl">} and a {@code <title>}: they become the document's language and title.
 */
final class Pdfmaker {

    static final String LETTER = "DejaVu Sans";

    private Pdfmaker() {
    }

    static byte[] pdf(String xhtml) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_A);
            builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
            builder.useFont(() -> lees("stukken/lettertype/DejaVuSans.ttf"), LETTER, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> lees("stukken/lettertype/DejaVuSans-Bold.ttf"), LETTER, 700, FontStyle.NORMAL, true);
            builder.withProducer("Route071");
            builder.withHtmlContent(xhtml, null);
            builder.toStream(uit);
            builder.run();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toByteArray();
    }

    private static java.io.InputStream lees(String pad) {
        try {
            return new ClassPathResource(pad).getInputStream();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
