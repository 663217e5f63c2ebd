package org.grille.spring;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.grille.api.CatalogInfo;
import org.grille.api.CatalogProblem;
import org.grille.api.CatalogValidation;
import org.grille.api.Scorer;
import org.grille.api.ScorerListener;

/**
 * What happened to the catalog since start-up, as the scorer reports it: the last reload's result and whether the
 * scorer runs on the last good copy. Feeds the health indicator and the info contributor. Thread-safe: the watcher
 * writes, requests read.
 */
public final class CatalogStatus implements ScorerListener {

    /** The result of the last reload. */
    public enum Reload {
        /** No reload since start-up. */
        NONE,
        /** A new version went live. */
        PUBLISHED,
        /** An edit did not pass its checks; the live version stays. */
        REJECTED,
        /** The directory could not be read; the live version stays. */
        UNAVAILABLE,
        /** The directory matches the live version again. */
        RECOVERED
    }

    private record State(Reload reload, Instant at, String problem, boolean lastGoodCopyInUse, CatalogInfo live) {
    }

    private final Clock clock;
    private final Object lock = new Object();
    private volatile State state = new State(Reload.NONE, null, null, false, null);
    private volatile boolean started;

    /** A status that reads the time from the system clock. */
    public CatalogStatus() {
        this(Clock.systemUTC());
    }

    CatalogStatus(Clock clock) {
        this.clock = clock;
    }

    /** Called once the scorer is built: an edit refused from now on no longer means the scorer started from its copy. */
    void scorerStarted() {
        started = true;
    }

    /**
     * Whether the scorer started from the last good copy because the directory did not pass, and no version went live
     * since.
     *
     * @return true while the copy is in service
     */
    public boolean lastGoodCopyInUse() {
        return state.lastGoodCopyInUse();
    }

    /**
     * The result of the last reload.
     *
     * @return {@link Reload#NONE} until the catalog is reloaded
     */
    public Reload lastReload() {
        return state.reload();
    }

    /**
     * The live catalog and what happened to it, for health and info: {@code id}, {@code version}, {@code fingerprint},
     * {@code lastReload} (with {@code lastReloadAt} and {@code lastReloadProblem} when there is one) and
     * {@code lastGoodCopyInUse}.
     *
     * @param scorer the scorer whose live catalog is shown
     * @return the details, in a stable order
     */
    public Map<String, Object> details(Scorer scorer) {
        State now = state;
        // The version the last event spoke of, so that a swap shows its version and its outcome together.
        CatalogInfo live = now.live() != null ? now.live() : scorer.catalog();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("id", live.id());
        details.put("version", live.version());
        details.put("fingerprint", live.fingerprint());
        details.put("lastReload", now.reload().name().toLowerCase(java.util.Locale.ROOT));
        if (now.at() != null) {
            details.put("lastReloadAt", now.at().toString());
        }
        if (now.problem() != null) {
            details.put("lastReloadProblem", now.problem());
        }
        details.put("lastGoodCopyInUse", now.lastGoodCopyInUse());
        return details;
    }

    @Override
    public void published(CatalogInfo previous, CatalogInfo current) {
        record(Reload.PUBLISHED, null, false, current);
    }

    @Override
    public void rejected(CatalogInfo live, CatalogValidation validation) {
        String problem = validation.problems().stream().filter(p -> p.severity() == CatalogProblem.Severity.ERROR)
                .findFirst().map(CatalogProblem::toString)
                .orElseGet(() -> validation.failedScenarios().stream().findFirst()
                        .map(s -> s.file() + ":" + s.line() + " " + s.name()).orElse(null));
        // Before the scorer is built, a refused directory means it starts from the copy; afterwards the copy was already live.
        synchronized (lock) {
            record(Reload.REJECTED, problem, !started || state.lastGoodCopyInUse(), live);
        }
    }

    @Override
    public void unavailable(CatalogInfo live, String reason) {
        synchronized (lock) {
            record(Reload.UNAVAILABLE, reason, state.lastGoodCopyInUse(), live);
        }
    }

    @Override
    public void recovered(CatalogInfo live) {
        // The directory holds the live version again: what runs is what policy staff see.
        record(Reload.RECOVERED, null, false, live);
    }

    private void record(Reload reload, String problem, boolean lastGoodCopyInUse, CatalogInfo live) {
        synchronized (lock) {
            state = new State(reload, clock.instant(), problem, lastGoodCopyInUse, live);
        }
    }
}
