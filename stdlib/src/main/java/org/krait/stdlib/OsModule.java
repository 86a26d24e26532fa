package org.krait.stdlib;

import com.oracle.truffle.api.TruffleFile;
import org.krait.runtime.KraitContext;
import org.krait.runtime.Ops;
import org.krait.runtime.PyBytes;
import org.krait.runtime.PyDict;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyList;
import org.krait.runtime.PyModule;
import org.krait.runtime.PyNone;
import org.krait.runtime.PyTuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.LinkOption;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * {@code posix}: the operating-system primitives that os.py (and os.path) build on: the environment, process
 * ids, the working directory, directories and files (through TruffleFile, so the embedder's file-system policy
 * applies: without file access the calls raise PermissionError), stat, and descriptor I/O shared with io.
 */
public final class OsModule implements org.krait.runtime.ModuleProvider {
    @Override
    public Set<String> moduleNames() {
        return Set.of("posix");
    }

    @Override
    public PyModule create(String name, KraitContext context) {
        PyModule m = new PyModule("posix");
        FileDescriptors fds = FileDescriptors.of(context);
        PyDict environ = new PyDict();
        for (Map.Entry<String, String> e : context.env().getEnvironment().entrySet()) {
            environ.put(e.getKey(), e.getValue());
        }
        m.setAttribute("environ", environ);
        def(m, "os.getpid", "", a -> ProcessHandle.current().pid());
        def(m, "os.getppid", "", a -> ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L));
        def(m, "os.cpu_count", "", a -> (long) Runtime.getRuntime().availableProcessors());
        def(m, "os.urandom", "size, /", a -> {
            long n = Ops.index(a[0]);
            if (n < 0) {
                throw PyErrors.valueError("negative argument not allowed");
            }
            byte[] bytes = new byte[(int) n];
            new java.security.SecureRandom().nextBytes(bytes);
            return new PyBytes(bytes);
        });
        def(m, "os.strerror", "code, /", a -> OsErrors.strerror((int) Ops.index(a[0])));

