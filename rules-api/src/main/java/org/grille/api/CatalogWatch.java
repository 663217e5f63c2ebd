package org.grille.api;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * A draft catalog directory checked again after every save, as {@code grille validate --watch} does: each check is
 * exactly what {@link Scorer#validateCatalog} returns for the directory's content at that moment. The directory is
 * watched by the same watcher a live-reloading scorer uses ({@link Scorer.Builder#watchCatalog}): edits in place,
 * atomic saves, a folder renamed or a link swapped, and a look every two seconds in case an event was missed.
 *
 * <pre>{@code
 * try (CatalogWatch watch = CatalogWatch.start(directory, Locale.FRENCH, validation -> show(validation))) {
 *     waitForCtrlC();
 * }
 * }</pre>
 *
 * <p>The first check starts at once. A save made during a check is checked right after it; saves made in a burst
 * (an editor's temporary file, then its rename) are checked once, when the directory has been still for a few
 * milliseconds. Nothing is published or scored: this is for staff editing a catalog, not for a service.
 */
public interface CatalogWatch extends AutoCloseable {

    /**
     * Starts watching {@code directory} and checks it at once, on a daemon thread of its own.
     *
     * @param directory the catalog directory, holding {@code manifest.json}
     * @param locale    the language of the problems and scenario failures: French or English
     * @param listener  told of each check; called on the watching thread, one call at a time
     * @return the running watch; closing it stops the watching thread
     * @throws IllegalArgumentException when {@code locale} is neither French nor English
     * @throws EngineLookupException    when {@code org.grille:rules-engine} is missing, or several engines are present
     */
    static CatalogWatch start(Path directory, Locale locale, Listener listener) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(listener, "listener");
        Locale supported = Scorer.Builder.supported(locale);
        return EngineLocator.provider(supported).watch(directory, supported, listener);
    }

    /** Stops watching; a check under way finishes, and its result is not reported. */
    @Override
    void close();

    /** Told of each check of a watched draft directory. */
    @FunctionalInterface
    interface Listener {

        /** A check starts: the directory changed, or the watch has just started. */
        default void checking() {
        }

        /**
         * A check is done.
         *
         * @param validation what {@link Scorer#validateCatalog} returns for the content that was checked
         */
        void checked(CatalogValidation validation);
    }
}
