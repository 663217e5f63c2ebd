package org.grille.engine.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

/** What a catalog directory holds, as one hash: a check of unchanged content is the hash and nothing else. */
final class CatalogContent {

    private CatalogContent() {
    }

    /**
     * SHA-256 of every file under the directory, paths included, in a fixed order. The directory is resolved first, so
     * a symlinked directory is hashed through its link; entries whose name starts with {@code ..} (a Kubernetes
     * ConfigMap's {@code ..data} and timestamped folders) are left out, since the visible files link into them.
     * A directory that is missing or unreadable is an {@link UncheckedIOException}.
     */
    static String hash(Path directory) {
        Path root;
        try {
            root = directory.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the catalog directory " + directory, e);
        }
        try (Stream<Path> files = Files.walk(root)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : (Iterable<Path>) files.filter(f -> !LastGoodCopy.kubernetesInternal(root.relativize(f)))
                    .filter(Files::isRegularFile).sorted()::iterator) {
                digest.update(root.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the catalog directory " + directory, e);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("Cannot read the catalog directory " + directory, e.getCause());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
