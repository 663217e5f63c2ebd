package org.grille.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/** The --lang option alone, for commands that take no catalog option. */
final class Language {

    @Option(names = "--lang", defaultValue = "fr", description = "Langue des messages / language: fr (défaut) ou en.")
    CommonOptions.Lang lang;

    Locale locale() {
        return lang == CommonOptions.Lang.en ? Locale.CANADA : Locale.CANADA_FRENCH;
    }

    Text text() {
        return new Text(locale());
    }
}
