package org.grille.engine.catalog;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.base.ValueResolver;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.consequence.Consequence;
import org.drools.base.rule.consequence.ConsequenceContext;
import org.grille.api.rules.Finding;

/**
 * What the grammar lets a consequence say, as an object instead of compiled code: insert these findings, in order,
 * or nothing. Serializable because Drools copies a package by serialization when it goes into a second KieBase.
 *
 * @param findings the names of the findings inserted each time the rule fires; empty for a scoring rule
 */
record FindingConsequence(List<String> findings) implements Consequence<ConsequenceContext>, Serializable {

    /** The one statement a consequence may hold (any number of times): the grammar checks against the same pattern. */
    static final Pattern INSERT_FINDING = Pattern.compile(
            "\\s*insert\\s*\\(\\s*new\\s+Finding\\s*\\(\\s*\"([A-Z][A-Z0-9_]*)\"\\s*\\)\\s*\\)\\s*;\\s*");

    FindingConsequence {
        findings = List.copyOf(findings);
    }

    /** The consequence a text holds, or null when the text says anything but {@link #INSERT_FINDING} statements. */
    static FindingConsequence of(String text) {
        List<String> names = new ArrayList<>();
        Matcher statement = INSERT_FINDING.matcher(text);
        int end = 0;
        while (statement.lookingAt()) {
            names.add(statement.group(1));
            end = statement.end();
            statement.region(end, text.length());
        }
        return text.substring(end).isBlank() ? new FindingConsequence(names) : null;
    }

    @Override
    public String getName() {
        return RuleImpl.DEFAULT_CONSEQUENCE_NAME;
    }

    @Override
    public void evaluate(ConsequenceContext context, ValueResolver valueResolver) {
        for (String name : findings) {
            context.insert(new Finding(name));
        }
    }
}
