package org.grille.engine.catalog;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.grille.api.application.ActivityType;
import org.grille.api.application.Board;
import org.grille.api.application.BudgetCategory;
import org.grille.api.application.BudgetLine;
import org.grille.api.application.Commitment;
import org.grille.api.application.EvaluationApproach;
import org.grille.api.application.EvaluationPlan;
import org.grille.api.application.FundingStatus;
import org.grille.api.application.LegalForm;
import org.grille.api.application.LobbyistStatus;
import org.grille.api.application.Objective;
import org.grille.api.application.PartnerRole;
import org.grille.api.application.TargetGroup;
import org.grille.api.application.TrainingModule;
import org.grille.api.rules.ActivityFact;
import org.grille.api.rules.BudgetFact;
import org.grille.api.rules.CallTerms;
import org.grille.api.rules.Finding;
import org.grille.api.rules.OrganizationFact;
import org.grille.api.rules.OutcomeFact;
import org.grille.api.rules.PartnerFact;
import org.grille.api.rules.ProjectFact;
import org.grille.api.rules.batch.Focus;
import org.grille.api.rules.batch.Neighbours;
import org.grille.api.rules.batch.Offers;
import org.grille.api.rules.batch.Pursues;
import org.grille.api.rules.batch.Reaches;
import org.grille.api.rules.batch.Serves;
import org.grille.api.rules.batch.Submission;

/**
 * Everything a rule may name: the fact types it may look for, the values it may read on each (record components and
 * the few side-effect-free helpers the vocabulary declares), and the enums whose constants it may compare with.
 * The catalog compiler compiles every rule file against exactly these types, whatever the file imports.
 */
final class Vocabulary {

    private static final String FACT_PACKAGE = "org.grille.api.rules";
    private static final String FACT_SUFFIX = "Fact";

    /**
     * Types a pattern may look for, by the name a rule uses: the class's simple name without the {@code Fact} that
     * keeps it apart from the application record of the same name ({@code Project} for {@link ProjectFact}).
     */
    static final Map<String, Class<?>> FACTS = ordered(OrganizationFact.class, ProjectFact.class, BudgetFact.class,
            PartnerFact.class, ActivityFact.class, OutcomeFact.class, EvaluationPlan.class, CallTerms.class, Finding.class);

    /** Types a partnership rule may look for: the batch vocabulary ({@code org.grille.api.rules.batch}). */
    static final Map<String, Class<?>> BATCH_FACTS = ordered(Submission.class, Pursues.class, Serves.class, Reaches.class,
            Offers.class, Focus.class, Neighbours.class);

    /**
     * Which vocabulary a rule file is checked and compiled against. Scoring files see one application per session;
     * partnership files see a whole batch, so their join bound is different (see {@link RuleGrammar}).
     */
    enum Kind {
        /** Scoring rules: gates, awards, derivations over one application's facts. */
        SCORING(FACTS),
        /** Partnership rules: pairs of applications of one batch. */
        PARTNERSHIP(BATCH_FACTS);

        private final Map<String, Class<?>> facts;

        Kind(Map<String, Class<?>> facts) {
            this.facts = facts;
        }

        /** The fact types a pattern of this kind of file may look for. */
        Map<String, Class<?>> facts() {
            return facts;
        }

        /** The import lines a file of this kind is compiled with: its facts, the value types and the enums. */
        List<String> imports() {
            List<String> imports = new ArrayList<>();
            for (Map<String, Class<?>> group : List.of(facts, VALUES, ENUMS)) {
                group.values().forEach(type -> imports.add(type.getName()));
            }
            imports.add(Objective.class.getName());
            return imports;
        }
    }

    /** Types reached only through their owner ({@code Organization( board.members >= 3 )}). */
    static final Map<String, Class<?>> VALUES = ordered(Board.class, BudgetLine.class);

    /**
     * The program's objectives: named like an enum's constants ({@code Objective.HIRING_BARRIERS}), but which exist is
     * the catalog's manifest's to say ({@link RuleTerms#objectives()}), so an objective is added without a release.
     */
    static final String OBJECTIVE = "Objective";

    /** Enums whose constants a rule may name ({@code TargetGroup.NEWCOMERS}). */
    static final Map<String, Class<?>> ENUMS = ordered(TargetGroup.class, ActivityType.class,
            LegalForm.class, LobbyistStatus.class, Commitment.class, PartnerRole.class, EvaluationApproach.class,
            TrainingModule.class, BudgetCategory.class, FundingStatus.class);

    /** What a rule may read of an accumulate's result ({@code Number( intValue >= 3 ) from accumulate(...)}). */
    static final Set<String> NUMBER_MEMBERS = Set.of("intValue", "longValue", "doubleValue");

    /** The only helpers of a list: how many elements, and whether there are none. */
    static final Set<String> LIST_MEMBERS = Set.of("size", "isEmpty");

    /** The built-in accumulate functions. */
    static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("count", "sum", "min", "max", "average");

    /** Names that are never in the vocabulary, with the reason a rule cannot read them. */
    static final Map<String, String> WITHHELD = withheld();

