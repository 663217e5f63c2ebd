package org.grille.engine;

import org.grille.engine.partnerships.PartnershipFinder;
import org.grille.engine.scoring.DroolsScorer;
import org.grille.engine.messages.Messages;
import java.nio.file.Path;
import java.util.Locale;
import org.grille.engine.catalog.CatalogCompiler;
import org.grille.engine.catalog.CompiledCatalog;
import org.grille.engine.catalog.DirectoryCatalogSource;

/** The mini test catalog with partnership rules and a small borough table, to edit the way policy staff would. */
final class PartnershipCatalogs {

    static final Messages ENGLISH = new Messages(Locale.CANADA);

    static final String BOROUGHS = """
            {"boroughs": {
              "Verdun": ["LaSalle", "Le Sud-Ouest"],
              "LaSalle": ["Lachine"],
              "Lachine": [],
              "Le Sud-Ouest": ["Ville-Marie"],
              "Ville-Marie": [],
              "Anjou": ["Montréal-Nord", "Saint-Léonard"],
              "Montréal-Nord": ["Saint-Léonard"],
              "Saint-Léonard": [],
              "Saint-Laurent": [],
              "Villeray–Saint-Michel–Parc-Extension": ["Montréal-Nord"],
              "Côte-des-Neiges–Notre-Dame-de-Grâce": ["Ville-Marie", "Le Sud-Ouest"]
            }}
            """;

    /** Two rules: one symmetric (same objective, same borough), one not (training next to employer workshops). */
    static final String RULES = """
            package org.grille.catalog.mini;

            import org.grille.api.rules.batch.*;
            import org.grille.api.application.ActivityType;

            rule "Same objective, same borough"
                @suggests(SHARED_OBJECTIVE) @strength(3) @symmetric @reason("partner.shared")
            when
                Serves( $ka : key, $bor : borough )
                Serves( $kb : key != $ka, borough == $bor )
                Submission( key == $ka, $objective : primaryObjective )
                Submission( key == $kb, primaryObjective == $objective )
            then
            end

            rule "Training next to employer workshops"
                @suggests(COMPLEMENTARY) @strength(4) @reason("partner.complementary")
            when
                Offers( $ka : key, activityType == ActivityType.JOB_SKILLS_TRAINING )
                Serves( key == $ka, $bor : borough )
                Neighbours( borough == $bor, $nb : neighbour )
                Serves( $kb : key != $ka, borough == $nb )
                Offers( key == $kb, activityType == ActivityType.EMPLOYER_WORKSHOP )
            then
            end
            """;

    private PartnershipCatalogs() {
    }

    /** A copy of the mini catalog with {@code rules} as its partnership file and the small borough table. */
    static Path withPartnerships(Path temp, String rules) {
        Path catalog = TestCatalogs.copy("mini", temp);
        TestCatalogs.edit(catalog, "manifest.json", "\"ruleFiles\": [\"gates.drl\", \"points.drl\"],",
                "\"ruleFiles\": [\"gates.drl\", \"points.drl\"], \"partnershipFiles\": [\"partnerships.drl\"], "
                        + "\"boroughAdjacency\": \"boroughs.json\",");
        write(catalog, "partnerships.drl", rules);
        write(catalog, "boroughs.json", BOROUGHS);
        TestCatalogs.append(catalog, "reasons.properties", "\npartner.shared=Même objectif.\npartner.complementary=Complémentaires.\n");
        TestCatalogs.append(catalog, "reasons_en.properties", "\npartner.shared=Same objective.\npartner.complementary=Complementary.\n");
        return catalog;
    }

    static void write(Path catalog, String file, String text) {
        try {
            java.nio.file.Files.writeString(catalog.resolve(file), text, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static CompiledCatalog compile(Path catalog) {
        return new CatalogCompiler(ENGLISH).compileOrThrow(new DirectoryCatalogSource(catalog));
    }

    static PartnershipFinder finder(CompiledCatalog catalog) {
        return new DroolsScorer(catalog, ENGLISH, 1_000).partnershipFinder();
    }
}
