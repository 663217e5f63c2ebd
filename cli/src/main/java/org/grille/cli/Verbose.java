package org.grille.cli;

/**
 * {@code --verbose}: the engine's debug log, where it writes what the DRL parser and Drools said in their own words,
 * goes to standard error. By default only the plain messages reach the reader.
 */
final class Verbose {

    private Verbose() {
    }

    /** Must run before the engine's first log line: SLF4J's simple binding reads its levels once. */
    static void enable() {
        System.setProperty("org.slf4j.simpleLogger.log.org.grille", "debug");
    }
}
