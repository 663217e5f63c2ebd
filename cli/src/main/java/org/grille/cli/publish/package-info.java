/**
 * Open data: the funded grants of a funding plan as a 360Giving Data Standard 1.4 file, JSON or CSV. Only what the
 * standard requires and public registries already show leaves here; nothing protected, no board, no finances.
 */
package org.grille.cli.publish;
