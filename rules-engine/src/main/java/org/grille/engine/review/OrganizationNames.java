package org.grille.engine.review;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Organisation names as a person reads them: the same whatever their case, accents, punctuation and legal-form
 * suffix, so that "Centre Le Pivot inc." and "CENTRE LE PIVOT" are one organisation.
 */
final class OrganizationNames {

    /** Legal-form words that say what kind of body an organisation is, not which one: dropped at the end of a name. */
    private static final Set<String> LEGAL_FORMS = Set.of("inc", "incorporated", "incorporee", "ltee", "limitee", "ltd",
            "limited", "enr", "senc", "sencrl", "corp", "corporation", "cie", "co", "obnl", "osbl", "coop");

    private OrganizationNames() {
    }

    /** The name reduced to its words: lower case, no accents, no punctuation, no trailing legal form; "" for none. */
    static String key(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replace(".", "");
        List<String> words = new ArrayList<>(Arrays.asList(plain.split("[^\\p{L}\\p{N}]+")));
        words.removeIf(String::isEmpty);
        while (words.size() > 1 && LEGAL_FORMS.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }

    /** An enterprise number (NEQ) reduced to its digits; "" for none. */
    static String registryKey(String number) {
        return number == null ? "" : number.replaceAll("[^0-9]", "");
    }
}
