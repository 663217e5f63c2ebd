package org.grille.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The staff guides quote the tool, never a paste of it: every block between {@code <!-- output: grille … -->} and
 * {@code <!-- /output -->} is what that command prints today, and the block between {@code <!-- tree: travail -->} and
 * {@code <!-- /tree -->} is the bundled catalog's folder. Each command runs in a fresh folder holding {@code travail}
 * and {@code en-service} (copies of the bundled catalog) and the sample data ({@code demandes.json},
 * {@code reviews.csv}, {@code reviewers.json}, {@code decisions.csv}), in a process of its own started in that folder,
 * so paths print and wrap as they do for staff. A marker may name a change made to {@code travail} first (the rule and
 * reasons task 2.2 shows, a points change, a typo…), start at the first line that begins with {@code from}, and keep only
 * the first and last lines of a long output: {@code <!-- output(points, from=FAIL ", first=12, last=2): grille test
 * travail -->}. Run with
 * {@code -Dguide.update=true} to rewrite the blocks, then review the diff.
 */
@DisplayName("The staff guides' quoted outputs")
class GuideOutputsTest {

    private static final Path BUNDLED = Path.of("../rules-catalog/src/main/resources/org/grille/catalog/montrealinclusive");
    private static final Path DOCS = Path.of("../docs");
    private static final Path DATA = Path.of("../examples/data");
    private static final boolean UPDATE = Boolean.getBoolean("guide.update");

    private static final Pattern OUTPUT = Pattern.compile(
            "(<!-- output(?:\\(([^)]*)\\))?: grille ([^\\n]*?) -->\\n)(.*?)(<!-- /output -->)", Pattern.DOTALL);
    private static final Pattern TREE = Pattern.compile("(<!-- tree: travail -->\\n)(.*?)(<!-- /tree -->)", Pattern.DOTALL);
    private static final Pattern JSON_EXAMPLE = Pattern.compile("(?s)```json\\n(\\{\\n  \"base\".*?\\n)```");
    private static final Pattern CSV_EXAMPLE = Pattern.compile("(?s)```csv\\n(name,base.*?\\n)```");
    private static final Pattern CHILDCARE_RULE = Pattern.compile("(?s)\\n### 2\\.2 .*?```drl\\n(.*?)```");
    private static final Pattern CHILDCARE_REASONS = Pattern.compile(
            "(?s)\\n### 2\\.2 .*?# reasons\\.properties\\n([^\\n]+)\\n# reasons_en\\.properties\\n([^\\n]+)\\n");
    private static final Pattern HEADING = Pattern.compile("(?m)^(#{1,4}) (\\d+(?:\\.\\d+)*)?");

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"guide-fr.md", "guide-en.md"})
    void every_quoted_output_is_what_the_tool_prints_today(String guide) throws IOException {
        Path file = DOCS.resolve(guide);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        StringBuilder expected = new StringBuilder();
        Matcher block = OUTPUT.matcher(text);
        int blocks = 0;
        while (block.find()) {
            blocks++;
            String printed = fenced(run(options(block.group(2)), block.group(3), text));
            block.appendReplacement(expected, Matcher.quoteReplacement(block.group(1) + printed + block.group(5)));
        }
        block.appendTail(expected);
        String withTree = replaceTree(expected.toString());

        assertThat(blocks).as("%s quotes the tool", guide).isGreaterThanOrEqualTo(8);
        assertThat(TREE.matcher(text).find()).as("%s shows the catalog folder", guide).isTrue();
        if (UPDATE) {
            Files.writeString(file, withTree, StandardCharsets.UTF_8);
            text = withTree;
        }
        assertThat(text).as("%s: run with -Dguide.update=true and review the diff", guide).isEqualTo(withTree);
    }

    @Test
    void both_guides_have_the_same_numbered_sections_and_quote_the_same_commands() throws IOException {
        String french = Files.readString(DOCS.resolve("guide-fr.md"), StandardCharsets.UTF_8);
        String english = Files.readString(DOCS.resolve("guide-en.md"), StandardCharsets.UTF_8);

        assertThat(sections(english)).as("section numbers, in order").isEqualTo(sections(french));
        assertThat(commands(english)).as("quoted commands, in order")
                .isEqualTo(commands(french).stream().map(c -> c + " --lang en").toList());
    }

    private static List<String> sections(String guide) {
        List<String> sections = new ArrayList<>();
        Matcher heading = HEADING.matcher(guide.replaceAll("(?s)```.*?```", ""));
        while (heading.find()) {
            sections.add(heading.group(1) + " " + (heading.group(2) == null ? "" : heading.group(2)));
        }
        return sections;
    }

    private static List<String> commands(String guide) {
        List<String> commands = new ArrayList<>();
        Matcher block = OUTPUT.matcher(guide);
        while (block.find()) {
            commands.add(block.group(3));
        }
        return commands;
    }

    /**
     * A marker's options: a change to apply first, the start of the line to begin at ({@code from}), and how many
     * lines to keep at each end.
     */
    record Options(String change, String from, int first, int last) {
    }

    private static Options options(String written) {
        String change = null;
        String from = null;
        int first = 0;
        int last = 0;
        if (written != null) {
            for (String option : written.split(",")) {
                String[] pair = option.trim().split("=");
                if (pair.length == 1) {
                    change = pair[0];
                } else if (pair[0].equals("from")) {
                    from = option.trim().substring("from=".length());
                } else if (pair[0].equals("first")) {
                    first = Integer.parseInt(pair[1]);
                } else {
                    assertThat(pair[0]).as("marker option").isEqualTo("last");
                    last = Integer.parseInt(pair[1]);
                }
            }
        }
        return new Options(change, from, first, last);
    }

    private String run(Options options, String command, String guide) throws IOException {
        Path folder = Files.createTempDirectory(temp, "guide");
        copy(BUNDLED, folder.resolve("travail"));
        copy(BUNDLED, folder.resolve("en-service"));
        Files.copy(DATA.resolve("applications.json"), folder.resolve("demandes.json"));
        for (String data : List.of("reviews.csv", "reviewers.json", "decisions.csv")) {
            Files.copy(DATA.resolve(data), folder.resolve(data));
        }
        if (options.change() != null) {
            change(options.change(), folder.resolve("travail"), guide);
        }
        List<String> launch = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                "-Dstderr.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), Grille.class.getName()));
        launch.addAll(List.of(command.split(" ")));
        // run where staff run it, in the folder, so paths print and wrap as they do for them
        Path out = folder.resolve(".out");
        Path err = folder.resolve(".err");
        Process process = new ProcessBuilder(launch).directory(folder.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        try {
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("%s finished", command).isTrue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException(interrupted);
        }
        String printed = (Files.readString(out, StandardCharsets.UTF_8) + Files.readString(err, StandardCharsets.UTF_8))
                .replace(folder.toAbsolutePath() + "/", "").replace(folder.toAbsolutePath().toString(), ".");
        return "$ grille " + command + "\n" + shortened(printed, options);
    }

    private static String shortened(String printed, Options options) {
        List<String> lines = printed.lines().map(String::stripTrailing).toList();
        List<String> kept = new ArrayList<>();
        if (options.from() != null) {
            int start = 0;
            while (start < lines.size() && !lines.get(start).startsWith(options.from())) {
                start++;
            }
            assertThat(start).as("a line starts with %s", options.from()).isLessThan(lines.size());
            kept.add("…");
            lines = lines.subList(start, lines.size());
        }
        if (options.first() + options.last() == 0 || lines.size() <= options.first() + options.last() + 1) {
            kept.addAll(lines);
        } else {
            kept.addAll(lines.subList(0, options.first()));
            kept.add("…");
            kept.addAll(lines.subList(lines.size() - options.last(), lines.size()));
        }
        return String.join("\n", kept) + "\n";
    }

    private static String fenced(String text) {
        return "```text\n" + text + "```\n";
    }

    /** The changes a guide's task makes to {@code travail} before it runs a command. */
    private static void change(String name, Path catalog, String guide) throws IOException {
        Map<String, String[]> edits = new LinkedHashMap<>();
        switch (name) {
            case "formats" -> {
                // the guide's own scenario examples (3.15, 3.16), run with the rule they name
                change("childcare", catalog, guide);
                Files.writeString(catalog.resolve("scenarios/guide.json"), block(guide, JSON_EXAMPLE), StandardCharsets.UTF_8);
                Files.writeString(catalog.resolve("scenarios/guide.csv"), block(guide, CSV_EXAMPLE), StandardCharsets.UTF_8);
                edits.put("manifest.json", new String[] {"\"scenarios/scenarios.json\",",
                    "\"scenarios/scenarios.json\", \"scenarios/guide.json\", \"scenarios/guide.csv\","});
            }
            case "childcare" -> {
                // the rule and the reasons task 2.2 shows, added where it says
                append(catalog.resolve("objectives/immigrant-women-autonomy.drl"), "\n" + block(guide, CHILDCARE_RULE));
                Matcher reasons = CHILDCARE_REASONS.matcher(guide);
                assertThat(reasons.find()).as("task 2.2 shows the reasons").isTrue();
                append(catalog.resolve("reasons.properties"), reasons.group(1) + "\n");
                append(catalog.resolve("reasons_en.properties"), reasons.group(2) + "\n");
                edits.put("manifest.json", new String[] {"\"version\": \"2027.1\"", "\"version\": \"2027.2\""});
            }
            case "points" -> edits.put("quality.drl", new String[] {
                "@criterion(PARTNERSHIPS) @points(6) @reason(\"quality.partners.signed\")",
                "@criterion(PARTNERSHIPS) @points(4) @reason(\"quality.partners.signed\")"});
            case "typo" -> edits.put("eligibility.drl", new String[] {
                "Organization( inGoodStanding == false )", "Organization( inGoodStandng == false )"});
            case "borough" -> append(catalog.resolve("quality.drl"), """

                    rule "Capacité : organisme bien établi"
                        @criterion(ORGANIZATIONAL_CAPACITY) @points(2) @reason("quality.capacity.oneProject")
                    when
                        Organization( borough == "Westmount" )
                    then
                    end
                    """);
            default -> throw new AssertionError("unknown change in a guide marker: " + name);
        }
        for (Map.Entry<String, String[]> edit : edits.entrySet()) {
            Path file = catalog.resolve(edit.getKey());
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(text).as("%s still holds the guide's starting point", file).contains(edit.getValue()[0]);
            Files.writeString(file, text.replace(edit.getValue()[0], edit.getValue()[1]), StandardCharsets.UTF_8);
        }
    }

    private static String block(String guide, Pattern fence) {
        Matcher example = fence.matcher(guide);
        assertThat(example.find()).as("the guide shows %s", fence).isTrue();
        return example.group(1);
    }

    private static void append(Path file, String text) throws IOException {
        String before = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, before + (before.endsWith("\n") ? "" : "\n") + text, StandardCharsets.UTF_8);
    }

    private static String replaceTree(String text) throws IOException {
        Matcher tree = TREE.matcher(text);
        if (!tree.find()) {
            return text;
        }
        StringBuilder lines = new StringBuilder("```text\ntravail/\n");
        tree(BUNDLED, "", lines);
        return text.substring(0, tree.start()) + tree.group(1) + lines + "```\n" + tree.group(3) + text.substring(tree.end());
    }

    private static void tree(Path folder, String indent, StringBuilder lines) throws IOException {
        List<Path> children;
        try (Stream<Path> list = Files.list(folder)) {
            children = list.sorted().toList();
        }
        for (int i = 0; i < children.size(); i++) {
            boolean lastOne = i == children.size() - 1;
            Path child = children.get(i);
            boolean directory = Files.isDirectory(child);
            lines.append(indent).append(lastOne ? "└── " : "├── ").append(child.getFileName()).append(directory ? "/" : "")
                    .append('\n');
            if (directory) {
                tree(child, indent + (lastOne ? "    " : "│   "), lines);
            }
        }
    }

    private static void copy(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path path : (Iterable<Path>) files::iterator) {
                Path destination = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(path, destination);
                }
            }
        }
    }
}
