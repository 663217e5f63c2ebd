package org.grille.api.application;

/** Whether the organization complies with Québec's lobbying transparency law. */
public enum LobbyistStatus {
    /** The law does not require the organization to register. */
    NOT_REQUIRED,
    /** Required, and registered. */
    REGISTERED,
    /** Required, but not registered. */
    REQUIRED_NOT_REGISTERED
}
