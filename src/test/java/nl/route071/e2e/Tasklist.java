package nl.route071.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Camunda Tasklist as a griffier uses it: log in, pick a filter, open a task, claim it, fill in the
 * Camunda Form by its labels and complete it. Every form opened is saved as a screenshot to
 * {@code target/screenshots/<form id>.png}.
 */
final class Tasklist {

    static final Path SCHERMAFDRUKKEN = Path.of("target", "screenshots");
    /** Every date field reads and shows dd-mm-jjjj, whatever the browser's language (scripts/route071-tasklist.js). */
    private static final DateTimeFormatter FORMJS_DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final Dimension VENSTER = new Dimension(1400, 1000);

    private final ChromeDriver driver;
    private final String adres;
    private final WebDriverWait wacht;

    Tasklist(ChromeDriver driver, int poort) {
        this.driver = driver;
        this.adres = "http://localhost:" + poort + "/camunda/app/tasklist/default/";
        this.wacht = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    WebDriver driver() {
        return driver;
    }

    // ------------------------------------------------------------------ login and filters

    /** Opens Tasklist and waits for its login page. */
    Tasklist openInlogpagina() {
        driver.get(adres);
        try {
            wacht.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=password]")));
        }
        catch (org.openqa.selenium.TimeoutException eerste) {
            // the first page of a fresh application on a busy machine (load above 10) can take longer than the wait: once more
            driver.get(adres);
        }
        try {
            wacht.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=password]")));
        }
        catch (org.openqa.selenium.TimeoutException e) {
            String tekst = driver.findElement(By.tagName("body")).getText();
            throw new AssertionError("Geen inlogpagina op " + driver.getCurrentUrl() + ": "
                    + tekst.substring(0, Math.min(600, tekst.length())), e);
        }
        wacht.until(d -> !knop().getText().isBlank());
        return this;
    }

    /** The login inputs have no name or id: the text input, the password input, the submit button. */
    Tasklist logInAls(String gebruiker) {
        openInlogpagina();
        driver.findElement(By.cssSelector("input[type=text]")).sendKeys(gebruiker);
        driver.findElement(By.cssSelector("input[type=password]")).sendKeys("demo");
        knop().click();
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filter")));
        return this;
    }

    private WebElement knop() {
        return driver.findElement(By.cssSelector("button[type=submit]"));
    }

    /** Clicks the filter with this name in the left column and waits until its task list is loaded. */
    Tasklist kiesFilter(String naam) {
        By filter = By.xpath("//div[contains(@class,'task-filter')][.//a[contains(normalize-space(.), '" + naam + "')]]");
        wacht.until(ExpectedConditions.elementToBeClickable(filter)).findElement(By.tagName("a")).click();
        wacht.until(d -> d.findElement(filter).getAttribute("class").contains("active"));
        wachtOpTakenlijst();
        return this;
    }

    /** Logs the current user out by dropping the session cookie, so another demo user can log in. */
    Tasklist logUit() {
        driver.manage().deleteAllCookies();
        return this;
    }

    /** "Proces starten": opens the dialog, picks the process with this name and waits for its start form. */
    Tasklist openStartformulier(String proces) {
        klik(By.xpath("//a[contains(normalize-space(.), 'Proces starten')]"));
        klik(By.xpath("//div[contains(@class,'modal')]//a[normalize-space(.)='" + proces + "']"));
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal form.fjs-form")));
        return this;
    }

    private void wachtOpTakenlijst() {
        wacht.until(d -> !d.findElements(By.cssSelector("[cam-tasks] ol.tasks-list, [cam-tasks] .well, [cam-tasks] .alert-info"))
                .isEmpty() && d.findElements(By.cssSelector("[cam-tasks] .loader:not(.ng-hide)")).isEmpty());
    }

    /** The text of every task card in the list: task name, process, proposal number, title and gemeente. */
    List<String> taakkaarten() {
        wachtOpTakenlijst();
        return driver.findElements(By.cssSelector("ol.tasks-list li.task")).stream()
                .map(kaart -> kaart.getAttribute("textContent").replaceAll("\\s+", " ").trim())
                .toList();
    }

    // ------------------------------------------------------------------ a task

    /**
     * Opens the task with this name of this proposal from the current filter's list. The list may be drawn anew
     * while the card is clicked (a refresh, the sorting by due date being set): then the card is looked up again.
     */
    Tasklist openTaak(String voorstelnummer, String taaknaam) {
        for (int poging = 1; ; poging++) {
            try {
                WebElement kaart = wacht.until(d -> d.findElements(By.cssSelector("ol.tasks-list li.task")).stream()
                        .filter(k -> {
                            try {
                                String tekst = k.getAttribute("textContent");
                                return tekst.contains(voorstelnummer) && tekst.contains(taaknaam);
                            }
                            catch (org.openqa.selenium.StaleElementReferenceException e) {
                                return false; // a card of the list being drawn anew: the wait looks again
                            }
                        })
                        .findFirst().orElse(null));
                WebElement link = kaart.findElement(By.cssSelector("h4.task a"));
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", link);
                try {
                    link.click();
                }
                catch (org.openqa.selenium.ElementClickInterceptedException e) {
                    // a notification of Tasklist may lie over the list for a moment; the link is there all the same
                    ((JavascriptExecutor) driver).executeScript("arguments[0].click();", link);
                }
                return wachtOpFormulier(taaknaam);
            }
            catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (poging == 5) {
                    throw e;
                }
            }
        }
    }

    private Tasklist wachtOpFormulier(String taaknaam) {
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("section.task-card h2.task"), taaknaam));
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.fjs-form")));
        return this;
    }

    /** "Oppakken": assigns the open task to the logged-in user, who may then complete it. */
    Tasklist pakOp() {
        klik(By.cssSelector("button.claim"));
        wacht.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
        return this;
    }

    /** "Afronden": submits the form; waits until Tasklist closes the task and asks to pick the next one. */
    Tasklist rondAf() {
        try {
            wacht.until(ExpectedConditions.elementToBeClickable(afrondknop()));
            klik(afrondknop());
            wacht.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".no-task")));
        }
        catch (RuntimeException e) {
            throw new AssertionError("Completing the task failed; the page is in " + schermafdruk("MISLUKT-afronden") + ":\n" + pagina(), e);
        }
        return this;
    }

    /** Clicks the primary button (Afronden, or Starten in the start dialog) of a form left empty; the form stays. */
    Tasklist verstuurLeeg() {
        By knop = driver.findElements(By.cssSelector(".modal form.fjs-form")).isEmpty()
                ? afrondknop() : By.xpath("//div[contains(@class,'modal')]//button[normalize-space(.)='Starten']");
        wacht.until(ExpectedConditions.elementToBeClickable(knop));
        klik(knop);
        try {
            Thread.sleep(1500);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return this;
    }

    /** The message with the proposal number that stays on screen after Starten. */
    String melding() {
        return wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("route071-voorstel-gestart"))).getText();
    }

    /** Whether the open form shows a field with an error. */
    boolean heeftFouten() {
        return !driver.findElements(By.cssSelector("form.fjs-form .fjs-has-errors")).isEmpty();
    }

    /** The validation messages form-js shows under the fields. */
    List<String> foutmeldingen() {
        return driver.findElements(By.cssSelector("form.fjs-form .fjs-form-field-error li")).stream()
                .map(WebElement::getText).map(String::trim).filter(t -> !t.isEmpty()).toList();
    }

    /** Whether the keyboard focus is in the first field with an error. */
    boolean focusInEersteFout() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "var f = document.querySelector('form.fjs-form .fjs-has-errors');"
                        + "return !!f && !!document.activeElement && f.contains(document.activeElement);"));
    }

    private static By afrondknop() {
        return By.cssSelector(".form-actions button.btn-primary");
    }

    /** Visible texts of the whole page (header, filters, task list, task pane). */
    String pagina() {
        return driver.findElement(By.tagName("body")).getText();
    }

    // ------------------------------------------------------------------ the Camunda Form

    /** Types a date into the form-js date field with this label; leaving the field lets flatpickr take it. */
    Tasklist vulDatumIn(String label, LocalDate datum) {
        return typDatum(label, FORMJS_DATUM.format(datum));
    }

    /** Types this text into the date field with this label, then leaves the field (flatpickr reads it then). */
    Tasklist typDatum(String label, String tekst) {
        WebElement veld = veld(label);
        veld.click();
        veld.sendKeys(tekst);
        driver.findElement(By.cssSelector("form.fjs-form h3, form.fjs-form .fjs-form-field-label")).click();
        wacht.until(d -> !veld.getAttribute("value").isBlank());
        return this;
    }

    /** Picks this date in the date picker of the field with this label (month list and day button). */
    Tasklist kiesInKalender(String label, LocalDate datum) {
        veld(label).click();
        WebElement kalender = wacht.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flatpickr-calendar.open")));
        // to the month with the calendar's own arrows, as a user would: no year or month typed into its controls
        for (int stap = 0; stap < 60; stap++) {
            int jaar = Integer.parseInt(kalender.findElement(By.cssSelector("input.cur-year")).getAttribute("value"));
            int maand = Integer.parseInt(kalender.findElement(By.cssSelector("select.flatpickr-monthDropdown-months")).getAttribute("value"));
            int verschil = (datum.getYear() - jaar) * 12 + (datum.getMonthValue() - 1 - maand);
            if (verschil == 0) {
                break;
            }
            kalender.findElement(By.cssSelector(verschil > 0 ? ".flatpickr-next-month" : ".flatpickr-prev-month")).click();
        }
        kalender.findElements(By.cssSelector(".flatpickr-day:not(.prevMonthDay):not(.nextMonthDay)")).stream()
                .filter(dag -> dag.getText().trim().equals(String.valueOf(datum.getDayOfMonth()))).findFirst().orElseThrow().click();
        wacht.until(d -> !veld(label).getAttribute("value").isBlank());
        return this;
    }

    /** The date in words that stands beside the date field with this label ("1 maart 2026"). */
    String datumInWoorden(String label) {
        WebElement veld = veld(label);
        By woorden = By.id(veld.getAttribute("id") + "-in-woorden");
        try {
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.findElements(woorden).stream()
                    .anyMatch(w -> w.isDisplayed() && !w.getText().isBlank()));
        }
        catch (org.openqa.selenium.TimeoutException e) {
            return "(niet getoond) " + ((JavascriptExecutor) driver).executeScript(
                    "return arguments[0].closest('.fjs-form-field').outerHTML;", veld);
        }
        return driver.findElement(woorden).getText().trim();
    }

    /** Clicks the radio option with this text in the radio group with this label. */
    Tasklist kies(String groep, String optie) {
        klik(By.xpath("//div[contains(@class,'fjs-form-field-radio')][label[starts-with(normalize-space(.), '" + groep
                + "')]]//label[normalize-space(.)='" + optie + "']"));
        return this;
    }

    /** Types a time (uu:mm) into the form-js time field with this label, then leaves the field. */
    Tasklist typTijd(String label, String tijd) {
        WebElement veld = veld(label);
        veld.click();
        veld.sendKeys(tijd);
        driver.findElement(By.cssSelector("form.fjs-form h3, form.fjs-form .fjs-form-field-label")).click();
        wacht.until(d -> tijd.equals(veld.getAttribute("value")));
        return this;
    }

    /** Types into the tag list with this label and picks the offered option that contains this text. */
    Tasklist kiesInTaglijst(String label, String tekst) {
        WebElement veld = veld(label);
        veld.click();
        veld.sendKeys(tekst);
        klik(By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][contains(normalize-space(.), '" + tekst + "')]"));
        wacht.until(d -> !d.findElements(By.xpath("//div[contains(@class,'fjs-taglist-tag')][contains(normalize-space(.), '" + tekst + "')]"))
                .isEmpty());
        return this;
    }

    /** Ticks the checkbox with this label (e.g. one per row of a dynamic list); returns whether it is ticked. */
    boolean vinkAan(String label) {
        WebElement vak = veld(label);
        if (!vak.isSelected()) {
            vak.click();
        }
        return vak.isSelected();
    }

    /** The labels of the single checkboxes of the open form (e.g. one per row of a dynamic list), in order. */
    List<String> vakjes() {
        return driver.findElements(By.cssSelector("form.fjs-form .fjs-form-field-checkbox label")).stream()
                .map(l -> l.getAttribute("textContent").replaceAll("\\s+", " ").trim()).toList();
    }

    /** Types into the text field with this label. */
    Tasklist typ(String label, String tekst) {
        veld(label).sendKeys(tekst);
        return this;
    }

    /** Opens the date picker of the date field with this label; returns its month names and weekday header. */
    String kalender(String label) {
        veld(label).click();
        WebElement kalender = wacht.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flatpickr-calendar.open")));
        String tekst = kalender.findElement(By.cssSelector(".flatpickr-monthDropdown-months")).getAttribute("textContent") + " | "
                + kalender.findElement(By.cssSelector(".flatpickr-weekdays")).getText().replaceAll("\\s+", " ");
        veld(label).sendKeys(org.openqa.selenium.Keys.ESCAPE);
        return tekst;
    }

    /** The placeholder of the form field with this label. */
    String placeholder(String label) {
        return veld(label).getAttribute("placeholder");
    }

    /** Opens the select field with this label and picks the option with this text. */
    Tasklist selecteer(String label, String optie) {
        klik(By.xpath("//div[contains(@class,'fjs-form-field-select')][.//label[starts-with(normalize-space(.), '" + label
                + "')]]//div[contains(@class,'fjs-select-display')]"));
        klik(By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + optie + "']"));
        return this;
    }

    /** Opens the select field with this label and picks the first option whose text starts with this text. */
    Tasklist selecteerBeginnendMet(String label, String begin) {
        klik(By.xpath("//div[contains(@class,'fjs-form-field-select')][.//label[starts-with(normalize-space(.), '" + label
                + "')]]//div[contains(@class,'fjs-select-display')]"));
        klik(By.xpath("(//div[contains(@class,'fjs-dropdownlist-item')][starts-with(normalize-space(.), '" + begin + "')])[1]"));
        return this;
    }

    /** "Starten" in the start dialog; waits until the dialog has closed. */
    Tasklist start() {
        klik(By.xpath("//div[contains(@class,'modal')]//button[normalize-space(.)='Starten']"));
        wacht.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal form.fjs-form")));
        return this;
    }

    /** Ticks the option that starts with this text in the checklist with this label. */
    Tasklist vink(String lijst, String optie) {
        klik(By.xpath("//div[contains(@class,'fjs-form-field-checklist')][.//label[starts-with(normalize-space(.), '" + lijst
                + "')]]//label[starts-with(normalize-space(.), '" + optie + "')]//input[@type='checkbox']"));
        return this;
    }

    /** The rows of the form's table (e.g. the fracties with their weights), each as its cell texts. */
    List<List<String>> tabel() {
        return driver.findElements(By.cssSelector("form.fjs-form table tbody tr")).stream()
                .map(rij -> rij.findElements(By.tagName("td")).stream().map(WebElement::getText).map(String::trim).toList())
                .toList();
    }

    /** The current value of the form field with this label. */
    String waarde(String label) {
        return veld(label).getAttribute("value");
    }

    private WebElement veld(String label) {
        WebElement labelElement = driver.findElement(By.xpath(
                "//form[contains(@class,'fjs-form')]//label[starts-with(normalize-space(.), '" + label + "')]"));
        WebElement veld = driver.findElement(By.id(labelElement.getAttribute("for")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", veld);
        return veld;
    }

    private void klik(By wat) {
        WebElement element = wacht.until(ExpectedConditions.presenceOfElementLocated(wat));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    // ------------------------------------------------------------------ what Route071's Tasklist module reports

    /**
     * The patches of scripts/route071-tasklist.js whose target Tasklist or form-js no longer has on this page (each
     * with the version it was written for); empty when every target was found or has nothing to work on here.
     */
    List<String> ontbrekendeDoelen() {
        Object doelen = ((JavascriptExecutor) driver).executeScript(
                "return window.route071 && window.route071.doelen ? window.route071.doelen()"
                        + ".filter(function (d) { return d.gevonden === false; }).map(function (d) { return d.naam + ' (' + d.doel + ')'; })"
                        + " : ['scripts/route071-tasklist.js is niet geladen'];");
        return ((List<?>) doelen).stream().map(String::valueOf).toList();
    }

    /**
     * Every text a user sees or hears on the page: the visible text, and the accessible name (aria-label, title,
     * placeholder, alt, the text of aria-labelledby) of every element that has one, visible or not.
     */
    List<String> tekstenEnNamen() {
        Object teksten = ((JavascriptExecutor) driver).executeScript("""
                var uit = [document.body.innerText];
                document.querySelectorAll('[aria-label], [title], [placeholder], img[alt], [aria-labelledby]').forEach(function (e) {
                  ['aria-label', 'title', 'placeholder', 'alt'].forEach(function (a) {
                    var w = e.getAttribute(a); if (w) { uit.push(a + '=' + w); }
                  });
                  (e.getAttribute('aria-labelledby') || '').split(' ').forEach(function (id) {
                    var l = id && document.getElementById(id); if (l) { uit.push('labelledby=' + l.textContent.trim()); }
                  });
                });
                document.querySelectorAll('.page-notifications .alert, .notifications .alert').forEach(function (e) { uit.push('melding=' + e.textContent); });
                return uit;""");
        return ((List<?>) teksten).stream().map(String::valueOf).toList();
    }

    /** Whether Afronden (or Starten) is what lies at its own centre: no message or toast covers it. */
    boolean afrondknopVrij() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("""
                var k = document.querySelector('.form-actions button.btn-primary')
                  || Array.prototype.find.call(document.querySelectorAll('.modal-footer button.btn-primary'), function (b) { return b.offsetParent; });
                if (!k) { return false; }
                k.scrollIntoView({block: 'center'});
                var r = k.getBoundingClientRect();
                var e = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                return !!e && (e === k || k.contains(e));"""));
    }

    /** The count shown beside each filter, by the filter's name ("" when a filter shows none). */
    java.util.Map<String, String> aantallenPerFilter() {
        wacht.until(d -> d.findElements(By.cssSelector(".task-filter h4.name a")).stream()
                .allMatch(a -> !a.findElements(By.cssSelector(".counter:not(.ng-hide), .route071-aantal")).stream()
                        .filter(WebElement::isDisplayed).toList().isEmpty()));
        java.util.Map<String, String> aantallen = new java.util.LinkedHashMap<>();
        for (WebElement link : driver.findElements(By.cssSelector(".task-filter h4.name a"))) {
            String aantal = link.findElements(By.cssSelector(".counter, .route071-aantal")).stream().filter(WebElement::isDisplayed)
                    .map(WebElement::getText).filter(t -> !t.isBlank()).findFirst().orElse("");
            String naam = link.getText().replace(aantal, "").trim();
            aantallen.put(naam, aantal);
        }
        return aantallen;
    }

    /** Types this text into "Taken zoeken" and presses Enter; waits for the list. */
    Tasklist zoek(String tekst) {
        WebElement veld = wacht.until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                "[cam-widget-search] input.main-field, .search-container input[type=text], [cam-tasks] input[type=text]")));
        veld.click();
        veld.sendKeys(tekst);
        veld.sendKeys(org.openqa.selenium.Keys.ENTER);
        try {
            Thread.sleep(1500);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        wachtOpTakenlijst();
        return this;
    }

    /** The refused-date message under the date field with this label, or "" when it shows none. */
    String datumfout(String label) {
        WebElement veld = veld(label);
        List<WebElement> fout = driver.findElements(By.id(veld.getAttribute("id") + "-route071-fout"));
        return fout.isEmpty() || !fout.get(0).isDisplayed() ? "" : fout.get(0).getText().trim();
    }

    /** Types this text into a date field and leaves it, without waiting for a value (a refused text keeps none). */
    Tasklist typDatumZonderWachten(String label, String tekst) {
        WebElement veld = veld(label);
        veld.click();
        veld.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
        veld.sendKeys(tekst);
        driver.findElement(By.cssSelector("form.fjs-form h3, form.fjs-form .fjs-form-field-label")).click();
        return this;
    }

    /** Clicks Afronden and gives Tasklist a moment; the task may or may not close. */
    Tasklist klikAfronden() {
        WebElement knop = driver.findElement(afrondknop());
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", knop);
        if (knop.isEnabled()) {
            knop.click();
        }
        try {
            Thread.sleep(1500);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return this;
    }

    // ------------------------------------------------------------------ screenshots

    /**
     * Saves the page with the open form to {@code target/screenshots/<formId>.png}; the window is made as
     * tall as the form (at most 3000 px) for the shot, then restored.
     */
    Path schermafdruk(String formId) {
        JavascriptExecutor js = driver;
        Number hoogte = (Number) js.executeScript(
                "var p = document.querySelector('form.fjs-form'); var s = p; "
                        + "while (s && s.scrollHeight <= s.clientHeight) { s = s.parentElement; } "
                        + "return s ? s.scrollHeight - s.clientHeight : 0;");
        int extra = Math.min(hoogte.intValue(), 2000);
        try {
            if (extra > 0) {
                driver.manage().window().setSize(new Dimension(VENSTER.width, VENSTER.height + extra));
            }
            js.executeScript("document.activeElement && document.activeElement.blur && document.activeElement.blur();"
                    + "document.querySelectorAll('.three-cols-layout-cell.content').forEach(function (e) { e.scrollTop = 0; });");
            Files.createDirectories(SCHERMAFDRUKKEN);
            Path bestand = SCHERMAFDRUKKEN.resolve(formId + ".png");
            Files.write(bestand, driver.getScreenshotAs(OutputType.BYTES));
            return bestand;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        finally {
            driver.manage().window().setSize(VENSTER);
        }
    }
}
