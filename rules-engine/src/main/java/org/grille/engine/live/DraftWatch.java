package org.grille.engine.live;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.grille.api.CatalogValidation;
import org.grille.api.CatalogWatch;
import org.grille.api.Scorer;
import org.grille.engine.catalog.DirectoryCatalogSource;
import org.grille.engine.messages.Messages;

/**
 * A draft catalog directory validated at once and after every save ({@link CatalogWatch}), on the
 * {@link CatalogWatcher} a live scorer uses. Each check is the validation {@code grille validate} runs; the checks of
 * the last few contents are kept by their hash, so going back to one (an undo, a save without a change) costs the
 * hash alone.
 */
public final class DraftWatch implements CatalogWatch {

    /**
     * How long the directory must be still after an event before a check: an editor's atomic save (a temporary file,
     * then its rename) is two events well under a millisecond apart, and staff wait for the verdict. A save that
     * lands during a check is checked right after it, so a check never stays on a half-written file.
     */
    static final long QUIET_MILLIS = 15;
    private static final int REMEMBERED_VERSIONS = 8;

    private final Path directory;
    private final CatalogValidator validator;
    private final Listener listener;
    private final CatalogWatcher watcher;
    private final Map<String, CatalogValidation> known = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CatalogValidation> eldest) {
            return size() > REMEMBERED_VERSIONS;
        }
    };
    /** The content last checked, or null before the first check and after a directory that could not be read. */
    private String checked;
    private boolean checkedOnce;
    private volatile boolean closed;

    private DraftWatch(Path directory, Messages messages, Listener listener) {
        this.directory = directory.toAbsolutePath().normalize();
        this.validator = new CatalogValidator(messages);
        this.listener = listener;
        this.watcher = new CatalogWatcher(this.directory, QUIET_MILLIS, true, this::check);
    }

    /**
     * Starts watching and checks at once, on the watcher's thread.
     *
     * @param directory the draft catalog directory
     * @param messages  the language of the problems
     * @param listener  told of each check
     * @return the running watch
     */
    public static CatalogWatch start(Path directory, Messages messages, Listener listener) {
        return new DraftWatch(directory, messages, listener);
    }

    /**
     * One check, on the watcher's thread. A periodic look that finds the content it checked last reports nothing; a
     * save does, even one that changed nothing, since staff wait for a verdict after each save.
     */
    private void check(boolean signalled) {
        String before = hash();
        if (closed || !signalled && checkedOnce && java.util.Objects.equals(before, checked)) {
            return;
        }
        listener.checking();
        CatalogValidation validation = before == null ? null : known.get(before);
        if (validation == null) {
            validation = validator.validate(new DirectoryCatalogSource(directory), Scorer.Builder.DEFAULT_MAX_RULE_FIRINGS)
                    .validation();
            // kept only if nothing changed while it was read; a save during the check brings another one anyway
            if (before != null && before.equals(hash())) {
                known.put(before, validation);
            }
        }
        checked = before;
        checkedOnce = true;
        if (!closed) {
            listener.checked(validation);
        }
    }

    /** The content's hash, or null while the directory cannot be read: the validation says what is wrong. */
    private String hash() {
        try {
            return CatalogContent.hash(directory);
        } catch (UncheckedIOException e) {
            return null;
        }
    }

    @Override
    public void close() {
        closed = true;
        watcher.close();
    }
}
