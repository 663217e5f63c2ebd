package org.grille.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Letters of the sample call opened and printed in headless Chromium, like the report: nothing fetched, and each
 * letter prints on at most two pages with the way to a review on them. PDFs land in {@code target/letters-browser/}.
 */
@DisplayName("The letters in a real browser")
class LettersBrowserTest {

    private static final Path OUT = Path.of("target/letters-browser");
    private static DevTools browser;

    @BeforeAll
    static void openChromium() throws Exception {
        if (!Files.isExecutable(DevTools.CHROMIUM)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("Chromium is missing at " + DevTools.CHROMIUM + ": .ci/run installs Debian's chromium package");
            }
            Assumptions.abort("Chromium is not installed at " + DevTools.CHROMIUM + " (apt-get install chromium)");
        }
        Files.createDirectories(OUT);
        GrilleCliTest.Run run = GrilleCliTest.grille("letters", SampleCall.SAMPLES.toString(), "--decisions",
                Path.of("../examples/data/decisions.csv").toString(), "--date", "2027-03-15", "-o", OUT.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        browser = DevTools.launch();
    }

    @AfterAll
    static void closeChromium() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"MI-2027-040", "MI-2027-013", "MI-2027-030", "MI-2027-031"})
    void prints_on_at_most_two_pages_with_the_way_to_a_review(String id) throws Exception {
        Path letter = OUT.resolve(id + ".html");
        browser.open(letter.toAbsolutePath().toUri());
        String text = browser.evaluate("document.body.innerText").asString();
        assertThat(text).contains(id).containsAnyOf("révise cette décision", "reviewed by a staff member");
        JsonNode outside = browser.evaluate("Array.from(document.querySelectorAll('[href],[src]')).length");
        assertThat(outside.asInt()).as("references that leave the page").isZero();

        JsonNode pdf = browser.send("Page.printToPDF", Map.of("printBackground", true, "preferCSSPageSize", true));
        byte[] bytes = Base64.getDecoder().decode(pdf.get("data").asString());
        Files.write(OUT.resolve(id + ".pdf"), bytes);
        String content = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        int pages = content.split("/Type\\s*/Page[^s]", -1).length - 1;
        assertThat(pages).as("pages of the letter").isBetween(1, 2);
    }
}
