package io.github.tidings.clean;

import io.github.tidings.BlockType;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One block of a {@link Page} as cleaners see it: its normalised text, its type, its position, and
 * features computed once (words, letters, digits, capitals, link text, sentence ending). From text
 * input a block is one line; from HTML it is one block element, with its tag and class/id tokens.
 *
 * <p>Immutable. Whether a block was removed is kept by the {@link Page}, not by the block.
 */
public final class TextBlock {
    private final int index;
    private final String text;
    private final BlockType type;
    private final String tag;
    private final String classAndId;
    private final int linkChars;

    private final int chars;
    private final int words;
    private final int letters;
    private final int upperCase;
    private final int digits;

    private TextBlock(int index, String text, BlockType type, String tag, String classAndId, int linkChars) {
        this.index = index;
        this.text = Objects.requireNonNull(text, "text");
        this.type = Objects.requireNonNull(type, "type");
        this.tag = tag;
        this.classAndId = classAndId == null ? "" : classAndId.toLowerCase(Locale.ROOT);
        this.linkChars = Math.max(0, Math.min(linkChars, text.length()));
        int c = 0, w = 0, l = 0, u = 0, d = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isWhitespace(cp)) {
                c++;
            }
            if (Character.isLetter(cp)) {
                l++;
                if (Character.isUpperCase(cp)) {
                    u++;
                }
            } else if (Character.isDigit(cp)) {
                d++;
            }
            if (Character.isLetterOrDigit(cp)) {
                if (!inWord || isIdeographic(cp)) {
                    w++;
                }
                inWord = !isIdeographic(cp);
            } else {
                inWord = false;
            }
        }
        this.chars = c;
        this.words = w;
        this.letters = l;
        this.upperCase = u;
        this.digits = d;
    }

    private static boolean isIdeographic(int cp) {
        if (cp < 0x0E00) {
            return false; // below Thai: no script here is written without spaces (saves a table search per character)
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.THAI;
    }

    /** A paragraph block with the given text (for building test pages). */
    public static TextBlock of(String text) {
        return new TextBlock(0, text, BlockType.PARAGRAPH, null, null, 0);
    }

    /** A block of the given type and text. */
    public static TextBlock of(BlockType type, String text) {
        return new TextBlock(0, text, type, null, null, 0);
    }

    /**
     * A block with markup information, as the HTML and Markdown readers make them.
     *
     * @param tag the element's tag name, or {@code null}
     * @param classAndId the element's and its ancestors' class and id tokens, space separated, or {@code null}
     * @param linkChars how many of the text's characters are link text
     */
    public static TextBlock of(BlockType type, String text, String tag, String classAndId, int linkChars) {
        return new TextBlock(0, text, type, tag, classAndId, linkChars);
    }

    TextBlock withIndex(int i) {
        return i == index ? this : new TextBlock(i, this);
    }

    /** A copy at another position: the features are the same, so they are copied, not counted again. */
    private TextBlock(int index, TextBlock o) {
        this.index = index;
        this.text = o.text;
        this.type = o.type;
        this.tag = o.tag;
        this.classAndId = o.classAndId;
        this.linkChars = o.linkChars;
        this.chars = o.chars;
        this.words = o.words;
        this.letters = o.letters;
        this.upperCase = o.upperCase;
        this.digits = o.digits;
    }

    /** Position in the page, from 0. */
    public int index() {
        return index;
    }

    /** The normalised text, never blank. */
    public String text() {
        return text;
    }

    /** The block's type as the input marked it (a Markdown {@code #} line or an HTML {@code h2} is a heading). */
    public BlockType type() {
        return type;
    }

    /** The HTML tag name, for blocks from HTML. */
    public Optional<String> tag() {
        return Optional.ofNullable(tag);
    }

    /** Class and id tokens of the element and its ancestors, lower case, space separated; empty for text input. */
    public String classAndId() {
        return classAndId;
    }

    /** Characters of the text that are link text (HTML anchors, Markdown links). */
    public int linkChars() {
        return linkChars;
    }

    /** Share of the text that is link text, 0 to 1. */
    public double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }

    /** Non-whitespace characters. */
    public int chars() {
        return chars;
    }

    /** Words: runs of letters or digits; each ideograph or kana counts as one. */
    public int words() {
        return words;
    }

    /** Letters. */
    public int letters() {
        return letters;
    }

    /** Upper-case letters. */
    public int upperCaseLetters() {
        return upperCase;
    }

    /** Digits. */
    public int digits() {
        return digits;
    }

    /** Whether the text ends like a sentence: with . ! ? … or their CJK and Arabic forms, optionally followed by a quote or bracket. */
    public boolean endsLikeSentence() {
        for (int i = text.length() - 1; i >= 0; i--) {
            char ch = text.charAt(i);
            if ("\"'”’»)]」』".indexOf(ch) >= 0) {
                continue;
            }
            return ".!?…。！？؟".indexOf(ch) >= 0;
        }
        return false;
    }

    /** Whether every letter is upper case (and there are at least two letters), as in {@code YEREL HABERLER}. */
    public boolean isAllCaps() {
        return letters >= 2 && upperCase == letters;
    }

    @Override
    public String toString() {
        return "#" + index + " " + type + (tag == null ? "" : "<" + tag + ">") + ": " + text;
    }
}
