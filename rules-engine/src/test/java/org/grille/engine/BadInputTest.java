package org.grille.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.grille.api.ApplicationBatch;
import org.grille.api.BatchResult;
import org.grille.api.FieldViolation;
import org.grille.api.InvalidApplicationException;
import org.grille.api.JsonCodec;
import org.grille.api.Rejection;
import org.grille.api.Scorer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input gets an answer that names where (JSON path, and line for text) and what is expected,
 * in French and in English, and the good applications of the same batch are still scored.
 */
class BadInputTest {

    private static final Scorer FRENCH = Scorer.builder().catalogDirectory(TestCatalogs.source("mini")).build();
    private static final Scorer ENGLISH = Scorer.builder().catalogDirectory(TestCatalogs.source("mini")).locale(Locale.ENGLISH).build();

    private static String valid(String id) {
        return JsonCodec.standard().writeApplication(Applications.valid(id));
    }

    /** A batch of the bad entry between two good ones, or the bad text alone when it breaks the whole input. */
    private static String batchAround(String bad) {
        return "[" + valid("GOOD-1") + ",\n" + bad + ",\n" + valid("GOOD-2") + "]";
    }

    static List<Arguments> badEntries() {
        String v = valid("BAD");
        return List.of(
                Arguments.of("unknown field", v.replace("\"yearsActive\"", "\"anneesActives\""), "$[1].organization.anneesActives", "Champ inconnu", "Unknown field"),
                Arguments.of("wrong type", v.replace("\"yearsActive\" : 5", "\"yearsActive\" : true"), "$[1].organization.yearsActive", "nombre entier", "whole number"),
                Arguments.of("number written as text", v.replace("\"totalCost\" : 120000", "\"totalCost\" : \"120000\""), "$[1].budget.totalCost", "attendu", "expected"),
                Arguments.of("decimal for a whole number", v.replace("\"yearsActive\" : 5", "\"yearsActive\" : 5.5"), "$[1].organization.yearsActive", "attendu", "expected"),
                Arguments.of("unknown enum value", v.replace("\"NON_PROFIT\"", "\"OBNL\""), "$[1].organization.legalForm", "Valeurs possibles", "Possible values"),
                Arguments.of("an objective the catalog does not declare", v.replace("\"HIRING_BARRIERS\"", "\"EMPLOI\""),
                        "$.project.primaryObjective", "Objectifs possibles", "Possible objectives"),
                Arguments.of("invalid date", v.replace("\"2027-05-01\"", "\"01/05/2027\""), "$[1].project.start", "date", "date"),
                Arguments.of("missing required field", v.replace("\"name\" : \"Organisme d'essai\",", ""), "$.organization.name", "obligatoire", "Required"),
                Arguments.of("negative amount", v.replace("\"annualRevenue\" : 200000", "\"annualRevenue\" : -5"), "$.organization.annualRevenue", "négatif", "negative"),
                Arguments.of("absurd amount", v.replace("\"totalCost\" : 120000", "\"totalCost\" : 9000000000"), "$.budget.totalCost", "invraisemblable", "Implausible"),
                Arguments.of("requested above total cost", v.replace("\"totalCost\" : 120000", "\"totalCost\" : 60000"), "$.budget.requestedPerYear", "dépasse le coût total", "more than the project"),
                Arguments.of("end before start", v.replace("\"2029-04-30\"", "\"2027-01-01\""), "$.project.end", "précède", "comes before"),
                Arguments.of("project longer than the program", v.replace("\"2029-04-30\"", "\"2031-04-30\""), "$.project.end", "au plus 36 mois", "at most 36 months"),
                Arguments.of("more requested years than the program", v.replace("[ 40000, 40000 ]", "[ 10000, 10000, 10000, 10000 ]"), "$.budget.requestedPerYear", "1 à 3", "1 to 3"),
                Arguments.of("board residents above members", v.replace("\"montrealResidents\" : 4", "\"montrealResidents\" : 9"), "$.organization.board.montrealResidents", "membres", "members"),
                Arguments.of("malformed enterprise number", v.replace("\"1234567890\"", "\"12-34\""), "$.organization.registryNumber", "10 chiffres", "10 digits"),
                Arguments.of("entry that is not an object", "\"une demande\"", "$[1]", "objet JSON", "JSON object"),
                Arguments.of("duplicate id", valid("GOOD-1"), "$[1].id", "déjà utilisé", "already used"));
    }

    private static Rejection onlyRejection(Scorer scorer, String json) {
        JsonCodec codec = JsonCodec.standard(scorer == FRENCH ? Locale.CANADA_FRENCH : Locale.ENGLISH);
        ApplicationBatch batch = codec.readBatch(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        BatchResult result = scorer.assessAll(batch);
        assertThat(result.assessments()).extracting(a -> a.applicationId()).containsExactly("GOOD-1", "GOOD-2");
        assertThat(result.rejections()).hasSize(1);
        return result.rejections().get(0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badEntries")
    void a_bad_entry_is_rejected_with_its_path_and_the_rest_of_the_batch_is_scored(String kind, String bad, String path,
                                                                                   String french, String english) {
        Rejection fr = onlyRejection(FRENCH, batchAround(bad));
        Rejection en = onlyRejection(ENGLISH, batchAround(bad));

        assertThat(fr.index()).isEqualTo(1);
        assertThat(fr.violations()).anySatisfy(v -> {
            assertThat(v.path()).isEqualTo(path);
            assertThat(v.message()).contains(french);
        });
        assertThat(en.violations()).anySatisfy(v -> assertThat(v.message()).contains(english));
    }

    static List<Arguments> unusableInputs() {
        List<Arguments> inputs = new ArrayList<>();
        inputs.add(Arguments.of("malformed JSON", "[\n" + valid("A") + ",\n{ \"id\" ]", "mal formé"));
        inputs.add(Arguments.of("not UTF-8", "[{\"id\": \"caf\u00e9\"}] \u00e9", "UTF-8"));
        inputs.add(Arguments.of("empty batch", "[ ]", "aucune demande"));
        inputs.add(Arguments.of("not a batch", "42", "pas un lot"));
        inputs.add(Arguments.of("empty input", "", "aucune demande"));
        inputs.add(Arguments.of("text after the batch", "[" + valid("A") + "] []", "suit la fin du lot"));
        return inputs;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unusableInputs")
    void an_unusable_input_is_refused_as_a_whole_with_where_and_what(String kind, String input, String expected) {
        byte[] bytes = input.getBytes(kind.equals("not UTF-8") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        for (boolean streaming : new boolean[] {false, true}) {
            try {
                if (streaming) {
                    JsonCodec.standard().readEach(new ByteArrayInputStream(bytes), new org.grille.api.BatchHandler() {
                        @Override
                        public void application(int index, org.grille.api.application.Application application) {
                        }

                        @Override
                        public void rejection(Rejection rejection) {
                        }
                    });
                } else {
                    JsonCodec.standard().readBatch(new ByteArrayInputStream(bytes));
                }
                throw new AssertionError(kind + " was accepted");
            } catch (InvalidApplicationException e) {
                FieldViolation violation = e.violations().get(0);
                assertThat(violation.path()).startsWith("$");
                assertThat(violation.message()).as(kind).contains(expected);
                if (kind.equals("malformed JSON")) {
                    assertThat(violation.line()).isEqualTo((int) valid("A").lines().count() + 2);
                    assertThat(violation.column()).isPositive();
                }
            }
        }
    }
}
