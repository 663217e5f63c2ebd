package org.grille.api;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.grille.api.application.Objective;

/**
 * A catalog's grid, as its manifest declares it: the criteria with their maximum points and labels, the program's
 * objectives with theirs, and which criterion the objective rules make up. Everything here is catalog data: adding
 * a criterion or an objective, or renaming one, is a manifest edit.
 *
 * @param criteria     the criteria in the manifest's order; their maxima add up to 100
 * @param objectives   the objectives in the manifest's order
 * @param objectiveFit the criterion made of the objectives' sub-scores (the best objective plus a secondary one)
 */
public record Rubric(List<CriterionDefinition> criteria, List<ObjectiveDefinition> objectives, Criterion objectiveFit) {

    /**
     * Copies the lists.
     *
     * @param criteria     the criteria in the manifest's order
     * @param objectives   the objectives in the manifest's order
     * @param objectiveFit the criterion made of the objectives' sub-scores; one of {@code criteria}
     */
    public Rubric {
        criteria = List.copyOf(criteria);
        objectives = List.copyOf(objectives);
        Objects.requireNonNull(objectiveFit, "objectiveFit");
    }

    /**
     * A text in the program's two languages.
     *
     * @param french  the French text
     * @param english the English text
     */
    public record Label(String french, String english) {

        /**
         * Checks that both languages are given.
         *
         * @param french  the French text
         * @param english the English text
         */
        public Label {
            Objects.requireNonNull(french, "french");
            Objects.requireNonNull(english, "english");
        }

        /**
         * The text in {@code locale}'s language: English for {@code en}, French otherwise.
         *
         * @param locale the reader's locale
         * @return the text in that language
         */
        public String in(Locale locale) {
            return "en".equals(locale.getLanguage()) ? english : french;
        }
    }

    /**
     * One criterion of the grid.
     *
     * @param criterion  its id
     * @param maximum    the most points it gives
     * @param label      its name, as reports and letters show it
     * @param shortLabel a short name for table headings
     */
    public record CriterionDefinition(Criterion criterion, int maximum, Label label, Label shortLabel) {

        /**
         * Checks that every part is given.
         *
         * @param criterion  its id
         * @param maximum    the most points it gives
         * @param label      its name
         * @param shortLabel a short name for table headings
         */
        public CriterionDefinition {
            Objects.requireNonNull(criterion, "criterion");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(shortLabel, "shortLabel");
        }
    }

    /**
     * One objective of the program.
     *
     * @param objective  its id
     * @param label      its name, as reports and letters show it
     * @param shortLabel a short name for table headings and charts
     */
    public record ObjectiveDefinition(Objective objective, Label label, Label shortLabel) {

        /**
         * Checks that every part is given.
         *
         * @param objective  its id
         * @param label      its name
         * @param shortLabel a short name for table headings and charts
         */
        public ObjectiveDefinition {
            Objects.requireNonNull(objective, "objective");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(shortLabel, "shortLabel");
        }
    }

    /**
     * The criteria's ids, in the manifest's order.
     *
     * @return every criterion of the grid
     */
    public List<Criterion> criterionIds() {
        return criteria.stream().map(CriterionDefinition::criterion).toList();
    }

    /**
     * The objectives' ids, in the manifest's order.
     *
     * @return every objective of the program
     */
    public List<Objective> objectiveIds() {
        return objectives.stream().map(ObjectiveDefinition::objective).toList();
    }

    /**
     * The definition of {@code criterion}.
     *
     * @param criterion a criterion id
     * @return its definition, or empty when this grid has no such criterion
     */
    public Optional<CriterionDefinition> find(Criterion criterion) {
        return criteria.stream().filter(c -> c.criterion().equals(criterion)).findFirst();
    }

    /**
     * The definition of {@code objective}.
     *
     * @param objective an objective id
     * @return its definition, or empty when this program has no such objective
     */
    public Optional<ObjectiveDefinition> find(Objective objective) {
        return objectives.stream().filter(o -> o.objective().equals(objective)).findFirst();
    }

    /**
     * The most points {@code criterion} gives.
     *
     * @param criterion a criterion id
     * @return its maximum, or 0 when this grid has no such criterion
     */
    public int maximum(Criterion criterion) {
        return find(criterion).map(CriterionDefinition::maximum).orElse(0);
    }

    /**
     * The name of {@code criterion} in {@code locale}'s language.
     *
     * @param criterion a criterion id
     * @param locale    the reader's locale
     * @return its label, or its id when this grid has no such criterion
     */
    public String label(Criterion criterion, Locale locale) {
        return find(criterion).map(c -> c.label().in(locale)).orElse(criterion.id());
    }

    /**
     * The short name of {@code criterion} in {@code locale}'s language.
     *
     * @param criterion a criterion id
     * @param locale    the reader's locale
     * @return its short label, or its id when this grid has no such criterion
     */
    public String shortLabel(Criterion criterion, Locale locale) {
        return find(criterion).map(c -> c.shortLabel().in(locale)).orElse(criterion.id());
    }

    /**
     * The name of {@code objective} in {@code locale}'s language.
     *
     * @param objective an objective id
     * @param locale    the reader's locale
     * @return its label, or its id when this program has no such objective
     */
    public String label(Objective objective, Locale locale) {
        return find(objective).map(o -> o.label().in(locale)).orElse(objective.id());
    }

    /**
     * The short name of {@code objective} in {@code locale}'s language.
     *
     * @param objective an objective id
     * @param locale    the reader's locale
     * @return its short label, or its id when this program has no such objective
     */
    public String shortLabel(Objective objective, Locale locale) {
        return find(objective).map(o -> o.shortLabel().in(locale)).orElse(objective.id());
    }

    /**
     * Where {@code objective} stands in the manifest's list, so charts give each objective the same colour.
     *
     * @param objective an objective id
     * @return its position from 0, or -1 when this program has no such objective
     */
    public int position(Objective objective) {
        for (int i = 0; i < objectives.size(); i++) {
            if (objectives.get(i).objective().equals(objective)) {
                return i;
            }
        }
        return -1;
    }
}
