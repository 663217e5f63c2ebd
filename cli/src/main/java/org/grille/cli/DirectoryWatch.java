package org.grille.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Tells when a catalog directory has changed and then stayed still. It compares snapshots (every file's path, size
 * and modification time) rather than listening for file-system events, so it sees an editor's atomic save (write a
 * temporary file, rename it over the old one), a file deleted then created again, a directory renamed away and back,
 * or a symbolic link swapped: whatever the editor does, the next snapshot differs. A change counts once no file has
 * moved for the settle time, so a half-written file is never read.
 */
final class DirectoryWatch {

    private final Path directory;
    private final Duration poll;
    private final Duration settle;
    private Map<String, String> last;

    DirectoryWatch(Path directory, Duration poll, Duration settle) {
        this.directory = directory;
        this.poll = poll;
        this.settle = settle;
        this.last = snapshot();
    }

    /**
     * Waits until the directory differs from the last snapshot and has then been still for the settle time.
     *
     * @return true after such a change; false when the thread was interrupted (Ctrl-C) first
     */
    boolean awaitChange() {
        try {
            Map<String, String> changed;
            do {
                Thread.sleep(poll.toMillis());
                changed = snapshot();
            } while (changed.equals(last));
            long stillSince = System.nanoTime();
            while (System.nanoTime() - stillSince < settle.toNanos()) {
                Thread.sleep(poll.toMillis());
                Map<String, String> now = snapshot();
                if (!now.equals(changed)) {
                    changed = now;
                    stillSince = System.nanoTime();
                }
            }
            last = changed;
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Every file under the directory with its size and modification time; empty while the directory is missing. */
    private Map<String, String> snapshot() {
        Map<String, String> files = new TreeMap<>();
        Path root = directory.toAbsolutePath();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root, 8, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            walk.forEach(path -> {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                    if (attributes.isRegularFile()) {
                        files.put(root.relativize(path).toString(), attributes.size() + "@" + attributes.lastModifiedTime().toMillis()
                                + "#" + attributes.fileKey());
                    }
                } catch (IOException e) {
                    files.put(root.relativize(path).toString(), "unreadable"); // gone between listing and reading
                }
            });
        } catch (IOException | UncheckedIOException e) {
            files.put("", "unreadable"); // the directory moved while it was read: the next poll looks again
        }
        return files;
    }
}
