package org.grille.api.application;

/** The people a project serves. Serving a group is what a project does, so rules may read it. */
public enum TargetGroup {
    /** Immigrants recently arrived in Québec. */
    NEWCOMERS,
    /** Refugees and asylum seekers. */
    REFUGEES_AND_ASYLUM_SEEKERS,
    /** Temporary residents: workers, students. */
    TEMPORARY_RESIDENTS,
    /** Immigrant women. */
    IMMIGRANT_WOMEN,
    /** Young immigrants. */
    IMMIGRANT_YOUTH,
    /** Immigrants with qualifications or professional experience from abroad. */
    SKILLED_IMMIGRANTS,
    /** People exposed to racism. */
    RACIALIZED_PEOPLE,
    /** Employers, served to change their hiring practices. */
    EMPLOYERS,
    /** The population at large. */
    GENERAL_PUBLIC
}
