package org.grille.api.application;

/**
 * Self-declared attributes of the person who leads the applicant organization. They exist only so a
 * fairness audit can check that scores do not depend on them; catalog validation rejects any rule that
 * reads them. A missing leadership block is read as "prefer not to say" throughout.
 *
 * @param gender               gender
 * @param immigrantBackground  immigrated to Canada
 * @param racialized           identifies as racialized
 * @param ageGroup             age group
 */
public record Leadership(Gender gender, Disclosure immigrantBackground, Disclosure racialized, AgeGroup ageGroup) {

    /** Nothing declared. */
    public static final Leadership UNDISCLOSED = new Leadership(
            Gender.PREFER_NOT_TO_SAY, Disclosure.PREFER_NOT_TO_SAY, Disclosure.PREFER_NOT_TO_SAY, AgeGroup.PREFER_NOT_TO_SAY);

    /**
     * Reads each null attribute as "prefer not to say".
     *
     * @param gender gender
     * @param immigrantBackground immigrated to Canada
     * @param racialized identifies as racialized
     * @param ageGroup age group
     */
    public Leadership {
        gender = gender == null ? Gender.PREFER_NOT_TO_SAY : gender;
        immigrantBackground = immigrantBackground == null ? Disclosure.PREFER_NOT_TO_SAY : immigrantBackground;
        racialized = racialized == null ? Disclosure.PREFER_NOT_TO_SAY : racialized;
        ageGroup = ageGroup == null ? AgeGroup.PREFER_NOT_TO_SAY : ageGroup;
    }
}
