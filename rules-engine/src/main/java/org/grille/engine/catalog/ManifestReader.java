package org.grille.engine.catalog;

import java.util.List;
import java.util.Set;
import org.grille.api.Criterion;
import org.grille.engine.json.JsonPaths;
import org.grille.engine.json.JsonErrors;
import tools.jackson.core.TokenStreamLocation;

/** Reads and checks {@code manifest.json}; every problem is reported with its line. */
final class ManifestReader {

    static final String FILE = "manifest.json";
    /** The largest amount of money a manifest may state: a thousand billion dollars, far beyond any call. */
    static final long MAX_AMOUNT = 1_000_000_000_000L;

    /** Protected attributes a manifest may name: the fields that exist for audits only. */
    static final Set<String> KNOWN_PROTECTED = Set.of(
            "language", "leadership", "leadership.gender", "leadership.immigrantBackground",
            "leadership.racialized", "leadership.ageGroup");

    /** Attributes every catalog protects: the program's policy, not a catalog's choice. */
    static final List<String> REQUIRED_PROTECTED = List.of("language", "leadership.gender", "leadership.immigrantBackground",
            "leadership.racialized", "leadership.ageGroup");

    /** Fields the fairness gate knows how to vary as proxies. */
    static final Set<String> KNOWN_PROXIES = Set.of("organization.borough", "organization.name");

    /** The most criteria, and the most objectives, a grid may have: a page and a letter still show them all. */
    static final int MAX_RUBRIC_ENTRIES = 20;
    /** The longest label, in characters: a heading, a chart legend and a letter line hold it. */
    static final int MAX_LABEL_LENGTH = 80;

    private ManifestReader() {
    }

    /** The manifest, or null when it cannot be used; problems go to {@code problems}. */
    static Manifest read(byte[] json, ProblemCollector problems) {
        Manifest manifest;
        try {
            manifest = ManifestJson.read(json);
        } catch (ManifestJson.Unreadable e) {
            unreadable(e, json, problems);
            return null;
        }
        if (manifest == null) {
            // a manifest that is just null: nothing to check
            problems.error(FILE, 1, 1, null, "MANIFEST-UNREADABLE", "$", problems.messages().get("json.invalid"));
            return null;
        }
        check(manifest, json, problems);
        return problems.hasErrors() ? null : manifest;
    }

    private static void unreadable(ManifestJson.Unreadable e, byte[] json, ProblemCollector problems) {
        int line;
        int column;
        if (e.kind == ManifestJson.Unreadable.Kind.INVALID && e.at == null) {
            line = ManifestJson.NO_CONTENT_PLACE[0];
            column = ManifestJson.NO_CONTENT_PLACE[1];
        } else {
            TokenStreamLocation at = e.at;
            if (at == null || at.getLineNr() <= 0) {
                // an unknown field is reported once its object is read, without a place: find the field in the text
                at = JsonPaths.locate(ManifestJson.FACTORY, json, e.pointer());
            }
            line = line(at);
            column = column(at);
        }
        String message = switch (e.kind) {
            case SYNTAX -> JsonErrors.malformed(e.detail, problems.messages());
            case UNKNOWN_FIELD -> JsonErrors.unknownField(e.detail, e.known, problems.messages());
            case INVALID -> problems.messages().get("json.invalid");
        };
        problems.error(FILE, line, column, null, "MANIFEST-UNREADABLE", e.path(), message);
    }

