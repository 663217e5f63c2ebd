package org.grille.api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.grille.api.application.Application;
import org.grille.api.funding.AllocationPolicy;
import org.grille.api.funding.FundingPlan;
import org.grille.api.spi.ScorerSettings;

/**
 * Scores grant applications against a rule catalog.
 *
 * <pre>{@code
 * Scorer scorer = Scorer.builder().build();          // the bundled Montréal inclusive catalog
 * Assessment assessment = scorer.assess(application);
 * }</pre>
 *
 * <p>A scorer is thread-safe: build one at startup and share it. What it answers depends only on the application and
 * the catalog version live at the time (one version for a bundled or draft catalog; a watched directory changes
 * versions in one step). Every application is assessed on its own, so its result is the same alone or in any batch,
 * in any order.
 *
 * <p>Every method throws {@link NullPointerException} when an argument is null, with the argument's name as message
 * ({@code "applications"}); for a list with a null element, the element's ({@code "applications[3]"}).
 */
public interface Scorer extends AutoCloseable {

    /**
     * Scores one application.
     *
     * @param application the application
     * @return its assessment
     * @throws InvalidApplicationException when a field is missing or invalid; every problem is listed
     * @throws AssessmentException         when a rule fails on this application
     * @throws NullPointerException        when {@code application} is null
     */
    Assessment assess(Application application);

    /**
     * Scores each application on its own. An application that is invalid or on which a rule fails becomes a
     * {@link Rejection}; the others are still scored. Never throws for one application's fault.
     *
     * @param applications the applications
     * @return an assessment for each scored application, a rejection for each other one, in input order
     * @throws NullPointerException when {@code applications} or one of its elements is null
     */
    BatchResult assessAll(List<Application> applications);

    /**
     * Scores the readable applications of a batch and carries over the entries that could not be read.
     *
     * @param batch a batch, as {@link JsonCodec#readBatch} reads it
     * @return the assessments and every rejection, read or scored, by input index
     * @throws NullPointerException when {@code batch} is null
     */
    BatchResult assessAll(ApplicationBatch batch);

    /**
     * Scores the applications and allocates the catalog's envelope among them under {@code policy}. Every assessed
     * application gets a decision with its reason; applications that cannot be assessed are listed as rejections.
     * Max-score never fails for size: past the manifest's solver time limit (10 s by default) it returns the best plan
     * found, marked as such in {@link FundingPlan#optimality()} with its bound and gap. To plan from stored
     * assessments without scoring again, use {@link #planner()}.
     *
     * @param applications the applications, in any order (the plan does not depend on it)
     * @param policy       how the envelope is allocated
     * @return the plan, with a decision for every assessed application and the rejections
     * @throws IllegalArgumentException when two applications share an id
     */
    FundingPlan plan(List<Application> applications, AllocationPolicy policy);

    /**
     * A planner that makes plans and audits from stored assessments and requested amounts, without scoring again, with
     * this scorer's catalog (envelope, threshold, tie-break seed, solver time limit).
     *
     * @return the planner, immutable and thread-safe
     * @throws UnsupportedOperationException when this implementation has no planner (the bundled engine has one)
     */
    default org.grille.api.funding.FundingPlanner planner() {
        throw new UnsupportedOperationException("planner: not offered by " + getClass().getName());
    }

    /**
     * The selection committee's side of the live catalog: reads reviews and reviewers, finds conflicts of interest,
     * and combines the reviewers' scores with the rules' points into a final score, kept apart from the rule total.
     *
     * @return the committee of the catalog version live now, immutable and thread-safe
     * @throws UnsupportedOperationException when this implementation has none (the bundled engine has one)
     */
    default org.grille.api.review.Committee committee() {
        throw new UnsupportedOperationException("committee: not offered by " + getClass().getName());
    }

    /**
     * The JSON codec that goes with this scorer: messages in the scorer's language, the {@linkplain JsonLimits#DEFAULTS
     * default limits}. Use {@link JsonCodec#builder()} for other limits.
     *
     * @return a codec in this scorer's language; immutable and thread-safe
     * @throws UnsupportedOperationException when this implementation has none (the bundled engine has one)
     */
    default JsonCodec json() {
        throw new UnsupportedOperationException("json: not offered by " + getClass().getName());
    }

    /**
     * Fairness audits of whole calls, with the live catalog.
     *
     * @return the audits of the catalog version live now; it keeps that version even if the directory changes later
     * @throws UnsupportedOperationException when this implementation has none (the bundled engine has one)
     */
    default org.grille.api.fairness.Fairness fairness() {
        throw new UnsupportedOperationException("fairness: not offered by " + getClass().getName());
    }

