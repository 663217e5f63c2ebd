package org.grille.engine.fairness;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.grille.api.application.AgeGroup;
import org.grille.api.application.Application;
import org.grille.api.application.Disclosure;
import org.grille.api.application.Gender;
import org.grille.api.application.Language;
import org.grille.api.application.Leadership;
import org.grille.api.application.Organization;
import org.grille.engine.catalog.Manifest;

/**
 * One attribute the score must not depend on, with every value it can take and how to set it: the five
 * protected attributes (small enums, tried exhaustively), all leadership attributes together, and the proxies a
 * manifest lists.
 *
 * @param attribute its path, as the manifest names it
 * @param values    every value to try, as text
 * @param read      the value an application has
 * @param apply     the application with another value
 */
record Variation(String attribute, List<String> values, Function<Application, String> read,
                        BiFunction<Application, String, Application> apply) {

    /** The variations for a manifest: each protected attribute it lists, then each proxy. */
    public static List<Variation> of(Manifest manifest) {
        List<Variation> variations = new ArrayList<>();
        for (String attribute : manifest.protectedAttributes()) {
            switch (attribute) {
                case "language" -> variations.add(new Variation(attribute, names(Language.values()),
                        a -> a.language().name(), (a, v) -> a.withLanguage(Language.valueOf(v))));
                case "leadership.gender" -> variations.add(leadership(attribute, names(Gender.values()),
                        l -> l.gender().name(), (l, v) -> new Leadership(Gender.valueOf(v), l.immigrantBackground(), l.racialized(), l.ageGroup())));
                case "leadership.immigrantBackground" -> variations.add(leadership(attribute, names(Disclosure.values()),
                        l -> l.immigrantBackground().name(), (l, v) -> new Leadership(l.gender(), Disclosure.valueOf(v), l.racialized(), l.ageGroup())));
                case "leadership.racialized" -> variations.add(leadership(attribute, names(Disclosure.values()),
                        l -> l.racialized().name(), (l, v) -> new Leadership(l.gender(), l.immigrantBackground(), Disclosure.valueOf(v), l.ageGroup())));
                case "leadership.ageGroup" -> variations.add(leadership(attribute, names(AgeGroup.values()),
                        l -> l.ageGroup().name(), (l, v) -> new Leadership(l.gender(), l.immigrantBackground(), l.racialized(), AgeGroup.valueOf(v))));
                case "leadership" -> variations.add(allLeadership());
                default -> throw new IllegalArgumentException("Unknown protected attribute " + attribute);
            }
        }
        for (Manifest.Proxy proxy : manifest.proxyAttributes()) {
            variations.add(proxy(proxy));
        }
        return variations;
    }

    private static Variation leadership(String attribute, List<String> values, Function<Leadership, String> read,
                                        BiFunction<Leadership, String, Leadership> with) {
        return new Variation(attribute, values, a -> read.apply(a.leadership()),
                (a, v) -> a.withLeadership(with.apply(a.leadership(), v)));
    }

    /** Every leadership attribute at once, over profiles that differ in all of them. */
    private static Variation allLeadership() {
        List<Leadership> profiles = List.of(Leadership.UNDISCLOSED,
                new Leadership(Gender.WOMAN, Disclosure.YES, Disclosure.YES, AgeGroup.UNDER_30),
                new Leadership(Gender.MAN, Disclosure.NO, Disclosure.NO, AgeGroup.AGE_65_AND_OVER),
                new Leadership(Gender.NON_BINARY, Disclosure.YES, Disclosure.NO, AgeGroup.AGE_30_TO_49),
                new Leadership(Gender.WOMAN, Disclosure.NO, Disclosure.YES, AgeGroup.AGE_50_TO_64));
        return new Variation("leadership", profiles.stream().map(Variation::describe).toList(),
                a -> describe(a.leadership()),
                (a, v) -> a.withLeadership(profiles.stream().filter(p -> describe(p).equals(v)).findFirst().orElseThrow()));
    }

    private static String describe(Leadership l) {
        return l.gender() + "/" + l.immigrantBackground() + "/" + l.racialized() + "/" + l.ageGroup();
    }

    private static Variation proxy(Manifest.Proxy proxy) {
        return switch (proxy.field()) {
            case "organization.borough" -> new Variation(proxy.field(), proxy.values(), a -> a.organization().borough(),
                    (a, v) -> withOrganization(a, o -> new Organization(o.name(), o.legalForm(), o.registryNumber(),
                            o.inGoodStanding(), o.board(), o.lastAnnualGeneralMeeting(), o.yearsActive(), o.annualRevenue(),
                            o.accumulatedDeficit(), o.lobbyistStatus(), v, o.projectsCompleted())));
            case "organization.name" -> new Variation(proxy.field(), proxy.values(), a -> a.organization().name(),
                    (a, v) -> withOrganization(a, o -> new Organization(v, o.legalForm(), o.registryNumber(),
                            o.inGoodStanding(), o.board(), o.lastAnnualGeneralMeeting(), o.yearsActive(), o.annualRevenue(),
                            o.accumulatedDeficit(), o.lobbyistStatus(), o.borough(), o.projectsCompleted())));
            default -> throw new IllegalArgumentException("Unknown proxy " + proxy.field());
        };
    }

    private static Application withOrganization(Application a, Function<Organization, Organization> change) {
        return new Application(a.id(), a.language(), change.apply(a.organization()), a.project(), a.budget(), a.partners(),
                a.leadership());
    }

    private static List<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).toList();
    }
}
