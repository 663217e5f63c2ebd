/**
 * A catalog directory as a live scorer: validated before it is published, watched for edits, the last good copy kept,
 * so a broken edit never takes the live scorer down.
 */
package org.grille.engine.live;
