package org.grille.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grille.cli.GrilleCliTest.grille;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.grille.api.Assessment;
import org.grille.api.JsonCodec;
import org.grille.api.OpenPoints;
import org.grille.api.Scorer;
import org.grille.api.application.Application;
import org.grille.api.partnership.Suggestion;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code grille explain} names each rule by its English title in English and by its name in French; a catalog
 * without titles explains the same in French and falls back to the names in English.
 */
@DisplayName("English rule titles in explain")
class EnglishTitlesCliTest {

    private static final Path SAMPLES = Path.of("../examples/data/applications.json");
    private static final Path BUNDLED = Path.of("../rules-catalog/src/main/resources/org/grille/catalog/montrealinclusive");
    /** An application that earns points and leaves others open: contributions and open rules both name rules. */
    private static final String ID = "MI-2027-001";

    @TempDir
    Path temp;

    /** Each rule the English explanation names, as {name, title}: what it awarded and what is still open. */
    private static List<String[]> namedInEnglish() throws IOException {
        Application application;
        try (InputStream in = Files.newInputStream(SAMPLES)) {
            application = JsonCodec.standard().readBatch(in).applications().stream()
                    .filter(a -> a.id().equals(ID)).findFirst().orElseThrow();
        }
        List<String[]> named = new ArrayList<>();
        try (Scorer english = Scorer.builder().locale(Locale.ENGLISH).build()) {
            Assessment assessment = english.assess(application);
            assessment.contributions().forEach(c -> named.add(new String[] {c.rule(), c.title()}));
            for (OpenPoints criterion : english.explain(assessment).criteria()) {
                if (criterion.open() > 0) { // a criterion at its maximum lists no rule
                    criterion.rules().forEach(r -> named.add(new String[] {r.rule(), r.title()}));
                }
            }
        }
        return named;
    }

    /** A copy of the bundled catalog with every {@code @title_en} taken out. */
    private Path withoutTitles() throws IOException {
        Path copy = temp.resolve("sans-titres");
        try (Stream<Path> files = Files.walk(BUNDLED)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = copy.resolve(BUNDLED.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (file.toString().endsWith(".drl")) {
                    Files.writeString(target, Files.readString(file, StandardCharsets.UTF_8)
                            .replaceAll(" @title_en\\(\"[^\"]*\"\\)", ""), StandardCharsets.UTF_8);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return copy;
    }

    /** The output's words, one space apart: the points still open wrap at 80 columns whatever the width. */
    private static String words(String out) {
        return out.replaceAll("\\s+", " ");
    }

    /** The output without the catalog line, whose fingerprint differs between two catalogs by construction. */
    private static String withoutFingerprint(String out) {
        return out.lines().filter(l -> !l.contains("fingerprint") && !l.contains("empreinte"))
                .reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void english_explain_names_each_rule_by_its_english_title_and_french_explain_by_its_name() throws IOException {
        List<String[]> named = namedInEnglish();
        String english = words(grille("explain", SAMPLES.toString(), ID, "--lang", "en").out());
        String french = words(grille("explain", SAMPLES.toString(), ID).out());

        assertThat(named).isNotEmpty().allSatisfy(n -> {
            assertThat(n[1]).as("the bundled catalog gives %s an English title", n[0]).isNotEqualTo(n[0]);
            assertThat(english).contains(n[1]).doesNotContain(n[0]);
            assertThat(french).contains(n[0]).doesNotContain(n[1]);
        });
    }

    @Test
    void without_titles_french_explain_is_the_same_and_english_explain_shows_the_names() throws IOException {
        Path untitled = withoutTitles();
        assertThat(grille("validate", untitled.toString()).exitCode()).isZero();

        String french = grille("explain", SAMPLES.toString(), ID).out();
        String frenchUntitled = grille("explain", SAMPLES.toString(), ID, "--catalog", untitled.toString()).out();
        String englishUntitled = words(grille("explain", SAMPLES.toString(), ID, "--lang", "en", "--catalog",
                untitled.toString()).out());

        assertThat(withoutFingerprint(frenchUntitled)).isEqualTo(withoutFingerprint(french));
        assertThat(namedInEnglish()).allSatisfy(n -> assertThat(englishUntitled).contains(n[0]).doesNotContain(n[1]));
    }

    @Test
    void partners_names_each_partnership_rule_by_its_english_title_in_english_and_by_its_name_in_french()
            throws IOException {
        Map<String, String> titles;
        try (InputStream in = Files.newInputStream(SAMPLES);
             Scorer english = Scorer.builder().locale(Locale.ENGLISH).build()) {
            titles = english.partnerships().suggest(JsonCodec.standard().readBatch(in).applications()).applications().stream()
                    .flatMap(a -> a.suggestions().stream())
                    .collect(Collectors.toMap(Suggestion::rule, Suggestion::title, (a, b) -> a));
        }
        assertThat(titles).isNotEmpty().allSatisfy((name, title) -> assertThat(title).isNotEqualTo(name));

        assertThat(quoted(grille("partners", SAMPLES.toString(), "--lang", "en").out())).isNotEmpty()
                .isSubsetOf(titles.values());
        assertThat(quoted(grille("partners", SAMPLES.toString()).out())).isNotEmpty().isSubsetOf(titles.keySet());
    }

    /** What {@code partners} shows between « and » on each suggestion's second line: the rule. */
    private static List<String> quoted(String out) {
        List<String> rules = new ArrayList<>();
        Matcher rule = Pattern.compile("(?m)^      \\S+:\\d+ « (.+) »$").matcher(out);
        while (rule.find()) {
            rules.add(rule.group(1));
        }
        return rules;
    }

    /** Each {@code @title_en} and each rule name written in the bundled catalog's rule files. */
    private static List<String> written(String pattern) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(BUNDLED)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".drl"))::iterator) {
                Matcher m = Pattern.compile(pattern).matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        return found;
    }

    @Test
    void audit_names_the_rules_behind_a_gap_by_english_title_in_english_and_by_name_in_french() throws IOException {
        Pattern gapRule = Pattern.compile("(?m)^  \\S+  (.+) \\([a-z/-]+\\.drl:\\d+\\)  ");

        List<String> english = gapRule.matcher(grille("audit", SAMPLES.toString(), "--lang", "en").out()).results()
                .map(m -> m.group(1)).toList();
        List<String> french = gapRule.matcher(grille("audit", SAMPLES.toString()).out()).results()
                .map(m -> m.group(1)).toList();

        assertThat(english).isNotEmpty().isSubsetOf(written("@title_en\\(\"([^\"]*)\"\\)"));
        assertThat(french).hasSameSizeAs(english).isSubsetOf(written("(?m)^rule \"([^\"]*)\""));
    }
}
