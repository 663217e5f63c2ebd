package org.grille.api.application;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Defensive copies that keep null elements, so validation can still report them by position. */
final class Lists {

    private Lists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
