package org.grille.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.grille.api.GateFailure;
import org.grille.api.InvalidApplicationException;
import org.grille.api.Rejection;
import org.grille.api.Scorer;
import org.grille.api.application.Application;
import org.grille.api.funding.AllocationPolicy;
import org.grille.api.funding.FundingPlan;
import org.grille.api.fairness.FairnessAudit;
import org.grille.engine.fairness.FairnessAuditor;
import org.grille.engine.fairness.Traced;
import org.grille.engine.funding.Allocator;
import org.grille.engine.funding.Candidate;
import org.grille.engine.funding.TieBreak;
import org.grille.engine.catalog.CompiledCatalog;
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
final class DroolsScorer implements Scorer {

    private static final Logger LOG = LoggerFactory.getLogger(DroolsScorer.class);

    private final CompiledCatalog catalog;
    private final Messages messages;
    private final ApplicationValidator validator;
    private final int maxRuleFirings;
    /** Sessions are reset and reused, one application at a time each: measured about a fifth cheaper than new ones. */
    private final KieSessionsPool sessions;
    private final BiFunction<CallTerms, Application, List<Object>> facts;
    private final Duration timeBudget;
    private boolean quiet;

    /** Default wall-clock budget for one application: tens of thousands of times what the bundled catalog needs. */
    static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(2);

    /** Stops a session that runs past its budget; one daemon thread for every scorer, idle but for a timer. */
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "grille-assessment-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    DroolsScorer(CompiledCatalog catalog, Messages messages, int maxRuleFirings) {
        this(catalog, messages, maxRuleFirings, Facts::of, DEFAULT_TIME_BUDGET);
    }

    /**
     * A scorer with its own fact projection and time budget. Only tests pass another projection: one that leaks a
     * protected value, to show that the fairness gate still catches a projection that reopens a path.
     */
    DroolsScorer(CompiledCatalog catalog, Messages messages, int maxRuleFirings,
                 BiFunction<CallTerms, Application, List<Object>> facts, Duration timeBudget) {
        this.catalog = catalog;
        this.sessions = catalog.kieBase().newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.messages = messages;
        this.validator = new ApplicationValidator(messages, catalog.callTerms().maxDurationMonths());
        this.maxRuleFirings = maxRuleFirings;
        this.facts = facts;
        this.timeBudget = timeBudget;
    }

    @Override
    public Assessment assess(Application application) {
        return assessTraced(application).assessment();
    }

    /** A scorer that logs rule failures at debug level: validation reports them as problems instead. */
    DroolsScorer quiet() {
        this.quiet = true;
        return this;
    }

    /** Assesses and also names every rule that fired, derivations included: for the fairness gate. */
    Traced assessTraced(Application application) {
        List<FieldViolation> violations = validator.validate(application);
        if (!violations.isEmpty()) {
            String id = application == null ? null : application.id();
            throw new InvalidApplicationException(id, messages.get("application.invalid", id, violations.size()), violations);
        }
        return run(application);
    }

    private Traced run(Application application) {
        KieSession session = sessions.newKieSession();
        RuleFirings firings = new RuleFirings(catalog);
        AtomicInteger state = new AtomicInteger(RUNNING);
        boolean reusable = true;
        long started = System.nanoTime();
        ScheduledFuture<?> alarm = WATCHDOG.schedule(() -> {
            if (state.compareAndSet(RUNNING, HALTED)) {
                session.halt();
            }
        }, timeBudget.toNanos(), TimeUnit.NANOSECONDS);
        try {
            session.addEventListener(firings);
            insertFacts(session, application);
            int fired = session.fireAllRules(maxRuleFirings + 1);
            if (!state.compareAndSet(RUNNING, DONE)) {
                reusable = false;
                throw failure("assessment.tooLong", application, firings.slowest(), null,
                        (System.nanoTime() - started) / 1_000_000);
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
            throw failure("assessment.condition", application, ruleNamedIn(e), e, plain(e));
        } catch (StackOverflowError | OutOfMemoryError e) {
            // One application's rules exhausted the stack or the heap: reject it, keep the batch and the service.
            reusable = false;
            throw failure("assessment.resources", application, firings.busiest(), null, plain(e));
        } finally {
            alarm.cancel(false);
            state.set(DONE);
            session.removeEventListener(firings);
            if (reusable) {
                // Back to the pool, reset: no fact, activation or listener of this application reaches the next one.
                session.dispose();
            } else {
                // A halted or exhausted session is not trusted again.
                session.destroy();
            }
        }
        return new Traced(Tally.of(application.id(), application.project().primaryObjective(), firings.scoringRules(),
                catalog, messages.locale()), firings.allFired());
    }

    private static final int RUNNING = 0;
    private static final int DONE = 1;
    private static final int HALTED = 2;

    /** The facts a session receives for this application: what the fairness gate compares. */
    List<Object> factsOf(Application application) {
        return facts.apply(catalog.callTerms(), application);
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
        return assessAll(new ApplicationBatch(applications, List.of()));
    }

    @Override
    public BatchResult assessAll(ApplicationBatch batch) {
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
                assessments.add(assess(application));
            } catch (InvalidApplicationException e) {
                rejections.add(new Rejection(index, e.applicationId(),
                        messages.get("application.invalid", e.applicationId(), e.violations().size()), e.violations()));
            } catch (AssessmentException e) {
                rejections.add(new Rejection(index, e.applicationId(), e.getMessage(), List.of()));
            }
            index++;
        }
        rejections.sort(java.util.Comparator.comparingInt(Rejection::index));
        return new BatchResult(assessments, rejections);
    }

    @Override
    public FundingPlan plan(List<Application> applications, AllocationPolicy policy) {
        java.util.Objects.requireNonNull(policy, "policy");
        requireUniqueIds(applications);
        return planFor(applications, assessAll(applications), policy);
    }

    private FundingPlan planFor(List<Application> applications, BatchResult result, AllocationPolicy policy) {
        Allocator allocator = new Allocator(catalog.manifest(), messages);
        java.util.Map<String, Application> byId = new java.util.HashMap<>();
        applications.forEach(a -> byId.put(a.id(), a));
        List<Candidate> candidates = result.assessments().stream()
                .map(a -> new Candidate(a.applicationId(), a.total(), a.eligible(), a.fundable(),
                        byId.get(a.applicationId()).project().primaryObjective(),
                        byId.get(a.applicationId()).budget().requestedPerYear(),
                        a.failedGates().stream().map(GateFailure::reason).toList(),
                        TieBreak.key(allocator.seed(), a.applicationId())))
                .toList();
        return allocator.plan(candidates, result.rejections(), policy, catalog.info());
    }

    @Override
    public FairnessAudit audit(List<Application> applications, int minimumGroupSize) {
        if (minimumGroupSize < 1) {
            throw new IllegalArgumentException("minimumGroupSize: must be at least 1, was " + minimumGroupSize);
        }
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

    @Override
    public org.grille.api.partnership.PartnershipReport partnerships(List<Application> applications) {
        java.util.Objects.requireNonNull(applications, "applications");
        return partnershipFinder().report(applications);
    }

    /** The partnership rules over batches, apart from scoring: they share the catalog, the validator and the messages. */
    PartnershipFinder partnershipFinder() {
        return new PartnershipFinder(catalog, messages, validator);
    }

    @Override
    public CatalogValidation reloadCatalog() {
        throw new IllegalStateException(messages.get("catalog.reload.bundled"));
    }

    @Override
    public CatalogInfo catalog() {
        return catalog.info();
    }

    CompiledCatalog compiledCatalog() {
        return catalog;
    }
}
