package io.github.tidings.cli;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes a text or Markdown file, so that no charset is guessed in silence: a byte-order mark
 * decides first (UTF-8, UTF-16, UTF-32); then bytes that are valid UTF-8 are UTF-8; then the
 * charset given with {@code --encoding}; else {@link #FALLBACK}, with a note saying so. HTML does not
 * come here: it keeps the parser's own sniffing ({@code <meta charset>}).
 */
final class TextDecoding {
    /** Read when the bytes are not UTF-8 and no {@code --encoding} is given: the Western European charset browsers default to. */
    static final Charset FALLBACK = Charset.forName("windows-1252");

    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    private TextDecoding() {
    }

    /**
     * Decoded text, and a note for standard error when the charset was a guess.
     *
     * @param text the text, without a byte-order mark
     * @param note why the charset was chosen, when it was not certain
     */
    record Decoded(String text, Optional<String> note) {
    }

    static Decoded decode(byte[] b, Optional<Charset> declared) {
        int bom = bomLength(b);
        if (bom > 0) {
            return new Decoded(new String(b, bom, b.length - bom, bomCharset(b)), Optional.empty());
        }
        try {
            String utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
            return new Decoded(utf8, Optional.empty());
        } catch (CharacterCodingException e) {
            if (declared.isPresent()) {
                return new Decoded(new String(b, declared.get()), Optional.empty());
            }
            return new Decoded(new String(b, FALLBACK), Optional.of("not UTF-8; read as " + FALLBACK.name()
                    + " (name its charset with --encoding)"));
        }
    }

    /** The length of a UTF-32, UTF-16 or UTF-8 byte-order mark at the start, or 0. */
    static int bomLength(byte[] b) {
        if (BinaryCheck.startsWith(b, 0x00, 0x00, 0xFE, 0xFF) || BinaryCheck.startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return 4;
        }
        if (BinaryCheck.startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return 3;
        }
        return BinaryCheck.startsWith(b, 0xFE, 0xFF) || BinaryCheck.startsWith(b, 0xFF, 0xFE) ? 2 : 0;
    }

    private static Charset bomCharset(byte[] b) {
        if (BinaryCheck.startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return UTF_32BE;
        }
        if (BinaryCheck.startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return UTF_32LE;
        }
        if (BinaryCheck.startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        return BinaryCheck.startsWith(b, 0xFE, 0xFF) ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
    }
}