    /**
     * The committee's report and the applicants' letters, written with the live catalog.
     *
     * @return the writer of the catalog version live now; it keeps that version even if the directory changes later
     * @throws UnsupportedOperationException when this implementation writes none (the bundled engine does)
     */
    default org.grille.api.report.ReportWriter reports() {
        throw new UnsupportedOperationException("reports: not offered by " + getClass().getName());
    }

    /**
     * What the applicant can act on: per criterion, the points obtained, the points still open and the rules that did
     * not fire with what each would add under the manifest's caps; the gap to the threshold and the fewest criteria to
     * improve; every failed gate. Made from the live catalog, without scoring again.
     *
     * @param assessment an assessment made by the live catalog version
     * @return its explanation, in this scorer's language
     * @throws IllegalArgumentException      when the assessment was made by another catalog version than the live one
     * @throws UnsupportedOperationException when this implementation cannot explain (the bundled engine can)
     */
    default Explanation explain(Assessment assessment) {
        throw new UnsupportedOperationException("explain: not offered by " + getClass().getName());
    }

    /**
     * The catalog's partnership rules over whole calls, apart from scoring.
     *
     * @return the partnership rules of the catalog version live now; they keep that version even if the directory
     *         changes later
     * @throws UnsupportedOperationException when this implementation has none (the bundled engine has them)
     */
    default org.grille.api.partnership.Partnerships partnerships() {
        throw new UnsupportedOperationException("partnerships: not offered by " + getClass().getName());
    }

    /**
     * The catalog version live now.
     *
     * @return its id, version and fingerprint; with a watched directory, it may differ from one call to the next
     */
    CatalogInfo catalog();

    /**
     * Validates the catalog directory again and, if every check passes, switches to it atomically: assessments
     * under way finish on the version they started with. A failing edit leaves the live version in service.
     *
     * @return the validation of the directory as it is now
     * @throws IllegalStateException for a scorer of the bundled catalog, which cannot change
     */
    CatalogValidation reloadCatalog();

    /** Stops watching the catalog directory, if this scorer watches one. Assessing still works afterwards. */
    @Override
    default void close() {
    }

    /**
     * Validates a catalog directory without building a scorer: compiles it, checks its conventions, runs the
     * fairness gate and its scenarios. What {@code grille validate} runs.
     *
     * @param directory the catalog directory, holding {@code manifest.json}
     * @param locale    the language of the problems and scenario failures: French or English
     * @return every problem found and every scenario's result; a catalog that does not compile is reported here,
     *         not thrown
     * @throws IllegalArgumentException when {@code locale} is neither French nor English
     * @throws EngineLookupException    when {@code org.grille:rules-engine} is missing, or several engines are present
     */
    static CatalogValidation validateCatalog(Path directory, Locale locale) {
        Objects.requireNonNull(directory, "directory");
        Locale supported = Builder.supported(locale);
        return EngineLocator.provider(supported).validate(directory, supported);
    }

    /**
     * A builder for a scorer; with no setting it uses the bundled catalog and French messages.
     *
     * @return a new builder; builders are not thread-safe
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Configures a scorer. Each setter checks its value at once ({@link IllegalArgumentException} naming the
     * setting); {@link #build()} compiles the catalog and fails with a {@link CatalogException} listing every
     * problem with its file and line.
     */
    final class Builder {

        /** Default for {@link #maxRuleFirings(int)}: far above what a sane catalog needs for one application. */
        public static final int DEFAULT_MAX_RULE_FIRINGS = 10_000;

        private Path catalogDirectory;
        private Locale locale = Locale.CANADA_FRENCH;
        private int maxRuleFirings = DEFAULT_MAX_RULE_FIRINGS;
        private boolean watch;
        private CatalogListener catalogListener;
        private boolean draft;
        private Path lastGoodCopy;
        private ScorerListener scorerListener;

        private Builder() {
        }

        /**
         * Uses the catalog in this directory (a {@code manifest.json} and its rule files) instead of the bundled
         * one. The directory is compiled when {@link #build()} runs.
         *
         * @param directory an existing directory
         * @return this builder
         * @throws IllegalArgumentException when {@code directory} is not a directory
         */
        public Builder catalogDirectory(Path directory) {
            Objects.requireNonNull(directory, "catalogDirectory");
            if (!Files.isDirectory(directory)) {
                throw new IllegalArgumentException("catalogDirectory: not a directory: " + directory);
            }
            this.catalogDirectory = directory;
            return this;
        }

