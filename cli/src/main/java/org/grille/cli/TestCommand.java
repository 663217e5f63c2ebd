package org.grille.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.grille.api.CatalogValidation;
import org.grille.api.ScenarioResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code grille test DIR}: runs a catalog's scenarios and shows, for a failure, expected vs actual and why. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Exécute les scénarios d'un dossier de catalogue / runs the scenarios of a catalog directory.",
                "Code de sortie / exit code: 0 = tous réussis / all pass, 1 = échec ou catalogue invalide / failure or invalid catalog."})
final class TestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Language language;

    @Parameters(index = "0", paramLabel = "DIR", description = "Dossier du catalogue (manifest.json) / catalog directory.")
    Path directory;

    @Mixin
    CheckOptions check;

    @Override
    public Integer call() {
        return check.run(directory, language, spec.commandLine().getOut(), this::report);
    }

    /** Prints the scenarios of one validation of the directory. */
    private int report(CatalogValidation validation) {
        Text text = language.text();
        PrintWriter out = spec.commandLine().getOut();
        if (validation.catalog() == null) {
            ValidateCommand.print(validation, directory, text, out);
            return ValidateCommand.EXIT_INVALID;
        }
        TextTable table = new TextTable(List.of(text.get("col.result"), text.get("col.scenario"), text.get("col.where")));
        for (ScenarioResult scenario : validation.scenarios()) {
            table.row(List.of(scenario.passed() ? text.get("test.pass") : text.get("test.fail"), scenario.name(),
                    scenario.file() + ":" + scenario.line()));
        }
        table.print(out);
        for (ScenarioResult failed : validation.failedScenarios()) {
            out.println();
            out.println(text.get("test.failed", failed.name(), failed.file(), failed.line()));
            failed.failures().forEach(f -> out.println("    " + f));
            if (!failed.differences().isEmpty()) {
                out.println("  " + text.get("test.differences"));
                failed.differences().forEach(d -> out.println("    " + d));
            }
        }
        out.println();
        out.println(text.get("test.summary", validation.scenarios().size(),
                validation.scenarios().size() - validation.failedScenarios().size(), validation.failedScenarios().size()));
        Set<String> covered = new HashSet<>();
        validation.scenarios().forEach(s -> covered.addAll(s.firedRules()));
        out.println(text.get("test.coverage", covered.size()));
        if (!validation.problems().isEmpty()) {
            out.println(text.get("test.problems", validation.problems().size()));
        }
        return validation.valid() ? Grille.EXIT_OK : ValidateCommand.EXIT_INVALID;
    }
}
