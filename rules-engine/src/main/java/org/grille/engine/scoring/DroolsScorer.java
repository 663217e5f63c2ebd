package org.grille.engine.scoring;

import org.grille.engine.funding.EnvelopePlanner;
import org.grille.engine.partnerships.PartnershipFinder;
import org.grille.engine.messages.Messages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.function.BiFunction;
import org.grille.api.rules.CallTerms;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.grille.api.ApplicationBatch;
import org.grille.api.Assessment;
import org.grille.api.AssessmentException;
import org.grille.api.BatchResult;
import org.grille.api.CatalogInfo;
import org.grille.api.CatalogValidation;
import org.grille.api.FieldViolation;
import org.grille.api.InvalidApplicationException;
import org.grille.api.Rejection;
import org.grille.api.Scorer;
import org.grille.api.ScorerListener;
import org.grille.api.application.Application;
import org.grille.api.funding.AllocationPolicy;
import org.grille.api.funding.FundingPlan;
import org.grille.api.fairness.FairnessAudit;
import org.grille.engine.fairness.FairnessAuditor;
import org.grille.engine.fairness.Traced;
import org.grille.engine.catalog.CompiledCatalog;
import org.grille.engine.catalog.JoinBudget;
import org.grille.engine.catalog.RuleInfo;
import org.grille.engine.validation.ApplicationValidator;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.ConsequenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Drools-backed {@link Scorer}. One compiled catalog (its KieBase is shared and thread-safe); one session per
 * application, taken from a pool and reset when disposed, so two applications' facts never meet and a result is
 * the same alone or in any batch. Per-assessment data (the call's terms) is inserted as a fact, never a global.
 */
public final class DroolsScorer implements Scorer {

    private static final Logger LOG = LoggerFactory.getLogger(DroolsScorer.class);

    private final CompiledCatalog catalog;
    private final Messages messages;
    private volatile org.grille.api.JsonCodec codec;
    private final ApplicationValidator validator;
    private final int maxRuleFirings;
    /** Sessions are reset and reused, one application at a time each: measured about a fifth cheaper than new ones. */
    private final KieSessionsPool sessions;
    private final BiFunction<CallTerms, Application, List<Object>> facts;
    /** The catalog's rules by position, for the listener's counts and the tally. */
    private final RuleIndex rules;
    private final Tally tally;
    private final Duration timeBudget;
    private final EnvelopePlanner planner;
    private final org.grille.engine.review.ReviewCommittee committee;
    private boolean quiet;
    private ScorerListener observer = NO_OBSERVER;
    private static final ScorerListener NO_OBSERVER = new ScorerListener() { };

    /** Default wall-clock budget for one application: tens of thousands of times what the bundled catalog needs. */
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(2);


    /** What a session receives for an application: one constant, so {@link #projection()} is equal across scorers. */
    public static final BiFunction<CallTerms, Application, List<Object>> FACTS = Facts::of;

    public DroolsScorer(CompiledCatalog catalog, Messages messages, int maxRuleFirings) {
        this(catalog, messages, maxRuleFirings, FACTS, DEFAULT_TIME_BUDGET);
    }

    /**
     * A scorer with its own fact projection and time budget. Only tests pass another projection: one that leaks a
     * protected value, to show that the fairness gate still catches a projection that reopens a path.
     */
    public DroolsScorer(CompiledCatalog catalog, Messages messages, int maxRuleFirings,
                 BiFunction<CallTerms, Application, List<Object>> facts, Duration timeBudget) {
        this.catalog = catalog;
        this.sessions = catalog.kieBase().newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.messages = messages;
        this.planner = new EnvelopePlanner(catalog, messages);
        this.committee = new org.grille.engine.review.ReviewCommittee(catalog.manifest(), messages);
        this.validator = new ApplicationValidator(messages, catalog.callTerms().maxDurationMonths(),
                catalog.manifest().objectiveIds());
        this.maxRuleFirings = maxRuleFirings;
        this.facts = facts;
        this.timeBudget = timeBudget;
        this.tally = new Tally(catalog, messages.locale());
        this.rules = tally.index();
    }

    @Override
    public Assessment assess(Application application) {
        java.util.Objects.requireNonNull(application, "application");
        try {
            return timed(application);
        } catch (InvalidApplicationException e) {
            tell(new Rejection(0, e.applicationId(), e.getMessage(), e.violations()));
            throw e;
        } catch (AssessmentException e) {
            tell(new Rejection(0, e.applicationId(), e.getMessage(), List.of()));
            throw e;
        }
    }

    /** Assesses and tells the observer how long it took. */
    private Assessment timed(Application application) {
        long start = System.nanoTime();
        Assessment assessment = tally(application, run(validated(application)));
        if (observer != NO_OBSERVER) {
            Duration time = Duration.ofNanos(System.nanoTime() - start);
            try {
                observer.assessed(assessment, time);
            } catch (RuntimeException e) {
                LOG.warn("The scorer's listener failed on an assessment; ignored", e);
            }
        }
        return assessment;
    }

    private void tell(Rejection rejection) {
        if (observer != NO_OBSERVER) {
            try {
                observer.applicationRejected(rejection);
            } catch (RuntimeException e) {
                LOG.warn("The scorer's listener failed on a rejection; ignored", e);
            }
        }
    }

    /** Tells {@code listener} of each assessment and rejection; set once, by the provider, before the scorer is shared. */
    public DroolsScorer observed(ScorerListener listener) {
        this.observer = listener;
        return this;
    }

    /**
     * Logs rule failures at debug level (validation reports them as problems instead); set once, before the scorer is
     * shared.
     */
    public DroolsScorer quiet() {
        this.quiet = true;
        return this;
    }

    /** Assesses and also names every rule that fired, derivations included: for the fairness gate. */
    public Traced assessTraced(Application application) {
        RuleFirings firings = run(validated(application));
        return new Traced(tally(application, firings), firings.allFired());
    }

    /** The application when it is valid; else its refusal is thrown. */
    private Application validated(Application application) {
        InvalidApplicationException refusal = validator.refusal(application);
        if (refusal != null) {
            throw refusal;
        }
        return application;
    }

    /** The assessment for what fired: an assessment alone does not copy the names of the rules that fired. */
    private Assessment tally(Application application, RuleFirings firings) {
        return tally.of(application.id(), application.project().primaryObjective(), firings::scored);
    }

    /** Runs the rules on a valid application in a session of the pool; what fired, once the session is back. */
    private RuleFirings run(Application application) {
        KieSession session = sessions.newKieSession();
        RuleFirings firings = new RuleFirings(catalog, rules);
        boolean reusable = true;
        long started = System.nanoTime();
        Watchdog.Watch watch = Watchdog.start(session, timeBudget);
        // halt() stops the session between firings; the deadline stops a rule in the middle of a join
        try (JoinBudget.Deadline deadline = JoinBudget.start(timeBudget)) {
            session.addEventListener(firings);
            insertFacts(session, application);
            int fired = session.fireAllRules(maxRuleFirings + 1);
            if (!watch.finishedInTime()) {
                reusable = false;
                throw tooLong(application, firings.slowest(), started);
            }
            if (fired > maxRuleFirings) {
                RuleInfo culprit = firings.busiest();
                throw failure("assessment.runaway", application, culprit, null, maxRuleFirings);
            }
        } catch (ConsequenceException e) {
            RuleInfo rule = catalog.rule(e.getRule().getName());
            throw failure("assessment.consequence", application, rule, e, plain(e.getCause() == null ? e : e.getCause()));
        } catch (AssessmentException e) {
            throw e;
        } catch (RuntimeException e) {
            if (JoinBudget.Exceeded.among(e)) {
                reusable = false;
                RuleInfo rule = ruleNamedIn(e);
                throw tooLong(application, rule == null ? firings.slowest() : rule, started);
            }
            throw failure("assessment.condition", application, ruleNamedIn(e), e, plain(e));
        } catch (StackOverflowError | OutOfMemoryError e) {
            // One application's rules exhausted the stack or the heap: reject it, keep the batch and the service.
            reusable = false;
            throw failure("assessment.resources", application, firings.busiest(), null, plain(e));
        } finally {
            watch.close();
            session.removeEventListener(firings);
            if (reusable) {
                // Back to the pool, reset: no fact, activation or listener of this application reaches the next one.
                session.dispose();
            } else {
                // A halted or exhausted session is not trusted again.
                session.destroy();
            }
        }
        return firings;
    }

    /** The cause says it was time, not a fault of the rule: validation tells a slow machine from a bad rule. */
    private AssessmentException tooLong(Application application, RuleInfo rule, long started) {
        return failure("assessment.tooLong", application, rule,
                new java.util.concurrent.TimeoutException("time budget " + timeBudget), (System.nanoTime() - started) / 1_000_000);
    }

    /** The facts a session receives for this application: what the fairness gate compares. */
    public List<Object> factsOf(Application application) {
        return facts.apply(catalog.callTerms(), application);
    }

    /** What identifies {@link #factsOf}: equal for two scorers whose sessions receive the same facts for an application. */
    public Object projection() {
        return List.of(facts, catalog.callTerms());
    }

    private void insertFacts(KieSession session, Application application) {
        facts.apply(catalog.callTerms(), application).forEach(session::insert);
    }

    /**
     * What went wrong, in the reader's words: never the text of the exception, which a rule's data could shape. The
     * detail goes to the debug log for whoever maintains the engine.
     */
    private String plain(Throwable error) {
        LOG.debug("Rule failure detail", error);
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ArithmeticException) {
                return messages.get("assessment.detail.arithmetic");
            }
            if (t instanceof NullPointerException) {
                return messages.get("assessment.detail.missing");
            }
            if (t instanceof StackOverflowError || t instanceof OutOfMemoryError) {
                return messages.get("assessment.detail.resources");
            }
        }
        return messages.get("assessment.detail.other");
    }

    private static final java.util.regex.Pattern NEAR = java.util.regex.Pattern.compile("\\[Near : \\{\\.\\.\\. (.+?) \\.\\.\\.\\.}]");

    /**
     * The catalog rule a Drools error names: by its name ("[Rule "…" in file]"), or by the condition an MVEL error
     * quotes ("[Near : {... yearsActive < x ....}]"); null when neither is there.
     */
    private RuleInfo ruleNamedIn(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message == null) {
                continue;
            }
            for (RuleInfo rule : catalog.rules()) {
                if (message.contains("\"" + rule.name() + "\"")) {
                    return rule;
                }
            }
            java.util.regex.Matcher near = NEAR.matcher(message);
            if (near.find()) {
                String condition = near.group(1).strip();
                for (RuleInfo rule : catalog.rules()) {
                    if (rule.source() != null && rule.source().contains(condition)) {
                        return rule;
                    }
                }
            }
        }
        return null;
    }

    private AssessmentException failure(String key, Application application, RuleInfo rule, Throwable cause, Object detail) {
        String ruleName = rule == null ? "?" : rule.name();
        String where = rule == null ? "?" : rule.file() + ":" + rule.line();
        String message = messages.get(key, application.id(), ruleName, where, detail);
        if (quiet) {
            LOG.debug(message);
        } else {
            LOG.warn(message);
        }
        return new AssessmentException(message, application.id(), rule == null ? null : rule.name(),
                rule == null ? null : rule.file(), rule == null ? 0 : rule.line(), cause);
    }

    @Override
    public BatchResult assessAll(List<Application> applications) {
        return assessAll(new ApplicationBatch(requireElements(applications), List.of()));
    }

    /** The list itself, or a {@link NullPointerException} naming the argument or the first null element. */
    static List<Application> requireElements(List<Application> applications) {
        java.util.Objects.requireNonNull(applications, "applications");
        for (int i = 0; i < applications.size(); i++) {
            java.util.Objects.requireNonNull(applications.get(i), "applications[" + i + "]");
        }
        return applications;
    }

    @Override
    public BatchResult assessAll(ApplicationBatch batch) {
        java.util.Objects.requireNonNull(batch, "batch");
        List<Assessment> assessments = new ArrayList<>(batch.applications().size());
        List<Rejection> rejections = new ArrayList<>(batch.rejections());
        Set<Integer> unreadable = new HashSet<>();
        batch.rejections().forEach(r -> unreadable.add(r.index()));
        int index = 0;
        for (Application application : batch.applications()) {
            while (unreadable.contains(index)) {
                index++;
            }
            try {
                assessments.add(timed(application));
            } catch (InvalidApplicationException e) {
                int at = index;
                // found after reading: the batch knows where each value was written
                List<FieldViolation> located = e.violations().stream().map(v -> batch.positions().locate(at, v)).toList();
                rejections.add(new Rejection(index, e.applicationId(),
                        messages.get("application.invalid", e.applicationId(), located.size()), located));
            } catch (AssessmentException e) {
                rejections.add(new Rejection(index, e.applicationId(), e.getMessage(), List.of()));
            }
            index++;
        }
        rejections.sort(java.util.Comparator.comparingInt(Rejection::index));
        rejections.forEach(this::tell);
        return new BatchResult(assessments, rejections);
    }

    @Override
    public FundingPlan plan(List<Application> applications, AllocationPolicy policy) {
        requireElements(applications);
        java.util.Objects.requireNonNull(policy, "policy");
        requireUniqueIds(applications);
        return planFor(applications, assessAll(applications), policy);
    }

    private FundingPlan planFor(List<Application> applications, BatchResult result, AllocationPolicy policy) {
        return planner.plan(requests(applications, result), result.rejections(), policy);
    }

    private static List<org.grille.api.funding.FundingRequest> requests(List<Application> applications, BatchResult result) {
        java.util.Map<String, Application> byId = new java.util.HashMap<>();
        applications.forEach(a -> byId.put(a.id(), a));
        return result.assessments().stream()
                .map(a -> org.grille.api.funding.FundingRequest.of(byId.get(a.applicationId()), a))
                .toList();
    }

    @Override
    public org.grille.api.review.Committee committee() {
        return committee;
    }

    @Override
    public org.grille.api.funding.FundingPlanner planner() {
        return planner;
    }

    @Override
    public org.grille.api.fairness.Fairness fairness() {
        return this::audit;
    }

    @Override
    public org.grille.api.report.ReportWriter reports() {
        return new org.grille.api.report.ReportWriter() {
            @Override
            public void writeReport(org.grille.api.report.CommitteeReport report, java.io.OutputStream out) {
                DroolsScorer.this.writeReport(report, out);
            }

            @Override
            public void writeLetter(org.grille.api.report.ApplicantLetter letter, java.io.OutputStream out) {
                DroolsScorer.this.writeLetter(letter, out);
            }
        };
    }

    @Override
    public org.grille.api.partnership.Partnerships partnerships() {
        return applications -> {
            java.util.Objects.requireNonNull(applications, "applications");
            return partnershipFinder().report(applications);
        };
    }

    /** {@link org.grille.api.fairness.Fairness#audit}, with this catalog. */
    private FairnessAudit audit(List<Application> applications, int minimumGroupSize) {
        if (minimumGroupSize < 1) {
            throw new IllegalArgumentException("minimumGroupSize: must be at least 1, was " + minimumGroupSize);
        }
        requireElements(applications);
        requireUniqueIds(applications);
        BatchResult result = assessAll(applications);
        FundingPlan plan = planFor(applications, result, AllocationPolicy.RANK_ORDER);
        return new FairnessAuditor(messages).audit(applications, result.assessments(), plan, catalog, minimumGroupSize);
    }

    private void requireUniqueIds(List<Application> applications) {
        Set<String> ids = new HashSet<>();
        for (Application application : applications) {
            if (application != null && application.id() != null && !ids.add(application.id())) {
                throw new IllegalArgumentException(messages.get("funding.duplicateId", application.id()));
            }
        }
    }

    /** The partnership rules over batches, apart from scoring: they share the catalog, the validator and the messages. */
    public PartnershipFinder partnershipFinder() {
        return new PartnershipFinder(catalog, messages, validator);
    }

    @Override
    public CatalogValidation reloadCatalog() {
        throw new IllegalStateException(Messages.DEVELOPER.get("catalog.reload.bundled"));
    }

    private void writeReport(org.grille.api.report.CommitteeReport report, java.io.OutputStream out) {
        java.util.Objects.requireNonNull(report, "report");
        java.util.Objects.requireNonNull(out, "out");
        if (!report.plan().catalog().equals(catalog.info())) {
            throw new IllegalArgumentException(messages.get("report.otherCatalog", report.plan().catalog(), catalog.info()));
        }
        new org.grille.engine.report.HtmlReport(catalog.manifest(), messages, a -> Explainer.of(a, catalog, messages.locale()))
                .write(report, out);
    }

    private void writeLetter(org.grille.api.report.ApplicantLetter letter, java.io.OutputStream out) {
        java.util.Objects.requireNonNull(letter, "letter");
        java.util.Objects.requireNonNull(out, "out");
        if (!letter.assessment().catalog().equals(catalog.info())) {
            throw new IllegalArgumentException(messages.get("explain.otherCatalog", letter.assessment().catalog(), catalog.info()));
        }
        if (catalog.manifest().reviewRequest() == null) {
            throw new IllegalStateException(messages.get("letter.noReviewRequest"));
        }
        // The applicant's language, whatever the scorer's: the letter is theirs.
        java.util.Locale locale = letter.application().language() == org.grille.api.application.Language.ENGLISH
                ? java.util.Locale.CANADA : java.util.Locale.CANADA_FRENCH;
        new org.grille.engine.report.HtmlLetter(catalog.manifest(), catalog.reasons(), locale)
                .write(letter, Explainer.of(letter.assessment(), catalog, locale), out);
    }

    /** Made on first use: a codec builds Jackson's mappers, which a scorer that never reads JSON should not pay for. */
    @Override
    public org.grille.api.JsonCodec json() {
        org.grille.api.JsonCodec made = codec;
        if (made == null) {
            synchronized (this) {
                if (codec == null) {
                    codec = new org.grille.engine.json.JacksonJsonCodec(messages);
                }
                made = codec;
            }
        }
        return made;
    }

    @Override
    public org.grille.api.Explanation explain(Assessment assessment) {
        java.util.Objects.requireNonNull(assessment, "assessment");
        if (!assessment.catalog().equals(catalog.info())) {
            throw new IllegalArgumentException(messages.get("explain.otherCatalog", assessment.catalog(), catalog.info()));
        }
        return Explainer.of(assessment, catalog, messages.locale());
    }

    @Override
    public CatalogInfo catalog() {
        return catalog.info();
    }

    CompiledCatalog compiledCatalog() {
        return catalog;
    }
}