    private static final Map<Class<?>, Map<String, Member>> MEMBERS = new LinkedHashMap<>();

    static {
        for (Class<?> type : FACTS.values()) {
            MEMBERS.put(type, membersOf(type));
        }
        for (Class<?> type : VALUES.values()) {
            MEMBERS.put(type, membersOf(type));
        }
        for (Class<?> type : BATCH_FACTS.values()) {
            MEMBERS.put(type, membersOf(type));
        }
    }

    private Vocabulary() {
    }

    /**
     * One value a rule can read.
     *
     * @param name        as written in a rule
     * @param type        what it yields
     * @param element     the element type when it is a list, else null
     * @param parameters  enum parameters of a helper such as {@code amountFor(BudgetCategory)}; empty for a value
     * @param helper      a method written with parentheses rather than a record component
     */
    record Member(String name, Class<?> type, Class<?> element, List<Class<?>> parameters, boolean helper) {
    }

    /** The members of a vocabulary type, by name; empty for a type outside the vocabulary. */
    static Map<String, Member> members(Class<?> type) {
        return MEMBERS.getOrDefault(type, Map.of());
    }

    static boolean isVocabulary(Class<?> type) {
        return MEMBERS.containsKey(type);
    }

    /** The import lines every rule file is compiled with: the facts, the value types and the enums. */
    static List<String> imports() {
        return Kind.SCORING.imports();
    }

    private static Map<String, Member> membersOf(Class<?> type) {
        Map<String, Member> members = new TreeMap<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                members.put(component.getName(), member(component.getName(), component.getType(),
                        component.getGenericType(), List.of(), false));
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            int modifiers = method.getModifiers();
            if (!Modifier.isPublic(modifiers) || Modifier.isStatic(modifiers) || method.isSynthetic()
                    || members.containsKey(method.getName()) || Set.of("equals", "hashCode", "toString").contains(method.getName())
                    || method.getReturnType() == void.class) {
                continue;
            }
            List<Class<?>> parameters = List.of(method.getParameterTypes());
            if (parameters.stream().allMatch(Class::isEnum)) {
                members.put(method.getName(), member(method.getName(), method.getReturnType(), method.getGenericReturnType(),
                        parameters, true));
            }
        }
        return Map.copyOf(members);
    }

    private static Member member(String name, Class<?> type, Type generic, List<Class<?>> parameters, boolean helper) {
        Class<?> element = null;
        if (Collection.class.isAssignableFrom(type) && generic instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            element = c;
        }
        return new Member(name, type, element, parameters, helper);
    }

    private static Map<String, String> withheld() {
        Map<String, String> names = new LinkedHashMap<>();
        for (String name : List.of("language", "leadership", "gender", "immigrantBackground", "racialized", "ageGroup",
                "Leadership", "Language", "Gender", "AgeGroup", "Disclosure")) {
            names.put(name, "protected");
        }
        for (String name : List.of("id", "Application", "name", "borough", "registryNumber", "source")) {
            names.put(name, "identifying");
        }
        names.put("title", "text:hasTitle");
        names.put("summary", "text:hasSummary");
        names.put("needEvidence", "text:documentsNeed");
        names.put("theoryOfChange", "text:hasTheoryOfChange");
        names.put("description", "text:described");
        names.put("indicator", "text:hasIndicator");
        return Map.copyOf(names);
    }

    private static Map<String, Class<?>> ordered(Class<?>... types) {
        Map<String, Class<?>> map = new LinkedHashMap<>();
        for (Class<?> type : types) {
            map.put(ruleName(type), type);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /** The name a rule file and its messages use for a vocabulary type: {@code Project} for {@link ProjectFact}. */
    static String ruleName(Class<?> type) {
        String simple = type.getSimpleName();
        return type.getPackageName().equals(FACT_PACKAGE) && simple.endsWith(FACT_SUFFIX)
                ? simple.substring(0, simple.length() - FACT_SUFFIX.length()) : simple;
    }

    /**
     * The fact type a printed pattern names, by either of its names: a rule's ({@code Project}) or the class's, which
     * the printer writes ({@code ProjectFact}); null when it is neither. Only {@link RuleTreeReader} accepts both, so
     * that printed text reads back; the grammar, which sees the staff's text first, knows the rule names only.
     */
    static Class<?> factByEitherName(Kind kind, String name) {
        Class<?> type = kind.facts().get(name);
        if (type == null && name.endsWith(FACT_SUFFIX)) {
            type = kind.facts().get(name.substring(0, name.length() - FACT_SUFFIX.length()));
            return type != null && type.getSimpleName().equals(name) ? type : null;
        }
        return type;
    }

    /** What the printer writes for the fact type a rule names {@code ruleName}: the class's simple name. */
    static String printedName(String ruleName) {
        Class<?> type = FACTS.get(ruleName);
        return type == null ? ruleName : type.getSimpleName();
    }

    /** The closest of {@code known} to {@code name} by edit distance, or null when none is close enough to suggest. */
    static String closest(String name, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(name.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        int allowed = Math.max(1, Math.min(3, name.length() / 3));
        return bestDistance <= allowed ? best : null;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
