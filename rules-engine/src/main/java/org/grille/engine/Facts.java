package org.grille.engine;

import java.util.ArrayList;
import java.util.List;
import org.grille.api.application.Application;
import org.grille.api.application.Project;
import org.grille.api.rules.CallTerms;

/**
 * The facts rules see for one application, in insertion order: the call's terms, the application, its
 * organization, project and budget, each partner, activity and outcome, and the evaluation plan when there is one.
 * Nested records such as the board are read through their owner.
 */
public final class Facts {

    private Facts() {
    }

    public static List<Object> of(CallTerms terms, Application application) {
        Project project = application.project();
        List<Object> facts = new ArrayList<>(8 + application.partners().size() + project.activities().size()
                + project.outcomes().size());
        facts.add(terms);
        facts.add(application);
        facts.add(application.organization());
        facts.add(project);
        facts.add(application.budget());
        facts.addAll(application.partners());
        facts.addAll(project.activities());
        facts.addAll(project.outcomes());
        if (project.evaluationPlan() != null) {
            facts.add(project.evaluationPlan());
        }
        return facts;
    }
}
