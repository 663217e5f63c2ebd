package org.grille.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.grille.cli.GrilleCliTest.Run;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command that writes a file, against a full disk and a read-only folder: the earlier file stays byte for byte,
 * no temporary file is left, the exit code is 6 and standard error holds one documented line in the user's language.
 */
@DisplayName("Output files: complete or untouched")
class OutputFaultsTest {

    private static final String SAMPLES = SampleCall.SAMPLES.toString();
    private static final byte[] OLDER = "the older, good output\n".getBytes(StandardCharsets.UTF_8);
    private static final Path DEV_FULL = Path.of("/dev/full");

    /** Every writing command, its output file name last. */
    static Stream<Arguments> writingCommands() {
        List<Arguments> commands = new ArrayList<>();
        for (String lang : List.of("fr", "en")) {
            commands.add(Arguments.of(lang, List.of("score", SAMPLES)));
            commands.add(Arguments.of(lang, List.of("score", SAMPLES, "--format", "json")));
            commands.add(Arguments.of(lang, List.of("score", SAMPLES, "--format", "csv")));
            commands.add(Arguments.of(lang, List.of("score", "--stream", SAMPLES)));
            commands.add(Arguments.of(lang, List.of("partners", SAMPLES)));
            commands.add(Arguments.of(lang, List.of("partners", SAMPLES, "--format", "json")));
            commands.add(Arguments.of(lang, List.of("report", SAMPLES)));
        }
        return commands.stream();
    }

    @ParameterizedTest(name = "{1} --lang {0}")
    @MethodSource("writingCommands")
    @DisplayName("a full disk (writes go to /dev/full, the kernel's own ENOSPC) leaves the earlier file and says so in one line")
    void full_disk(String lang, List<String> command, @TempDir Path folder) throws Exception {
        assumeTrue(Files.isWritable(DEV_FULL), "needs Linux's /dev/full");
        Path target = older(folder);

        Run run = AtomicOutput.using(temporary -> FileChannel.open(DEV_FULL, StandardOpenOption.WRITE),
                () -> grille(command, lang, target));

        assertUntouched(run, target, folder, diskFull(lang, folder, target));
    }

