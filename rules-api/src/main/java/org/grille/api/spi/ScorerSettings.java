package org.grille.api.spi;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.grille.api.CatalogListener;
import org.grille.api.ScorerListener;

/**
 * What a {@link org.grille.api.Scorer.Builder} hands to the engine, already checked.
 *
 * @param catalogDirectory the catalog directory, or null for the bundled catalog
 * @param locale           language of reasons and messages
 * @param maxRuleFirings   per-application firing limit
 * @param watch            whether to watch the directory and reload good edits
 * @param listener         told of published and rejected versions; never null
 * @param draft            accept a catalog whose own scenarios fail (compile and fairness checks still apply)
 * @param lastGoodCopy     where to keep a copy of the last version that went live, or null
 * @param observer         told of every assessment, rejection and catalog event; never null
 */
public record ScorerSettings(Path catalogDirectory, Locale locale, int maxRuleFirings, boolean watch, CatalogListener listener,
                             boolean draft, Path lastGoodCopy, ScorerListener observer) {

    /**
     * Checks the locale and replaces absent listeners with ones that do nothing.
     *
     * @param catalogDirectory the catalog directory, or null for the bundled catalog
     * @param locale           language of reasons and messages; not null
     * @param maxRuleFirings   per-application firing limit
     * @param watch            whether to watch the directory and reload good edits
     * @param listener         told of published and rejected versions, or null
     * @param draft            accept a catalog whose own scenarios fail
     * @param lastGoodCopy     where to keep a copy of the last version that went live, or null
     * @param observer         told of every assessment, rejection and catalog event, or null
     */
    public ScorerSettings {
        Objects.requireNonNull(locale, "locale");
        listener = listener == null ? new CatalogListener() { } : listener;
        observer = observer == null ? new ScorerListener() { } : observer;
    }

    /**
     * Settings without an observer.
     *
     * @param catalogDirectory the catalog directory, or null for the bundled catalog
     * @param locale           language of reasons and messages
     * @param maxRuleFirings   per-application firing limit
     * @param watch            whether to watch the directory and reload good edits
     * @param listener         told of published and rejected versions, or null
     * @param draft            accept a catalog whose own scenarios fail
     * @param lastGoodCopy     where to keep a copy of the last version that went live, or null
     */
    public ScorerSettings(Path catalogDirectory, Locale locale, int maxRuleFirings, boolean watch, CatalogListener listener,
                          boolean draft, Path lastGoodCopy) {
        this(catalogDirectory, locale, maxRuleFirings, watch, listener, draft, lastGoodCopy, null);
    }
}
