package org.grille.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code grille allocate --sensitivity}: what a committee reads about its cut line. */
@DisplayName("The cut line of a plan")
class CutLineTest {

    private static final Path BUNDLED = Path.of("../rules-catalog/src/main/resources/org/grille/catalog/montrealinclusive");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path temp;

    @Test
    void when_nobody_fundable_is_left_out_says_the_threshold_limits_the_plan_and_what_money_is_left() throws IOException {
        GrilleCliTest.Run run = GrilleCliTest.grille("allocate", SampleCall.SAMPLES.toString(), "--sensitivity", "--lang", "en");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).doesNotContain("At the cut line: —");
        // the money left is the year table's TOTAL row, last column
        String totalLeft = lastCell(run.out(), "TOTAL");
        assertThat(run.out()).contains("At the cut line: no fundable application is left out. What limits the plan is the "
                + "fundable threshold, not the money: " + totalLeft + " is left (year 1: " + lastCell(run.out(), "    1")
                + "; year 2: " + lastCell(run.out(), "    2") + "; year 3: " + lastCell(run.out(), "    3") + ").");
        assertThat(run.out()).contains("Equal scores are ordered by the published key SHA-256(seed, id) with the seed \""
                + manifest(BUNDLED).path("allocation").path("tieBreakSeed").asString() + "\"");
    }

    @Test
    void names_both_sides_with_title_score_and_key_and_the_year_whose_budget_binds() throws Exception {
        Path catalog = GrilleCliTest.PolicyStaff.copy(temp, "small-envelope");
        ObjectNode manifest = (ObjectNode) manifest(catalog);
        long perYear = manifest.path("envelope").path("perYear").get(0).asLong() / 2;
        ArrayNode years = JSON.createArrayNode().add(perYear).add(perYear).add(perYear);
        ((ObjectNode) manifest.path("envelope")).set("perYear", years);
        ((ObjectNode) manifest.path("envelope")).put("total", perYear * 3);
        Files.writeString(catalog.resolve("manifest.json"), JSON.writeValueAsString(manifest), StandardCharsets.UTF_8);

        GrilleCliTest.Run run = GrilleCliTest.grille("allocate", SampleCall.SAMPLES.toString(), "--sensitivity",
                "--catalog", catalog.toString(), "--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String out = run.out();
        Matcher limit = Pattern.compile("What limits the plan: program year (\\d), with (\\S+) left of (\\S+); (\\S+), the first "
                + "application left out, asks (\\S+) of it\\.").matcher(out);
        assertThat(limit.find()).as(out).isTrue();
        // the year named is one the year table shows with that much left, of the envelope the manifest gives it
        assertThat(lastCell(out, "    " + limit.group(1))).isEqualTo(limit.group(2));
        assertThat(limit.group(3)).isEqualTo(AllocateCommand.money(perYear, new Text(java.util.Locale.CANADA)));
        // both sides of the line are named with their title, score and key
        String cutLine = out.substring(out.indexOf("At the cut line"), limit.start());
        JsonNode leftOut = application(limit.group(4));
        assertThat(cutLine).contains(limit.group(4), leftOut.path("project").path("title").asString().split(" ")[0],
                "left out", "funded", "Tie-break key");
        assertThat(cutLine).containsPattern(Pattern.quote(limit.group(4)) + ".*\\s\\d{1,3}\\s+left out\\s+[0-9a-f]{12}");
        assertThat(out).contains("with the seed \"" + manifest.path("allocation").path("tieBreakSeed").asString() + "\"");
    }

    /** The last cell of the first line that starts with {@code start}. */
    private static String lastCell(String out, String start) {
        String line = out.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow();
        return line.substring(line.lastIndexOf("  ")).strip();
    }

    private static JsonNode application(String id) throws IOException {
        for (JsonNode application : JSON.readTree(Files.readString(SampleCall.SAMPLES))) {
            if (application.path("id").asString().equals(id)) {
                return application;
            }
        }
        throw new AssertionError("no sample " + id);
    }

    private static JsonNode manifest(Path catalog) throws IOException {
        return JSON.readTree(Files.readString(catalog.resolve("manifest.json"), StandardCharsets.UTF_8));
    }
}
