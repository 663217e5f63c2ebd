package org.grille.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.grille.api.CatalogInfo;
import org.grille.api.CatalogListener;
import org.grille.api.CatalogValidation;
import org.grille.api.Scorer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watcher follows every way operations publish a catalog, and keeps following after it: each test publishes
 * once in its style and then edits again in place, which a blind watcher would miss. Waits poll the listener's
 * events with a timeout; nothing sleeps for a fixed time.
 */
@DisplayName("Publishing a watched catalog directory")
class CatalogPublicationTest {

    /** Version B gives the secondary objective 4 points instead of 8: the valid application scores 39, not 40. */
    private static final String VERSION_A = "@points(8) @reason(\"fit.employers\")";
    private static final String VERSION_B = "@points(4) @reason(\"fit.employers\")";
    private static final int SECONDS = 20;

    @TempDir
    Path temp;

    /** What the scorer tells its listener, in order. */
    static final class Recorder implements CatalogListener {
        final BlockingQueue<String> events = new LinkedBlockingQueue<>();

        @Override
        public void published(CatalogInfo previous, CatalogInfo current) {
            events.add("published");
        }

        @Override
        public void rejected(CatalogInfo live, CatalogValidation validation) {
            events.add("rejected");
        }

        @Override
        public void unavailable(CatalogInfo live, String reason) {
            events.add("unavailable");
        }

        @Override
        public void recovered(CatalogInfo live) {
            events.add("recovered");
        }

        String next() throws InterruptedException {
            String event = events.poll(SECONDS, TimeUnit.SECONDS);
            assertThat(event).as("an event within %d s", SECONDS).isNotNull();
            return event;
        }
    }

    private static String points(Path catalog) throws IOException {
        return Files.readString(catalog.resolve("points.drl"), StandardCharsets.UTF_8);
    }

    /** Saves points.drl at once, as an editor that writes a temporary file and renames it. */
    private static void save(Path catalog, String text) throws IOException {
        Path staged = catalog.resolve(".points.drl.tmp");
        Files.writeString(staged, text, StandardCharsets.UTF_8);
        Files.move(staged, catalog.resolve("points.drl"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static int total(Scorer scorer) {
        return scorer.assess(Applications.valid("P-1")).total();
    }

    /** After the style's own publication: an edit in place still goes live. */
    private static void anEditInPlaceStillGoesLive(Scorer scorer, Recorder recorder, Path live) throws Exception {
        save(live, points(live).replace(VERSION_B, VERSION_A));
        assertThat(recorder.next()).isEqualTo("published");
        assertThat(total(scorer)).isEqualTo(40);
    }

    @Test
    void a_rename_swap_goes_live_and_later_edits_are_still_seen() throws Exception {
        Path live = TestCatalogs.copy("mini", temp.resolve("a"));
        Path staging = TestCatalogs.copy("mini", temp.resolve("b"));
        save(staging, points(staging).replace(VERSION_A, VERSION_B));
        Recorder recorder = new Recorder();
        try (Scorer scorer = Scorer.builder().catalogDirectory(live).watchCatalog(recorder).build()) {

            Files.move(live, temp.resolve("a").resolve("old"));   // mv live old
            Files.move(staging, live);                              // mv staging live

            assertThat(recorder.next()).isEqualTo("published");
            assertThat(total(scorer)).isEqualTo(39);
            anEditInPlaceStillGoesLive(scorer, recorder, live);
        }
    }

    @Test
    void a_kubernetes_configmap_symlink_swap_goes_live_and_later_swaps_are_still_seen() throws Exception {
        Path source = TestCatalogs.copy("mini", temp.resolve("source"));
        Path mount = Files.createDirectories(temp.resolve("mount"));
        Path first = copyInto(source, mount.resolve("..2027_01_01"));
        Files.createSymbolicLink(mount.resolve("..data"), first.getFileName());
        try (Stream<Path> files = Files.list(first)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.createSymbolicLink(mount.resolve(file.getFileName()), Path.of("..data").resolve(file.getFileName()));
            }
        }
        Recorder recorder = new Recorder();
        try (Scorer scorer = Scorer.builder().catalogDirectory(mount).watchCatalog(recorder).build()) {

            save(source, points(source).replace(VERSION_A, VERSION_B));
            swapData(mount, copyInto(source, mount.resolve("..2027_01_02")), first);

            assertThat(recorder.next()).isEqualTo("published");
            assertThat(total(scorer)).isEqualTo(39);

            save(source, points(source).replace(VERSION_B, VERSION_A));
            swapData(mount, copyInto(source, mount.resolve("..2027_01_03")), mount.resolve("..2027_01_02"));

            assertThat(recorder.next()).isEqualTo("published");
            assertThat(total(scorer)).isEqualTo(40);
        }
    }

    /** What the kubelet does: a new ..data_tmp link renamed over ..data, then the old folder removed. */
    private static void swapData(Path mount, Path next, Path old) throws IOException {
        Path tmp = Files.createSymbolicLink(mount.resolve("..data_tmp"), next.getFileName());
        Files.move(tmp, mount.resolve("..data"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        delete(old);
    }

    @Test
    void a_deleted_directory_is_reported_and_its_recreation_is_seen() throws Exception {
        Path live = TestCatalogs.copy("mini", temp.resolve("a"));
        Path backup = TestCatalogs.copy("mini", temp.resolve("backup"));
        Recorder recorder = new Recorder();
        try (Scorer scorer = Scorer.builder().catalogDirectory(live).watchCatalog(recorder).build()) {

            delete(live);

            assertThat(recorder.next()).isEqualTo("unavailable");
            assertThat(total(scorer)).as("the live version stays in service").isEqualTo(40);

            copyInto(backup, live);

            assertThat(recorder.next()).isEqualTo("recovered");

            save(live, points(live).replace(VERSION_A, VERSION_B));
            assertThat(recorder.next()).isEqualTo("published");
            assertThat(total(scorer)).isEqualTo(39);
        }
    }

    @Test
    void an_edit_back_to_the_live_content_after_a_rejected_one_is_reported_as_recovered() throws Exception {
        Path live = TestCatalogs.copy("mini", temp);
        String good = points(live);
        Recorder recorder = new Recorder();
        try (Scorer scorer = Scorer.builder().catalogDirectory(live).watchCatalog(recorder).build()) {

            save(live, good.replace("Partner()\n", "Partner(\n"));
            assertThat(recorder.next()).isEqualTo("rejected");

            save(live, good);
            assertThat(recorder.next()).isEqualTo("recovered");

            save(live, good.replace(VERSION_A, VERSION_B));
            assertThat(recorder.next()).isEqualTo("published");
            assertThat(recorder.events).as("each change is told once").isEmpty();
        }
    }

    private static Path copyInto(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return to;
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        }
    }
}
