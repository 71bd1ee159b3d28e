package minibrowser.renderer.engine;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the character encoding of an HTML document's bytes, in the order of the HTML
 * standard's "determining the character encoding" (section 13.2.3.2), simplified:
 *
 * <ol>
 *   <li>a byte order mark (UTF-8, UTF-16LE, UTF-16BE) wins over everything;</li>
 *   <li>then the {@code charset} parameter of the HTTP {@code Content-Type} header;</li>
 *   <li>then a {@code <meta charset=...>} or {@code <meta http-equiv=Content-Type
 *       content="...; charset=...">} in the first 1024 bytes (the "prescan");</li>
 *   <li>else the legacy default, windows-1252, as browsers in most locales use for
 *       pages that do not say.</li>
 * </ol>
 *
 * <p>Labels are resolved as the Encoding standard says for the common cases: ISO-8859-1
 * and US-ASCII mean windows-1252, and a page that claims UTF-16 in a meta tag is read as
 * UTF-8 (it could not have been parsed to find the tag otherwise). Unknown labels are
 * ignored. Pure functions.
 */
public final class DocumentEncoding {

    /** The encoding of pages that do not say: windows-1252. */
    public static final Charset LEGACY_DEFAULT = Charset.forName("windows-1252");
    private static final int PRESCAN_BYTES = 1024;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_CHARSET = Pattern.compile(
            "charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private DocumentEncoding() {}

    /** What was decided, and from where ({@code bom}, {@code http}, {@code meta} or {@code default}). */
    public record Result(Charset charset, String source, int bomLength) {}

    /** Decides the encoding of {@code body} given the HTTP {@code Content-Type} header (may be null). */
    public static Result detect(byte[] body, String contentTypeHeader) {
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) return new Result(StandardCharsets.UTF_8, "bom", 3);
        if (startsWith(body, 0xFF, 0xFE)) return new Result(StandardCharsets.UTF_16LE, "bom", 2);
        if (startsWith(body, 0xFE, 0xFF)) return new Result(StandardCharsets.UTF_16BE, "bom", 2);
        Optional<Charset> http = fromHeader(contentTypeHeader);
        if (http.isPresent()) return new Result(http.get(), "http", 0);
        String head = new String(body, 0, Math.min(body.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher meta = META_CHARSET.matcher(head);
        if (meta.find()) {
            Optional<Charset> declared = label(meta.group(1));
            if (declared.isPresent()) {
                Charset c = declared.get();
                if (c.name().startsWith("UTF-16")) c = StandardCharsets.UTF_8;
                return new Result(c, "meta", 0);
            }
        }
        return new Result(LEGACY_DEFAULT, "default", 0);
    }

    /** Decodes {@code body} with the detected encoding (the BOM removed; bad bytes become U+FFFD). */
    public static String decode(byte[] body, String contentTypeHeader) {
        if (body == null) return "";
        Result r = detect(body, contentTypeHeader);
        return new String(body, r.bomLength(), body.length - r.bomLength(), r.charset());
    }

    /** The charset named by a {@code Content-Type} header's {@code charset} parameter, if known. */
    static Optional<Charset> fromHeader(String contentType) {
        if (contentType == null) return Optional.empty();
        Matcher m = HEADER_CHARSET.matcher(contentType);
        return m.find() ? label(m.group(1)) : Optional.empty();
    }

    /** The charset for an encoding label, with the Encoding standard's legacy aliases. */
    static Optional<Charset> label(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        switch (n) {
            case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252", "windows-1252", "x-cp1252" -> {
                return Optional.of(LEGACY_DEFAULT);
            }
            case "utf8", "unicode-1-1-utf-8" -> {
                return Optional.of(StandardCharsets.UTF_8);
            }
            case "x-sjis", "shift-jis", "ms_kanji" -> n = "shift_jis";
            case "ks_c_5601-1987", "korean", "csksc56011987", "ks_c_5601-1989" -> n = "euc-kr";
            case "gb2312", "gbk", "x-gbk", "chinese" -> n = "gbk";
            default -> { }
        }
        try {
            return Optional.of(Charset.forName(n));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b == null || b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
