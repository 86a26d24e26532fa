package org.krait.stdlib;

import org.krait.runtime.ExceptionTypes;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * OSError and its subclasses as CPython raises them on Linux: errno, strerror and filename(s), so that
 * {@code str(e)} is "[Errno 2] No such file or directory: 'x'". Java I/O exceptions (and the sandbox's
 * SecurityException when file access is not allowed) are mapped to the errno they stand for.
 */
final class OsErrors {
    private OsErrors() {
    }

    static final int EPERM = 1;
    static final int ENOENT = 2;
    static final int EBADF = 9;
    static final int EACCES = 13;
    static final int EBUSY = 16;
    static final int EEXIST = 17;
    static final int EXDEV = 18;
    static final int ENOTDIR = 20;
    static final int EISDIR = 21;
    static final int EINVAL = 22;
    static final int ENOSPC = 28;
    static final int ESPIPE = 29;
    static final int ENAMETOOLONG = 36;
    static final int ENOTEMPTY = 39;
    static final int ELOOP = 40;

    static String strerror(int errno) {
        return switch (errno) {
            case EPERM -> "Operation not permitted";
            case ENOENT -> "No such file or directory";
            case EBADF -> "Bad file descriptor";
            case EACCES -> "Permission denied";
            case EBUSY -> "Device or resource busy";
            case EEXIST -> "File exists";
            case EXDEV -> "Invalid cross-device link";
            case ENOTDIR -> "Not a directory";
            case EISDIR -> "Is a directory";
            case EINVAL -> "Invalid argument";
            case ENOSPC -> "No space left on device";
            case ESPIPE -> "Illegal seek";
            case ENAMETOOLONG -> "File name too long";
            case ENOTEMPTY -> "Directory not empty";
            case ELOOP -> "Too many levels of symbolic links";
            default -> "Unknown error " + errno;
        };
    }

    /** OSError(errno, strerror[, filename[, None, filename2]]) of the subclass CPython picks for the errno. */
    static PyException error(int errno, Object filename, Object filename2) {
        if (filename == null) {
            return PyErrors.createWithArgs(ExceptionTypes.osErrorFor(errno), (long) errno, strerror(errno));
        }
        if (filename2 == null) {
            return PyErrors.createWithArgs(ExceptionTypes.osErrorFor(errno), (long) errno, strerror(errno), filename);
        }
        return PyErrors.createWithArgs(ExceptionTypes.osErrorFor(errno), (long) errno, strerror(errno), filename,
                org.krait.runtime.PyNone.NONE, filename2);
    }

    static PyException error(int errno, Object filename) {
        return error(errno, filename, null);
    }

    /** The errno a Java exception stands for. */
    static int errnoOf(Exception e) {
        if (e instanceof SecurityException) {
            return EACCES; // the embedder's sandbox does not allow this file access
        } else if (e instanceof NoSuchFileException) {
            return ENOENT;
        } else if (e instanceof AccessDeniedException) {
            return EACCES;
        } else if (e instanceof FileAlreadyExistsException) {
            return EEXIST;
        } else if (e instanceof DirectoryNotEmptyException) {
            return ENOTEMPTY;
        } else if (e instanceof NotDirectoryException) {
            return ENOTDIR;
        } else if (e instanceof FileSystemException fse && fse.getReason() != null) {
            String reason = fse.getReason();
            if (reason.contains("Is a directory")) {
                return EISDIR;
            } else if (reason.contains("Not a directory")) {
                return ENOTDIR;
            } else if (reason.contains("Directory not empty")) {
                return ENOTEMPTY;
            } else if (reason.contains("Invalid cross-device link")) {
                return EXDEV;
            } else if (reason.contains("File name too long")) {
                return ENAMETOOLONG;
            } else if (reason.contains("Too many levels of symbolic links")) {
                return ELOOP;
            } else if (reason.contains("Operation not permitted")) {
                return EPERM;
            }
        } else if (e.getMessage() != null && e.getMessage().contains("Is a directory")) {
            return EISDIR;
        }
        return EINVAL;
    }

    static PyException from(Exception e, Object filename) {
        return error(errnoOf(e), filename);
    }

    static PyException from(Exception e, Object filename, Object filename2) {
        return error(errnoOf(e), filename, filename2);
    }

    /** For I/O on an open file: Java's exception message is the best description there is. */
    static PyException io(IOException e) {
        int errno = errnoOf(e);
        return errno == EINVAL && e.getMessage() != null
                ? PyErrors.create(ExceptionTypes.OS_ERROR, e.getMessage()) : error(errno, null);
    }
}
