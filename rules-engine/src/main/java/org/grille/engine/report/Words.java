package org.grille.engine.report;

import java.text.NumberFormat;
import java.util.Locale;
import org.grille.api.Criterion;
import org.grille.api.Rubric;
import org.grille.api.application.Objective;
import org.grille.engine.messages.Messages;

/**
 * The report's words and numbers in one language: labels from the engine's message bundle (French first), amounts,
 * percentages and decimals formatted the way a reader of that language expects.
 */
public final class Words {

    private final Messages messages;
    private final Rubric rubric;
    private final NumberFormat money;
    private final NumberFormat decimal;
    private final NumberFormat percent;

    Words(Messages messages, Rubric rubric) {
        this.messages = messages;
        this.rubric = rubric;
        Locale locale = messages.locale();
        this.money = NumberFormat.getIntegerInstance(locale);
        this.decimal = NumberFormat.getNumberInstance(locale);
        decimal.setMinimumFractionDigits(2);
        decimal.setMaximumFractionDigits(2);
        this.percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(0);
    }

    /** The language's code for the page's {@code lang} attribute. */
    public String lang() {
        return messages.locale().getLanguage();
    }

    /** The message {@code report.<key>}, with its arguments. */
    public String t(String key, Object... arguments) {
        return messages.get("report." + key, arguments);
    }

    /**
     * The label of an enum value, {@code report.<prefix>.<NAME>}; the constant's name when the bundle has no label yet,
     * so a value added to the api later still shows instead of failing the whole report.
     */
    public String label(String prefix, Enum<?> value) {
        if (value == null) {
            return "—";
        }
        try {
            return messages.get("report." + prefix + "." + value.name());
        } catch (IllegalStateException missing) {
            return value.name();
        }
    }

    /** A criterion's name as the catalog's manifest gives it. */
    public String criterion(Criterion criterion) {
        return criterion == null ? "—" : rubric.label(criterion, messages.locale());
    }

    /** A criterion's short name, for table headings. */
    public String criterionShort(Criterion criterion) {
        return criterion == null ? "—" : rubric.shortLabel(criterion, messages.locale());
    }

    /** An objective's name as the catalog's manifest gives it. */
    public String objective(Objective objective) {
        return objective == null ? "—" : rubric.label(objective, messages.locale());
    }

    /** An objective's short name, for table headings and charts. */
    public String objectiveShort(Objective objective) {
        return objective == null ? "—" : rubric.shortLabel(objective, messages.locale());
    }

    /** The chart colour of an objective ({@code o0} … {@code o7}, the Okabe–Ito palette), by its place in the manifest. */
    static String colour(Rubric rubric, Objective objective) {
        return "o" + Math.floorMod(rubric.position(objective), COLOURS);
    }

    /** How many objective colours the page's style sheet has. */
    static final int COLOURS = 8;

    /** Whole dollars as the language writes them: {@code 1 250 000 $} in French, {@code $1,250,000} in English. */
    public String money(long dollars) {
        String amount = money.format(dollars);
        return "fr".equals(lang()) ? amount + "\u00a0$" : "$" + amount;
    }

    public String decimal(double value) {
        return decimal.format(value);
    }

    public String percent(double share) {
        return percent.format(share);
    }
}
