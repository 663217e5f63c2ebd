package org.grille.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What policy staff read, word for word: each broken catalog and each broken application file, with the exact output
 * of {@code grille} in French and in English, kept under {@code src/test/resources/golden}. A change to any message
 * shows in review as a change to these files. To accept a deliberate change, run the test with
 * {@code -Dgolden.update=true} and review the diff. The runs are at {@code --width 1000}: the words are checked here,
 * whatever the length of the temporary folder's path; the layout at a width is {@link OutputWidthTest}'s.
 */
@DisplayName("Messages, word for word")
class GoldenMessagesTest {

    private static final Path BUNDLED = Path.of("../rules-catalog/src/main/resources/org/grille/catalog/montrealinclusive");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    /** One edit of a catalog file: the first occurrence of {@code from} becomes {@code to}. */
    record Edit(String file, String from, String to) {
    }

    static Stream<Arguments> catalogs() {
        return Stream.of(
                Arguments.of("catalog-misspelled-field", List.of(new Edit("eligibility.drl",
                        "Organization( inGoodStanding == false )", "Organization( inGoodStandng == false )"))),
                Arguments.of("catalog-no-metadata-and-misspelled-field", List.of(new Edit("eligibility.drl",
                        "    @gate(GOOD_STANDING) @reason(\"gate.goodStanding\")"
                                + " @title_en(\"Ineligible: the organization's registration is not in good standing\")\n", ""),
                        new Edit("eligibility.drl", "Organization( inGoodStanding == false )",
                                "Organization( inGoodStandng == false )"))),
                Arguments.of("catalog-syntax", List.of(new Edit("eligibility.drl",
                        "Organization( inGoodStanding == false )", "Organization( inGoodStanding == false"))),
                Arguments.of("catalog-typographic-quotes", List.of(new Edit("eligibility.drl",
                        "rule \"Inadmissible : l'immatriculation de l'organisme n'est pas en règle\"",
                        "rule \u201CInadmissible : l'immatriculation de l'organisme n'est pas en règle\u201D"))),
                Arguments.of("catalog-apostrophe-in-single-quotes", List.of(new Edit("eligibility.drl",
                        "rule \"Inadmissible : l'immatriculation de l'organisme n'est pas en règle\"",
                        "rule 'Inadmissible : l'immatriculation de l'organisme n'est pas en règle'"))),
                Arguments.of("catalog-missing-end-and-misspelled-field", List.of(new Edit("eligibility.drl",
                        "    Organization( inGoodStanding == false )\nthen\nend\n", "    Organization( inGoodStanding == false )\nthen\n"),
                        new Edit("quality.drl", "Project( documentsNeed == true )", "Project( documentsNeeds == true )"))),
                Arguments.of("catalog-unknown-enum-value", List.of(new Edit("eligibility.drl",
                        "LegalForm.NON_PROFIT_COOPERATIVE", "LegalForm.NONPROFIT_COOPERATIVE"))),
                Arguments.of("catalog-unknown-criterion-and-reason", List.of(new Edit("quality.drl",
                        "@criterion(PARTNERSHIPS) @points(6) @reason(\"quality.partners.signed\")",
                        "@criterion(PARTNERSHIP) @points(6) @reason(\"quality.partner.signed\")"))),
                Arguments.of("catalog-protected-attribute", List.of(new Edit("eligibility.drl",
                        "Organization( inGoodStanding == false )", "Organization( inGoodStanding == false, leadership.gender == Gender.WOMAN )"))),
                Arguments.of("catalog-outside-the-grammar", List.of(new Edit("eligibility.drl",
                        "Organization( inGoodStanding == false )", "Organization( inGoodStanding == false )\n    eval( Math.random() > 0.5 )"),
                        new Edit("quality.drl", "exists Partner( commitment == Commitment.SIGNED_AGREEMENT )\nthen\n",
                                "exists Partner( commitment == Commitment.SIGNED_AGREEMENT )\nthen\n    System.exit(1);\n"))),
                Arguments.of("catalog-wrong-types", List.of(new Edit("eligibility.drl",
                        "Organization( inGoodStanding == false )", "Organization( inGoodStanding == false, yearsActive == \"cinq\" )"),
                        new Edit("quality.drl", "Project( documentsNeed == true )", "Project( documentsNeed == true, start < \"2027-01-01\" )"))),
                Arguments.of("scenario-unknown-expectation-and-key", List.of(new Edit("scenarios/scenarios-partenariats.json",
                        "\"notSuggested\": [\"Chevauchement", "\"pasSuggere\": [\"Chevauchement"), new Edit("scenarios/scenarios-partenariats.json",
                        "\"partner\": { \"base\": \"base-employeurs.json\" },\n      \"expect\": {\n        \"suggested\": [\"Complémentarité : l'un forme des chercheurs d'emploi, l'autre rencontre des employeurs dans un arrondissement voisin",
                        "\"partenaire\": { \"base\": \"base-employeurs.json\" },\n      \"expect\": {\n        \"suggested\": [\"Complémentarité : l'un forme des chercheurs d'emploi, l'autre rencontre des employeurs dans un arrondissement voisin"))),
                Arguments.of("catalog-empty-english-title", List.of(new Edit("eligibility.drl",
                        "@title_en(\"Ineligible: the organization's registration is not in good standing\")", "@title_en(\"\")"))),
                Arguments.of("catalog-free-text", List.of(new Edit("eligibility.drl",
                        "Organization( inGoodStanding == false )", "Organization( inGoodStanding == false )\n    Project( title == \"Ateliers\" )"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogs")
    void validate_prints_exactly_the_golden_text(String name, List<Edit> edits, @TempDir Path temp) throws IOException {
        Path catalog = copy(temp.resolve("catalogue"));
        for (Edit edit : edits) {
            Path file = catalog.resolve(edit.file());
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(text).as(name).contains(edit.from());
            Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(edit.from()),
                    java.util.regex.Matcher.quoteReplacement(edit.to())), StandardCharsets.UTF_8);
        }
        for (String language : List.of("fr", "en")) {
            String output = run(catalog, "validate", catalog.toString(), "--lang", language);
            compare(name + "." + language + ".txt", output);
        }
    }

    static Stream<Arguments> applicationFiles() throws IOException {
        String strong = Files.readString(Path.of("../rules-catalog/src/test/resources/strong-application.json"),
                StandardCharsets.UTF_8);
        return Stream.of(
                Arguments.of("json-negative-cost-found-after-reading",
                        "[" + strong + ",\n" + strong.replace("\"id\": \"", "\"id\": \"B-").replaceFirst("\"totalCost\": \\d+", "\"totalCost\": -5") + "]"),
                Arguments.of("json-trailing-comma", "[{\"id\": \"A-1\", \"language\": \"FRENCH\",}]"),
                Arguments.of("json-malformed", "[{\"id\": \"A-1\", \"language\": \"FRENCH\""),
                Arguments.of("json-unknown-field-and-wrong-type", "[{\"id\": \"A-1\", \"langue\": \"FRENCH\", \"organization\": {\"yearsActive\": \"5\"}}]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applicationFiles")
    void score_prints_exactly_the_golden_text(String name, String json, @TempDir Path temp) throws IOException {
        Path file = temp.resolve("demandes.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        for (String language : List.of("fr", "en")) {
            String output = run(temp, "score", file.toString(), "--lang", language);
            compare(name + "." + language + ".txt", output);
        }
    }

    static Stream<Arguments> reviewFiles() {
        String header = "applicationId,reviewer,criterion,score,comment\n";
        return Stream.of(
                Arguments.of("reviews-bad-rows", "reviews.csv", header
                        + "MI-TEST-001,R1,IMPACT_DESIGN,8,\"Clair, mesurable\"\n"
                        + "MI-TEST-001,R2,IMPACT_DESIGN,huit,\n"
                        + "MI-TEST-001,R2,BUDGET_REALISM,5,\n"
                        + "MI-TEST-001,R2,PARTNERSHIPS,11,\n"
                        + "MI-TEST-001,R2,PARTNERSHIPS,4,un, deux\n"
                        + "MI-TEST-001,R1,IMPACT_DESIGN,6,\n"),
                Arguments.of("reviews-bad-header", "reviews.csv", "application,reviewer,criterion,score\nMI-TEST-001,R1,IMPACT_DESIGN,8\n"),
                Arguments.of("reviews-json-bad-entry", "reviews.json",
                        "[\n  {\"applicationId\": \"MI-TEST-001\", \"reviewer\": \"R1\", \"criterion\": \"IMPACT_DESIGN\", \"score\": 7},\n"
                        + "  {\"applicationId\": \"MI-TEST-001\", \"reviewer\": \"R2\", \"criterion\": \"IMPACT_DESIGN\", \"score\": \"7\", \"note\": 1}\n]\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reviewFiles")
    void score_with_reviews_prints_exactly_the_golden_text(String name, String fileName, String reviews, @TempDir Path temp)
            throws IOException {
        String strong = Files.readString(Path.of("../rules-catalog/src/test/resources/strong-application.json"),
                StandardCharsets.UTF_8);
        Path applications = temp.resolve("demandes.json");
        Files.writeString(applications, "[" + strong.replaceFirst("\"id\": \"[^\"]*\"", "\"id\": \"MI-TEST-001\"") + "]",
                StandardCharsets.UTF_8);
        Path file = temp.resolve(fileName);
        Files.writeString(file, reviews, StandardCharsets.UTF_8);
        for (String language : List.of("fr", "en")) {
            String output = run(temp, "score", applications.toString(), "--reviews", file.toString(), "--lang", language);
            compare(name + "." + language + ".txt", output);
        }
    }

    @Test
    void conflicts_of_the_sample_reviewers_print_exactly_the_golden_text(@TempDir Path temp) throws IOException {
        for (String language : List.of("fr", "en")) {
            String output = run(temp, "conflicts", "../examples/data/applications.json", "--reviewers",
                    "../examples/data/reviewers.json", "--lang", language);
            compare("conflicts-sample." + language + ".txt", output);
        }
    }

    /** Standard output then standard error, with the temporary folder written as DIR so the text is the same anywhere. */
    private static String run(Path temporary, String... command) {
        String[] args = java.util.stream.Stream.concat(Stream.of(command), Stream.of("--width", "1000")).toArray(String[]::new);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Grille.run(new PrintWriter(out), new PrintWriter(err), args);
        String text = "$ grille " + String.join(" ", args) + "\n" + out + (err.toString().isEmpty() ? "" : "--- stderr\n" + err)
                + "--- exit " + code + "\n";
        // the bundled catalog's fingerprint changes with any edit of its files: not part of the message
        return text.replace(temporary.toAbsolutePath().toString(), "DIR").replace(temporary.toString(), "DIR")
                .replaceAll("\\([0-9a-f]{12}\\)", "(FINGERPRINT)");
    }

    private static void compare(String golden, String actual) throws IOException {
        Path file = GOLDEN.resolve(golden);
        if (UPDATE || !Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            assertThat(UPDATE).as("%s was missing: written now, review it and commit it", file).isTrue();
        }
        assertThat(actual).as(golden).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static Path copy(Path target) throws IOException {
        try (Stream<Path> files = Files.walk(BUNDLED)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path destination = target.resolve(BUNDLED.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(source, destination);
                }
            }
        }
        return target;
    }
}