        /**
         * The language of reasons and messages: French (the default) or English. Only the language counts: any
         * French locale becomes {@code fr-CA}, any English one {@code en-CA}.
         *
         * @param locale a French or English locale
         * @return this builder
         * @throws IllegalArgumentException when the language is neither French nor English
         */
        public Builder locale(Locale locale) {
            this.locale = supported(Objects.requireNonNull(locale, "locale"));
            return this;
        }

        /**
         * How many rule firings one application may cause before its assessment is stopped with an
         * {@link AssessmentException} naming the rule. Protects the host from a rule that re-triggers itself.
         *
         * @param limit at least 1; {@link #DEFAULT_MAX_RULE_FIRINGS} when not set
         * @return this builder
         * @throws IllegalArgumentException when {@code limit} is below 1
         */
        public Builder maxRuleFirings(int limit) {
            if (limit < 1) {
                throw new IllegalArgumentException("maxRuleFirings: must be at least 1, was " + limit);
            }
            this.maxRuleFirings = limit;
            return this;
        }

        /**
         * Watches the catalog directory: an edit that passes every check goes live atomically, one that does not is
         * reported to the listener (and the log) and the last good version stays live. Close the scorer to stop.
         * Needs {@link #catalogDirectory(Path)}.
         *
         * @param listener told of every reload and every refused edit; called from the watcher's thread
         * @return this builder
         */
        public Builder watchCatalog(CatalogListener listener) {
            this.catalogListener = Objects.requireNonNull(listener, "listener");
            this.watch = true;
            return this;
        }

        /**
         * Keeps a copy of the catalog directory's last version that went live in {@code directory}, and starts from it
         * when the catalog directory does not pass its checks at start-up (the listener is told, and the log). Without
         * it, a broken directory at start-up stops {@link #build()}; while running, a broken edit never goes live.
         * Needs {@link #catalogDirectory(Path)}; not for a draft.
         *
         * @param directory where the copy is kept; created, if missing, when a version goes live
         * @return this builder
         */
        public Builder lastGoodCopy(Path directory) {
            this.lastGoodCopy = Objects.requireNonNull(directory, "lastGoodCopy");
            return this;
        }

        /**
         * Tells {@code listener} the time of every assessment, every application that could not be assessed and, for
         * a catalog directory, every reload: for metrics ({@code org.grille:grille-micrometer}) or tracing. It is told
         * of catalog events in addition to the listener given to {@link #watchCatalog}.
         *
         * @param listener the observer; must be thread-safe and quick
         * @return this builder
         */
        public Builder listener(ScorerListener listener) {
            this.scorerListener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Accepts a catalog directory whose own scenarios fail, so a draft edit can be compared with the live version
         * ({@link org.grille.api.diff.CatalogDiff}) before its scenarios are brought up to date. The catalog must
         * still compile and pass the fairness gate. Never use a draft to decide funding. Needs
         * {@link #catalogDirectory(Path)} and cannot be watched.
         *
         * @return this builder
         */
        public Builder draftCatalog() {
            this.draft = true;
            return this;
        }

        /**
         * Finds the engine, compiles the catalog and returns a ready scorer.
         *
         * @return a scorer, immutable and thread-safe; close it to stop a catalog watch
         * @throws EngineLookupException when {@code org.grille:rules-engine} is missing, or several engines are present
         * @throws CatalogException      when the catalog has errors; every one is listed
         * @throws IllegalStateException when asked to watch the bundled catalog, which cannot change
         */
        public Scorer build() {
            if (watch && catalogDirectory == null) {
                throw new IllegalStateException("watchCatalog: needs catalogDirectory(...); the bundled catalog cannot change");
            }
            if (draft && (catalogDirectory == null || watch)) {
                throw new IllegalStateException("draftCatalog: needs catalogDirectory(...) and cannot be watched");
            }
            if (lastGoodCopy != null && (catalogDirectory == null || draft)) {
                throw new IllegalStateException("lastGoodCopy: needs catalogDirectory(...) and is not for drafts");
            }
            return EngineLocator.provider(locale)
                    .create(new ScorerSettings(catalogDirectory, locale, maxRuleFirings, watch, catalogListener, draft,
                            lastGoodCopy, scorerListener));
        }

        static Locale supported(Locale locale) {
            return switch (locale.getLanguage()) {
                case "fr" -> Locale.CANADA_FRENCH;
                case "en" -> Locale.CANADA;
                default -> throw new IllegalArgumentException(
                        "locale: French (fr) or English (en) only, was " + locale.toLanguageTag());
            };
        }
    }
}
