package nl.route071.stukken;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.route071.instellingen.Stukkeninstellingen;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload above {@code route071.stukken.max-mb} is refused by the servlet container while it is read, before any
 * controller runs (and so before anything is stored): a Dutch 413. The only multipart uploads of the application are
 * those of the stukken page.
 */
@ControllerAdvice
class Uploadgrens {

    private final Stukkeninstellingen instellingen;

    Uploadgrens(Stukkeninstellingen instellingen) {
        this.instellingen = instellingen;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String teGroot(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(413);
        model.addAttribute("status", 413);
        model.addAttribute("melding", "Het bestand is te groot: ten hoogste " + instellingen.maxMb() + " MB.");
        return "stukken-fout";
    }
}
