package org.grille.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Writes a result file all or nothing: into a temporary file {@code .<name>.<random>.tmp} beside it, flushed and
 * synced, then renamed over it. A reader never sees a half-written file; a full disk, a quota, a read-only folder or a
 * killed process leaves the previous file as it was. Any failure removes the temporary file and becomes one
 * {@link OutputFailure}; temporary files a killed run left behind are removed by the next write of the same target.
 */
final class AtomicOutput {

    /** Writes the content. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Opens the temporary file for writing. Tests replace it to fail as a full disk does; nothing else does. */
    interface Opener {
        FileChannel open(Path temporary) throws IOException;
    }

    /** Older than this, a temporary file of ours is a killed run's: a younger one may be a run still writing. */
    static final Duration LEFTOVER_AGE = Duration.ofMinutes(1);

    private static final Opener FILE = temporary -> FileChannel.open(temporary, StandardOpenOption.WRITE);
    private static final ThreadLocal<Opener> OPENER = ThreadLocal.withInitial(() -> FILE);

    private AtomicOutput() {
    }

    /** Writes {@code target}, or throws {@link OutputFailure} and leaves it as it was. */
    static void write(Path target, Content content) {
        Path absolute = target.toAbsolutePath().normalize();
        boolean existed = Files.isRegularFile(absolute);
        Path temporary = null;
        try {
            Path directory = absolute.getParent();
            Files.createDirectories(directory);
            removeLeftovers(absolute);
            temporary = createTemporary(absolute, existed);
            fill(temporary, content);
            move(temporary, absolute);
            temporary = null;
        } catch (IOException | RuntimeException e) {
            IOException cause = ioCause(e);
            if (cause == null) {
                throw (RuntimeException) e; // not the file's fault: a bug, reported as such
            }
            throw new OutputFailure(absolute, existed, cause);
        } finally {
            if (temporary != null) {
                deleteQuietly(temporary);
            }
        }
    }

    /** Runs {@code action} with writes going through {@code opener} on this thread: the tests' way to fail a write. */
    static <T> T using(Opener opener, Callable<T> action) throws Exception {
        OPENER.set(opener);
        try {
            return action.call();
        } finally {
            OPENER.remove();
        }
    }

    /**
     * A new empty {@code .<name>.<digits>.tmp} (created exclusively: never through a planted link) with the earlier
     * file's permissions, or a new file's usual ones: not createTempFile's owner-only, which would leave a shared
     * report unreadable to the rest of the team.
     */
    private static Path createTemporary(Path target, boolean existed) throws IOException {
        String prefix = "." + target.getFileName() + ".";
        for (int attempt = 0; ; attempt++) {
            Path candidate = target.resolveSibling(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                Files.createFile(candidate);
            } catch (FileAlreadyExistsException taken) {
                if (attempt < 100) {
                    continue;
                }
                throw new IOException("no free temporary name beside " + target, taken);
            }
            if (existed && Files.getFileStore(candidate).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(candidate, Files.getPosixFilePermissions(target));
            }
            return candidate;
        }
    }

    private static void fill(Path temporary, Content content) throws IOException {
        try (FileChannel channel = OPENER.get().open(temporary)) {
            Watched watched = new Watched(Channels.newOutputStream(channel));
            try {
                OutputStream out = new BufferedOutputStream(watched, 1 << 16);
                content.writeTo(out);
                out.flush();
            } catch (IOException | RuntimeException e) {
                if (watched.failure != null) {
                    throw watched.failure; // the file's own error, whatever a writer (Jackson, a template) made of it
                }
                throw e;
            }
            if (watched.failure != null) {
                throw watched.failure; // a PrintWriter on the way swallowed it
            }
            channel.force(true);
        }
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Removes {@code .<name>.<digits>.tmp} files beside the target older than {@link #LEFTOVER_AGE}: only that exact
     * pattern, only regular files (never through a link). Best effort: the write itself says if the folder is unusable.
     */
    static void removeLeftovers(Path target) {
        Pattern ours = Pattern.compile("\\." + Pattern.quote(target.getFileName().toString()) + "\\.[0-9]+\\.tmp");
        Instant killedBefore = Instant.now().minus(LEFTOVER_AGE);
        DirectoryStream.Filter<Path> named = entry -> ours.matcher(entry.getFileName().toString()).matches();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(target.getParent(), named)) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(entry, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(killedBefore)) {
                    Files.deleteIfExists(entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            // nothing to do: a leftover we cannot remove harms no one more than it did
        }
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // the folder refuses even this; the next write's cleanup will try again
        }
    }

    private static IOException ioCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    /** Keeps the first write error, so a writer that swallows it (PrintWriter) cannot hide it. */
    private static final class Watched extends FilterOutputStream {

        IOException failure;

        Watched(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw kept(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw kept(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw kept(e);
            }
        }

        private IOException kept(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
