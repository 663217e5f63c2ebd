package org.grille.engine.catalog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles rule files with the classic (MVEL) builder, which reports real DRL lines, and turns Drools'
 * messages into plain-language problems located by file, line and rule. No KieContainer, no kmodule.xml
 * and no release id: the KnowledgeBuilder produces packages straight into a new KieBase.
 */
final class DroolsBuild {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DroolsBuild.class);

    private static final Pattern UNKNOWN_TYPE = Pattern.compile("Unable to resolve ObjectType '([^']+)'");
    /** The most precise form first: it names the type that lacks the field. */
    private static final Pattern UNKNOWN_METHOD = Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+?)\\(\\)");
    private static final Pattern UNKNOWN_FIELD = Pattern.compile(
            "(?:Unable to Analyse Expression |Unknown property |field '|Unable to resolve variable: )([\\w.$]+?)(?:\\(\\)|[:'\\]\\s]|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TYPE_MISMATCH = Pattern.compile(
            "(Comparison operation requires compatible types|incompatible types|Unable to coerce|cannot be converted|Unable to compare)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEAR = Pattern.compile("\\[Near : \\{\\.\\.\\. (.+?) \\.\\.\\.\\.}]");
    private static final Pattern CONSEQUENCE = Pattern.compile("Rule Compilation error", Pattern.CASE_INSENSITIVE);

    /** KnowledgeBuilders this JVM started for catalogs (the warm-up aside): a test proves a refused one never reached one. */
    static final java.util.concurrent.atomic.AtomicLong BUILDERS_STARTED = new java.util.concurrent.atomic.AtomicLong();

    private DroolsBuild() {
    }

    /** The KieBase, or null when the build reported errors (then in {@code problems}). */
    static InternalKnowledgeBase build(List<PrintedFile> files, ProblemCollector problems) {
        return build(files, Vocabulary.Kind.SCORING, problems);
    }

    /**
     * {@link #build(List, ProblemCollector)} against the vocabulary of {@code kind}. The partnership rules' KieBase of
     * the same printed files is given again when it was built lately without any problem: nothing changes it once
     * built, and every use opens a session and disposes of it, so a session starts from its rules alone. In
     * {@code validate --watch}, a save to a scoring file keeps it. A scoring KieBase is always a new one: a scorer keeps
     * a pool of sessions on it for as long as it lives, so one catalog's KieBase is never handed to another.
     */
    static InternalKnowledgeBase build(List<PrintedFile> files, Vocabulary.Kind kind, ProblemCollector problems) {
        if (kind != Vocabulary.Kind.PARTNERSHIP) {
            return newBase(files, kind, problems);
        }
        List<Object> key = key(files, kind);
        InternalKnowledgeBase kept = PARTNERSHIP_BASES.find(key);
        if (kept != null) {
            return kept;
        }
        ProblemCollector own = new ProblemCollector(problems.messages());
        InternalKnowledgeBase built = newBase(files, kind, own);
        if (built != null && own.sorted().isEmpty()) {
            PARTNERSHIP_BASES.keep(key, built);
        }
        problems.addAll(own);
        return built;
    }

    /** The partnership rules' KieBase built last, by the exact printed text of its files. */
    private static final RecentResults<List<Object>, InternalKnowledgeBase> PARTNERSHIP_BASES = new RecentResults<>(1);

    /** The vocabulary and each file's path and printed text: everything a build reads. */
    private static List<Object> key(List<PrintedFile> files, Vocabulary.Kind kind) {
        List<Object> key = new ArrayList<>();
        key.add(kind);
        files.forEach(file -> key.add(List.of(file.path(), file.text())));
        return key;
    }

    /**
     * A new KieBase for these files. Each package is built by its own KnowledgeBuilder, the second and later ones on
     * threads beside this one, and the packages go into one KieBase: a catalog in two packages builds in about the
     * time of the larger.
     */
    private static InternalKnowledgeBase newBase(List<PrintedFile> files, Vocabulary.Kind kind, ProblemCollector problems) {
        Map<String, List<PrintedFile>> byPackage = new LinkedHashMap<>();
        files.forEach(file -> byPackage.computeIfAbsent(file.tree().packageName(), name -> new ArrayList<>()).add(file));
        // the first package on this thread, each other one beside it
        List<List<PrintedFile>> packages = List.copyOf(byPackage.values());
        List<ProblemCollector> found = new ArrayList<>();
        List<Beside<Collection<KiePackage>>> beside = new ArrayList<>();
        for (List<PrintedFile> group : packages.subList(Math.min(1, packages.size()), packages.size())) {
            ProblemCollector groupProblems = new ProblemCollector(problems.messages());
            found.add(groupProblems);
            beside.add(Beside.start("grille-build-" + group.get(0).tree().packageName(), () -> packages(group, kind, groupProblems)));
        }
        List<Collection<KiePackage>> built = new ArrayList<>();
        built.add(packages.isEmpty() ? List.of() : packages(packages.get(0), kind, problems));
        beside.forEach(group -> built.add(group.join()));
        found.forEach(problems::addAll);
        if (built.contains(null)) {
            return null;
        }
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(interpretedOnly());
        built.forEach(kieBase::addPackages);
        return kieBase;
    }

    /** Packages built lately, by vocabulary and the exact text of their files; only builds with no problem at all. */
    private static final RecentResults<List<Object>, Collection<KiePackage>> BUILT = new RecentResults<>(8);

    private static Collection<KiePackage> packages(List<PrintedFile> files, Vocabulary.Kind kind, ProblemCollector problems) {
        List<Object> key = key(files, kind);
        Collection<KiePackage> kept = BUILT.find(key);
        if (kept != null) {
            return kept;
        }
        ProblemCollector own = new ProblemCollector(problems.messages());
        Collection<KiePackage> built = buildPackages(files, kind, own);
        if (built != null && own.sorted().isEmpty()) {
            BUILT.keep(key, built);
        }
        problems.addAll(own);
        return built;
    }

    /** One KnowledgeBuilder's packages for these files, or null when it reported errors (then in {@code problems}). */
    private static Collection<KiePackage> buildPackages(List<PrintedFile> files, Vocabulary.Kind kind, ProblemCollector problems) {
        if (!files.get(0).path().equals(BuilderWarmUp.FILE)) {
            BUILDERS_STARTED.incrementAndGet();
        }
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(FindingDialect.configuration());
        for (PrintedFile file : files) {
            try {
                // the printed text, never the author's: Drools compiles only what Grille wrote from its checked tree
                builder.add(ResourceFactory.newByteArrayResource(file.text().getBytes(StandardCharsets.UTF_8))
                        .setSourcePath(file.path()), ResourceType.DRL);
            } catch (RuntimeException e) {
                // Some mistakes (a date compared with a number) make the builder throw instead of reporting.
                LOG.debug("Drools could not build {}", file.path(), e);
                problems.error(file.path(), 0, 0, null, "DRL-COMPILE");
                return null;
            }
        }
        Map<String, DrlFile> byPath = new HashMap<>();
        files.forEach(f -> byPath.put(f.path(), f.source()));
        for (KnowledgeBuilderResult result : builder.getResults(ResultSeverity.ERROR, ResultSeverity.WARNING)) {
            report(result, byPath, problems);
        }
        return builder.hasErrors() ? null : builder.getKnowledgePackages();
    }

    /**
     * MVEL evaluates a constraint in its interpreter, then, after some evaluations, in bytecode it generates in the
     * background, and the two disagree on edge cases: arithmetic on a missing value fails in the interpreter and is
     * quietly false once jitted. A score must not depend on how warm the engine is, so directory catalogs stay in the
     * interpreter, which fails the way the bundled catalog's precompiled Java does. Measured cost in BENCHMARKS.md.
     */
    private static org.kie.api.KieBaseConfiguration interpretedOnly() {
        org.kie.api.KieBaseConfiguration configuration = org.kie.api.KieServices.get().newKieBaseConfiguration();
        configuration.setOption(org.kie.internal.conf.ConstraintJittingThresholdOption.get(Integer.MAX_VALUE));
        return configuration;
    }

    private static void report(KnowledgeBuilderResult result, Map<String, DrlFile> files, ProblemCollector problems) {
        String file = result.getResource() == null ? null : result.getResource().getSourcePath();
        int line = result.getLines() != null && result.getLines().length > 0 ? result.getLines()[0] : 0;
        DrlFile drl = file == null ? null : files.get(file);
        String rule = drl == null || line <= 0 ? null : drl.ruleAt(line);
        if (rule == null && drl != null) {
            rule = ruleNamedIn(result.getMessage(), drl);
            if (rule != null && line <= 0) {
                line = lineOf(rule, drl);
            }
        }
        String raw = result.getMessage() == null ? "" : result.getMessage().strip().replaceAll("\\s+", " ");
        String code;
        Object detail;
        Object[] extra = null;
        Matcher m;
        if ((m = UNKNOWN_TYPE.matcher(raw)).find()) {
            code = "DRL-UNKNOWN-TYPE";
            String simple = m.group(1).substring(m.group(1).lastIndexOf('.') + 1);
            String suggestion = Vocabulary.closest(simple, Vocabulary.FACTS.keySet());
            detail = m.group(1);
            raw = suggestion == null ? String.join(", ", Vocabulary.FACTS.keySet()) : suggestion;
        } else if (TYPE_MISMATCH.matcher(raw).find()) {
            code = "DRL-TYPE-MISMATCH";
            Matcher near = NEAR.matcher(raw);
            detail = near.find() ? near.group(1).strip() : raw.length() > 120 ? raw.substring(0, 120) + "…" : raw;
        } else if (CONSEQUENCE.matcher(raw).find()) {
            code = "DRL-CONSEQUENCE";
            detail = raw;
        } else if ((m = UNKNOWN_METHOD.matcher(raw)).find() || (m = UNKNOWN_FIELD.matcher(raw)).find()) {
            code = "DRL-UNKNOWN-FIELD";
            String qualified = m.group(1);
            int dot = qualified.lastIndexOf('.');
            String field = qualified.substring(dot + 1);
            String owner = dot < 0 ? "" : qualified.substring(qualified.lastIndexOf('.', dot - 1) + 1, dot);
            detail = field;
            // Drools names the printed class (ProjectFact); the message names the type as the rule does (Project)
            Class<?> ownerType = Vocabulary.factByEitherName(Vocabulary.Kind.SCORING, owner);
            if (ownerType == null) {
                ownerType = Vocabulary.VALUES.get(owner);
            }
            java.util.Set<String> known = ownerType == null ? java.util.Set.of() : Vocabulary.members(ownerType).keySet();
            String suggestion = Vocabulary.closest(field, known);
            extra = new Object[] {owner.isEmpty() ? "?" : ownerType == null ? owner : Vocabulary.ruleName(ownerType),
                    suggestion != null ? suggestion : String.join(", ", known)};
            if (field.startsWith("$")) {
                code = "DRL-UNKNOWN-VARIABLE";
                detail = field;
            }
            if (rule == null && drl != null) {
                rule = ruleMentioning(drl, field);
                line = rule == null ? line : lineOf(rule, drl);
            }
        } else {
            code = "DRL-COMPILE";
            detail = "";
        }
        // Drools' own words go to the debug log (grille validate --verbose), never into the message staff read.
        LOG.debug("Drools said about {}:{}: {}", file, line, raw);
        if ("DRL-CONSEQUENCE".equals(code) && drl != null && rule != null) {
            line = consequenceLine(rule, drl, line);
        }
        if (result.getSeverity() == ResultSeverity.ERROR) {
            if (extra != null && code.equals("DRL-UNKNOWN-FIELD")) {
                problems.error(file, line, 0, rule, code, detail, extra[0], extra[1]);
            } else {
                problems.error(file, line, 0, rule, code, detail, raw);
            }
        } else {
            problems.warning(file, line, 0, rule, "DRL-WARNING");
        }
    }

    private static String ruleNamedIn(String message, DrlFile drl) {
        if (message == null) {
            return null;
        }
        return drl.descr().getRules().stream()
                .map(org.drools.drl.ast.descr.RuleDescr::getName)
                .filter(name -> message.contains("'" + name + "'") || message.contains("\"" + name + "\"") || message.contains("=" + name))
                .findFirst()
                .orElse(null);
    }

    /** The line of the rule's "then": where the consequence the error is about starts. */
    private static int consequenceLine(String rule, DrlFile drl, int fallback) {
        return drl.descr().getRules().stream().filter(r -> r.getName().equals(rule))
                .mapToInt(r -> r.getConsequenceLine()).filter(l -> l > 0).findFirst().orElse(fallback);
    }

    /** The first rule whose text mentions {@code word}: where to look when Drools gives no line. */
    private static String ruleMentioning(DrlFile drl, String word) {
        for (org.drools.drl.ast.descr.RuleDescr r : drl.descr().getRules()) {
            int end = r.getEndLine() > 0 ? Math.min(r.getEndLine(), drl.lines().size()) : drl.lines().size();
            String text = String.join("\n", drl.lines().subList(Math.max(0, r.getLine() - 1), end));
            if (text.contains(word)) {
                return r.getName();
            }
        }
        return null;
    }

    private static int lineOf(String rule, DrlFile drl) {
        return drl.descr().getRules().stream().filter(r -> r.getName().equals(rule)).mapToInt(r -> r.getLine()).findFirst().orElse(0);
    }
}
