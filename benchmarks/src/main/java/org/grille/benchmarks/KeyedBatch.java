package org.grille.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grille.api.application.Application;
import org.grille.api.application.EvaluationPlan;
import org.grille.api.rules.ActivityFact;
import org.grille.api.rules.BudgetFact;
import org.grille.api.rules.OrganizationFact;
import org.grille.api.rules.OutcomeFact;
import org.grille.api.rules.PartnerFact;
import org.grille.api.rules.ProjectFact;
import org.grille.benchmarks.keyed.Anchor;
import org.grille.benchmarks.keyed.KeyedActivity;
import org.grille.benchmarks.keyed.KeyedBudget;
import org.grille.benchmarks.keyed.KeyedEvaluationPlan;
import org.grille.benchmarks.keyed.KeyedOrganization;
import org.grille.benchmarks.keyed.KeyedOutcome;
import org.grille.benchmarks.keyed.KeyedPartner;
import org.grille.benchmarks.keyed.KeyedProject;
import org.kie.api.KieBase;
import org.kie.api.builder.Message;
import org.kie.api.builder.Results;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.internal.utils.KieHelper;

/**
 * Several applications in one Drools session: the design change that BENCHMARKS.md names as the only way left
 * to cut Drools' per-application work, measured before it is built. The bundled catalog's DRL is rewritten as
 * text so that each rule starts with {@code Anchor( $k : key )} and every pattern on an application's fact
 * also says {@code key == $k}; the facts are the engine's projection, copied with their application's key.
 * Nothing is collected but the count of fired rules, as for the naive peer.
 *
 * <p>The rewrite is a regular expression over the bundled files, which have no derived facts and no pattern
 * names inside comments or strings; the engine would rewrite the parsed descriptors instead.
 */
public final class KeyedBatch {

    private static final Pattern FACT = Pattern.compile(
            "\\b(Organization|Project|Budget|Activity|Outcome|Partner|EvaluationPlan)(?:Fact)?\\s*\\(");

    private final KieBase kieBase;
    private final KieSessionsPool sessions;

    private KeyedBatch(KieBase kieBase) {
        this.kieBase = kieBase;
        this.sessions = kieBase.newKieSessionsPool(1);
    }

    /** Builds the rewritten bundled DRL (classic build), as the naive peer builds the original. */
    public static KeyedBatch compile() {
        KieHelper helper = new KieHelper();
        for (Map.Entry<String, byte[]> file : BundledFiles.read().entrySet()) {
            if (file.getKey().endsWith(".drl")) {
                helper.addContent(rewrite(BundledFiles.forDrools(file.getValue())),
                        "src/main/resources/" + BundledFiles.ROOT + file.getKey());
            }
        }
        Results results = helper.verify();
        if (results.hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException("The keyed DRL does not compile: " + results.getMessages());
        }
        return new KeyedBatch(helper.build());
    }

    /** The DRL with every rule anchored on a key and every application pattern joined to it. */
    static String rewrite(String drl) {
        String anchored = drl.replaceFirst("(?m)^(import .*;)", "import org.grille.benchmarks.keyed.*;\n$1")
                .replaceAll("(?m)^when\\s*\\n", "when\n    Anchor( \\$k : key )\n");
        StringBuilder out = new StringBuilder(anchored.length() + 4_096);
        for (String line : anchored.split("\n", -1)) {
            String text = line.strip();
            boolean code = !(text.startsWith("//") || text.startsWith("*") || text.startsWith("/*")
                    || text.startsWith("rule ") || text.startsWith("import ") || text.startsWith("@"));
            if (code) {
                Matcher fact = FACT.matcher(line);
                line = fact.replaceAll("Keyed$1( key == \\$k, ").replaceAll(",\\s*\\)", " )");
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    /** Scores {@code applications} in sessions of {@code batch} applications each; returns the rules fired. */
    public int run(List<Application> applications, int batch) {
        int fired = 0;
        for (int from = 0; from < applications.size(); from += batch) {
            fired += run(applications, from, Math.min(applications.size(), from + batch), null);
        }
        return fired;
    }

    /** The names of the rules that fired for each application, by its index, from sessions of {@code batch}. */
    public List<Set<String>> firings(List<Application> applications, int batch) {
        Map<Integer, Set<String>> fired = new HashMap<>();
        for (int from = 0; from < applications.size(); from += batch) {
            run(applications, from, Math.min(applications.size(), from + batch), fired);
        }
        List<Set<String>> byApplication = new ArrayList<>(applications.size());
        for (int i = 0; i < applications.size(); i++) {
            byApplication.add(fired.getOrDefault(i, Set.of()));
        }
        return byApplication;
    }

    private int run(List<Application> applications, int from, int to, Map<Integer, Set<String>> fired) {
        KieSession session = sessions.newKieSession();
        DefaultAgendaEventListener listener = fired == null ? null : new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                int key = ((Anchor) event.getMatch().getObjects().get(0)).key();
                fired.computeIfAbsent(key, k -> new HashSet<>()).add(event.getMatch().getRule().getName());
            }
        };
        if (listener != null) {
            session.addEventListener(listener);
        }
        try {
            session.insert(BundledFiles.CALL_TERMS);
            for (int key = from; key < to; key++) {
                session.insert(new Anchor(key));
                List<Object> facts = org.grille.engine.scoring.Facts.of(BundledFiles.CALL_TERMS, applications.get(key));
                for (int f = 1; f < facts.size(); f++) {
                    session.insert(keyed(key, facts.get(f)));
                }
            }
            return session.fireAllRules();
        } finally {
            if (listener != null) {
                session.removeEventListener(listener);
            }
            session.dispose();
        }
    }

    /** One projected fact with its application's key; the call's terms (fact 0) are shared by the batch. */
    private static Object keyed(int key, Object fact) {
        if (fact instanceof OrganizationFact o) {
            return KeyedOrganization.of(key, o);
        } else if (fact instanceof ProjectFact p) {
            return KeyedProject.of(key, p);
        } else if (fact instanceof BudgetFact b) {
            return KeyedBudget.of(key, b);
        } else if (fact instanceof ActivityFact a) {
            return KeyedActivity.of(key, a);
        } else if (fact instanceof OutcomeFact o) {
            return KeyedOutcome.of(key, o);
        } else if (fact instanceof PartnerFact p) {
            return KeyedPartner.of(key, p);
        } else if (fact instanceof EvaluationPlan e) {
            return KeyedEvaluationPlan.of(key, e);
        }
        throw new IllegalArgumentException("No keyed form for " + fact.getClass().getName());
    }

    KieBase kieBase() {
        return kieBase;
    }
}
