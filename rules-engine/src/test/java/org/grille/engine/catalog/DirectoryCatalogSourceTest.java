package org.grille.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** A catalog is its folder: what is read, what is refused, and why. */
class DirectoryCatalogSourceTest {

    @TempDir
    Path root;

    @Test
    void a_file_of_the_folder_is_read_and_a_missing_one_is_neither_read_nor_refused() throws Exception {
        Files.createDirectories(root.resolve("objectives"));
        Files.writeString(root.resolve("objectives/a.drl"), "package x;");
        DirectoryCatalogSource source = new DirectoryCatalogSource(root);

        assertThat(source.read("objectives/a.drl")).hasValueSatisfying(bytes -> assertThat(new String(bytes)).isEqualTo("package x;"));
        assertThat(source.refusal("objectives/a.drl")).isEmpty();
        assertThat(source.read("missing.drl")).isEmpty();
        assertThat(source.refusal("missing.drl")).isEmpty();
        assertThat(source.describe()).isEqualTo(root.toAbsolutePath().normalize().toString());
    }

    @Test
    void paths_that_could_leave_the_folder_are_refused_as_written() {
        DirectoryCatalogSource source = new DirectoryCatalogSource(root);
        for (String path : new String[] {"../a.drl", "a/../../b.drl", "/etc/passwd", "a\\b.drl", "", "./a.drl", "a/./b.drl", "..",
                "a/.."}) {
            assertThat(source.refusal(path)).as(path).hasValue("FILE-OUTSIDE-CATALOG");
            assertThat(source.read(path)).as(path).isEmpty();
        }
        assertThat(source.refusal(null)).hasValue("FILE-OUTSIDE-CATALOG");
    }

    @Test
    void a_file_of_exactly_the_largest_size_is_read_and_one_byte_more_is_not() throws Exception {
        Files.write(root.resolve("max.drl"), new byte[DirectoryCatalogSource.MAX_FILE_BYTES]);
        Files.write(root.resolve("over.drl"), new byte[DirectoryCatalogSource.MAX_FILE_BYTES + 1]);
        DirectoryCatalogSource source = new DirectoryCatalogSource(root);

        assertThat(source.read("max.drl")).hasValueSatisfying(bytes -> assertThat(bytes).hasSize(DirectoryCatalogSource.MAX_FILE_BYTES));
        assertThat(source.read("over.drl")).isEmpty();
        assertThat(source.refusal("over.drl")).hasValue("FILE-TOO-LARGE");
    }

    @Test
    void a_folder_is_not_a_file() throws Exception {
        Files.createDirectories(root.resolve("dir.drl"));

        assertThat(new DirectoryCatalogSource(root).refusal("dir.drl")).hasValue("FILE-NOT-REGULAR");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void a_link_inside_the_folder_is_followed_a_link_outside_is_refused_a_dangling_one_is_missing(@TempDir Path elsewhere)
            throws Exception {
        Files.writeString(root.resolve("real.drl"), "inside");
        Files.createSymbolicLink(root.resolve("alias.drl"), root.resolve("real.drl"));
        Files.writeString(elsewhere.resolve("secret.drl"), "outside");
        Files.createSymbolicLink(root.resolve("secret.drl"), elsewhere.resolve("secret.drl"));
        Files.createSymbolicLink(root.resolve("dangling.drl"), root.resolve("nothing.drl"));
        DirectoryCatalogSource source = new DirectoryCatalogSource(root);

        assertThat(source.read("alias.drl")).map(String::new).isEqualTo(Optional.of("inside"));
        assertThat(source.refusal("secret.drl")).hasValue("FILE-OUTSIDE-CATALOG");
        assertThat(source.read("dangling.drl")).isEmpty();
        assertThat(source.refusal("dangling.drl")).isEmpty();
        assertThat(source.ruleFilesPresent()).containsExactlyInAnyOrder("real.drl");
    }

    @Test
    void rule_files_present_are_listed_with_their_folders_and_nothing_else() throws Exception {
        Files.createDirectories(root.resolve("objectives"));
        Files.writeString(root.resolve("objectives/a.drl"), "");
        Files.writeString(root.resolve("b.drl"), "");
        Files.writeString(root.resolve("notes.txt"), "");
        Files.createDirectories(root.resolve("folder.drl"));

        assertThat(new DirectoryCatalogSource(root).ruleFilesPresent()).containsExactlyInAnyOrder("objectives/a.drl", "b.drl");
        assertThat(new DirectoryCatalogSource(root.resolve("absent")).ruleFilesPresent()).isEmpty();
    }
}
