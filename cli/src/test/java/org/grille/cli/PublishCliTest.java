package org.grille.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grille.cli.GrilleCliTest.grille;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.grille.cli.GrilleCliTest.Run;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

@DisplayName("grille publish --format 360giving")
class PublishCliTest {

    private static final Path MANIFEST = Path.of("../rules-catalog/src/main/resources/org/grille/catalog/montrealinclusive/manifest.json");
    /** Where the standard's schemas say they live; the test maps it to its copies in src/test/resources/threesixtygiving. */
    private static final String SCHEMA_HOME = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.2/schema/";
    private static final Path GRANT_SCHEMA = Path.of("src/test/resources/threesixtygiving/360-giving-schema.json");
    private static final String AWARD_DATE = "2027-03-15";
    private static final String FUNDER_ID = "CA-QC_QBC-8800000000";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Run publish(Path input, Path... outputs) {
        List<String> args = new ArrayList<>(List.of("publish", input.toString(), "--format", "360giving",
                "--award-date", AWARD_DATE, "--prefix", "360G-montreal", "--funder-id", FUNDER_ID));
        for (Path output : outputs) {
            args.add("-o");
            args.add(output.toString());
        }
        return grille(args.toArray(String[]::new));
    }

    /** The funded decisions of {@code grille allocate} on the same file: application id to dollars granted. */
    private static Map<String, Long> fundedByAllocate(Path input) {
        JsonNode plan = JSON.readTree(grille("allocate", input.toString(), "--format", "json").out());
        Map<String, Long> funded = new LinkedHashMap<>();
        for (JsonNode decision : plan.get("decisions")) {
            if (Set.of("FUNDED", "FUNDED_BY_FLOOR", "FUNDED_PARTIALLY").contains(decision.get("reason").asString())) {
                long total = 0;
                for (JsonNode year : decision.get("granted")) {
                    total += year.asLong();
                }
                funded.put(decision.get("applicationId").asString(), total);
            }
        }
        return funded;
    }

