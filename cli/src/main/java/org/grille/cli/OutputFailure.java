package org.grille.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * An output file could not be written; the earlier file, if any, is as it was and no temporary file is left. Carries
 * the target and a plain reason so {@link Failures} can say in one line, in the user's language, what happened where.
 */
final class OutputFailure extends RuntimeException {

    /** What went wrong, as a person can act on it. */
    enum Reason { DISK_FULL, QUOTA, READ_ONLY, PERMISSION, NO_FOLDER, IS_FOLDER, OTHER }

    private final Path target;
    private final boolean existed;
    private final Reason reason;

    OutputFailure(Path target, boolean existed, IOException cause) {
        super(cause.getClass().getName() + ": " + cause.getMessage(), cause);
        this.target = target.toAbsolutePath().normalize();
        this.existed = existed;
        this.reason = classify(cause, this.target);
    }

    Reason reason() {
        return reason;
    }

    Path target() {
        return target;
    }

    /** The one line for the user: what happened, where, and that the earlier file is untouched (or was never made). */
    String line(Text text) {
        String why = text.get("output.reason." + reason.name(), String.valueOf(target.getParent()), target.toString(),
                detail(getCause()));
        String outcome = reason == Reason.IS_FOLDER ? "output.failed.folder" : existed ? "output.failed.kept" : "output.failed.new";
        return text.get(outcome, why, target.toString());
    }

    /**
     * The JDK names only some errors by type; the others (ENOSPC, EDQUOT, EROFS) arrive as a FileSystemException or a
     * bare IOException whose text is the system's {@code strerror}, the same words on every Linux and macOS.
     */
    static Reason classify(IOException e, Path target) {
        if (e instanceof AccessDeniedException) {
            return Reason.PERMISSION;
        }
        if (e instanceof NoSuchFileException || e instanceof NotDirectoryException
                || e instanceof FileAlreadyExistsException) {
            // FileAlreadyExists comes from creating the folder: some part of its path is a file
            return Reason.NO_FOLDER;
        }
        String text = String.valueOf(e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage())
                .toLowerCase(Locale.ROOT);
        if (text.contains("no space left")) {
            return Reason.DISK_FULL;
        }
        if (text.contains("quota")) {
            return Reason.QUOTA;
        }
        if (text.contains("read-only file system")) {
            return Reason.READ_ONLY;
        }
        if (text.contains("permission denied") || text.contains("operation not permitted")) {
            return Reason.PERMISSION;
        }
        if (text.contains("not a directory")) {
            return Reason.NO_FOLDER;
        }
        if (e instanceof DirectoryNotEmptyException || text.contains("is a directory") || Files.isDirectory(target)) {
            return Reason.IS_FOLDER;
        }
        return Reason.OTHER;
    }

    /** The system's own words, for the reasons Grille does not name: one line, never a stack trace. */
    private static String detail(Throwable cause) {
        String text = cause instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : cause.getMessage();
        if (text == null || text.isBlank()) {
            return cause.getClass().getSimpleName();
        }
        return text.lines().findFirst().orElse(text).strip();
    }
}
