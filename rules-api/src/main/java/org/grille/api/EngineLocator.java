package org.grille.api;

import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.grille.api.spi.ScorerProvider;

/** Finds the one engine on the class path, or says at once what to add or remove. */
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
            throw new EngineLookupException(Messages.get(locale, "engine.none", ENGINE_ARTIFACT));
        }
        if (found.size() > 1) {
            String names = found.stream().map(p -> p.getClass().getName()).collect(Collectors.joining(", "));
            throw new EngineLookupException(Messages.get(locale, "engine.several", names));
        }
        return found.get(0);
    }
}
