package org.grille.spring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.grille.api.JsonLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The {@code grille.*} settings of the scorer and the JSON codec the starter builds. Checked when they are bound: a
 * wrong value stops the start with the property named, before any catalog is compiled.
 */
@ConfigurationProperties(prefix = "grille")
public class GrilleProperties implements Validator {

    /** Language of reasons and messages, and of problem details when a request has no Accept-Language: fr or en. */
    private Locale locale = Locale.CANADA_FRENCH;

    /** How many rule firings one application may cause before its assessment is stopped. */
    private int maxRuleFirings = 10_000; // Scorer.Builder.DEFAULT_MAX_RULE_FIRINGS, a literal for the metadata

    private final Catalog catalog = new Catalog();

    private final Json json = new Json();

    private final WarmUp warmUp = new WarmUp();

    /**
     * Language of reasons and messages.
     *
     * @return French ({@code fr-CA}) unless set
     */
    public Locale getLocale() {
        return locale;
    }

    /**
     * Sets the language of reasons and messages.
     *
     * @param locale a French or English locale
     */
    public void setLocale(Locale locale) {
        this.locale = locale;
    }

    /**
     * The rule firing limit per application.
     *
     * @return at least 1
     */
    public int getMaxRuleFirings() {
        return maxRuleFirings;
    }

    /**
     * Sets the rule firing limit per application.
     *
     * @param maxRuleFirings at least 1
     */
    public void setMaxRuleFirings(int maxRuleFirings) {
        this.maxRuleFirings = maxRuleFirings;
    }

    /**
     * Where the rule catalog comes from.
     *
     * @return the catalog settings
     */
    public Catalog getCatalog() {
        return catalog;
    }

    /**
     * The limits of JSON reading.
     *
     * @return the JSON settings
     */
    public Json getJson() {
        return json;
    }

    /**
     * The assessment made before the application reports ready.
     *
     * @return the warm-up settings
     */
    public WarmUp getWarmUp() {
        return warmUp;
    }

    @Override
    public boolean supports(Class<?> type) {
        return GrilleProperties.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        GrilleProperties p = (GrilleProperties) target;
        String language = p.locale == null ? "" : p.locale.getLanguage();
        if (!language.equals("fr") && !language.equals("en")) {
            errors.rejectValue("locale", "grille.locale", "French (fr) or English (en) only");
        }
        if (p.maxRuleFirings < 1) {
            errors.rejectValue("maxRuleFirings", "grille.min", "must be at least 1");
        }
        Path directory = p.catalog.directory;
        if (directory != null && !Files.isDirectory(directory)) {
            errors.rejectValue("catalog.directory", "grille.directory", "not a directory: " + directory);
        }
        if (directory == null && p.catalog.watch) {
            errors.rejectValue("catalog.watch", "grille.needsDirectory",
                    "needs grille.catalog.directory; the bundled catalog cannot change");
        }
        if (directory == null && p.catalog.lastGoodCopy != null) {
            errors.rejectValue("catalog.lastGoodCopy", "grille.needsDirectory", "needs grille.catalog.directory");
        }
        try {
            p.json.limits();
        } catch (IllegalArgumentException e) {
            errors.rejectValue("json", "grille.json", e.getMessage());
        }
    }

    /** Where the rule catalog comes from: the bundled one, or a directory edited by policy staff. */
    public static class Catalog {

        /** Catalog directory (manifest.json and its rule files); the bundled Montréal inclusive catalog when unset. */
        private Path directory;

        /**
         * Where a copy of the directory's last version that went live is kept; the scorer starts from it when the
         * directory does not pass its checks at start-up. Needs grille.catalog.directory.
         */
        private Path lastGoodCopy;

        /** Whether to watch the directory and reload an edit that passes every check (starts one thread). */
        private boolean watch;

        /**
         * The catalog directory.
         *
         * @return the directory, or null for the bundled catalog
         */
        public Path getDirectory() {
            return directory;
        }

        /**
         * Sets the catalog directory.
         *
         * @param directory an existing directory, or null for the bundled catalog
         */
        public void setDirectory(Path directory) {
            this.directory = directory;
        }

        /**
         * Where the last good copy is kept.
         *
         * @return the directory, or null when none is kept
         */
        public Path getLastGoodCopy() {
            return lastGoodCopy;
        }

        /**
         * Sets where the last good copy is kept.
         *
         * @param lastGoodCopy a directory, created when a version goes live
         */
        public void setLastGoodCopy(Path lastGoodCopy) {
            this.lastGoodCopy = lastGoodCopy;
        }

        /**
         * Whether the directory is watched.
         *
         * @return false unless set
         */
        public boolean isWatch() {
            return watch;
        }

        /**
         * Sets whether the directory is watched.
         *
         * @param watch true to reload edits as they are saved
         */
        public void setWatch(boolean watch) {
            this.watch = watch;
        }
    }

    /** The limits of JSON reading, as {@link JsonLimits} documents them. */
    public static class Json {

        /** Largest request body read as one application or one batch, in bytes. */
        private long maxDocumentBytes = 67_108_864; // the defaults of JsonLimits, as literals for the metadata

        /** Largest single application, in bytes of JSON text; a larger entry is rejected. */
        private int maxEntryBytes = 1_048_576;

        /** Longest string value or field name, in characters; an entry with a longer one is rejected. */
        private int maxStringLength = 20_000;

        /** Deepest nesting inside one application (the application object is level 1). */
        private int maxNestingDepth = 32;

        /**
         * These settings as the codec's limits.
         *
         * @return the limits
         * @throws IllegalArgumentException when a limit is out of range, naming it
         */
        public JsonLimits limits() {
            return new JsonLimits(maxDocumentBytes, maxEntryBytes, maxStringLength, maxNestingDepth);
        }

        /**
         * The largest body.
         *
         * @return bytes
         */
        public long getMaxDocumentBytes() {
            return maxDocumentBytes;
        }

        /**
         * Sets the largest body.
         *
         * @param maxDocumentBytes at least 1
         */
        public void setMaxDocumentBytes(long maxDocumentBytes) {
            this.maxDocumentBytes = maxDocumentBytes;
        }

        /**
         * The largest application.
         *
         * @return bytes
         */
        public int getMaxEntryBytes() {
            return maxEntryBytes;
        }

        /**
         * Sets the largest application.
         *
         * @param maxEntryBytes at least 1
         */
        public void setMaxEntryBytes(int maxEntryBytes) {
            this.maxEntryBytes = maxEntryBytes;
        }

        /**
         * The longest string.
         *
         * @return characters
         */
        public int getMaxStringLength() {
            return maxStringLength;
        }

        /**
         * Sets the longest string.
         *
         * @param maxStringLength at least 1
         */
        public void setMaxStringLength(int maxStringLength) {
            this.maxStringLength = maxStringLength;
        }

        /**
         * The deepest nesting.
         *
         * @return levels
         */
        public int getMaxNestingDepth() {
            return maxNestingDepth;
        }

        /**
         * Sets the deepest nesting.
         *
         * @param maxNestingDepth at least 1
         */
        public void setMaxNestingDepth(int maxNestingDepth) {
            this.maxNestingDepth = maxNestingDepth;
        }
    }

    /** The assessment made at start-up, so that the first request does not pay for class loading and Drools' first session. */
    public static class WarmUp {

        /** Whether to assess one bundled sample application before the application reports ready. */
        private boolean enabled = true;

        /**
         * Whether the warm-up runs.
         *
         * @return true unless set
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Sets whether the warm-up runs.
         *
         * @param enabled false to skip it
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }
}
