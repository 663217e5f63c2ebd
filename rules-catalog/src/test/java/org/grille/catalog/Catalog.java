package org.grille.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grille.api.Assessment;
import org.grille.api.Contribution;
import org.grille.api.Scorer;
import org.grille.engine.catalog.BundledCatalog;
import org.grille.engine.catalog.Manifest;
import org.grille.engine.messages.Messages;

/** The bundled catalog's scorer, built once for the whole test run (it is immutable and thread-safe). */
final class Catalog {

    static final Scorer SCORER = Scorer.builder().build();
    /** The manifest of the catalog under test: tests read its maxima and thresholds rather than repeat them. */
    static final Manifest MANIFEST = BundledCatalog.compiled(Catalog.class.getClassLoader(),
            new Messages(Locale.CANADA_FRENCH)).manifest();

    private static final String ROOT = "/org/grille/catalog/montrealinclusive/";
    private static final Pattern RULE = Pattern.compile("(?m)^rule \"([^\"]+)\"");

    private Catalog() {
    }

    static Assessment assess(ApplicationFixture fixture) {
        return SCORER.assess(fixture.build());
    }

    /** The rules that awarded points, in catalog order. */
    static List<String> fired(ApplicationFixture fixture) {
        return assess(fixture).contributions().stream().map(Contribution::rule).toList();
    }

    /** The contribution of the named rule; fails the test, listing what fired, when the rule did not fire. */
    static Contribution award(ApplicationFixture fixture, String rule) {
        Assessment assessment = assess(fixture);
        return assessment.contributions().stream()
                .filter(c -> c.rule().equals(rule))
                .findFirst()
                .orElseThrow(() -> new AssertionError("\"" + rule + "\" did not fire; fired: " + assessment.firedRules()));
    }

    /** The names of the rules a file of the bundled catalog declares ({@code objectives/x.drl}), in file order. */
    static List<String> ruleNames(String file) {
        try (InputStream in = Catalog.class.getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IllegalArgumentException("No catalog file " + file);
            }
            Matcher rule = RULE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            List<String> names = new ArrayList<>();
            while (rule.find()) {
                names.add(rule.group(1));
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
