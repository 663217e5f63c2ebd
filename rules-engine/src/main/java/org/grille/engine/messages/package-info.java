/** The engine's user-facing messages, bound to one language: French first, English too. */
package org.grille.engine.messages;
