package org.grille.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The committee report of the sample data, opened in headless Chromium (Debian's {@code chromium}, which .ci/run
 * installs). Screenshots of every section land in {@code target/report-browser/}. Without Chromium the test is skipped
 * on a workstation and fails in CI ({@code CI=true}), so CI never passes without having looked at the page.
 */
@DisplayName("The committee report in a real browser")
class ReportBrowserTest {

    private static final Path OUT = Path.of("target/report-browser");
    private static final List<String> SECTIONS = List.of("summary", "ranking", "funding", "distribution", "fairness",
            "partnerships", "applications");
    private static DevTools browser;
    private static Path report;

    @BeforeAll
    static void openChromium() throws Exception {
        if (!Files.isExecutable(DevTools.CHROMIUM)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("Chromium is missing at " + DevTools.CHROMIUM + ": .ci/run installs Debian's chromium package");
            }
            Assumptions.abort("Chromium is not installed at " + DevTools.CHROMIUM + " (apt-get install chromium)");
        }
        Files.createDirectories(OUT);
        report = OUT.resolve("report.html");
        assertThat(grille("report", SampleCall.SAMPLES.toString(), "-o", report.toString())).isZero();
        browser = DevTools.launch();
        browser.send("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    }

    @AfterAll
    static void closeChromium() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    private static int grille(String... args) {
        return Grille.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), args);
    }

    @Test
    void opens_without_a_console_error_or_a_request_and_shows_every_application() throws Exception {
        int before = browser.events().size();
        browser.open(report.toAbsolutePath().toUri());

        List<JsonNode> events = browser.eventsSince(before);
        List<String> problems = new ArrayList<>();
        List<String> requests = new ArrayList<>();
        for (JsonNode event : events) {
            JsonNode params = event.get("params");
            switch (DevTools.method(event)) {
                case "Runtime.exceptionThrown" -> problems.add("exception: " + params.get("exceptionDetails"));
                case "Runtime.consoleAPICalled" -> {
                    String type = params.get("type").asString();
                    if (type.equals("error") || type.equals("warning") || type.equals("assert")) {
                        problems.add("console." + type + ": " + params.get("args"));
                    }
                }
                case "Log.entryAdded" -> {
                    if (List.of("error", "warning").contains(params.get("entry").get("level").asString())) {
                        problems.add("log: " + params.get("entry").get("text").asString());
                    }
                }
                case "Network.requestWillBeSent" -> requests.add(params.get("request").get("url").asString());
                default -> { }
            }
        }
        assertThat(problems).as("console errors and warnings").isEmpty();
        assertThat(requests).as("requests: the page itself and nothing else").hasSize(1)
                .allSatisfy(url -> assertThat(Path.of(java.net.URI.create(url))).isEqualTo(report.toAbsolutePath()));

        String text = browser.evaluate("document.body.innerText").asString();
        assertThat(text).contains(SampleCall.ids());
        JsonNode references = browser.evaluate("Array.from(document.querySelectorAll('[href],[src],[srcset],[action],[data],[poster]'))"
                + ".map(e => e.getAttribute('href') || e.getAttribute('src') || e.getAttribute('srcset')"
                + " || e.getAttribute('action') || e.getAttribute('data') || e.getAttribute('poster'))");
        List<String> external = new ArrayList<>();
        references.forEach(r -> {
            if (!r.asString().startsWith("#")) {
                external.add(r.asString());
            }
        });
        assertThat(external).as("references that leave the page").isEmpty();
        JsonNode broken = browser.evaluate("Array.from(document.querySelectorAll('a[href^=\"#\"]'))"
                + ".filter(a => !document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1))))"
                + ".map(a => a.getAttribute('href'))");
        assertThat(broken.size()).as("links to a missing anchor: " + broken).isZero();

        // Cards are laid out only near the screen (content-visibility: auto); lay them all out so that the boxes
        // measured for the screenshots do not move while they are taken.
        browser.evaluate("document.querySelectorAll('article.card').forEach(c => c.style.contentVisibility = 'visible');"
                + " document.body.offsetHeight");
        for (String section : SECTIONS) {
            screenshot("#" + section, OUT.resolve(section + ".png"), 2400);
        }
        screenshot("#app-1", OUT.resolve("card.png"), 2400);
    }

    @Test
    void is_usable_with_the_keyboard_from_a_skip_link() throws Exception {
        browser.open(report.toAbsolutePath().toUri());
        press("Tab", 9);
        JsonNode focused = browser.evaluate("(() => { const e = document.activeElement; const r = e.getBoundingClientRect();"
                + " return {cls: e.className, href: e.getAttribute('href'), left: r.left, top: r.top,"
                + " outline: getComputedStyle(e).outlineStyle}; })()");
        assertThat(focused.get("cls").asString()).isEqualTo("skip");
        assertThat(focused.get("href").asString()).isEqualTo("#main");
        assertThat(focused.get("left").asDouble()).as("the skip link shows when focused").isGreaterThanOrEqualTo(0);
        assertThat(focused.get("outline").asString()).isNotEqualTo("none");
        press("Enter", 13);
        assertThat(browser.evaluate("document.activeElement.id").asString()).isEqualTo("main");
        press("Tab", 9);
        assertThat(browser.evaluate("document.activeElement.tagName + ' ' + document.activeElement.getAttribute('role')").asString())
                .as("after the skip link, Tab reaches the first scrollable table region or link")
                .isIn("A null", "DIV region");
    }

    @Test
    void prints_to_pdf_with_a_page_per_section_at_least() throws Exception {
        browser.open(report.toAbsolutePath().toUri());
        JsonNode pdf = browser.send("Page.printToPDF", Map.of("printBackground", true, "preferCSSPageSize", true));
        byte[] bytes = Base64.getDecoder().decode(pdf.get("data").asString());
        Files.write(OUT.resolve("report.pdf"), bytes);
        String content = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(content).startsWith("%PDF-");
        int pages = content.split("/Type\\s*/Page[^s]", -1).length - 1;
        assertThat(pages).as("pages in the PDF").isGreaterThanOrEqualTo(SECTIONS.size());
    }

    /**
     * Laid out as printed (A4 landscape, 12 mm margins: 273 × 186 mm, 1032 × 703 CSS pixels), no application's card is
     * taller than a page, so a card prints on one page ({@code break-inside: avoid} keeps it whole); and the running
     * line printed on every page carries the date, the catalog version and the confidentiality line.
     */
    @Test
    void prints_each_card_on_one_page_under_a_running_line_with_date_version_and_confidentiality() throws Exception {
        Path dated = OUT.resolve("report-dated.html");
        assertThat(grille("report", SampleCall.SAMPLES.toString(), "--decisions", "../examples/data/decisions.csv",
                "--date", "2027-03-15", "-o", dated.toString())).isZero();
        browser.send("Emulation.setEmulatedMedia", Map.of("media", "print"));
        browser.send("Emulation.setDeviceMetricsOverride", Map.of("width", 1032, "height", 703, "deviceScaleFactor", 1, "mobile", false));
        try {
            browser.open(dated.toAbsolutePath().toUri());
            JsonNode cards = browser.evaluate("(() => { document.querySelectorAll('article.card').forEach(c => c.style.contentVisibility = 'visible');"
                    + " return Array.from(document.querySelectorAll('article.card')).map(c => [c.id, c.getBoundingClientRect().height]); })()");
            assertThat(cards.size()).isEqualTo(47);
            List<String> tooTall = new ArrayList<>();
            cards.forEach(c -> {
                if (c.get(1).asDouble() > 703) {
                    tooTall.add(c.get(0).asString() + " " + Math.round(c.get(1).asDouble()) + " px");
                }
            });
            assertThat(tooTall).as("cards taller than a printed page").isEmpty();
            String running = browser.evaluate("getComputedStyle(document.querySelector('.running')).position + ' '"
                    + " + document.querySelector('.running').textContent").asString();
            assertThat(running).startsWith("fixed ").contains("Confidentiel", "montreal-inclusive 2027.1", "15 mars 2027");
        } finally {
            browser.send("Emulation.setEmulatedMedia", Map.of("media", ""));
            browser.send("Emulation.setDeviceMetricsOverride", Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        }
    }

    @Test
    void opens_a_report_of_a_thousand_applications() throws Exception {
        Path json = SampleCall.ofSize(1000, OUT.resolve("call-1000.json"));
        Path big = OUT.resolve("report-1000.html");
        assertThat(grille("report", json.toString(), "-o", big.toString())).isZero();
        browser.open(big.toAbsolutePath().toUri());
        JsonNode timing = browser.evaluate("(() => { const n = performance.getEntriesByType('navigation')[0];"
                + " return {load: n.loadEventEnd, dom: n.domContentLoadedEventEnd, cards: document.querySelectorAll('article.card').length}; })()");
        assertThat(timing.get("cards").asInt()).isEqualTo(1000);
        System.out.printf("report of 1000 applications: %d bytes, DOMContentLoaded %.0f ms, load %.0f ms%n",
                Files.size(big), timing.get("dom").asDouble(), timing.get("load").asDouble());
    }

    private static void press(String key, int code) throws Exception {
        for (String type : List.of("keyDown", "keyUp")) {
            browser.send("Input.dispatchKeyEvent", Map.of("type", type, "key", key, "code", key,
                    "windowsVirtualKeyCode", code, "nativeVirtualKeyCode", code));
        }
    }

    /** A PNG of one element, at most {@code maxHeight} pixels tall. */
    private static void screenshot(String selector, Path file, int maxHeight) throws Exception {
        JsonNode box = browser.evaluate("(() => { const e = document.querySelector('" + selector + "'); e.scrollIntoView();"
                + " const r = e.getBoundingClientRect();"
                + " return {x: r.left + window.scrollX, y: r.top + window.scrollY, w: r.width, h: r.height}; })()");
        assertThat(box.get("h").asDouble()).as(selector + " has a height").isPositive();
        JsonNode shot = browser.send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", box.get("x").asDouble(), "y", box.get("y").asDouble(), "width", box.get("w").asDouble(),
                        "height", Math.min(maxHeight, box.get("h").asDouble()), "scale", 1)));
        Files.write(file, Base64.getDecoder().decode(shot.get("data").asString()));
    }
}
