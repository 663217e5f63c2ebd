package org.grille.engine.partnerships;

import org.grille.engine.messages.Messages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.grille.api.AssessmentException;
import org.grille.api.FieldViolation;
import org.grille.api.Rejection;
import org.grille.api.application.Application;
import org.grille.api.partnership.ApplicationSuggestions;
import org.grille.api.partnership.OverlapCluster;
import org.grille.api.partnership.PartnershipReport;
import org.grille.api.partnership.Suggestion;
import org.grille.api.partnership.SuggestionKind;
import org.grille.engine.catalog.CompiledCatalog;
import org.grille.engine.catalog.Beside;
import org.grille.engine.catalog.PairWindow;
import org.grille.engine.catalog.PartnershipRule;
import org.grille.engine.catalog.PartnershipRules;
import org.grille.engine.validation.ApplicationValidator;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * Runs a catalog's partnership rules over a whole batch: the sessions that hold more than one application, apart
 * from scoring. It reads only the batch vocabulary ({@link BatchFacts}) and writes nothing back: no score changes.
 * Each firing names its pair through the rule's {@code $ka} and {@code $kb}; the same pair and rule count once.
 *
 * <p>A report runs the batch in slices of keys ({@link PairWindow}): each session holds every fact of the batch but
 * only the partial matches whose {@code $ka} is in its slice, and a rule marked {@code @symmetric} matches each pair
 * once, the lower key as {@code $ka}. Since a pair is suggested to both applications whichever the rule bound first,
 * the report is the same as from one session matching every pair both ways ({@code FasterReportTest} compares the
 * two); {@link #firings} still gives every firing both ways, for the fairness gate and the tests that hold
 * {@code @symmetric} to its promise.
 */
public final class PartnershipFinder {

    /**
     * Firings one batch may make before it is stopped: a thousand generated applications of the bundled catalog
     * make about 360 000 both ways (BENCHMARKS.md, issue 26), fewer in a report's slices, where symmetric rules match
     * one way; a rule that matches every pair of a large batch would exceed it.
     */
    static final int MAX_FIRINGS = 2_000_000;

    /**
     * Keys a report's session pairs with every other application: the sessions of a batch of 1 000 hold a tenth of its
     * partial matches each, instead of one session holding them all (issue 26).
     */
    static final int KEYS_PER_SESSION = 100;

    /** Threads a report's sessions run on: this one and, with a second core, one beside it. */
    static final int THREADS = Math.min(2, Runtime.getRuntime().availableProcessors());

    private final CompiledCatalog catalog;
    private final Messages messages;
    private final ApplicationValidator validator;
    private final BiFunction<List<Application>, String, BatchFacts> projection;

    public PartnershipFinder(CompiledCatalog catalog, Messages messages, ApplicationValidator validator) {
        this(catalog, messages, validator, (applications, seed) -> BatchFacts.of(applications, seed,
                catalog.partnerships().adjacency()));
    }

    /** A finder with its own projection: only tests pass another, one that leaks, to show the fairness check sees it. */
    public PartnershipFinder(CompiledCatalog catalog, Messages messages, ApplicationValidator validator,
                      BiFunction<List<Application>, String, BatchFacts> projection) {
        this.catalog = catalog;
        this.messages = messages;
        this.validator = validator;
        this.projection = projection;
    }

    /**
     * One rule matched one ordered pair.
     *
     * @param rule  the rule
     * @param first the application bound to {@code $ka}
     * @param second the application bound to {@code $kb}
     */
    public record Firing(String rule, String first, String second) {
    }

    /** The seed of the batch keys: the catalog's published tie-break seed, so anyone can recompute them. */
    String seed() {
        String seed = catalog.manifest().allocation().tieBreakSeed();
        return "partnerships\n" + (seed == null || seed.isBlank() ? catalog.manifest().id() + "-" + catalog.manifest().version() : seed);
    }

    /** The facts a batch session would receive: what the fairness check compares. */
    public BatchFacts facts(List<Application> valid) {
        return projection.apply(valid, seed());
    }

    /** Every distinct firing for these valid applications, sorted. */
    public Set<Firing> firings(List<Application> valid) {
        Set<Firing> firings = new TreeSet<>(Comparator.comparing(Firing::rule).thenComparing(Firing::first)
                .thenComparing(Firing::second));
        if (catalog.partnerships().isEmpty() || valid.size() < 2) {
            return firings;
        }
        BatchFacts facts = facts(valid);
        run(facts, PairWindow.everything(), (rule, a, b) -> {
            String first = facts.ids().get(a);
            String second = facts.ids().get(b);
            if (first != null && second != null && !first.equals(second)) {
                firings.add(new Firing(rule, first, second));
            }
        }, new AtomicInteger());
        return firings;
    }

    /** Receives each firing as the rule's name and the values bound to {@code $ka} and {@code $kb}. */
    @FunctionalInterface
    private interface Sink {
        void fired(String rule, Object ka, Object kb);
    }

    /**
     * Runs the rules over {@code facts} in one session that finds the pairs of {@code window}, handing every firing to
     * {@code sink}; {@code fired} counts the firings of the whole batch so far, against {@link #MAX_FIRINGS}.
     */
    private void run(BatchFacts facts, PairWindow window, Sink sink, AtomicInteger fired) {
        PartnershipRules rules = catalog.partnerships();
        KieSession session = rules.kieBase().newKieSession();
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    sink.fired(event.getMatch().getRule().getName(), event.getMatch().getDeclarationValue("$ka"),
                            event.getMatch().getDeclarationValue("$kb"));
                }
            });
            session.insert(window);
            facts.facts().forEach(session::insert);
            int total = fired.addAndGet(session.fireAllRules(Math.max(1, MAX_FIRINGS + 1 - fired.get())));
            if (total > MAX_FIRINGS) {
                throw new AssessmentException(messages.get("partnerships.runaway", MAX_FIRINGS), null, null, null, 0, null);
            }
        } finally {
            session.dispose();
        }
    }

    /**
     * The windows of a report: the session keys in slices of {@link #KEYS_PER_SESSION}, symmetric rules matched one way.
     * Together they cover every int once, so every firing of the whole batch is found in exactly one of them.
     */
    static List<PairWindow> slices(java.util.Collection<Integer> keys) {
        int[] sorted = keys.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
        List<PairWindow> windows = new ArrayList<>();
        for (int start = 0; start < sorted.length; start += KEYS_PER_SESSION) {
            int end = start + KEYS_PER_SESSION;
            windows.add(new PairWindow(start == 0 ? Integer.MIN_VALUE : sorted[start],
                    end >= sorted.length ? Integer.MAX_VALUE : sorted[end], false));
        }
        return windows;
    }

    /** The applications, or an {@link org.grille.api.InvalidApplicationException} for the first invalid one. */
    public List<Application> validOnly(List<Application> applications) {
        for (Application application : applications) {
            org.grille.api.InvalidApplicationException refusal = validator.refusal(application);
            if (refusal != null) {
                throw refusal;
            }
        }
        return applications;
    }

    /** The report: invalid applications left out as rejections, the others matched together. */
    public PartnershipReport report(List<Application> applications) {
        Set<String> ids = new HashSet<>();
        List<Application> valid = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        for (int index = 0; index < applications.size(); index++) {
            Application application = applications.get(index);
            if (application != null && application.id() != null && !ids.add(application.id())) {
                throw new IllegalArgumentException(messages.get("funding.duplicateId", application.id()));
            }
            List<FieldViolation> violations = validator.validate(application);
            if (violations.isEmpty()) {
                valid.add(application);
            } else {
                String id = application == null ? null : application.id();
                rejections.add(new Rejection(index, id, messages.get("application.invalid", id, violations.size()), violations));
            }
        }
        return matched(valid, rejections);
    }

    /**
     * The report of valid applications. Each firing is kept as one number, its rule and its pair without order (a
     * pair is suggested to both applications whichever the rule bound first, so A-B and B-A count once); no firing
     * object, no suggestion per firing. A suggestion names a partner and a rule, so there are at most (rules ×
     * applications) distinct ones: each is made once and shared by every application it is suggested to, and
     * ranked once (strength, then partner id, then rule), so each application's list is a sort of small numbers.
     */
    private PartnershipReport matched(List<Application> valid, List<Rejection> rejections) {
        List<PartnershipRule> rules = catalog.partnerships().rules();
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int r = 0; r < rules.size(); r++) {
            ruleIndex.put(rules.get(r).name(), r);
        }
        if (rules.isEmpty() || valid.size() < 2) {
            // no rules, or fewer than two applications: nothing to suggest
            return new PartnershipReport(catalog.info(), valid.stream().map(Application::id).sorted()
                    .map(id -> new ApplicationSuggestions(id, List.of())).toList(), List.of(), rejections);
        }
        BatchFacts facts = facts(valid);
        // each session key as a number from 1 to n, whatever keys the projection drew
        int n = facts.ids().size();
        String[] idOf = new String[n + 1];
        Map<Integer, Integer> index = new HashMap<>();
        facts.ids().forEach((key, id) -> {
            index.put(key, index.size() + 1);
            idOf[index.size()] = id;
        });
        int ruleCount = rules.size();
        long stride = n + 1L;
        Math.multiplyExact(Math.multiplyExact(stride, stride), (long) ruleCount); // a pair code must fit a long
        // the slices in sessions of their own, on this thread and at most one beside it, each into its own codes
        List<PairWindow> windows = slices(facts.ids().keySet());
        AtomicInteger next = new AtomicInteger();
        AtomicInteger fired = new AtomicInteger();
        java.util.function.Supplier<PairCodes> worker = () -> {
            PairCodes codes = new PairCodes();
            Sink sink = (rule, a, b) -> {
                Integer r = ruleIndex.get(rule);
                Integer ia = index.get(a);
                Integer ib = index.get(b);
                // as before: a firing of a rule the catalog does not list, or that pairs an application with itself, counts for nothing
                if (r != null && ia != null && ib != null && !idOf[ia].equals(idOf[ib])) {
                    long lo = Math.min(ia, ib);
                    long hi = Math.max(ia, ib);
                    codes.add((lo * stride + hi) * ruleCount + r);
                }
            };
            for (int w = next.getAndIncrement(); w < windows.size(); w = next.getAndIncrement()) {
                run(facts, windows.get(w), sink, fired);
            }
            return codes;
        };
        Beside<PairCodes> beside = windows.size() > 1 && THREADS > 1 ? Beside.start("grille-partnerships", worker) : null;
        PairCodes codes = worker.get();
        if (beside != null) {
            codes.addAll(beside.join());
        }
        long[] pairs = codes.sortedDistinct();
        // how many suggestions each application gets, then which: (rule, partner) as rule × (n + 1) + partner key
        int[] degree = new int[n + 1];
        for (long code : pairs) {
            long pair = code / ruleCount;
            degree[(int) (pair / stride)]++;
            degree[(int) (pair % stride)]++;
        }
        int[][] items = new int[n + 1][];
        for (int key = 1; key <= n; key++) {
            items[key] = new int[degree[key]];
        }
        int[] filled = new int[n + 1];
        Map<String, String> parent = new HashMap<>();
        Map<String, Set<String>> overlapRules = new HashMap<>();
        for (long code : pairs) {
            int r = (int) (code % ruleCount);
            long pair = code / ruleCount;
            int lo = (int) (pair / stride);
            int hi = (int) (pair % stride);
            items[lo][filled[lo]++] = r * (n + 1) + hi;
            items[hi][filled[hi]++] = r * (n + 1) + lo;
            PartnershipRule rule = rules.get(r);
            if (rule.kind() == SuggestionKind.LIKELY_OVERLAP) {
                union(parent, idOf[lo], idOf[hi]);
                overlapRules.computeIfAbsent(idOf[lo], k -> new TreeSet<>()).add(rule.name());
                overlapRules.computeIfAbsent(idOf[hi], k -> new TreeSet<>()).add(rule.name());
            }
        }
        // every (rule, partner) ranked once: strength, then partner id, then rule
        Integer[] order = new Integer[rules.size() * (n + 1)];
        for (int item = 0; item < order.length; item++) {
            order[item] = item;
        }
        java.util.Arrays.sort(order, Comparator.comparingInt((Integer item) -> -rules.get(item / (n + 1)).strength())
                .thenComparing(item -> idOf[item % (n + 1)], Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(item -> rules.get(item / (n + 1)).name()));
        int[] rank = new int[order.length];
        for (int position = 0; position < order.length; position++) {
            rank[order[position]] = position;
        }
        Suggestion[] made = new Suggestion[order.length];
        Map<String, Integer> keyOf = new TreeMap<>();
        for (int key = 1; key <= n; key++) {
            keyOf.put(idOf[key], key);
        }
        List<ApplicationSuggestions> perApplication = new ArrayList<>(n);
        for (Map.Entry<String, Integer> application : keyOf.entrySet()) {
            int[] mine = items[application.getValue()];
            int[] ranks = new int[mine.length];
            for (int i = 0; i < mine.length; i++) {
                ranks[i] = rank[mine[i]];
            }
            java.util.Arrays.sort(ranks);
            Suggestion[] list = new Suggestion[ranks.length];
            for (int i = 0; i < ranks.length; i++) {
                int item = order[ranks[i]];
                Suggestion s = made[item];
                if (s == null) {
                    s = made[item] = suggestion(rules.get(item / (n + 1)), idOf[item % (n + 1)]);
                }
                list[i] = s;
            }
            perApplication.add(new ApplicationSuggestions(application.getKey(), java.util.Arrays.asList(list)));
        }
        return new PartnershipReport(catalog.info(), perApplication, clusters(parent, overlapRules), rejections);
    }

    /** A growing array of pair codes. */
    private static final class PairCodes {
        private long[] codes = new long[1024];
        private int size;

        void add(long code) {
            if (size == codes.length) {
                codes = java.util.Arrays.copyOf(codes, codes.length * 2);
            }
            codes[size++] = code;
        }

        void addAll(PairCodes other) {
            for (int i = 0; i < other.size; i++) {
                add(other.codes[i]);
            }
        }

        long[] sortedDistinct() {
            long[] sorted = java.util.Arrays.copyOf(codes, size);
            java.util.Arrays.sort(sorted);
            int distinct = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    sorted[distinct++] = sorted[i];
                }
            }
            return java.util.Arrays.copyOf(sorted, distinct);
        }
    }

    private Suggestion suggestion(PartnershipRule rule, String partner) {
        return new Suggestion(partner, rule.kind(), rule.strength(), rule.name(), rule.file(), rule.line(), rule.reasonKey(),
                catalog.reasons().text(rule.reasonKey(), messages.locale()), rule.title(messages.locale()));
    }

    private static List<OverlapCluster> clusters(Map<String, String> parent, Map<String, Set<String>> overlapRules) {
        Map<String, Set<String>> members = new TreeMap<>();
        for (String id : parent.keySet()) {
            members.computeIfAbsent(find(parent, id), k -> new TreeSet<>()).add(id);
        }
        List<OverlapCluster> clusters = new ArrayList<>();
        for (Set<String> ids : members.values()) {
            Set<String> rules = new TreeSet<>();
            ids.forEach(id -> rules.addAll(overlapRules.getOrDefault(id, Set.of())));
            clusters.add(new OverlapCluster(List.copyOf(ids), List.copyOf(rules)));
        }
        clusters.sort(Comparator.comparingInt((OverlapCluster c) -> -c.applicationIds().size())
                .thenComparing(c -> c.applicationIds().get(0)));
        return clusters;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            // the smaller id is the root: the same clusters whatever the order of union
            parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
        }
    }

    private static String find(Map<String, String> parent, String id) {
        String root = id;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        return root;
    }
}
