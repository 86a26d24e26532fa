package org.krait.builtins;

import org.krait.runtime.ExceptionTypes;
import org.krait.runtime.PyBytes;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyException;
import org.krait.runtime.PyType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.IntPredicate;

/** str.encode / bytes.decode for the common codecs, with CPython's error handlers and messages. */
final class Codecs {
    private Codecs() {
    }

    /** Canonical codec name as CPython reports it in errors, or null when unknown. */
    static String canonical(String encoding) {
        String e = encoding.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return switch (e) {
            case "utf-8", "utf8", "u8", "utf", "cp65001", "utf8-ucs2", "utf8-ucs4" -> "utf-8";
            case "ascii", "us-ascii", "646", "us", "ansi-x3.4-1968", "iso646-us" -> "ascii";
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "cp819", "latin", "l1", "iso-ir-100" ->
                    "latin-1";
            case "utf-16", "utf16" -> "utf-16";
            case "utf-16-le", "utf-16le", "utf16le" -> "utf-16-le";
            case "utf-16-be", "utf-16be", "utf16be" -> "utf-16-be";
            case "utf-32", "utf32" -> "utf-32";
            case "utf-32-le", "utf-32le", "utf32le" -> "utf-32-le";
            case "utf-32-be", "utf-32be", "utf32be" -> "utf-32-be";
            case "cp1252", "windows-1252" -> "cp1252";
            default -> null;
        };
    }

    private static String codec(String encoding) {
        String c = canonical(encoding);
        if (c == null) {
            throw Args.lookupError("unknown encoding: " + encoding);
        }
        return c;
    }

    private static PyException unknownHandler(String errors) {
        return Args.lookupError("unknown error handler name '" + errors + "'");
    }

    // ---- encoding ----------------------------------------------------------------------------------

    static PyBytes encode(String s, String encoding, String errors) {
        String codec = codec(encoding);
        switch (codec) {
            case "utf-8":
                return encodeLimited(s, codec, errors, 0x10FFFF);
            case "ascii":
                return encodeLimited(s, codec, errors, 0x7F);
            case "latin-1":
                return encodeLimited(s, codec, errors, 0xFF);
            case "cp1252":
                return Cp1252.encode(s, errors);
            default:
                return new PyBytes(s.getBytes(javaCharset(codec)));
        }
    }

    private static Charset javaCharset(String codec) {
        return switch (codec) {
            case "utf-16" -> StandardCharsets.UTF_16LE; // BOM added by caller
            case "utf-16-le" -> StandardCharsets.UTF_16LE;
            case "utf-16-be" -> StandardCharsets.UTF_16BE;
            case "utf-32", "utf-32-le" -> Charset.forName("UTF-32LE");
            case "utf-32-be" -> Charset.forName("UTF-32BE");
            default -> StandardCharsets.UTF_8;
        };
    }

    private static PyBytes encodeLimited(String s, String codec, String errors, int max) {
        if (codec.equals("utf-8")) {
            return encode(s, codec, "surrogates not allowed", errors, cp -> cp < 0xD800 || cp > 0xDFFF,
                    Codecs::putUtf8);
        }
        return encode(s, codec, "ordinal not in range(" + (max + 1) + ")", errors, cp -> cp <= max,
                (out, cp) -> out.write(cp));
    }

    /** Writes one encodable code point. */
    interface CodePointWriter {
        void write(ByteArrayOutputStream out, int cp);
    }

