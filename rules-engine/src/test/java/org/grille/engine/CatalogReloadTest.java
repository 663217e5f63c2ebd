package org.grille.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.grille.api.Assessment;
import org.grille.api.CatalogInfo;
import org.grille.api.CatalogListener;
import org.grille.api.CatalogProblem;
import org.grille.api.CatalogValidation;
import org.grille.api.Scorer;
import org.grille.api.application.Application;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Reloading a catalog directory")
class CatalogReloadTest {

    /** Version B gives the secondary objective 4 points instead of 8: the valid application scores 39, not 40. */
    private static final String VERSION_A = "@points(8) @reason(\"fit.employers\")";
    private static final String VERSION_B = "@points(4) @reason(\"fit.employers\")";

    @TempDir
    Path temp;

    /** Replaces points.drl all at once, as an editor that saves atomically would. */
    private static void write(Path catalog, String pointsDrl) throws IOException {
        Path staged = catalog.resolve(".points.drl.tmp");
        Files.writeString(staged, pointsDrl, StandardCharsets.UTF_8);
        Files.move(staged, catalog.resolve("points.drl"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Records what the scorer tells its listener. */
    static final class Recorder implements CatalogListener {
        final BlockingQueue<String> events = new LinkedBlockingQueue<>();
        volatile CatalogValidation lastRejection;

        @Override
        public void published(CatalogInfo previous, CatalogInfo current) {
            events.add("published " + current.fingerprint());
        }

        @Override
        public void rejected(CatalogInfo live, CatalogValidation validation) {
            lastRejection = validation;
            events.add("rejected, live " + live.fingerprint());
        }

        @Override
        public void recovered(CatalogInfo live) {
            events.add("recovered " + live.fingerprint());
        }
    }

    /**
     * Lays {@code source} out as Kubernetes mounts a ConfigMap: the files in a dated folder, {@code ..data} linking to
     * it, and each top-level name a link through {@code ..data}. Returns the mount point.
     */
    private static Path configMap(Path source, Path mount, String version) throws IOException {
        Path dated = mount.resolve("..2027_" + version);
        copyTree(source, dated);
        Path data = mount.resolve("..data");
        Path staged = mount.resolve("..data_tmp");
        Files.createSymbolicLink(staged, dated.getFileName());
        Files.move(staged, data, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        try (var names = Files.list(dated)) {
            for (Path name : names.toList()) {
                Path link = mount.resolve(name.getFileName().toString());
                if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.createSymbolicLink(link, Path.of("..data").resolve(name.getFileName().toString()));
                }
            }
        }
        return mount;
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (var files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    @Test
    void a_catalog_directory_given_as_a_symbolic_link_keeps_its_last_good_copy() throws Exception {
        Path catalog = TestCatalogs.copy("mini", temp.resolve("real"));
        Path link = Files.createSymbolicLink(temp.resolve("catalog"), catalog);
        Path copy = temp.resolve("last-good");

        try (Scorer scorer = Scorer.builder().catalogDirectory(link).lastGoodCopy(copy).build()) {
            assertThat(scorer.catalog().id()).isEqualTo("mini");
        }

        assertThat(copy.resolve("manifest.json")).isRegularFile();
        assertThat(copy.resolve("points.drl")).hasSameTextualContentAs(catalog.resolve("points.drl"));
    }

    @Test
    void a_config_map_mount_keeps_its_last_good_copy_and_publishes_a_swap() throws Exception {
        Path source = TestCatalogs.copy("mini", temp.resolve("source"));
        Path mount = configMap(source, Files.createDirectories(temp.resolve("mount")), "a");
        Path copy = temp.resolve("last-good");

        try (Scorer scorer = Scorer.builder().catalogDirectory(mount).lastGoodCopy(copy).build()) {
            assertThat(copy.resolve("manifest.json")).isRegularFile();
            try (var names = Files.list(copy)) {
                assertThat(names.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith(".."));
            }
            write(source, Files.readString(source.resolve("points.drl")).replace(VERSION_A, VERSION_B));
            configMap(source, mount, "b");

            assertThat(scorer.reloadCatalog().valid()).isTrue();
            assertThat(scorer.assess(Applications.valid("CM-1")).total()).isEqualTo(39);
            assertThat(Files.readString(copy.resolve("points.drl"))).contains(VERSION_B);
        }
    }

    /**
     * A catalog mounted with {@code mount --bind} (a container's volume): the watcher sees edits made through the
     * mount's source, a restart on a broken edit starts from the last good copy, and the fix is reported as recovered.
     * Needs the right to mount (root on Linux); the assumption says so when it is missing.
     */
    @Test
    void a_bind_mounted_catalog_keeps_its_last_good_copy_and_reports_the_fix_as_recovered() throws Exception {
        Path source = TestCatalogs.copy("mini", temp.resolve("source"));
        Path mount = Files.createDirectories(temp.resolve("mounted"));
        org.junit.jupiter.api.Assumptions.assumeTrue(run("mount", "--bind", source.toString(), mount.toString()),
                "mount --bind is not permitted here (needs root on Linux)");
        try {
            Path copy = temp.resolve("last-good");
            String a = Files.readString(source.resolve("points.drl"));
            try (Scorer first = Scorer.builder().catalogDirectory(mount).lastGoodCopy(copy).build()) {
                assertThat(first.catalog().id()).isEqualTo("mini");
            }
            assertThat(copy.resolve("points.drl")).hasSameTextualContentAs(source.resolve("points.drl"));

            write(source, a.replace("Partner()\n", "Partner(\n"));
            Recorder recorder = new Recorder();
            try (Scorer restarted = Scorer.builder().catalogDirectory(mount).lastGoodCopy(copy).watchCatalog(recorder).build()) {
                String live = restarted.catalog().fingerprint();
                assertThat(recorder.events.poll(10, TimeUnit.SECONDS)).isEqualTo("rejected, live " + live);

                write(source, a); // the watcher sees saves made through the mount's source
                assertThat(recorder.events.poll(20, TimeUnit.SECONDS)).isEqualTo("recovered " + live);
                write(source, a.replace(VERSION_A, VERSION_B));
                assertThat(recorder.events.poll(20, TimeUnit.SECONDS)).startsWith("published");
                assertThat(restarted.assess(Applications.valid("BM-1")).total()).isEqualTo(39);
            }
        } finally {
            run("umount", mount.toString());
        }
    }

    private static boolean run(String... command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void after_a_restart_from_the_last_good_copy_the_fix_is_reported_as_recovered() throws Exception {
        Path catalog = TestCatalogs.copy("mini", temp);
        Path copy = temp.resolve("last-good");
        String a = Files.readString(catalog.resolve("points.drl"));
        try (Scorer first = Scorer.builder().catalogDirectory(catalog).lastGoodCopy(copy).build()) {
            assertThat(first.catalog().id()).isEqualTo("mini");
        }
        write(catalog, a.replace("Partner()\n", "Partner(\n"));
        Recorder recorder = new Recorder();

        try (Scorer restarted = Scorer.builder().catalogDirectory(catalog).lastGoodCopy(copy).watchCatalog(recorder).build()) {
            String live = restarted.catalog().fingerprint();
            assertThat(recorder.events.poll(10, TimeUnit.SECONDS)).isEqualTo("rejected, live " + live);

            write(catalog, a);
            assertThat(restarted.reloadCatalog().valid()).isTrue();

            assertThat(recorder.events.poll(10, TimeUnit.SECONDS)).isEqualTo("recovered " + live);
            assertThat(restarted.catalog().fingerprint()).isEqualTo(live);
        }
    }

    @Test
    void a_good_edit_goes_live_and_a_broken_one_leaves_the_last_good_version_in_service() throws Exception {
        Path catalog = TestCatalogs.copy("mini", temp);
        String a = Files.readString(catalog.resolve("points.drl"));
        Recorder recorder = new Recorder();
        try (Scorer scorer = Scorer.builder().catalogDirectory(catalog).watchCatalog(recorder).build()) {
            CatalogInfo first = scorer.catalog();
            assertThat(scorer.assess(Applications.valid("R-1")).total()).isEqualTo(40);

            write(catalog, a.replace(VERSION_A, VERSION_B));
            CatalogValidation good = scorer.reloadCatalog();

            assertThat(good.valid()).isTrue();
            Assessment onB = scorer.assess(Applications.valid("R-2"));
            assertThat(onB.total()).isEqualTo(39);
            assertThat(onB.catalog()).isEqualTo(scorer.catalog()).isNotEqualTo(first);

            write(catalog, a.replace("Partner()\n", "Partner(\n"));
            CatalogValidation broken = scorer.reloadCatalog();

            assertThat(broken.valid()).isFalse();
            assertThat(broken.problems()).anySatisfy(p -> {
                assertThat(p.file()).isEqualTo("points.drl");
                assertThat(p.line()).isPositive();
            });
            assertThat(scorer.assess(Applications.valid("R-3")).catalog()).isEqualTo(onB.catalog());
            assertThat(recorder.events.poll(10, TimeUnit.SECONDS)).startsWith("published");
            assertThat(recorder.events.poll(10, TimeUnit.SECONDS)).isEqualTo("rejected, live " + onB.catalog().fingerprint());
        }
    }

    @Test
    void a_watched_directory_reloads_by_itself_after_an_edit() throws Exception {
        Path catalog = TestCatalogs.copy("mini", temp);
        String a = Files.readString(catalog.resolve("points.drl"));
        Recorder recorder = new Recorder();
        try (Scorer scorer = Scorer.builder().catalogDirectory(catalog).watchCatalog(recorder).build()) {

            write(catalog, a.replace(VERSION_A, VERSION_B));

            assertThat(recorder.events.poll(20, TimeUnit.SECONDS)).startsWith("published");
            assertThat(scorer.assess(Applications.valid("W-1")).total()).isEqualTo(39);
        }
    }

    @Test
    void a_failing_scenario_keeps_an_edit_from_going_live() throws Exception {
        Path catalog = TestCatalogs.copy("mini", temp);
        Files.writeString(catalog.resolve("extra.json"), """
                { "base": "extra-base.json",
                  "scenarios": [ { "name": "Without partners the application scores 25",
                                   "set": { "partners": [] }, "expect": { "total": 25 } } ] }
                """);
        Files.writeString(catalog.resolve("extra-base.json"), org.grille.api.JsonCodec.standard().writeApplication(Applications.valid("S-1")));
        TestCatalogs.edit(catalog, "manifest.json", "[\"scenarios.json\"]", "[\"scenarios.json\", \"extra.json\"]");
        String a = Files.readString(catalog.resolve("points.drl"));
        try (Scorer scorer = Scorer.builder().catalogDirectory(catalog).build()) {

            write(catalog, a.replace(VERSION_A, VERSION_B));
            CatalogValidation validation = scorer.reloadCatalog();

            assertThat(validation.problems()).isEmpty();
            assertThat(validation.failedScenarios()).singleElement().satisfies(s -> {
                assertThat(s.name()).isEqualTo("Without partners the application scores 25");
                assertThat(s.line()).isEqualTo(2);
                assertThat(s.failures()).singleElement().asString().contains("25").contains("24");
                assertThat(s.differences()).containsExactly("-3  Any partner", "-12  Signed partner");
            });
            assertThat(scorer.assess(Applications.valid("S-2")).total()).isEqualTo(40);
        }
    }

    @Test
    void under_load_every_result_comes_from_one_whole_version_none_is_lost_and_a_broken_one_never_serves() throws Exception {
        Path catalog = TestCatalogs.copy("mini", temp);
        String a = Files.readString(catalog.resolve("points.drl"));
        String b = a.replace(VERSION_A, VERSION_B);
        String broken = a.replace("Partner()\n", "Partner(\n");
        try (Scorer scorer = Scorer.builder().catalogDirectory(catalog).build()) {
            String fingerprintA = scorer.catalog().fingerprint();
            write(catalog, b);
            scorer.reloadCatalog();
            String fingerprintB = scorer.catalog().fingerprint();
            write(catalog, a);
            scorer.reloadCatalog();

            AtomicBoolean running = new AtomicBoolean(true);
            ConcurrentLinkedQueue<Assessment> results = new ConcurrentLinkedQueue<>();
            ExecutorService threads = Executors.newFixedThreadPool(8);
            List<Future<Integer>> submitted = new ArrayList<>();
            Application application = Applications.valid("L-1");
            for (int t = 0; t < 8; t++) {
                submitted.add(threads.submit(() -> {
                    int count = 0;
                    while (running.get()) {
                        results.add(scorer.assess(application));
                        count++;
                    }
                    return count;
                }));
            }
            int swaps = 0;
            for (int round = 0; round < 40; round++) {
                for (String version : List.of(broken, b, broken, a)) {
                    write(catalog, version);
                    scorer.reloadCatalog();
                    swaps++;
                }
            }
            running.set(false);
            int total = 0;
            for (Future<Integer> future : submitted) {
                total += future.get(30, TimeUnit.SECONDS);
            }
            threads.shutdown();

            assertThat(swaps).isGreaterThanOrEqualTo(100);
            assertThat(results).hasSize(total);
            assertThat(results).allSatisfy(r -> {
                assertThat(r.catalog().fingerprint()).isIn(fingerprintA, fingerprintB);
                assertThat(r.total()).isEqualTo(r.catalog().fingerprint().equals(fingerprintA) ? 40 : 39);
            });
            assertThat(results.stream().map(r -> r.catalog().fingerprint()).distinct()).containsExactlyInAnyOrder(fingerprintA, fingerprintB);
        }
    }

    @Test
    void a_scenario_may_expect_a_derivation_rule_to_fire() throws Exception {
        Path catalog = TestCatalogs.copy("mini", temp);
        Files.writeString(catalog.resolve("extra-base.json"), org.grille.api.JsonCodec.standard().writeApplication(Applications.valid("S-1")));
        Files.writeString(catalog.resolve("extra.json"), """
                { "base": "extra-base.json",
                  "scenarios": [ { "name": "A signed partner is found",
                                   "expect": { "fired": ["Any committed partner is a signed partner finding", "Signed partner"] } } ] }
                """);
        TestCatalogs.edit(catalog, "manifest.json", "[\"scenarios.json\"]", "[\"scenarios.json\", \"extra.json\"]");

        CatalogValidation validation = Scorer.validateCatalog(catalog, java.util.Locale.ENGLISH);

        assertThat(validation.scenarios()).filteredOn(s -> s.name().equals("A signed partner is found")).singleElement()
                .satisfies(s -> {
            assertThat(s.passed()).as("%s", s.failures()).isTrue();
            assertThat(s.firedRules()).contains("Any committed partner is a signed partner finding");
        });
    }

    @Test
    void a_service_restarted_on_a_broken_directory_starts_from_the_last_good_copy() throws Exception {
        Path catalog = TestCatalogs.copy("mini", temp);
        Path copy = temp.resolve("last-good");
        String a = Files.readString(catalog.resolve("points.drl"));
        String fingerprintA;
        try (Scorer first = Scorer.builder().catalogDirectory(catalog).lastGoodCopy(copy).build()) {
            fingerprintA = first.catalog().fingerprint();
        }
        assertThat(copy.resolve("manifest.json")).exists();
        write(catalog, a.replace("Partner()\n", "Partner(\n"));
        Recorder recorder = new Recorder();

        try (Scorer restarted = Scorer.builder().catalogDirectory(catalog).lastGoodCopy(copy).watchCatalog(recorder).build()) {
            assertThat(restarted.catalog().fingerprint()).isEqualTo(fingerprintA);
            assertThat(restarted.assess(Applications.valid("LG-1")).total()).isEqualTo(40);
            assertThat(recorder.events.poll(10, TimeUnit.SECONDS)).isEqualTo("rejected, live " + fingerprintA);
            assertThat(recorder.lastRejection.problems()).anySatisfy(p -> assertThat(p.file()).isEqualTo("points.drl"));

            write(catalog, a.replace(VERSION_A, VERSION_B));
            assertThat(restarted.reloadCatalog().valid()).isTrue();

            assertThat(restarted.assess(Applications.valid("LG-2")).total()).isEqualTo(39);
            assertThat(Files.readString(copy.resolve("points.drl"))).contains(VERSION_B);
        }
    }

    @Test
    void without_a_last_good_copy_a_broken_directory_does_not_start() throws Exception {
        Path catalog = TestCatalogs.copy("mini", temp);
        write(catalog, Files.readString(catalog.resolve("points.drl")).replace("Partner()\n", "Partner(\n"));

        assertThatThrownBy(() -> Scorer.builder().catalogDirectory(catalog).build())
                .isInstanceOf(org.grille.api.CatalogException.class);
    }

    @Test
    void the_bundled_catalog_cannot_be_watched_or_reloaded() {
        assertThatThrownBy(() -> Scorer.builder().watchCatalog(new CatalogListener() { }).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("catalogDirectory");
    }

    @Test
    void validation_through_the_api_reports_every_problem_without_building_a_scorer() {
        Path catalog = TestCatalogs.copy("mini", temp);
        TestCatalogs.edit(catalog, "gates.drl", "Organization( yearsActive", "Organisation( yearsActive");

        CatalogValidation validation = Scorer.validateCatalog(catalog, java.util.Locale.ENGLISH);

        assertThat(validation.valid()).isFalse();
        assertThat(validation.catalog()).isNull();
        assertThat(validation.problems()).extracting(CatalogProblem::code).containsExactly("GRILLE-DRL-UNKNOWN-TYPE");
        assertThat(Scorer.validateCatalog(TestCatalogs.source("mini"), java.util.Locale.ENGLISH).valid()).isTrue();
    }
}