    @ParameterizedTest(name = "{1} --lang {0}")
    @MethodSource("writingCommands")
    @DisplayName("a read-only folder leaves the earlier file and says so in one line")
    void read_only_folder(String lang, List<String> command, @TempDir Path temp) throws Exception {
        Path folder = Files.createDirectory(temp.resolve("out"));
        Path target = older(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            if (!Files.isWritable(folder)) {
                assertUntouched(grille(command, lang, target), target, folder, permission(lang, folder, target));
                return;
            }
            // Running as root: permissions do not stop a write. Make the folder's file system read-only for real
            // when this container lets us mount one; otherwise make the folder refuse the file as a read-only one does.
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            if (Mount.tmpfs(folder, "size=1m")) {
                try {
                    Path mounted = older(folder);
                    assumeTrue(Mount.run("mount", "-o", "remount,ro", folder.toString()), "remount read-only");
                    assertUntouched(grille(command, lang, mounted), mounted, folder, readOnly(lang, folder, mounted));
                } finally {
                    Mount.run("umount", folder.toString());
                }
                return;
            }
            Run run = AtomicOutput.using(temporary -> {
                throw new AccessDeniedException(temporary.toString());
            }, () -> grille(command, lang, target));
            assertUntouched(run, target, folder, permission(lang, folder, target));
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    @DisplayName("a real full file system (a 64 KB tmpfs, filled): every command fails cleanly, the earlier file stays")
    void real_full_file_system(@TempDir Path temp) throws Exception {
        Path folder = Files.createDirectory(temp.resolve("small"));
        assumeTrue(Mount.tmpfs(folder, "size=64k"), "mounting a tmpfs is not permitted here");
        try {
            Path target = older(folder);
            Path filler = folder.resolve("filler");
            try (OutputStream out = Files.newOutputStream(filler)) {
                byte[] block = new byte[4096];
                for (int i = 0; i < 64; i++) {
                    out.write(block);
                }
            } catch (IOException full) {
                // the disk is now full, which is the point
            }
            List<Arguments> commands = writingCommands().toList();
            for (Arguments arguments : commands) {
                String lang = (String) arguments.get()[0];
                @SuppressWarnings("unchecked")
                List<String> command = (List<String>) arguments.get()[1];
                Run run = grille(command, lang, target);
                assertThat(run.exitCode()).as("%s", command).isEqualTo(Grille.EXIT_NOT_WRITTEN);
                assertThat(run.err()).as("%s", command).isEqualTo(diskFull(lang, folder, target) + "\n");
                assertThat(Files.readAllBytes(target)).isEqualTo(OLDER);
                try (Stream<Path> files = Files.list(folder)) {
                    assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("out.txt", "filler");
                }
            }
        } finally {
            Mount.run("umount", folder.toString());
        }
    }

    @Test
    @DisplayName("a folder that is a file: nothing created, one line, exit 6")
    void parent_is_a_file(@TempDir Path temp) throws Exception {
        Path file = Files.writeString(temp.resolve("notes"), "kept");
        Path target = file.resolve("out.txt");

        Run run = grille(List.of("score", SAMPLES), "en", target);

        assertThat(run.exitCode()).isEqualTo(Grille.EXIT_NOT_WRITTEN);
        assertThat(run.err()).isEqualTo("The folder " + file + " does not exist or is not a folder: nothing was written, "
                + target + " was not created.\n");
        assertThat(Files.readString(file)).isEqualTo("kept");
    }

    @Test
    @DisplayName("a target that is a folder: the folder left as it was, one line, exit 6")
    void target_is_a_folder(@TempDir Path temp) throws Exception {
        Path target = Files.createDirectory(temp.resolve("out.txt"));

        Run fr = grille(List.of("score", SAMPLES, "--format", "json"), "fr", target);
        Run en = grille(List.of("partners", SAMPLES), "en", target);

        assertThat(fr.exitCode()).isEqualTo(Grille.EXIT_NOT_WRITTEN);
        assertThat(fr.err()).isEqualTo(target + " est un dossier, pas un fichier : rien n'a été écrit.\n");
        assertThat(en.exitCode()).isEqualTo(Grille.EXIT_NOT_WRITTEN);
        assertThat(en.err()).isEqualTo(target + " is a folder, not a file: nothing was written.\n");
        assertThat(target).isEmptyDirectory();
        assertOnlyTarget(temp, target);
    }

    @Test
    @DisplayName("a killed run's temporary file is removed by the next write; nothing else is")
    void leftovers_of_a_killed_run_are_removed(@TempDir Path folder) throws Exception {
        FileTime twoMinutesAgo = FileTime.from(Instant.now().minusSeconds(120));
        Path killed = old(folder.resolve(".out.txt.8731264412.tmp"), twoMinutesAgo);
        Path writing = folder.resolve(".out.txt.55.tmp"); // younger than a minute: perhaps a run still writing
        Files.writeString(writing, "partial");
        Path notOurs = old(folder.resolve(".out.txt.backup.tmp"), twoMinutesAgo);
        Path otherTarget = old(folder.resolve(".other.txt.123.tmp"), twoMinutesAgo);
        Path target = older(folder);

        Run run = grille(List.of("score", SAMPLES), "en", target);

        assertThat(run.exitCode()).isIn(Grille.EXIT_OK, Grille.EXIT_SOME_REJECTED);
        assertThat(killed).doesNotExist();
        assertThat(writing).exists();
        assertThat(notOurs).exists();
        assertThat(otherTarget).exists();
        assertThat(Files.readString(target)).contains("Rank");
        assertThat(run.err()).startsWith("Result written to ");
    }

    @Test
    @DisplayName("a replaced file keeps its permissions; a new file gets a new file's usual ones, not owner-only")
    void permissions_are_those_of_the_earlier_or_of_a_new_file(@TempDir Path folder) throws Exception {
        Path earlier = older(folder);
        Files.setPosixFilePermissions(earlier, PosixFilePermissions.fromString("rw-r-----"));
        Path usual = Files.createFile(folder.resolve("usual"));

        AtomicOutput.write(earlier, out -> out.write(1));
        AtomicOutput.write(folder.resolve("new.txt"), out -> out.write(1));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(earlier))).isEqualTo("rw-r-----");
        assertThat(Files.getPosixFilePermissions(folder.resolve("new.txt"))).isEqualTo(Files.getPosixFilePermissions(usual));
    }

    @Test
    @DisplayName("AtomicOutput: the reason is read from the exception, whatever a writer wrapped it in")
    void reasons_are_classified(@TempDir Path folder) throws Exception {
        Path target = older(folder);

        assertReason(target, new FileSystemException(target.toString(), null, "No space left on device"),
                OutputFailure.Reason.DISK_FULL);
        assertReason(target, new IOException("Disk quota exceeded"), OutputFailure.Reason.QUOTA);
        assertReason(target, new FileSystemException(target.toString(), null, "Read-only file system"),
                OutputFailure.Reason.READ_ONLY);
        assertReason(target, new AccessDeniedException(target.toString()), OutputFailure.Reason.PERMISSION);
        assertReason(target, new IOException("Input/output error"), OutputFailure.Reason.OTHER);
        OutputFailure other = catchFailure(target, new IOException("Input/output error"));
        assertThat(other.line(new Text(java.util.Locale.CANADA))).isEqualTo("Writing in the folder " + folder
                + " failed (Input/output error): nothing was written, the earlier " + target + " is untouched.");
    }

