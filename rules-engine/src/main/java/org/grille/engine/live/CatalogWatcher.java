package org.grille.engine.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a catalog directory on a daemon thread, and asks for a reload after each change. Editors save in several
 * steps, so it waits for the directory to be quiet first: {@value #QUIET_MILLIS} ms for a live scorer, a few
 * milliseconds for a draft that staff watch as they edit ({@link DraftWatch}). The one watcher of Grille: the live
 * reload and {@code grille validate --watch} both use it.
 *
 * <p>It never goes blind, whatever way a new version is published:
 * <ul>
 *   <li>Edits in place and Kubernetes ConfigMap swaps (a {@code ..data} symlink replaced inside the directory) are
 *       events in the directory's own folders.</li>
 *   <li>A rename swap ({@code mv live old; mv staging live}), a symlink swap of the directory itself, or a deletion
 *       and re-creation replace the folder the operating system watches: the parent folder is watched too, for
 *       events that name the directory, and the directory's folders are registered anew after every change.</li>
 *   <li>Without any event (a network file system, a missed event) it looks again every {@value #RESCAN_MILLIS} ms;
 *       a reload of unchanged content is a content hash and nothing else.</li>
 * </ul>
 */
final class CatalogWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogWatcher.class);
    static final long QUIET_MILLIS = 300;
    static final long RESCAN_MILLIS = 2_000;

    private final Path directory;
    private final WatchService service;
    private final List<WatchKey> treeKeys = new ArrayList<>();
    private final WatchKey parentKey;
    private final Thread thread;
    private final long quietMillis;

    /** What the watcher runs after a change, or after a look that found no event. */
    @FunctionalInterface
    interface Reload {
        /**
         * Reloads.
         *
         * @param signalled true after file-system events, false after a periodic look without any
         */
        void run(boolean signalled);
    }

    /** A watcher for a live scorer: waits {@value #QUIET_MILLIS} ms of quiet, and does not reload at once. */
    CatalogWatcher(Path directory, Runnable reload) {
        this(directory, QUIET_MILLIS, false, signalled -> reload.run());
    }

    /**
     * A watcher that reloads after {@code quietMillis} of quiet following a change, and also at once, on its own
     * thread, when {@code reloadAtOnce}: the directory is registered before that first reload, so a save made during
     * it is seen.
     */
    CatalogWatcher(Path directory, long quietMillis, boolean reloadAtOnce, Reload reload) {
        this.quietMillis = quietMillis;
        this.directory = directory.toAbsolutePath().normalize();
        try {
            service = FileSystems.getDefault().newWatchService();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot watch " + directory, e);
        }
        parentKey = watchParent();
        watchTree();
        thread = new Thread(() -> {
            if (reloadAtOnce) {
                run(reload, true);
            }
            loop(reload);
        }, "grille-catalog-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private WatchKey watchParent() {
        Path parent = directory.getParent();
        if (parent == null) {
            return null;
        }
        try {
            return parent.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                    StandardWatchEventKinds.ENTRY_MODIFY);
        } catch (IOException e) {
            LOG.warn("Cannot watch {}; a swap of {} is seen within {} ms instead", parent, directory, RESCAN_MILLIS, e);
            return null;
        }
    }

    /**
     * Registers the directory's folders as they are now, dropping the old registrations: after a swap, the folders
     * the old keys watch are no longer the catalog. A missing directory registers nothing; the parent watch and
     * the rescan bring it back.
     */
    private void watchTree() {
        treeKeys.forEach(WatchKey::cancel);
        treeKeys.clear();
        try (Stream<Path> folders = Files.walk(directory.toRealPath())) {
            for (Path folder : (Iterable<Path>) folders.filter(Files::isDirectory)::iterator) {
                treeKeys.add(folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE));
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.debug("Cannot register {} now; looking again later", directory, e);
        }
    }

    private void loop(Reload reload) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                // events that came during the last reload are waiting here: a save made during a check is checked next
                WatchKey key = service.poll(RESCAN_MILLIS, TimeUnit.MILLISECONDS);
                if (key != null) {
                    boolean relevant = drain(key);
                    WatchKey more;
                    while ((more = service.poll(quietMillis, TimeUnit.MILLISECONDS)) != null) {
                        relevant |= drain(more);
                    }
                    if (!relevant) {
                        continue;
                    }
                }
                watchTree();
                run(reload, key != null);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run(Reload reload, boolean signalled) {
        try {
            reload.run(signalled);
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                LOG.debug("A check of {} stopped by closing the watcher", directory, e); // closed during a check
            } else {
                LOG.error("Reloading the catalog in {} failed; what was in service stays in service", directory, e);
            }
        }
    }

    /** Resets the key; true unless it is the parent's and none of its events names the directory. */
    private boolean drain(WatchKey key) {
        List<WatchEvent<?>> events = key.pollEvents();
        key.reset();
        if (key != parentKey) {
            return true;
        }
        return events.stream().anyMatch(e -> e.kind() == StandardWatchEventKinds.OVERFLOW
                || directory.getFileName().equals(e.context()));
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            service.close();
        } catch (IOException e) {
            LOG.debug("Closing the watch service", e);
        }
    }
}