    private static List<com.networknt.schema.Error> validatePackage(String json) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaIdResolvers(ids -> ids.mapPrefix(SCHEMA_HOME, "classpath:threesixtygiving/"))
                        // 360Giving's own checker asserts formats (awardDate is a date-time or YYYY-MM-DD): so do we
                        .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        Schema schema = registry.getSchema(SchemaLocation.of(SCHEMA_HOME + "360-giving-package-schema.json"));
        return schema.validate(json, InputFormat.JSON);
    }

    private static List<List<String>> csvRows(Path file) throws IOException {
        CsvMapper csv = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<?>> lines = csv.readerFor(List.class).readValues(Files.readString(file, StandardCharsets.UTF_8))) {
            lines.forEachRemaining(line -> rows.add(line.stream().map(String::valueOf).toList()));
        }
        return rows;
    }

    private static Map<String, JsonNode> samplesById() throws IOException {
        Map<String, JsonNode> byId = new HashMap<>();
        JSON.readTree(Files.readString(SampleCall.SAMPLES, StandardCharsets.UTF_8)).forEach(a -> byId.put(a.get("id").asString(), a));
        return byId;
    }

    @Test
    void the_json_is_a_valid_360giving_package_with_one_grant_per_funded_decision(@TempDir Path temp) throws IOException {
        Path output = temp.resolve("grants.json");
        Run run = publish(SampleCall.SAMPLES, output);
        assertThat(run.exitCode()).as(run.err()).isZero();
        String json = Files.readString(output, StandardCharsets.UTF_8);

        assertThat(validatePackage(json)).as("errors against the 360Giving 1.4 package schema").isEmpty();
        JsonNode grants = JSON.readTree(json).get("grants");
        Map<String, Long> funded = fundedByAllocate(SampleCall.SAMPLES);
        assertThat(funded).isNotEmpty();
        assertThat(grants.size()).isEqualTo(funded.size());
        Map<String, JsonNode> samples = samplesById();
        for (JsonNode grant : grants) {
            String id = grant.get("id").asString();
            String applicationId = funded.keySet().stream().filter(a -> id.endsWith("-" + a)).findFirst().orElseThrow();
            assertThat(id).startsWith("360G-montreal-");
            assertThat(grant.get("amountAwarded").asLong()).isEqualTo(funded.get(applicationId));
            assertThat(grant.get("currency").asString()).isEqualTo("CAD");
            assertThat(grant.get("awardDate").asString()).isEqualTo(AWARD_DATE);
            JsonNode organization = samples.get(applicationId).get("organization");
            assertThat(grant.get("recipientOrganization").get(0).get("id").asString())
                    .isEqualTo("CA-QC_QBC-" + organization.get("registryNumber").asString());
            assertThat(grant.get("recipientOrganization").get(0).get("name").asString()).isEqualTo(organization.get("name").asString());
            assertThat(grant.get("fundingOrganization").get(0).get("id").asString()).isEqualTo(FUNDER_ID);
        }
        assertThat(run.err()).contains(output.toString()).doesNotContain("Exception");
    }

    @Test
    void the_schema_check_fails_a_grant_without_a_required_field() throws IOException {
        // The validation above means something only if the validator reads the standard's requirements.
        ObjectNode grant = JSON.createObjectNode().put("id", "360G-x-1").put("title", "t").put("description", "d")
                .put("amountAwarded", 1).put("awardDate", AWARD_DATE);
        grant.putArray("recipientOrganization").addObject().put("id", "CA-QC_QBC-1").put("name", "r");
        grant.putArray("fundingOrganization").addObject().put("id", FUNDER_ID).put("name", "f");
        ObjectNode pack = JSON.createObjectNode();
        pack.putArray("grants").add(grant);

        assertThat(validatePackage(pack.toString())).as("no currency").isNotEmpty();
        grant.put("currency", "CAD");
        assertThat(validatePackage(pack.toString())).isEmpty();
        grant.put("awardDate", "15/03/2027");
        assertThat(validatePackage(pack.toString())).as("a date not written YYYY-MM-DD").isNotEmpty();
    }

    @Test
    void the_csv_has_the_standards_column_titles_and_the_same_grants_as_the_json(@TempDir Path temp) throws IOException {
        Path json = temp.resolve("grants.json");
        Path csv = temp.resolve("grants.csv");
        assertThat(publish(SampleCall.SAMPLES, json, csv).exitCode()).isZero();

        // The standard's CSV titles are its schema's titles, "Parent:Child" for a field of a list of objects.
        JsonNode schema = JSON.readTree(Files.readString(GRANT_SCHEMA, StandardCharsets.UTF_8));
        List<String> paths = List.of("id", "title", "description", "currency", "amountAwarded", "awardDate",
                "recipientOrganization/id", "recipientOrganization/name", "fundingOrganization/id", "fundingOrganization/name",
                "grantProgramme/code", "fromOpenCall");
        List<String> titles = paths.stream().map(path -> title(schema, path)).toList();
        List<List<String>> rows = csvRows(csv);
        assertThat(rows.get(0)).containsExactlyElementsOf(titles);
        for (JsonNode required : schema.get("oneOf").get(0).get("required")) {
            assertThat(paths).anyMatch(p -> p.equals(required.asString()) || p.startsWith(required.asString() + "/"));
        }

        JsonNode grants = JSON.readTree(Files.readString(json, StandardCharsets.UTF_8)).get("grants");
        assertThat(rows).hasSize(grants.size() + 1);
        for (int i = 0; i < grants.size(); i++) {
            List<String> expected = new ArrayList<>();
            for (String path : paths) {
                String[] parts = path.split("/");
                JsonNode value = parts.length == 1 ? grants.get(i).get(parts[0]) : grants.get(i).get(parts[0]).get(0).get(parts[1]);
                expected.add(value.asString());
            }
            assertThat(rows.get(i + 1)).containsExactlyElementsOf(expected);
        }
    }

    private static String title(JsonNode schema, String path) {
        String[] parts = path.split("/");
        JsonNode field = defined(schema, schema.get("properties").get(parts[0]));
        if (parts.length == 1) {
            return field.get("title").asString();
        }
        JsonNode item = defined(schema, field.get("items"));
        return field.get("title").asString() + ":" + defined(schema, item.get("properties").get(parts[1])).get("title").asString();
    }

    /** The node itself, or the definition its {@code $ref} names. */
    private static JsonNode defined(JsonNode schema, JsonNode node) {
        return node.has("$ref") ? schema.get("$defs").get(node.get("$ref").asString().replace("#/$defs/", "")) : node;
    }

    @Test
    void nothing_protected_reaches_either_file(@TempDir Path temp) throws IOException {
        // Every protected attribute the manifest lists takes another application's value: the files must not change.
        List<String> protectedAttributes = new ArrayList<>();
        JSON.readTree(Files.readString(MANIFEST, StandardCharsets.UTF_8)).get("protectedAttributes")
                .forEach(a -> protectedAttributes.add(a.asString()));
        assertThat(protectedAttributes).contains("language", "leadership.gender");
        ArrayNode samples = (ArrayNode) JSON.readTree(Files.readString(SampleCall.SAMPLES, StandardCharsets.UTF_8));
        ArrayNode other = samples.deepCopy();
        int changed = 0;
        for (int i = 0; i < other.size(); i++) {
            JsonNode donor = samples.get((i + 1) % samples.size());
            for (String attribute : protectedAttributes) {
                String[] parts = attribute.split("\\.");
                ObjectNode parent = (ObjectNode) (parts.length == 1 ? other.get(i) : other.get(i).get(parts[0]));
                JsonNode value = parts.length == 1 ? donor.get(parts[0]) : donor.get(parts[0]).get(parts[1]);
                String field = parts[parts.length - 1];
                if (parent != null && value != null && !value.equals(parent.get(field))) {
                    parent.set(field, value.deepCopy());
                    changed++;
                }
            }
        }
        assertThat(changed).isGreaterThan(samples.size());
        Path counterfactual = temp.resolve("counterfactual.json");
        Files.writeString(counterfactual, other.toString(), StandardCharsets.UTF_8);

        Path json = temp.resolve("a.json");
        Path csv = temp.resolve("a.csv");
        Path otherJson = temp.resolve("b.json");
        Path otherCsv = temp.resolve("b.csv");
        assertThat(publish(SampleCall.SAMPLES, json, csv).exitCode()).isZero();
        assertThat(publish(counterfactual, otherJson, otherCsv).exitCode()).isZero();
        assertThat(Files.readAllBytes(otherJson)).isEqualTo(Files.readAllBytes(json));
        assertThat(Files.readAllBytes(otherCsv)).isEqualTo(Files.readAllBytes(csv));

        // And the files hold the standard's fields only: no board, finances, borough, partners or people.
        Set<String> fields = new HashSet<>();
        collectFields(JSON.readTree(Files.readString(json, StandardCharsets.UTF_8)), "", fields);
        assertThat(fields).containsExactlyInAnyOrder("grants", "version", "grants.id", "grants.title", "grants.description",
                "grants.currency", "grants.amountAwarded", "grants.awardDate", "grants.recipientOrganization",
                "grants.recipientOrganization.id", "grants.recipientOrganization.name", "grants.fundingOrganization",
                "grants.fundingOrganization.id", "grants.fundingOrganization.name", "grants.grantProgramme",
                "grants.grantProgramme.code", "grants.fromOpenCall");
        Set<String> protectedValues = new HashSet<>();
        samples.forEach(a -> a.get("leadership").forEach(v -> protectedValues.add(v.asString())));
        String published = Files.readString(json, StandardCharsets.UTF_8) + Files.readString(csv, StandardCharsets.UTF_8);
        for (String value : protectedValues) {
            assertThat(published).doesNotContainPattern("\\b" + value + "\\b");
        }
    }

    private static void collectFields(JsonNode node, String path, Set<String> fields) {
        if (node.isArray()) {
            node.forEach(item -> collectFields(item, path, fields));
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String name = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                fields.add(name);
                collectFields(field.getValue(), name, fields);
            }
        }
    }

    @Test
    void applicant_text_is_exact_in_the_json_and_never_a_formula_in_the_csv(@TempDir Path temp) throws IOException {
        ArrayNode samples = (ArrayNode) JSON.readTree(Files.readString(SampleCall.SAMPLES, StandardCharsets.UTF_8));
        for (JsonNode application : samples) {
            ObjectNode project = (ObjectNode) application.get("project");
            project.put("title", "=HYPERLINK(\"https://example.org\",\"" + project.get("title").asString() + "\")");
            project.put("summary", "@SUM(A1) \"</script>\\ \u2028 " + project.get("summary").asString());
        }
        Path input = temp.resolve("hostile.json");
        Files.writeString(input, samples.toString(), StandardCharsets.UTF_8);
        Path json = temp.resolve("grants.json");
        Path csv = temp.resolve("grants.csv");
        assertThat(publish(input, json, csv).exitCode()).isZero();

        Map<String, JsonNode> byId = new HashMap<>();
        samples.forEach(a -> byId.put(a.get("id").asString(), a));
        JsonNode grants = JSON.readTree(Files.readString(json, StandardCharsets.UTF_8)).get("grants");
        assertThat(validatePackage(Files.readString(json, StandardCharsets.UTF_8))).isEmpty();
        List<List<String>> rows = csvRows(csv);
        for (int i = 0; i < grants.size(); i++) {
            String id = grants.get(i).get("id").asString();
            JsonNode project = byId.entrySet().stream().filter(e -> id.endsWith("-" + e.getKey())).findFirst().orElseThrow()
                    .getValue().get("project");
            assertThat(grants.get(i).get("title").asString()).isEqualTo(project.get("title").asString());
            assertThat(grants.get(i).get("description").asString()).isEqualTo(project.get("summary").asString());
            assertThat(rows.get(i + 1).get(1)).isEqualTo("'" + project.get("title").asString());
            assertThat(rows.get(i + 1).get(2)).isEqualTo("'" + project.get("summary").asString());
        }
    }

    @Test
    void a_broken_entry_costs_that_entry_only_and_is_named_with_where(@TempDir Path temp) throws IOException {
        ArrayNode samples = (ArrayNode) JSON.readTree(Files.readString(SampleCall.SAMPLES, StandardCharsets.UTF_8));
        ObjectNode broken = (ObjectNode) samples.get(0).deepCopy();
        broken.put("id", "BROKEN-1");
        ((ObjectNode) broken.get("organization")).put("registryNumber", "12-34");
        samples.add(broken);
        Path input = temp.resolve("one-broken.json");
        Files.writeString(input, samples.toString(), StandardCharsets.UTF_8);
        Path output = temp.resolve("grants.json");

        Run run = publish(input, output);

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("1 demande(s)", "BROKEN-1", "$.organization.registryNumber").doesNotContain("Exception");
        String json = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(JSON.readTree(json).get("grants").size()).isEqualTo(fundedByAllocate(SampleCall.SAMPLES).size());
        assertThat(json).doesNotContain("BROKEN-1");
    }

    @Test
    void publishes_nothing_when_the_plan_funds_nothing(@TempDir Path temp) throws IOException {
        Map<String, Long> funded = fundedByAllocate(SampleCall.SAMPLES);
        ArrayNode unfunded = JSON.createArrayNode();
        JSON.readTree(Files.readString(SampleCall.SAMPLES, StandardCharsets.UTF_8)).forEach(a -> {
            if (!funded.containsKey(a.get("id").asString())) {
                unfunded.add(a);
            }
        });
        // Alone, a fundable application left out for the envelope would be funded: keep the ones no plan funds.
        Path input = temp.resolve("unfunded.json");
        Files.writeString(input, unfunded.toString(), StandardCharsets.UTF_8);
        ArrayNode neverFunded = JSON.createArrayNode();
        Map<String, Long> fundedAlone = fundedByAllocate(input);
        unfunded.forEach(a -> {
            if (!fundedAlone.containsKey(a.get("id").asString())) {
                neverFunded.add(a);
            }
        });
        assertThat(neverFunded.size()).isPositive();
        Files.writeString(input, neverFunded.toString(), StandardCharsets.UTF_8);

        Path output = temp.resolve("grants.json");
        Run run = publish(input, output);
        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("rien n'a été publié");
        assertThat(output).doesNotExist();
    }

    @Test
    void a_full_disk_leaves_the_earlier_file_and_exits_6(@TempDir Path temp) throws Exception {
        Path fullDisk = Path.of("/dev/full");
        Assumptions.assumeTrue(Files.isWritable(fullDisk), "needs Linux's /dev/full");
        Path target = Files.writeString(temp.resolve("grants.csv"), "the earlier grants\n", StandardCharsets.UTF_8);

        Run run = AtomicOutput.using(temporary -> FileChannel.open(fullDisk, StandardOpenOption.WRITE),
                () -> publish(SampleCall.SAMPLES, target));

        assertThat(run.exitCode()).isEqualTo(Grille.EXIT_NOT_WRITTEN);
        assertThat(run.err()).contains(target.toString()).doesNotContain("Exception").hasLineCount(1);
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("the earlier grants\n");
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void the_same_plan_publishes_the_same_bytes(@TempDir Path temp) throws IOException {
        Path first = temp.resolve("one.json");
        Path second = temp.resolve("two.json");
        assertThat(publish(SampleCall.SAMPLES, first).exitCode()).isZero();
        assertThat(publish(SampleCall.SAMPLES, second).exitCode()).isZero();
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void refuses_bad_options_with_a_message_that_says_what_to_give(@TempDir Path temp) throws IOException {
        String samples = SampleCall.SAMPLES.toString();
        String out = temp.resolve("g.json").toString();
        List<String> base = List.of("publish", samples, "--format", "360giving", "-o", out);
        Map<List<String>, String> cases = new LinkedHashMap<>();
        cases.put(List.of("--award-date", "2027-02-30", "--prefix", "360G-montreal", "--funder-id", FUNDER_ID), "--award-date");
        cases.put(List.of("--award-date", "15/03/2027", "--prefix", "360G-montreal", "--funder-id", FUNDER_ID), "AAAA-MM-JJ");
        cases.put(List.of("--award-date", AWARD_DATE, "--prefix", "montreal", "--funder-id", FUNDER_ID), "360G-");
        cases.put(List.of("--award-date", AWARD_DATE, "--prefix", "360G-a/b", "--funder-id", FUNDER_ID), "--prefix");
        cases.put(List.of("--award-date", AWARD_DATE, "--prefix", "360G-montreal", "--funder-id", "Ville"), "org-id");
        cases.put(List.of("--award-date", AWARD_DATE, "--prefix", "360G-montreal", "--funder-id", FUNDER_ID,
                "--funder-name", " "), "--funder-name");
        for (Map.Entry<List<String>, String> c : cases.entrySet()) {
            Run run = grille(Stream.concat(base.stream(), c.getKey().stream()).toArray(String[]::new));
            assertThat(run.exitCode()).as("%s", c.getKey()).isEqualTo(2);
            assertThat(run.err()).as("%s", c.getKey()).contains(c.getValue()).doesNotContain("Exception");
        }
        assertThat(Path.of(out)).doesNotExist();

        Run english = grille("publish", samples, "--format", "360giving", "-o", temp.resolve("g.txt").toString(),
                "--award-date", AWARD_DATE, "--prefix", "360G-montreal", "--funder-id", FUNDER_ID, "--lang", "en");
        assertThat(english.exitCode()).isEqualTo(2);
        assertThat(english.err()).contains("must end in .json", "g.txt");
        assertThat(grille("publish", samples, "--format", "iati", "-o", out, "--award-date", AWARD_DATE,
                "--prefix", "360G-montreal", "--funder-id", FUNDER_ID).exitCode()).isEqualTo(2);
        assertThat(grille("publish", samples, "--format", "360giving", "-o", out,
                "--prefix", "360G-montreal", "--funder-id", FUNDER_ID).exitCode()).as("no award date").isEqualTo(2);

        Path input = temp.resolve("in.json");
        Files.copy(SampleCall.SAMPLES, input);
        Run overInput = publish(input, input.resolveSibling("in.json"));
        assertThat(overInput.exitCode()).isEqualTo(2);
        assertThat(input).hasSameTextualContentAs(SampleCall.SAMPLES);
    }
}
