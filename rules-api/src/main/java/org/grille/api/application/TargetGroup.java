package org.grille.api.application;

/** The people a project serves. Serving a group is what a project does, so rules may read it. */
public enum TargetGroup {
    NEWCOMERS,
    REFUGEES_AND_ASYLUM_SEEKERS,
    TEMPORARY_RESIDENTS,
    IMMIGRANT_WOMEN,
    IMMIGRANT_YOUTH,
    SKILLED_IMMIGRANTS,
    RACIALIZED_PEOPLE,
    EMPLOYERS,
    GENERAL_PUBLIC
}
