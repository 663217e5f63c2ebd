package org.grille.engine.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A catalog in a directory, which is all the catalog is: a path names a regular file whose real location (symbolic
 * links followed) is inside the directory's real location, no larger than {@link #MAX_FILE_BYTES}. Anything else is
 * never opened, so no message can quote it: a link to a file elsewhere, a folder, a FIFO, a device.
 */
public final class DirectoryCatalogSource implements CatalogSource {

    /** The largest catalog file read: the bundled catalog's largest is 30 KB. */
    static final int MAX_FILE_BYTES = 1024 * 1024;
    /** How many entries the search for rule files the manifest forgot looks at, at most. */
    private static final int MAX_LISTED = 2_000;
    /** A path as the manifest may write it: relative, '/' between names, no "." or ".." and no backslash. */
    private static final Pattern RELATIVE = Pattern.compile("(?!.*(^|/)\\.{1,2}(/|$))[^/\\\\\\x00][^\\\\\\x00]*");

    private final Path root;

    public DirectoryCatalogSource(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public Optional<byte[]> read(String path) {
        Opened opened = open(path);
        return Optional.ofNullable(opened.bytes());
    }

    @Override
    public Optional<String> refusal(String path) {
        return Optional.ofNullable(open(path).refusal());
    }

    @Override
    public List<String> ruleFilesPresent() {
        List<String> found = new ArrayList<>();
        try (var files = Files.walk(root, 4, new FileVisitOption[0])) {
            files.limit(MAX_LISTED)
                    .filter(file -> file.getFileName().toString().endsWith(".drl"))
                    .filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                    .forEach(file -> found.add(root.relativize(file).toString().replace('\\', '/')));
        } catch (IOException | UncheckedIOException e) {
            return found;
        }
        return found;
    }

    /** What a path of the manifest holds: the bytes, or the reason they are not read, or neither when it is missing. */
    private record Opened(byte[] bytes, String refusal) {
        static final Opened MISSING = new Opened(null, null);
    }

    private Opened open(String path) {
        if (path == null || !RELATIVE.matcher(path).matches()) {
            return new Opened(null, "FILE-OUTSIDE-CATALOG");
        }
        try {
            Path realRoot = root.toRealPath();
            Path file = root.resolve(path);
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                return Opened.MISSING;
            }
            Path real = file.toRealPath();
            if (!real.startsWith(realRoot)) {
                return new Opened(null, "FILE-OUTSIDE-CATALOG");
            }
            BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return new Opened(null, "FILE-NOT-REGULAR");
            }
            if (attributes.size() > MAX_FILE_BYTES) {
                return new Opened(null, "FILE-TOO-LARGE");
            }
            try (InputStream in = Files.newInputStream(real)) {
                byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
                // the file may have grown since its size was read
                return bytes.length > MAX_FILE_BYTES ? new Opened(null, "FILE-TOO-LARGE") : new Opened(bytes, null);
            }
        } catch (NoSuchFileException e) {
            return Opened.MISSING; // a dangling link, or a file removed while the catalog was read
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path + " in " + root, e);
        }
    }

    @Override
    public String describe() {
        return root.toString();
    }
}
