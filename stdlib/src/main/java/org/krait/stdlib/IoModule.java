package org.krait.stdlib;

import org.krait.runtime.KraitContext;
import org.krait.runtime.ModuleProvider;
import org.krait.runtime.Ops;
import org.krait.runtime.PyBytes;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyModule;
import org.krait.runtime.PyNone;
import org.krait.runtime.PyTuple;

import java.util.Set;

/**
 * {@code _io}: file descriptor operations for io.py's FileIO (and os.open/os.read/...): open, read, write,
 * seek, truncate and close on the interpreter's {@link FileDescriptors}. Everything above raw bytes
 * (buffering, text decoding, newlines) is in io.py.
 */
public final class IoModule implements ModuleProvider {
    @Override
    public Set<String> moduleNames() {
        return Set.of("_io");
    }

    @Override
    public PyModule create(String name, KraitContext context) {
        PyModule m = new PyModule("_io");
        FileDescriptors fds = FileDescriptors.of(context);
        m.setAttribute("DEFAULT_BUFFER_SIZE", 8192L);
        m.def("_io.open_fd", "path, flags, filename, /", a -> (long) fds.open((String) a[0], (int) Ops.index(a[1]),
                0666, a[2]));
        m.def("_io.read", "fd, size, /", a -> new PyBytes(fds.read(fd(a[0]), Ops.index(a[1]))));
        m.def("_io.write", "fd, data, /", a -> {
            return fds.write(fd(a[0]), org.krait.runtime.Buffers.bytes(a[1]));
        });
        m.def("_io.seek", "fd, offset, whence, /", a -> fds.seek(fd(a[0]), Ops.index(a[1]), (int) Ops.index(a[2])));
        m.def("_io.truncate", "fd, size, /", a -> fds.truncate(fd(a[0]), Ops.index(a[1])));
        m.def("_io.close", "fd, /", a -> {
            fds.close(fd(a[0]));
            return PyNone.NONE;
        });
        m.def("_io.size", "fd, /", a -> fds.size(fd(a[0])));
        m.def("_io.is_open", "fd, /", a -> fds.isOpen(fd(a[0])));
        // (readable, writable, seekable, path or None) of a descriptor
        m.def("_io.info", "fd, /", a -> {
            int fd = fd(a[0]);
            if (fd >= 0 && fd <= 2) {
                return PyTuple.of(fd == 0, fd != 0, false, PyNone.NONE);
            }
            FileDescriptors.Entry e = fds.get(fd);
            return PyTuple.of(e.readable, e.writable, true, e.path);
        });
        m.def("_io.isatty", "fd, /", a -> {
            int fd = fd(a[0]);
            fds.isOpen(fd);
            return fd >= 0 && fd <= 2 && System.console() != null;
        });
        return m;
    }

    private static int fd(Object o) {
        long fd = Ops.index(o);
        if (fd < 0 || fd > Integer.MAX_VALUE) {
            throw OsErrors.error(OsErrors.EBADF, null);
        }
        return (int) fd;
    }
}