    private static void check(Manifest m, byte[] json, ProblemCollector problems) {
        require(m.id() != null && !m.id().isBlank(), "id", problems);
        require(m.version() != null && !m.version().isBlank(), "version", problems);
        require(!m.ruleFiles().isEmpty(), "ruleFiles", problems);
        require(m.reasons() != null && !m.reasons().isBlank(), "reasons", problems);
        require(m.fundableThreshold() != null, "fundableThreshold", problems);
        require(!m.criteria().isEmpty(), "criteria", problems);
        require(!m.objectives().isEmpty(), "objectives", problems);
        require(m.objectiveFit() != null && m.objectiveFit().criterion() != null
                && m.objectiveFit().bestObjectiveMax() != null && m.objectiveFit().secondaryObjectiveMax() != null,
                "objectiveFit", problems);
        require(m.call() != null && m.call().projectCap() != null && m.call().minimumYearsActive() != null
                && m.call().deadline() != null && m.call().earliestStart() != null
                && m.call().maxDurationMonths() != null && m.call().annualMeetingWithinMonths() != null, "call", problems);
        require(m.envelope() != null && m.envelope().total() != null && !m.envelope().perYear().isEmpty(), "envelope", problems);
        if (problems.hasErrors()) {
            return;
        }
        if (!checkRubric(m, json, problems)) {
            return;
        }
        if (m.fundableThreshold() < 0 || m.fundableThreshold() > 100) {
            problems.error(FILE, 0, 0, null, "MANIFEST-THRESHOLD", m.fundableThreshold());
        }
        boolean amountsInRange = m.envelope().total() >= 0 && m.envelope().total() <= MAX_AMOUNT
                && m.envelope().perYear().stream().allMatch(year -> year != null && year >= 0 && year <= MAX_AMOUNT);
        if (!amountsInRange) {
            problems.error(FILE, 0, 0, null, "MANIFEST-ENVELOPE-RANGE", MAX_AMOUNT);
        }
        // at most 100 years of at most MAX_AMOUNT each: the sum cannot overflow
        long perYear = amountsInRange ? m.envelope().perYear().stream().limit(100).mapToLong(Long::longValue).sum() : 0;
        if (amountsInRange && (m.envelope().perYear().size() > 100 || perYear != m.envelope().total())) {
            problems.error(FILE, 0, 0, null, "MANIFEST-ENVELOPE-SUM", perYear, m.envelope().total());
        }
        if (m.call().projectCap() <= 0 || m.call().projectCap() > MAX_AMOUNT) {
            problems.error(FILE, 0, 0, null, "MANIFEST-PROJECT-CAP", m.call().projectCap());
        }
        List<String> unknown = m.protectedAttributes().stream().filter(a -> !KNOWN_PROTECTED.contains(a)).toList();
        if (!unknown.isEmpty()) {
            problems.error(FILE, 0, 0, null, "MANIFEST-PROTECTED-UNKNOWN", unknown, new java.util.TreeSet<>(KNOWN_PROTECTED));
        }
        List<String> unprotected = REQUIRED_PROTECTED.stream().filter(a -> !m.protectedAttributes().contains(a)).toList();
        if (!unprotected.isEmpty()) {
            // Removing an attribute from the list would switch off the checks that protect it.
            problems.error(FILE, 0, 0, null, "MANIFEST-PROTECTED-MISSING", unprotected);
        }
        if (m.allocation().portfolioFloor() < 0
                || m.allocation().partialMinimumShare() <= 0 || m.allocation().partialMinimumShare() > 1
                || (m.allocation().solverTimeLimitSeconds() != null && !(m.allocation().solverTimeLimitSeconds() > 0
                        && m.allocation().solverTimeLimitSeconds() <= 3600))) {
            problems.error(FILE, 0, 0, null, "MANIFEST-ALLOCATION");
        }
        if (m.reviewRequest() != null && (m.reviewRequest().withinDays() == null || m.reviewRequest().withinDays() < 1 || m.reviewRequest().withinDays() > 365
                || java.util.stream.Stream.of("fr", "en").anyMatch(l -> m.reviewRequest().contact().getOrDefault(l, "").isBlank()))) {
            problems.error(FILE, 0, 0, null, "MANIFEST-REVIEW-REQUEST");
        }
        for (Manifest.Proxy proxy : m.proxyAttributes()) {
            if (!KNOWN_PROXIES.contains(proxy.field()) || proxy.values().size() < 2) {
                problems.error(FILE, 0, 0, null, "MANIFEST-PROXY", proxy.field(), new java.util.TreeSet<>(KNOWN_PROXIES));
            }
        }
        if (m.reviews() != null) {
            checkReviews(m.reviews(), problems);
        }
        long distinct = m.ruleFiles().stream().distinct().count();
        if (distinct != m.ruleFiles().size()) {
            problems.error(FILE, 0, 0, null, "MANIFEST-RULE-FILE-TWICE");
        }
        List<String> both = m.partnershipFiles().stream().filter(m.ruleFiles()::contains).toList();
        if (!both.isEmpty() || m.partnershipFiles().stream().distinct().count() != m.partnershipFiles().size()) {
            // A file is checked against one vocabulary: scoring or partnership, never both.
            problems.error(FILE, 0, 0, null, "MANIFEST-PARTNERSHIP-FILE-TWICE", both);
        }
    }

