package nl.route071.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The raad calendar pages in the browser: the griffie of Leiden adds a meeting with the page's own form, the pages
 * are Dutch and axe-core finds no critical or serious WCAG 2.1 AA violation; a griffie of another gemeente sees the
 * calendar without the forms.
 */
@BrowserTest
class RaadskalenderInDeBrowserTest extends InDeBrowser {

    @Test
    void de_griffier_van_leiden_voegt_een_raadsvergadering_toe_op_de_toegankelijke_pagina() {
        WebDriver driver = tasklist.driver();
        String basis = "http://localhost:" + poort;
        logIn("griffier-leiden").kiesFilter("Taken van mijn groep");

        driver.get(basis + "/raadskalender");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Raadskalenders");
        Axe.geenErnstigeOvertredingen(driver, "/raadskalender");
        driver.findElement(By.linkText("Raadskalender Leiden")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().endsWith("/raadskalender/leiden"));
        Axe.geenErnstigeOvertredingen(driver, "/raadskalender/leiden");

        // the date as the browser's date picker sets it (its typed form depends on the browser's locale)
        ((JavascriptExecutor) driver).executeScript("document.getElementById('datum').value = '2032-03-10'");
        driver.findElement(By.id("omschrijving")).clear();
        driver.findElement(By.id("omschrijving")).sendKeys("Raadsvergadering (begroting)");
        driver.findElement(By.cssSelector("#toevoegen button[type=submit]")).click();

        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElements(By.id("gelukt")).size() == 1);
        assertThat(driver.findElement(By.id("gelukt")).getText()).isEqualTo("De raadsvergadering van 10 maart 2032 staat in de kalender.");
        assertThat(driver.findElement(By.id("vergadering-2032-03-10")).getText()).contains("woensdag 10 maart 2032", "20:00",
                "Raadsvergadering (begroting)", "gaat door");
        Axe.geenErnstigeOvertredingen(driver, "/raadskalender/leiden na toevoegen");

        tasklist.logUit();
        logIn("griffier-voorschoten");
        driver.get(basis + "/raadskalender/leiden");
        assertThat(driver.findElements(By.id("toevoegen"))).as("no form for another gemeente's griffie").isEmpty();
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Alleen de griffie van Leiden voegt vergaderingen toe");
    }

    /** Logs in; the first page of a fresh application on a busy machine can take longer than the page object waits. */
    private Tasklist logIn(String gebruiker) {
        try {
            return tasklist.logInAls(gebruiker);
        }
        catch (AssertionError | org.openqa.selenium.TimeoutException e) {
            return tasklist.logInAls(gebruiker);
        }
    }
}
