package org.grille.engine.live;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A copy of the last catalog version that went live, so a service restarted on a broken directory still starts.
 * The copy is written beside its place and renamed into it, so it is never half written.
 */
final class LastGoodCopy {

    private final Path directory;

    LastGoodCopy(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    Path directory() {
        return directory;
    }

    boolean exists() {
        return Files.isRegularFile(directory.resolve("manifest.json"));
    }

    /**
     * Replaces the copy with the current content of {@code source}, as the catalog reads it: a directory given as a
     * symbolic link, links inside it (a Kubernetes ConfigMap's {@code manifest.json -> ..data/manifest.json}) and
     * linked folders are followed; Kubernetes' own {@code ..}-named entries and anything whose real place lies outside
     * the catalog's real folder are left out.
     */
    void replaceWith(Path source) throws IOException {
        Path root = source.toRealPath();
        Path parent = directory.getParent();
        Files.createDirectories(parent);
        Path staged = Files.createTempDirectory(parent, "." + directory.getFileName() + ".");
        try (Stream<Path> files = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path relative = root.relativize(file);
                if (kubernetesInternal(relative) || !file.toRealPath().startsWith(root)) {
                    continue;
                }
                Path target = staged.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (Files.isRegularFile(file)) {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Path old = parent.resolve("." + directory.getFileName() + ".old");
        delete(old);
        if (Files.exists(directory)) {
            Files.move(directory, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staged, directory, StandardCopyOption.ATOMIC_MOVE);
        delete(old);
    }

    /** Kubernetes' own entries of a mounted ConfigMap ({@code ..data}, {@code ..2027_01_29...}): not the catalog's. */
    static boolean kubernetesInternal(Path relative) {
        for (Path name : relative) {
            if (name.toString().startsWith("..")) {
                return true;
            }
        }
        return false;
    }

    private static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        }
    }
}