    /**
     * The grid: each criterion and objective once, with an id, labels staff can read in both languages, maxima that
     * add up to 100, and the objective-fit criterion among the criteria.
     *
     * @return whether the grid can be used (further checks would only repeat its mistakes)
     */
    private static boolean checkRubric(Manifest m, byte[] json, ProblemCollector problems) {
        if (m.criteria().size() > MAX_RUBRIC_ENTRIES || m.objectives().size() > MAX_RUBRIC_ENTRIES) {
            problems.error(FILE, 0, 0, null, "MANIFEST-RUBRIC-SIZE", MAX_RUBRIC_ENTRIES);
            return false;
        }
        boolean usable = true;
        Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < m.criteria().size(); i++) {
            Manifest.CriterionEntry c = m.criteria().get(i);
            if (c == null || c.id() == null || c.maximum() == null || c.maximum() < 0 || c.maximum() > 100
                    || !readable(c.label(), true) || !readable(c.shortLabel(), false)) {
                TokenStreamLocation at = JsonPaths.locate(ManifestJson.FACTORY, json, "/criteria/" + i);
                problems.error(FILE, line(at), column(at), null, "MANIFEST-CRITERION-INVALID", i + 1, MAX_LABEL_LENGTH);
                usable = false;
            } else if (!ids.add(c.id().id())) {
                TokenStreamLocation at = JsonPaths.locate(ManifestJson.FACTORY, json, "/criteria/" + i);
                problems.error(FILE, line(at), column(at), null, "MANIFEST-ID-TWICE", c.id());
                usable = false;
            }
        }
        Set<String> objectiveIds = new java.util.HashSet<>();
        for (int i = 0; i < m.objectives().size(); i++) {
            Manifest.ObjectiveEntry o = m.objectives().get(i);
            if (o == null || o.id() == null || !readable(o.label(), true) || !readable(o.shortLabel(), false)) {
                TokenStreamLocation at = JsonPaths.locate(ManifestJson.FACTORY, json, "/objectives/" + i);
                problems.error(FILE, line(at), column(at), null, "MANIFEST-OBJECTIVE-INVALID", i + 1, MAX_LABEL_LENGTH);
                usable = false;
            } else if (!objectiveIds.add(o.id().id())) {
                TokenStreamLocation at = JsonPaths.locate(ManifestJson.FACTORY, json, "/objectives/" + i);
                problems.error(FILE, line(at), column(at), null, "MANIFEST-ID-TWICE", o.id());
                usable = false;
            }
        }
        if (!usable) {
            return false;
        }
        // sums in long over values that are each checked: a sum of ints can wrap round to exactly 100
        long sum = m.criteria().stream().mapToLong(c -> c.maximum().longValue()).sum();
        if (sum != 100) {
            problems.error(FILE, 0, 0, null, "MANIFEST-CRITERIA-SUM", sum);
        }
        Criterion fitCriterion = m.objectiveFit().criterion();
        Integer fit = m.maxima().get(fitCriterion);
        if (fit == null) {
            TokenStreamLocation at = JsonPaths.locate(ManifestJson.FACTORY, json, "/objectiveFit/criterion");
            problems.error(FILE, line(at), column(at), null, "MANIFEST-FIT-CRITERION", fitCriterion,
                    String.join(", ", ids.stream().sorted().toList()));
            return false;
        }
        long objectiveParts = (long) m.objectiveFit().bestObjectiveMax() + m.objectiveFit().secondaryObjectiveMax();
        if (fit != objectiveParts) {
            problems.error(FILE, 0, 0, null, "MANIFEST-OBJECTIVE-FIT", fit, objectiveParts, fitCriterion);
        }
        if (m.reviews() != null) {
            List<String> unknown = m.reviews().criteria().keySet().stream()
                    .filter(c -> !ids.contains(c.id())).map(Criterion::id).sorted().toList();
            if (!unknown.isEmpty()) {
                problems.error(FILE, 0, 0, null, "MANIFEST-REVIEWS-CRITERION", unknown,
                        String.join(", ", ids.stream().sorted().toList()));
            }
        }
        return true;
    }

    /** A label shown on a terminal, a page or a spreadsheet: French and English, plain words, not too long. */
    private static boolean readable(java.util.Map<String, String> label, boolean required) {
        if (label == null) {
            return !required;
        }
        return label.keySet().stream().allMatch(language -> language.equals("fr") || language.equals("en"))
                && java.util.stream.Stream.of("fr", "en").allMatch(language -> {
                    String text = label.get(language);
                    return text != null && !text.isBlank() && text.strip().equals(text)
                            && text.codePointCount(0, text.length()) <= MAX_LABEL_LENGTH
                            && !RuleTitle.hasHiddenCharacter(text)
                            && "=+-@".indexOf(text.charAt(0)) < 0;
                });
    }

    private static int line(TokenStreamLocation at) {
        return at == null ? 0 : at.getLineNr();
    }

    private static int column(TokenStreamLocation at) {
        return at == null ? 0 : at.getColumnNr();
    }

    /** A reviews section needs a scale and at least one criterion with a share above 0 and at most 1. */
    private static void checkReviews(Manifest.Reviews reviews, ProblemCollector problems) {
        Manifest.Scale scale = reviews.scale();
        boolean scaleOk = scale != null && scale.min() != null && scale.max() != null
                && Double.isFinite(scale.min()) && Double.isFinite(scale.max()) && scale.min() < scale.max();
        boolean sharesOk = !reviews.criteria().isEmpty() && reviews.criteria().values().stream()
                .allMatch(share -> share != null && share > 0 && share <= 1);
        boolean minimumOk = reviews.minimumReviews() == null || (reviews.minimumReviews() >= 1 && reviews.minimumReviews() <= 100);
        boolean spreadOk = reviews.maximumSpread() == null || (reviews.maximumSpread() >= 0 && Double.isFinite(reviews.maximumSpread()));
        if (!scaleOk || !sharesOk || !minimumOk || !spreadOk) {
            problems.error(FILE, 0, 0, null, "MANIFEST-REVIEWS");
        }
    }

    private static void require(boolean present, String field, ProblemCollector problems) {
        if (!present) {
            problems.error(FILE, 0, 0, null, "MANIFEST-FIELD-MISSING", field);
        }
    }
}
