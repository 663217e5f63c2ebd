package org.grille.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a catalog directory and its folders on a daemon thread. Editors save in several steps, so it waits
 * for the directory to be quiet for {@value #QUIET_MILLIS} ms before it asks for a reload.
 */
final class CatalogWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogWatcher.class);
    static final long QUIET_MILLIS = 300;

    private final WatchService service;
    private final Thread thread;

    CatalogWatcher(Path directory, Runnable reload) {
        try {
            service = FileSystems.getDefault().newWatchService();
            register(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot watch " + directory, e);
        }
        thread = new Thread(() -> loop(directory, reload), "grille-catalog-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void register(Path directory) throws IOException {
        try (Stream<Path> folders = Files.walk(directory)) {
            for (Path folder : (Iterable<Path>) folders.filter(Files::isDirectory)::iterator) {
                folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void loop(Path directory, Runnable reload) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = service.take();
                drain(key);
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                register(directory);
                try {
                    reload.run();
                } catch (RuntimeException e) {
                    LOG.error("Reloading the catalog in {} failed; the live version stays in service", directory, e);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.error("Stopped watching {}", directory, e);
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
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
