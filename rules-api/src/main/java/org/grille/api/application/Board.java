package org.grille.api.application;

/**
 * The organization's board of directors.
 *
 * @param members                how many seats are filled
 * @param montrealResidents      how many of them live in Montréal
 * @param democraticallyElected  whether the members elect the board at a general meeting
 */
public record Board(Integer members, Integer montrealResidents, Boolean democraticallyElected) {

    /**
     * Whether a strict majority of the board lives in Montréal.
     *
     * @return true if more than half the members live in Montréal; false when a figure is missing
     */
    public boolean montrealMajority() {
        return members != null && montrealResidents != null && montrealResidents * 2 > members;
    }
}
