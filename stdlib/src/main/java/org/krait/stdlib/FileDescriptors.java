package org.krait.stdlib;

import com.oracle.truffle.api.TruffleFile;
import org.krait.gil.GlobalInterpreterLock;
import org.krait.runtime.KraitContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.OpenOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The file descriptors of one interpreter: small ints standing for open files (TruffleFile channels, so the
 * embedder's file-system policy applies) and for the standard streams 0, 1 and 2. {@code _io} (FileIO, open())
 * and {@code os} (os.open, os.read, ...) share the table, as they share the process's descriptors in CPython.
 */
final class FileDescriptors {
    // Linux values, as os.O_* report them
    static final int O_RDONLY = 0;
    static final int O_WRONLY = 1;
    static final int O_RDWR = 2;
    static final int O_ACCMODE = 3;
    static final int O_CREAT = 0100;
    static final int O_EXCL = 0200;
    static final int O_TRUNC = 01000;
    static final int O_APPEND = 02000;

    private static final Map<KraitContext, FileDescriptors> TABLES = new WeakHashMap<>();

    /** An open file. */
    static final class Entry {
        final SeekableByteChannel channel;
        final String path;
        final boolean readable;
        final boolean writable;
        /** O_APPEND: every write goes to the end (Java cannot open READ with APPEND, so this is emulated). */
        final boolean append;

        Entry(SeekableByteChannel channel, String path, boolean readable, boolean writable, boolean append) {
            this.channel = channel;
            this.path = path;
            this.readable = readable;
            this.writable = writable;
            this.append = append;
        }
    }

    private final KraitContext context;
    private final Map<Integer, Entry> open = new HashMap<>();

    private FileDescriptors(KraitContext context) {
        this.context = context;
    }

    static FileDescriptors of(KraitContext context) {
        synchronized (TABLES) {
            return TABLES.computeIfAbsent(context, FileDescriptors::new);
        }
    }

    KraitContext context() {
        return context;
    }

    TruffleFile file(String path) {
        try {
            return context.env().getPublicTruffleFile(path);
        } catch (SecurityException | UnsupportedOperationException | IllegalArgumentException e) {
            throw OsErrors.error(OsErrors.EACCES, path);
        }
    }

    /** Opens path; a file it creates gets the permission bits of mode (less the umask, as the OS applies it). */
    synchronized int open(String path, int flags, int mode, Object filenameForErrors) {
        TruffleFile f = file(path);
        try {
            return openFile(f, path, flags, mode, filenameForErrors);
        } catch (SecurityException e) {
            throw OsErrors.error(OsErrors.EACCES, filenameForErrors);
        }
    }

    private int openFile(TruffleFile f, String path, int flags, int mode, Object filenameForErrors) {
        int access = flags & O_ACCMODE;
        boolean readable = access == O_RDONLY || access == O_RDWR;
        boolean writable = access == O_WRONLY || access == O_RDWR;
        try {
            if (f.isDirectory()) {
                throw OsErrors.error(OsErrors.EISDIR, filenameForErrors);
            }
            Set<OpenOption> options = new HashSet<>();
            if (readable) {
                options.add(StandardOpenOption.READ);
            }
            if (writable) {
                options.add(StandardOpenOption.WRITE);
            }
            if ((flags & O_CREAT) != 0) {
                options.add((flags & O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
            }
            if ((flags & O_TRUNC) != 0 && writable) {
                options.add(StandardOpenOption.TRUNCATE_EXISTING);
            }
            SeekableByteChannel ch = (flags & O_CREAT) != 0
                    ? f.newByteChannel(options, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                            OsModule.permissions(mode)))
                    : f.newByteChannel(options);
            int fd = 3;
            while (open.containsKey(fd)) {
                fd++;
            }
            open.put(fd, new Entry(ch, path, readable, writable, (flags & O_APPEND) != 0));
            return fd;
        } catch (IOException | SecurityException e) {
            throw OsErrors.from(e, filenameForErrors);
        }
    }

    synchronized Entry get(int fd) {
        Entry e = open.get(fd);
        if (e == null) {
            throw OsErrors.error(OsErrors.EBADF, null);
        }
        return e;
    }

    synchronized boolean isOpen(int fd) {
        return fd >= 0 && fd <= 2 || open.containsKey(fd);
    }

    synchronized void close(int fd) {
        Entry e = open.remove(fd);
        if (e == null) {
            if (fd >= 0 && fd <= 2) {
                return;
            }
            throw OsErrors.error(OsErrors.EBADF, null);
        }
        try {
            e.channel.close();
        } catch (IOException ex) {
            throw OsErrors.io(ex);
        }
    }

    /**
     * Up to n bytes (all that is left when n < 0); empty at end of file. Other Python threads run meanwhile
     * (the GIL is released around file I/O, without interrupts, which would close a file channel).
     */
    byte[] read(int fd, long n) {
        if (fd == 0) {
            return readStdin(n);
        }
        Entry e = get(fd);
        if (!e.readable) {
            throw OsErrors.error(OsErrors.EBADF, null);
        }
        try (var unlocked = GlobalInterpreterLock.unlocked(null)) {
            if (n < 0) {
                long remaining = Math.max(0, e.channel.size() - e.channel.position());
                ByteBuffer buf = ByteBuffer.allocate((int) Math.min(remaining, Integer.MAX_VALUE - 16));
                while (buf.hasRemaining() && e.channel.read(buf) > 0) {
                    // keep reading until the end
                }
                java.io.ByteArrayOutputStream rest = new java.io.ByteArrayOutputStream();
                rest.write(buf.array(), 0, buf.position());
                ByteBuffer more = ByteBuffer.allocate(8192);
                while (e.channel.read(more) > 0) { // the file may have grown
                    rest.write(more.array(), 0, more.position());
                    more.clear();
                }
                return rest.toByteArray();
            }
            ByteBuffer buf = ByteBuffer.allocate((int) Math.min(n, Integer.MAX_VALUE - 16));
            int got = e.channel.read(buf);
            return got <= 0 ? new byte[0] : java.util.Arrays.copyOf(buf.array(), got);
        } catch (IOException ex) {
            throw OsErrors.io(ex);
        }
    }

    private byte[] readStdin(long n) {
        try {
            InputStream in = context.env().in();
            // waiting for input may take forever: the GIL is released and Ctrl-C interrupts the wait
            return GlobalInterpreterLock.blockingIO(null, () -> {
                if (n < 0) {
                    return in.readAllBytes();
                }
                byte[] b = new byte[(int) Math.min(n, 1 << 20)];
                int got = in.read(b);
                return got <= 0 ? new byte[0] : java.util.Arrays.copyOf(b, got);
            });
        } catch (IOException ex) {
            throw OsErrors.io(ex);
        }
    }

    long write(int fd, byte[] data) {
        if (fd == 1 || fd == 2) {
            (fd == 1 ? context.stdout : context.stderr).flush(); // keep the order of print() and raw writes
            try {
                OutputStream out = fd == 1 ? context.env().out() : context.env().err();
                out.write(data);
                out.flush();
                return data.length;
            } catch (IOException ex) {
                throw OsErrors.io(ex);
            }
        }
        Entry e = get(fd);
        if (!e.writable) {
            throw OsErrors.error(OsErrors.EBADF, null);
        }
        try (var unlocked = GlobalInterpreterLock.unlocked(null)) {
            if (e.append) {
                e.channel.position(e.channel.size());
            }
            ByteBuffer buf = ByteBuffer.wrap(data);
            while (buf.hasRemaining()) {
                e.channel.write(buf);
            }
            return data.length;
        } catch (IOException ex) {
            throw OsErrors.io(ex);
        }
    }

    long seek(int fd, long offset, int whence) {
        if (fd >= 0 && fd <= 2) {
            throw OsErrors.error(OsErrors.ESPIPE, null);
        }
        Entry e = get(fd);
        try {
            long base = switch (whence) {
                case 0 -> 0;
                case 1 -> e.channel.position();
                case 2 -> e.channel.size();
                default -> throw OsErrors.error(OsErrors.EINVAL, null);
            };
            long target = base + offset;
            if (target < 0) {
                throw OsErrors.error(OsErrors.EINVAL, null);
            }
            e.channel.position(target);
            return target;
        } catch (IOException ex) {
            throw OsErrors.io(ex);
        }
    }

    long truncate(int fd, long size) {
        Entry e = get(fd);
        if (!e.writable) {
            throw OsErrors.error(OsErrors.EBADF, null);
        }
        try {
            long current = e.channel.size();
            long pos = e.channel.position(); // POSIX ftruncate leaves the position alone; Java's truncate may not
            if (size < current) {
                e.channel.truncate(size);
            } else if (size > current) {
                e.channel.position(size - 1);
                e.channel.write(ByteBuffer.wrap(new byte[1]));
            }
            e.channel.position(pos);
            return size;
        } catch (IOException ex) {
            throw OsErrors.io(ex);
        }
    }

    long size(int fd) {
        try {
            return get(fd).channel.size();
        } catch (IOException ex) {
            throw OsErrors.io(ex);
        }
    }
}
