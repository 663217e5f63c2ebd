package org.grille.api;

import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.grille.api.spi.ScorerProvider;

/**
 * Finds the one engine on the class path, or says at once what to add or remove. Its messages are for the developer
 * who assembles the application, so they are in English whatever the scorer's locale.
 */
final class EngineLocator {

    static final String ENGINE_ARTIFACT = "org.grille:rules-engine";

    private EngineLocator() {
    }

    static ScorerProvider provider(Locale locale) {
        return provider(locale, EngineLocator.class.getClassLoader());
    }

    static ScorerProvider provider(Locale locale, ClassLoader loader) {
        List<ScorerProvider> found = ServiceLoader.load(ScorerProvider.class, loader)
                .stream()
                .map(ServiceLoader.Provider::get)
                .toList();
        if (found.isEmpty()) {
            throw new EngineLookupException("No scoring engine found on the class path or module path. Add the artifact "
                    + ENGINE_ARTIFACT + " (for example through org.grille:rules-catalog, which brings it) to the runtime"
                    + " dependencies.");
        }
        if (found.size() > 1) {
            String names = found.stream().map(p -> p.getClass().getName()).collect(Collectors.joining(", "));
            throw new EngineLookupException("Several scoring engines found: " + names + ". Keep only one.");
        }
        return found.get(0);
    }
}
