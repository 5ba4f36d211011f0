package org.newsquotes.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the bytes of an input file into text, refusing what is not text.
 *
 * <p>Contract: UTF-8 with or without a byte-order mark decodes as is. UTF-16 is accepted when it carries a BOM.
 * Byte sequences that are not valid UTF-8 do not fail the file: each invalid stretch is decoded as windows-1252 (the
 * usual culprit in scraped news text) while the valid UTF-8 around it is kept, and one warning names the first
 * offending byte offset and the count. Decoding the whole file as windows-1252 instead would turn every correct
 * curly quote of a mostly-UTF-8 file into mojibake.
 *
 * <p>Throws {@link IngestException} for an empty file, a file of only white space, and binary content (known magic
 * numbers, more than 1% NUL bytes, or more than 2% control characters, in the first 8 KB). A few stray NULs in an
 * otherwise textual file are removed with a warning.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** How many leading bytes the binary sniffing looks at. */
    private static final int SNIFF_BYTES = 8192;
    /**
     * Share of control characters (other than tab, line feed, carriage return, vertical tab, form feed and escape)
     * above which a file is taken as binary. Text has next to none; uniformly random bytes have 25 in 256 (9.8%), so
     * at 2% a sniff of a few hundred random bytes is refused with a wide margin, while a stray control character per
     * line of text is still accepted.
     */
    private static final double MAX_CONTROL_SHARE = 0.02;
    /** Share of NUL bytes above which a file is taken as binary; below it they are stray corruption and removed. */
    private static final double MAX_NUL_SHARE = 0.01;

    /** Decodes {@code bytes}; {@code name} only labels the messages. */
    public DecodedText decode(String name, byte[] bytes) {
        return decode(name, bytes, null);
    }

    /**
     * Decodes {@code bytes} as {@link #decode(String, byte[])} does, but bytes that are not valid UTF-8 are read in
     * the charset the source declares, when it declares one Java knows: {@code declaredCharset} (an HTTP header's
     * {@code charset}), else a {@code <meta charset>} or {@code http-equiv} declaration in the first
     * {@value #META_SNIFF_BYTES} bytes. Valid UTF-8 stays UTF-8 whatever is declared: pages that declare ISO-8859-1
     * and are written in UTF-8 are common, while Latin-1 text that happens to be valid UTF-8 is not.
     *
     * @param declaredCharset the charset named by the transport (HTTP), or null
     */
    public DecodedText decode(String name, byte[] bytes, String declaredCharset) {
        DecodedText d = decodeDefault(name, bytes);
        if (!d.charset().equals("UTF-8+windows-1252")) return d;
        Charset declared = charset(declaredCharset);
        if (declared == null) declared = charset(metaCharset(bytes));
        if (declared == null || declared.equals(StandardCharsets.UTF_8)) return d;
        String text = new String(bytes, declared);
        return withoutNuls(name, new DecodedText(text, declared.name(), List.of()));
    }

    /** Leading bytes searched for a {@code <meta>} charset declaration (HTML requires it within the first 1024). */
    static final int META_SNIFF_BYTES = 2048;
    private static final java.util.regex.Pattern META_CHARSET = java.util.regex.Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");

    /** The charset a page's {@code <meta>} declares in its first bytes, or null. */
    static String metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static Charset charset(String name) {
        if (name == null || name.isBlank()) return null;
        try {
            Charset c = Charset.forName(name.strip());
            // as browsers do (WHATWG Encoding): a page labelled Latin-1 or ASCII is read as windows-1252
            if (c.equals(StandardCharsets.ISO_8859_1) || c.equals(StandardCharsets.US_ASCII)) return WINDOWS_1252;
            return c;
        } catch (IllegalArgumentException e) {
            return null; // an unknown or illegal name: fall back to the default decoding
        }
    }

    private DecodedText decodeDefault(String name, byte[] bytes) {
        if (bytes.length == 0) throw new IngestException("empty file: " + name + " (0 bytes)");
        DecodedText decoded;
        if (startsWith(bytes, 0xFE, 0xFF)) {
            decoded = new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE", List.of());
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            decoded = new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE", List.of());
        } else {
            rejectBinary(name, bytes);
            int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
            decoded = withoutNuls(name, decodeUtf8WithFallback(name, bytes, offset));
        }
        if (decoded.text().isBlank()) {
            throw new IngestException("empty file: " + name + " (only white space)");
        }
        return decoded;
    }

    private static void rejectBinary(String name, byte[] bytes) {
        String magic = magicName(bytes);
        if (magic != null) throw new IngestException("binary file: " + name + " (looks like " + magic + ")");
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int nul = 0;
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) nul++;
            else if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0B && b != '\f' && b != 0x1B) control++;
        }
        if (nul > n * MAX_NUL_SHARE) throw new IngestException("binary file: " + name + " (contains NUL bytes)");
        if (control > 1 && control > n * MAX_CONTROL_SHARE) {
            throw new IngestException("binary file: " + name + " (" + (100 * control / n) + "% control characters)");
        }
    }

    /** Stray NULs (a few in a text file) are removed with a warning rather than failing the whole article. */
    private static DecodedText withoutNuls(String name, DecodedText d) {
        if (d.text().indexOf('\u0000') < 0) return d;
        long count = d.text().chars().filter(c -> c == 0).count();
        List<String> warnings = new ArrayList<>(d.warnings());
        warnings.add(name + ": removed " + count + " stray NUL character" + (count == 1 ? "" : "s"));
        return new DecodedText(d.text().replace("\u0000", ""), d.charset(), warnings);
    }

    private static String magicName(byte[] b) {
        if (startsWith(b, '%', 'P', 'D', 'F')) return "PDF";
        if (startsWith(b, 'P', 'K', 3, 4)) return "ZIP/Office document";
        if (startsWith(b, 0x1F, 0x8B)) return "gzip";
        if (startsWith(b, 0x89, 'P', 'N', 'G')) return "PNG image";
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) return "JPEG image";
        if (startsWith(b, 'G', 'I', 'F', '8')) return "GIF image";
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) return "legacy Office document";
        return null;
    }

    private static DecodedText decodeUtf8WithFallback(String name, byte[] bytes, int offset) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length - offset + 16);
        int badStretches = 0;
        int firstBad = -1;
        while (true) {
            CoderResult r = utf8.decode(in, out, true);
            if (r.isUnderflow()) break;
            if (r.isOverflow()) {
                out = grow(out);
                continue;
            }
            int len = r.length();
            if (firstBad < 0) firstBad = in.position();
            badStretches++;
            String fallback = new String(bytes, in.position(), len, WINDOWS_1252);
            if (out.remaining() < fallback.length()) out = grow(out);
            out.put(fallback);
            in.position(in.position() + len);
        }
        while (utf8.flush(out).isOverflow()) out = grow(out);
        out.flip();
        String text = out.toString();
        if (badStretches == 0) return new DecodedText(text, "UTF-8", List.of());
        List<String> warnings = new ArrayList<>();
        warnings.add(name + ": not valid UTF-8 (" + badStretches + " invalid byte sequence"
                + (badStretches == 1 ? "" : "s") + ", first at byte " + firstBad + "); decoded those bytes as windows-1252");
        return new DecodedText(text, "UTF-8+windows-1252", warnings);
    }

    private static CharBuffer grow(CharBuffer out) {
        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
        out.flip();
        bigger.put(out);
        return bigger;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
