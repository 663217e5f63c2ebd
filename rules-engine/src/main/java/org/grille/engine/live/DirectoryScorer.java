package org.grille.engine.live;

import org.grille.engine.scoring.DroolsScorer;
import org.grille.engine.messages.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.grille.api.ApplicationBatch;
import org.grille.api.Assessment;
import org.grille.api.BatchResult;
import org.grille.api.CatalogInfo;
import org.grille.api.CatalogListener;
import org.grille.api.CatalogValidation;
import org.grille.api.Scorer;
import org.grille.api.ScorerListener;
import org.grille.api.application.Application;
import org.grille.api.fairness.FairnessAudit;
import org.grille.api.funding.AllocationPolicy;
import org.grille.api.funding.FundingPlan;
import org.grille.engine.catalog.DirectoryCatalogSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A scorer over a catalog directory policy staff edit. The live version is one immutable {@link DroolsScorer}
 * behind an atomic reference: each call takes it once, so an assessment (or a whole batch) that started on a
 * version finishes on it, and a switch never shows half a catalog. A new version is published only after it
 * compiles, passes the fairness gate and its scenarios; otherwise the last good version stays live.
 */
public final class DirectoryScorer implements Scorer {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryScorer.class);
    /** Validations of recent contents, by content hash: switching back to a known version costs nothing. */
    private static final int REMEMBERED_VERSIONS = 8;

    private final Path directory;
    private final Messages messages;
    private final int maxRuleFirings;
    private final CatalogListener listener;
    private final AtomicReference<DroolsScorer> live = new AtomicReference<>();
    private final Map<String, Validated> known = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Validated> eldest) {
            return size() > REMEMBERED_VERSIONS;
        }
    };
    private String liveContent;
    private CatalogValidation liveValidation;
    private CatalogWatcher watcher;
    /** What the listener was last told about: the content last looked at, and whether it matches the live version. */
    private String seenContent;
    private CatalogValidation seenValidation;
    private boolean inStep = true;
    private boolean unavailable;

    private final boolean draft;
    private final LastGoodCopy lastGood;
    private final ScorerListener observer;

    public DirectoryScorer(Path directory, Messages messages, int maxRuleFirings, CatalogListener listener, boolean draft,
                    Path lastGoodCopy, ScorerListener observer) {
        this.observer = observer;
        this.draft = draft;
        this.directory = directory;
        this.messages = messages;
        this.maxRuleFirings = maxRuleFirings;
        this.listener = listener;
        this.lastGood = lastGoodCopy == null ? null : new LastGoodCopy(lastGoodCopy);
        String content = CatalogContent.hash(directory);
        Validated first = validate(content);
        if (acceptable(first)) {
            live.set(new DroolsScorer(first.catalog(), messages, maxRuleFirings).observed(observer));
            liveContent = content;
            liveValidation = first.validation();
            seenContent = content;
            seenValidation = first.validation();
            keepCopy();
            return;
        }
        Validated fallback = lastGood == null || !lastGood.exists() ? null
                : new CatalogValidator(messages).validate(new DirectoryCatalogSource(lastGood.directory()), maxRuleFirings);
        if (fallback == null || !fallback.valid()) {
            throw CatalogValidator.invalid(directory.toString(), first.validation(), messages);
        }
        // Start on the last version that went live; the broken directory is reported and retried on the next reload.
        live.set(new DroolsScorer(fallback.catalog(), messages, maxRuleFirings).observed(observer));
        liveContent = null;
        liveValidation = fallback.validation();
        seenContent = content;
        seenValidation = first.validation();
        inStep = false;
        LOG.warn("Catalog in {} does not pass; started from the last good copy {} ({}):{}", directory, lastGood.directory(),
                fallback.catalog().info(), describe(first.validation()));
        listener.rejected(fallback.catalog().info(), first.validation());
    }

    private void keepCopy() {
        if (lastGood != null) {
            try {
                lastGood.replaceWith(directory);
            } catch (IOException | UncheckedIOException e) {
                LOG.warn("Could not keep a copy of the live catalog in {}", lastGood.directory(), e);
            }
        }
    }

    /** Starts watching the directory for edits. */
    public DirectoryScorer watch() {
        watcher = new CatalogWatcher(directory, this::reloadWatched);
        return this;
    }

    /** The watcher's reload: a directory that cannot be read is reported once, and watched until it is back. */
    private synchronized void reloadWatched() {
        try {
            reloadCatalog();
        } catch (UncheckedIOException e) {
            if (!unavailable) {
                unavailable = true;
                inStep = false;
                seenContent = null;
                CatalogInfo current = live.get().catalog();
                String reason = messages.get("catalog.directory.unavailable", directory, current.version());
                LOG.warn("{} ({})", reason, e.getCause() == null ? e.getMessage() : e.getCause().toString());
                listener.unavailable(current, reason);
            }
        }
    }

    /**
     * {@inheritDoc} The listener hears of each change once: the same content looked at again is not reported again,
     * and content back to the live version's after a rejection or an outage is reported as recovered.
     */
    @Override
    public synchronized CatalogValidation reloadCatalog() {
        String content = CatalogContent.hash(directory);
        unavailable = false;
        if (content.equals(seenContent)) {
            return seenValidation;
        }
        seenContent = content;
        if (content.equals(liveContent)) {
            seenValidation = liveValidation;
            if (!inStep) {
                inStep = true;
                LOG.info("Catalog directory {} matches the live version {} again", directory, live.get().catalog());
                listener.recovered(live.get().catalog());
            }
            return liveValidation;
        }
        Validated next = validate(content);
        seenValidation = next.validation();
        CatalogInfo previous = live.get().catalog();
        if (acceptable(next) && next.catalog().info().equals(previous)) {
            // the very version live now, as after a restart from the last good copy and a fix: back in step
            liveContent = content;
            liveValidation = next.validation();
            if (!inStep) {
                inStep = true;
                LOG.info("Catalog directory {} matches the live version {} again", directory, previous);
                listener.recovered(previous);
            }
            return next.validation();
        }
        if (acceptable(next)) {
            live.set(new DroolsScorer(next.catalog(), messages, maxRuleFirings).observed(observer));
            liveContent = content;
            liveValidation = next.validation();
            inStep = true;
            keepCopy();
            LOG.info("Catalog {} published from {} (was {})", next.catalog().info(), directory, previous);
            listener.published(previous, next.catalog().info());
        } else {
            inStep = false;
            LOG.warn("Catalog edit in {} rejected; {} stays live:{}", directory, previous, describe(next.validation()));
            listener.rejected(previous, next.validation());
        }
        return next.validation();
    }

    /** Valid; or, for a draft, compiled without errors even if scenarios fail. */
    private boolean acceptable(Validated validated) {
        if (validated.valid()) {
            return true;
        }
        // a draft's scenarios may fail or not yet cover it; nothing else may be wrong
        return draft && validated.catalog() != null && validated.validation().problems().stream()
                .noneMatch(p -> p.severity() == org.grille.api.CatalogProblem.Severity.ERROR
                        && !p.code().startsWith("GRILLE-SCENARIOS-"));
    }

    private Validated validate(String content) {
        return known.computeIfAbsent(content, c -> new CatalogValidator(messages)
                .validate(new DirectoryCatalogSource(directory), maxRuleFirings));
    }

    private static String describe(CatalogValidation validation) {
        StringBuilder text = new StringBuilder();
        validation.problems().forEach(p -> text.append("\n  ").append(p));
        validation.failedScenarios().forEach(s -> text.append("\n  ").append(s.file()).append(':').append(s.line())
                .append(" [").append(s.name()).append("] ").append(String.join(" ; ", s.failures())));
        return text.toString();
    }

    @Override
    public Assessment assess(Application application) {
        return live.get().assess(application);
    }

    @Override
    public BatchResult assessAll(List<Application> applications) {
        return live.get().assessAll(applications);
    }

    @Override
    public BatchResult assessAll(ApplicationBatch batch) {
        return live.get().assessAll(batch);
    }

    @Override
    public FundingPlan plan(List<Application> applications, AllocationPolicy policy) {
        return live.get().plan(applications, policy);
    }

    /** The planner of the catalog version live now; it keeps that version even if the directory changes later. */
    @Override
    public org.grille.api.funding.FundingPlanner planner() {
        return live.get().planner();
    }

    /** The committee of the catalog version live now; it keeps that version even if the directory changes later. */
    @Override
    public org.grille.api.review.Committee committee() {
        return live.get().committee();
    }

    /** The codec in this scorer's language; it does not depend on the catalog, so a reload does not change it. */
    @Override
    public org.grille.api.JsonCodec json() {
        return live.get().json();
    }

    /** The audits of the catalog version live now; they keep that version even if the directory changes later. */
    @Override
    public org.grille.api.fairness.Fairness fairness() {
        return live.get().fairness();
    }

    /** The report writer of the catalog version live now; it keeps that version even if the directory changes later. */
    @Override
    public org.grille.api.report.ReportWriter reports() {
        return live.get().reports();
    }

    @Override
    public org.grille.api.Explanation explain(org.grille.api.Assessment assessment) {
        return live.get().explain(assessment);
    }

    /** The partnership rules of the catalog version live now; they keep it even if the directory changes later. */
    @Override
    public org.grille.api.partnership.Partnerships partnerships() {
        return live.get().partnerships();
    }

    @Override
    public CatalogInfo catalog() {
        return live.get().catalog();
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
    }
}