    @Test
    @DisplayName("AtomicOutput: a PrintWriter that swallows the error cannot make a full disk look like success")
    void a_swallowed_error_still_fails(@TempDir Path folder) throws Exception {
        assumeTrue(Files.isWritable(DEV_FULL), "needs Linux's /dev/full");
        Path target = older(folder);

        assertThatThrownBy(() -> AtomicOutput.using(temporary -> FileChannel.open(DEV_FULL, StandardOpenOption.WRITE), () -> {
            AtomicOutput.write(target, out -> {
                PrintWriter writer = new PrintWriter(out);
                writer.print("x".repeat(200_000));
                writer.flush(); // swallows ENOSPC
            });
            return null;
        })).isInstanceOfSatisfying(OutputFailure.class, f -> assertThat(f.reason()).isEqualTo(OutputFailure.Reason.DISK_FULL));
        assertThat(Files.readAllBytes(target)).isEqualTo(OLDER);
        assertOnlyTarget(folder, target);
    }

    @Test
    @DisplayName("AtomicOutput: an error that is not the file's is a bug, passed on as it is, the temporary file removed")
    void a_bug_is_not_an_output_failure(@TempDir Path folder) throws Exception {
        Path target = older(folder);

        assertThatThrownBy(() -> AtomicOutput.write(target, out -> {
            out.write(1);
            throw new IllegalStateException("a bug");
        })).isExactlyInstanceOf(IllegalStateException.class);
        assertThat(Files.readAllBytes(target)).isEqualTo(OLDER);
        assertOnlyTarget(folder, target);
    }

    private static void assertReason(Path target, IOException thrown, OutputFailure.Reason expected) throws IOException {
        assertThat(catchFailure(target, thrown).reason()).as(thrown.toString()).isEqualTo(expected);
        assertThat(Files.readAllBytes(target)).isEqualTo(OLDER);
        assertOnlyTarget(target.getParent(), target);
    }

    private static OutputFailure catchFailure(Path target, IOException thrown) {
        try {
            AtomicOutput.write(target, out -> {
                out.write("half".getBytes(StandardCharsets.UTF_8));
                out.flush();
                // as Jackson 3 and the report's template hand it on: wrapped in an unchecked exception
                throw new java.io.UncheckedIOException(thrown);
            });
        } catch (OutputFailure failure) {
            return failure;
        }
        throw new AssertionError("no OutputFailure for " + thrown);
    }

    private static Run grille(List<String> command, String lang, Path target) {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("--lang", lang, "-o", target.toString()));
        return GrilleCliTest.grille(args.toArray(String[]::new));
    }

    private static Path older(Path folder) throws IOException {
        return Files.write(folder.resolve("out.txt"), OLDER);
    }

    private static Path old(Path file, FileTime time) throws IOException {
        Files.writeString(file, "partial");
        Files.setLastModifiedTime(file, time);
        return file;
    }

    private static void assertUntouched(Run run, Path target, Path folder, String line) throws IOException {
        assertThat(run.exitCode()).isEqualTo(Grille.EXIT_NOT_WRITTEN);
        assertThat(run.err()).isEqualTo(line + "\n");
        assertThat(run.out()).isEmpty();
        assertThat(Files.readAllBytes(target)).isEqualTo(OLDER);
        assertOnlyTarget(folder, target);
    }

    private static void assertOnlyTarget(Path folder, Path target) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }
    }

    private static String diskFull(String lang, Path folder, Path target) {
        return "fr".equals(lang)
                ? "Le disque qui contient " + folder + " est plein : rien n'a été écrit, l'ancien fichier " + target + " est intact."
                : "The disk holding " + folder + " is full: nothing was written, the earlier " + target + " is untouched.";
    }

    private static String readOnly(String lang, Path folder, Path target) {
        return "fr".equals(lang)
                ? "Le disque qui contient " + folder + " est en lecture seule : rien n'a été écrit, l'ancien fichier " + target
                        + " est intact."
                : "The disk holding " + folder + " is read-only: nothing was written, the earlier " + target + " is untouched.";
    }

    private static String permission(String lang, Path folder, Path target) {
        return "fr".equals(lang)
                ? "Vous n'avez pas le droit d'écrire dans le dossier " + folder + " : rien n'a été écrit, l'ancien fichier "
                        + target + " est intact."
                : "You may not write in the folder " + folder + ": nothing was written, the earlier " + target + " is untouched.";
    }

    /** A small tmpfs, when this machine lets the tests mount one (root in a privileged container): never required. */
    static final class Mount {

        static boolean tmpfs(Path folder, String options) {
            return run("mount", "-t", "tmpfs", "-o", options, "tmpfs", folder.toString());
        }

        static boolean run(String... command) {
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