        def(m, "os.getcwd", "", a -> context.env().getCurrentWorkingDirectory().getPath());
        def(m, "os.chdir", "path", a -> {
            TruffleFile f = fds.file(path(a[0])).getAbsoluteFile();
            if (!f.exists()) {
                throw OsErrors.error(OsErrors.ENOENT, a[0]);
            }
            if (!f.isDirectory()) {
                throw OsErrors.error(OsErrors.ENOTDIR, a[0]);
            }
            try {
                context.env().setCurrentWorkingDirectory(f.getCanonicalFile());
            } catch (IOException | SecurityException e) {
                throw OsErrors.from(e, a[0]);
            }
            return PyNone.NONE;
        });
        def(m, "os.listdir", "path='.'", a -> {
            Object p = a[0] == PyNone.NONE ? "." : a[0];
            TruffleFile dir = fds.file(path(p));
            if (!dir.isDirectory()) {
                throw OsErrors.error(dir.exists() ? OsErrors.ENOTDIR : OsErrors.ENOENT, p);
            }
            try {
                PyList out = new PyList();
                for (TruffleFile f : dir.list()) {
                    out.append(p instanceof PyBytes ? new PyBytes(f.getName().getBytes(StandardCharsets.UTF_8))
                            : f.getName());
                }
                return out;
            } catch (IOException | SecurityException e) {
                throw OsErrors.from(e, p);
            }
        });
        def(m, "os.mkdir", "path, mode=511, *, dir_fd=None", a -> {
            TruffleFile f = fds.file(path(a[0]));
            try {
                f.createDirectory(java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        permissions((int) Ops.index(a[1]))));
            } catch (IOException | SecurityException e) {
                throw OsErrors.from(e, a[0]);
            }
            return PyNone.NONE;
        });
        def(m, "os.rmdir", "path, *, dir_fd=None", a -> {
            TruffleFile f = fds.file(path(a[0]));
            if (f.exists() && !f.isDirectory(LinkOption.NOFOLLOW_LINKS)) {
                throw OsErrors.error(OsErrors.ENOTDIR, a[0]);
            }
            delete(f, a[0]);
            return PyNone.NONE;
        });
        def(m, "os.unlink", "path, *, dir_fd=None", a -> {
            TruffleFile f = fds.file(path(a[0]));
            if (f.isDirectory(LinkOption.NOFOLLOW_LINKS)) {
                throw OsErrors.error(OsErrors.EISDIR, a[0]);
            }
            delete(f, a[0]);
            return PyNone.NONE;
        });
        m.setAttribute("remove", m.getAttribute("unlink"));
        def(m, "os.rename", "src, dst, *, src_dir_fd=None, dst_dir_fd=None", a -> move(fds, a[0], a[1], false));
        def(m, "os.replace", "src, dst, *, src_dir_fd=None, dst_dir_fd=None", a -> move(fds, a[0], a[1], true));
        def(m, "os.stat", "path, *, dir_fd=None, follow_symlinks=True", a -> stat(fds, a[0], Ops.isTrue(a[2])));
        def(m, "os.lstat", "path, *, dir_fd=None", a -> stat(fds, a[0], false));
        def(m, "os.access", "path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True", a -> {
            TruffleFile f;
            try {
                f = fds.file(path(a[0]));
            } catch (org.krait.runtime.PyException e) {
                return false;
            }
            long mode = Ops.index(a[1]);
            if (!f.exists()) {
                return false;
            }
            return ((mode & 4) == 0 || f.isReadable()) && ((mode & 2) == 0 || f.isWritable())
                    && ((mode & 1) == 0 || f.isExecutable());
        });
        def(m, "os.chmod", "path, mode, *, dir_fd=None, follow_symlinks=True", a -> {
            TruffleFile f = fds.file(path(a[0]));
            try {
                f.setPosixPermissions(permissions((int) Ops.index(a[1])));
            } catch (IOException | SecurityException e) {
                throw OsErrors.from(e, a[0]);
            }
            return PyNone.NONE;
        });
        def(m, "os.symlink", "src, dst, target_is_directory=False, *, dir_fd=None", a -> {
            try {
                fds.file(path(a[1])).createSymbolicLink(fds.file(path(a[0])));
            } catch (IOException | SecurityException | UnsupportedOperationException e) {
                throw OsErrors.from(e instanceof UnsupportedOperationException ? new SecurityException() : e,
                        a[0], a[1]);
            }
            return PyNone.NONE;
        });
        def(m, "os.readlink", "path, *, dir_fd=None", a -> {
            try {
                return fds.file(path(a[0])).readSymbolicLink().getPath();
            } catch (IOException | SecurityException e) {
                throw OsErrors.from(e, a[0]);
            }
        });
        def(m, "os.utime", "path, times=None, *, ns=?, dir_fd=None, follow_symlinks=True", a -> {
            TruffleFile f = fds.file(path(a[0]));
            long mtimeNs;
            long atimeNs;
            if (a[2] != org.krait.runtime.Signature.MISSING) {
                Object[] ns = Ops.toArray(a[2]);
                atimeNs = Ops.index(ns[0]);
                mtimeNs = Ops.index(ns[1]);
            } else if (a[1] == PyNone.NONE) {
                atimeNs = mtimeNs = System.currentTimeMillis() * 1_000_000L;
            } else {
                Object[] t = Ops.toArray(a[1]);
                atimeNs = (long) (Numbers.toDouble(t[0]) * 1e9);
                mtimeNs = (long) (Numbers.toDouble(t[1]) * 1e9);
            }
            try {
                f.setLastModifiedTime(FileTime.from(mtimeNs, TimeUnit.NANOSECONDS));
                f.setLastAccessTime(FileTime.from(atimeNs, TimeUnit.NANOSECONDS));
            } catch (IOException | SecurityException e) {
                throw OsErrors.from(e, a[0]);
            }
            return PyNone.NONE;
        });
        def(m, "os._copyfile", "src, dst, /", a -> {
            try {
                fds.file(path(a[0])).copy(fds.file(path(a[1])), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException | SecurityException e) {
                throw OsErrors.from(e, a[0], a[1]);
            }
            return PyNone.NONE;
        });
        def(m, "os._realpath", "path, /", a -> {
            TruffleFile f = fds.file(path(a[0])).getAbsoluteFile();
            try {
                return f.getCanonicalFile().getPath();
            } catch (IOException | SecurityException e) {
                return f.normalize().getPath(); // a path that does not exist resolves as far as it can
            }
        });
        def(m, "os.open", "path, flags, mode=511, *, dir_fd=None", a -> (long) fds.open(path(a[0]),
                (int) Ops.index(a[1]), (int) Ops.index(a[2]), a[0]));
        def(m, "os.read", "fd, length, /", a -> new PyBytes(fds.read((int) Ops.index(a[0]), Ops.index(a[1]))));
        def(m, "os.write", "fd, data, /", a -> {
            return fds.write((int) Ops.index(a[0]), org.krait.runtime.Buffers.bytes(a[1]));
        });
        def(m, "os.close", "fd", a -> {
            fds.close((int) Ops.index(a[0]));
            return PyNone.NONE;
        });
        def(m, "os.lseek", "fd, position, how, /", a -> fds.seek((int) Ops.index(a[0]), Ops.index(a[1]),
                (int) Ops.index(a[2])));
        def(m, "os.ftruncate", "fd, length, /", a -> {
            fds.truncate((int) Ops.index(a[0]), Ops.index(a[1]));
            return PyNone.NONE;
        });
        def(m, "os.fstat", "fd", a -> {
            int fd = (int) Ops.index(a[0]);
            if (fd >= 0 && fd <= 2) {
                return PyTuple.of(0x2190L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L); // a character device
            }
            return stat(fds, fds.get(fd).path, true);
        });
        def(m, "os.isatty", "fd, /", a -> {
            long fd = Ops.index(a[0]);
            return fd >= 0 && fd <= 2 && System.console() != null;
        });
        return m;
    }

    /**
     * Defines a function whose calls turn the embedder's refusal of file-system access (a SecurityException
     * from any TruffleFile call) into PermissionError [Errno 13], as the OS would report a denied access.
     */
    private static void def(PyModule m, String qualname, String spec, org.krait.runtime.BuiltinImpl impl) {
        m.def(qualname, spec, a -> {
            try {
                return impl.call(a);
            } catch (SecurityException e) {
                throw OsErrors.error(OsErrors.EACCES, a.length > 0 ? a[0] : null);
            }
        });
    }

    /** A path argument as text (bytes paths are UTF-8, os.PathLike objects were converted by os.py). */
    static String path(Object p) {
        if (p instanceof String s) {
            if (s.indexOf('\0') >= 0) {
                throw PyErrors.valueError("embedded null byte");
            }
            return s;
        }
        if (p instanceof PyBytes b) {
            return new String(b.bytes(), StandardCharsets.UTF_8);
        }
        Object fspath = Numbers.special(p, "__fspath__");
        if (fspath != null) {
            return path(org.krait.runtime.Calls.call(fspath, p));
        }
        throw PyErrors.typeError("expected str, bytes or os.PathLike object, not " + Ops.typeName(p));
    }

    private static void delete(TruffleFile f, Object name) {
        try {
            f.delete();
        } catch (IOException | SecurityException e) {
            throw OsErrors.from(e, name);
        }
    }

    private static Object move(FileDescriptors fds, Object src, Object dst, boolean replace) {
        TruffleFile from = fds.file(path(src));
        TruffleFile to = fds.file(path(dst));
        try {
            if (!from.exists(LinkOption.NOFOLLOW_LINKS)) {
                throw OsErrors.error(OsErrors.ENOENT, src, dst);
            }
            if (to.isDirectory() && !from.isDirectory()) {
                throw OsErrors.error(OsErrors.EISDIR, src, dst);
            }
            if (from.isDirectory() && to.exists() && !to.isDirectory()) {
                throw OsErrors.error(OsErrors.ENOTDIR, src, dst);
            }
            // POSIX rename replaces an existing file (and an empty directory), so rename and replace agree
            from.move(to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            try {
                from.move(to, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException | SecurityException e2) {
                throw OsErrors.from(e2, src, dst);
            }
        } catch (IOException | SecurityException e) {
            throw OsErrors.from(e, src, dst);
        }
        return PyNone.NONE;
    }

    /** (mode, ino, dev, nlink, uid, gid, size, atime_ns, mtime_ns, ctime_ns); os.py makes a stat_result. */
    private static PyTuple stat(FileDescriptors fds, Object p, boolean follow) {
        TruffleFile f = fds.file(path(p));
        LinkOption[] links = follow ? new LinkOption[0] : new LinkOption[]{LinkOption.NOFOLLOW_LINKS};
        try {
            if (!f.exists(links)) {
                throw OsErrors.error(OsErrors.ENOENT, p);
            }
            TruffleFile.Attributes at = f.getAttributes(java.util.List.of(TruffleFile.UNIX_MODE, TruffleFile.UNIX_INODE,
                    TruffleFile.UNIX_DEV, TruffleFile.UNIX_NLINK, TruffleFile.UNIX_UID, TruffleFile.UNIX_GID,
                    TruffleFile.SIZE, TruffleFile.LAST_ACCESS_TIME, TruffleFile.LAST_MODIFIED_TIME,
                    TruffleFile.UNIX_CTIME), links);
            return PyTuple.of((long) at.get(TruffleFile.UNIX_MODE), at.get(TruffleFile.UNIX_INODE),
                    at.get(TruffleFile.UNIX_DEV), (long) at.get(TruffleFile.UNIX_NLINK),
                    (long) at.get(TruffleFile.UNIX_UID), (long) at.get(TruffleFile.UNIX_GID),
                    at.get(TruffleFile.SIZE), nanos(at.get(TruffleFile.LAST_ACCESS_TIME)),
                    nanos(at.get(TruffleFile.LAST_MODIFIED_TIME)), nanos(at.get(TruffleFile.UNIX_CTIME)));
        } catch (IOException | SecurityException e) {
            throw OsErrors.from(e, p);
        } catch (UnsupportedOperationException e) {
            return basicStat(f, p, links);
        }
    }

    /** stat without the unix attribute view (a file system that only knows the basics). */
    private static PyTuple basicStat(TruffleFile f, Object p, LinkOption[] links) {
        try {
            long mode = f.isDirectory(links) ? 0040755 : f.isSymbolicLink() && links.length > 0 ? 0120777 : 0100644;
            long mtime = nanos(f.getLastModifiedTime(links));
            return PyTuple.of(mode, 0L, 0L, 1L, 0L, 0L, f.isDirectory(links) ? 4096L : f.size(links),
                    nanos(f.getLastAccessTime(links)), mtime, mtime);
        } catch (IOException | SecurityException e) {
            throw OsErrors.from(e, p);
        }
    }

    private static long nanos(FileTime t) {
        return t.to(TimeUnit.NANOSECONDS);
    }

    static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> s = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.OWNER_READ};
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << i)) != 0) {
                s.add(bits[i]);
            }
        }
        return s;
    }
}