    /**
     * Encodes with {@code errors} deciding what happens to the code points {@code encodable} refuses, and
     * CPython's messages ({@code codec} and {@code reason} name the failure).
     */
    static PyBytes encode(String s, String codec, String reason, String errors, IntPredicate encodable,
                          CodePointWriter writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (encodable.test(cp)) {
                writer.write(out, cp);
                continue;
            }
            switch (errors) {
                case "strict": {
                    int j = i;
                    while (j + 1 < cps.length && !encodable.test(cps[j + 1])) {
                        j++;
                    }
                    String what = j == i ? "character " + escaped(cp) + " in position " + i : "characters in position " + i + "-" + j;
                    throw unicodeError(ExceptionTypes.UNICODE_ENCODE_ERROR,
                            "'" + codec + "' codec can't encode " + what + ": " + reason);
                }
                case "ignore":
                    break;
                case "replace":
                    out.write('?');
                    break;
                case "backslashreplace": {
                    String esc = cp <= 0xff ? String.format("\\x%02x", cp)
                            : cp <= 0xffff ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
                    out.writeBytes(esc.getBytes(StandardCharsets.US_ASCII));
                    break;
                }
                case "xmlcharrefreplace":
                    out.writeBytes(("&#" + cp + ";").getBytes(StandardCharsets.US_ASCII));
                    break;
                case "surrogateescape":
                    if (cp >= 0xDC80 && cp <= 0xDCFF) {
                        out.write(cp - 0xDC00);
                        break;
                    }
                    throw unicodeError(ExceptionTypes.UNICODE_ENCODE_ERROR, "'" + codec
                            + "' codec can't encode character " + escaped(cp) + " in position " + i + ": " + reason);
                default:
                    throw unknownHandler(errors);
            }
        }
        return new PyBytes(out.toByteArray());
    }

    /** How CPython shows an unencodable character in error messages: always escaped. */
    private static String escaped(int cp) {
        return "'" + (cp < 0x100 ? String.format("\\x%02x", cp) : cp < 0x10000 ? String.format("\\u%04x", cp)
                : String.format("\\U%08x", cp)) + "'";
    }

    static void putUtf8(ByteArrayOutputStream out, int cp) {
        if (cp < 0x80) {
            out.write(cp);
        } else if (cp < 0x800) {
            out.write(0xC0 | (cp >> 6));
            out.write(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out.write(0xE0 | (cp >> 12));
            out.write(0x80 | ((cp >> 6) & 0x3F));
            out.write(0x80 | (cp & 0x3F));
        } else {
            out.write(0xF0 | (cp >> 18));
            out.write(0x80 | ((cp >> 12) & 0x3F));
            out.write(0x80 | ((cp >> 6) & 0x3F));
            out.write(0x80 | (cp & 0x3F));
        }
    }

    static PyException unicodeError(PyType type, String msg) {
        return PyErrors.create(type, msg);
    }

    // ---- decoding ----------------------------------------------------------------------------------

    static String decode(byte[] b, String encoding, String errors) {
        String codec = codec(encoding);
        switch (codec) {
            case "utf-8":
                return decodeUtf8(b, errors);
            case "ascii": {
                StringBuilder sb = new StringBuilder(b.length);
                for (int i = 0; i < b.length; i++) {
                    int c = b[i] & 0xff;
                    if (c < 128) {
                        sb.append((char) c);
                    } else {
                        handleDecodeError(sb, b, i, i + 1, "ascii", "ordinal not in range(128)", errors);
                    }
                }
                return sb.toString();
            }
            case "latin-1":
                return new String(b, StandardCharsets.ISO_8859_1);
            case "utf-16": {
                if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
                    return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
                }
                int off = b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE ? 2 : 0;
                return new String(b, off, b.length - off, StandardCharsets.UTF_16LE);
            }
            case "cp1252":
                return Cp1252.decode(b, errors);
            default:
                return new String(b, javaCharset(codec));
        }
    }

    static void handleDecodeError(StringBuilder sb, byte[] b, int start, int end, String codec,
                                          String reason, String errors) {
        switch (errors) {
            case "strict": {
                throw PyErrors.createWithArgs(ExceptionTypes.UNICODE_DECODE_ERROR, codec, new PyBytes(b), (long) start,
                        (long) end, reason);
            }
            case "ignore":
                return;
            case "replace":
                sb.append('\uFFFD');
                return;
            case "backslashreplace":
                for (int i = start; i < end; i++) {
                    sb.append(String.format("\\x%02x", b[i] & 0xff));
                }
                return;
            case "surrogateescape":
                for (int i = start; i < end; i++) {
                    sb.append((char) (0xDC00 + (b[i] & 0xff)));
                }
                return;
            default:
                throw unknownHandler(errors);
        }
    }

    static String decodeUtf8(byte[] b, String errors) {
        StringBuilder sb = new StringBuilder(b.length);
        int n = b.length;
        int i = 0;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            int need;
            int lo = 0x80;
            int hi = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                if (c == 0xE0) {
                    lo = 0xA0;
                } else if (c == 0xED) {
                    hi = 0x9F;
                }
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                if (c == 0xF0) {
                    lo = 0x90;
                } else if (c == 0xF4) {
                    hi = 0x8F;
                }
            } else {
                handleDecodeError(sb, b, i, i + 1, "utf-8", "invalid start byte", errors);
                i++;
                continue;
            }
            int cp = c & (0x3F >> need);
            int j = i + 1;
            boolean ok = true;
            for (int k = 0; k < need; k++, j++) {
                if (j >= n) {
                    handleDecodeError(sb, b, i, n, "utf-8", "unexpected end of data", errors);
                    return sb.toString();
                }
                int d = b[j] & 0xff;
                int l = k == 0 ? lo : 0x80;
                int h = k == 0 ? hi : 0xBF;
                if (d < l || d > h) {
                    handleDecodeError(sb, b, i, j, "utf-8", "invalid continuation byte", errors);
                    ok = false;
                    break;
                }
                cp = (cp << 6) | (d & 0x3F);
            }
            if (ok) {
                sb.appendCodePoint(cp);
            }
            i = j;
        }
        return sb.toString();
    }

    /** str.encode for utf-16/utf-32 with BOM (CPython writes a little-endian BOM). */
    static PyBytes encodeWithBom(String s, String encoding, String errors) {
        String codec = codec(encoding);
        if (codec.equals("utf-16") || codec.equals("utf-32")) {
            byte[] body = s.getBytes(javaCharset(codec));
            byte[] bom = codec.equals("utf-16") ? new byte[]{(byte) 0xFF, (byte) 0xFE}
                    : new byte[]{(byte) 0xFF, (byte) 0xFE, 0, 0};
            byte[] r = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, r, 0, bom.length);
            System.arraycopy(body, 0, r, bom.length, body.length);
            return new PyBytes(r);
        }
        return encode(s, encoding, errors);
    }
}
