/**
 * A catalog directory as a live scorer: validated before it is published, watched for edits, the last good copy kept,
 * so a broken edit never takes the live scorer down. The same watcher serves a draft that staff edit
 * ({@link org.grille.engine.live.DraftWatch}, behind {@code grille validate --watch}).
 */
package org.grille.engine.live;
