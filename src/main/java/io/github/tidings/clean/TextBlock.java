package io.github.tidings.clean;

import io.github.tidings.internal.words.Words;
import io.github.tidings.model.BlockType;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One block of a {@link Page} as cleaners see it: its normalised text, its type, its position, and
 * features computed once, on first use (words, letters, digits, capitals, link text, sentence
 * ending). From text input a block is one line; from HTML it is one block element, with its tag
 * and class/id tokens.
 *
 * <p>Immutable. Whether a block was removed is kept by the {@link Page}, not by the block.
 */
public final class TextBlock {
    private final int index;
    private final String text;
    private final BlockType type;
    /** The tag and class and id tokens of a block from markup; null for a block of text, which has none. */
    private final @Nullable Markup markup;
    private final int linkChars;

    /**
     * What a block from markup has beside its text. An object of its own, made only for such a
     * block: as fields of every block, they were 8 bytes more per line of a text dump.
     */
    private static final class Markup {
        final @Nullable String tag;
        /** The class and id tokens in lower case; null until first asked for when {@link #classAndIdSource} gives them. */
        volatile @Nullable String classAndId;
        final @Nullable Supplier<@Nullable String> classAndIdSource;

        Markup(@Nullable String tag, @Nullable String classAndId, @Nullable Supplier<@Nullable String> classAndIdSource) {
            this.tag = tag;
            this.classAndId = classAndId;
            this.classAndIdSource = classAndIdSource;
        }
    }

    /*
     * The counts, made on first use: the HTML reader makes blocks of navigation and other furniture
     * that it removes at once, and nothing ever asks for their counts. Fields of the block itself,
     * not an object of their own: for a page of many short lines that object (40 bytes a line) was
     * a tenth of a parse's heap. They are written before the volatile flag and read after it, so
     * a thread that sees the flag sees the counts; a race at most counts twice, the same values.
     */
    private int chars;
    private int words;
    private int letters;
    private int upperCase;
    private int digits;
    private boolean endsLikeSentence;
    private volatile boolean counted;
    /** The normalised text ({@link PhraseList#normalize(String)}) and its words, computed on first use. */
    private volatile @Nullable PhraseText phrases;

    /** Bits of {@link #ASCII}: what each ASCII character counts as. */
    private static final int NON_SPACE = 1, LETTER = 2, UPPER = 4, DIGIT = 8, WORD = 16, JOINER = 32;
    /** The classes of the 128 ASCII characters, as the Unicode tests below judge them. */
    private static final byte[] ASCII = new byte[128];

    static {
        for (char ch = 0; ch < 128; ch++) {
            boolean lower = ch >= 'a' && ch <= 'z';
            boolean upper = ch >= 'A' && ch <= 'Z';
            boolean digit = ch >= '0' && ch <= '9';
            int k = (ch > ' ' || !Character.isWhitespace(ch)) ? NON_SPACE : 0;
            k |= lower || upper ? LETTER : 0;
            k |= upper ? UPPER : 0;
            k |= digit ? DIGIT : 0;
            k |= lower || upper || digit ? WORD : 0;
            k |= ch == '\'' || ch == '-' ? JOINER : 0;
            ASCII[ch] = (byte) k;
        }
    }

    private TextBlock(int index, String text, BlockType type, @Nullable String tag, @Nullable String classAndId,
            int linkChars) {
        this(index, text, type, tag, lowerCase(classAndId), null, linkChars);
    }

    private TextBlock(int index, String text, BlockType type, @Nullable String tag, @Nullable String classAndId,
            @Nullable Supplier<@Nullable String> classAndIdSource, int linkChars) {
        this.index = index;
        this.text = Objects.requireNonNull(text, "text");
        this.type = Objects.requireNonNull(type, "type");
        // a block without a tag, without class and id tokens and without a source of them has no markup
        boolean none = tag == null && classAndIdSource == null && (classAndId == null || classAndId.isEmpty());
        this.markup = none ? null : new Markup(tag, classAndId, classAndIdSource);
        this.linkChars = Math.max(0, Math.min(linkChars, text.length()));
    }

    private static String lowerCase(@Nullable String classAndId) {
        return classAndId == null ? "" : classAndId.toLowerCase(Locale.ROOT);
    }

    /** Counts the text's characters in one pass, then raises {@link #counted}. */
    private void count() {
        {
            int c = 0, l = 0, u = 0, d = 0, w = 0;
            int in = 0; // whether inside a word, 0 or 1 (arithmetic instead of branches below)
            int n = text.length();
            for (int i = 0; i < n; ) {
                char ch = text.charAt(i);
                if (ch < 0x80) {
                    // ASCII fast path: the same counts as below, from a table instead of Unicode look-ups
                    i++;
                    int k = ASCII[ch];
                    c += k & NON_SPACE;
                    l += (k >> 1) & 1;
                    u += (k >> 2) & 1;
                    d += (k >> 3) & 1;
                    // without branches: a word starts where a word character follows a non-word state;
                    // an apostrophe or hyphen keeps a word going
                    int word = (k >> 4) & 1;
                    w += word & ~in;
                    in = word | (in & (k >> 5));
                    continue;
                }
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                // One look-up of the general category answers what Character's tests would ask
                // it for one by one (for code points above ASCII: isWhitespace, isLetter,
                // isUpperCase of a letter, isDigit).
                int bit = 1 << Character.getType(cp);
                boolean letter = (bit & LETTERS) != 0;
                boolean digit = bit == 1 << Character.DECIMAL_DIGIT_NUMBER;
                if ((bit & SEPARATORS) == 0 || cp == 0xA0 || cp == 0x2007 || cp == 0x202F) {
                    c++;
                }
                if (letter) {
                    l++;
                    if (bit == 1 << Character.UPPERCASE_LETTER) {
                        u++;
                    }
                } else if (digit) {
                    d++;
                }
                // word counting exactly as Words.count does it
                if (Words.isUnspaced(cp)) {
                    w++;
                    in = 0;
                } else if (letter || digit) {
                    if (in == 0) {
                        w++;
                        in = 1;
                    }
                } else if (!(in != 0 && cp == '\u2019')) {
                    in = 0;
                }
            }
            this.chars = c;
            this.words = w;
            this.letters = l;
            this.upperCase = u;
            this.digits = d;
            this.endsLikeSentence = computeEndsLikeSentence(text);
            this.counted = true; // last: publishes the counts above
        }
    }

    /** General categories (as bits by {@link Character#getType(int)}) of letters. */
    private static final int LETTERS = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER;
    /** General categories of the Unicode spaces {@link Character#isWhitespace(int)} counts (but three no-break spaces). */
    private static final int SEPARATORS = 1 << Character.SPACE_SEPARATOR | 1 << Character.LINE_SEPARATOR
            | 1 << Character.PARAGRAPH_SEPARATOR;

    /** Makes the counts on first use; the block itself, to read them from. */
    private TextBlock counts() {
        if (!counted) {
            count();
        }
        return this;
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
     * A block with the markup features that cleaners may read ({@link #tag()}, {@link
     * #classAndId()}, {@link #linkChars()}), as the HTML and Markdown readers make them; tests of a
     * cleaner that reads those make their blocks with it too. The class and id tokens are asked for
     * only when {@link #classAndId()} is first called: few cleaners ask, and a reader making them for
     * every block would pay for all. Threads that ask at once may each call the source; it must give
     * the same answer every time.
     *
     * @param tag the element's tag name, or {@code null}
     * @param classAndId gives the element's and its ancestors' class and id tokens, space separated,
     *     or {@code null} when there are none; itself {@code null} for a block without markup
     * @param linkChars how many of the text's characters are link text
     */
    public static TextBlock of(BlockType type, String text, @Nullable String tag,
            @Nullable Supplier<@Nullable String> classAndId, int linkChars) {
        return classAndId == null ? new TextBlock(0, text, type, tag, null, linkChars)
                : new TextBlock(0, text, type, tag, null, classAndId, linkChars);
    }

    private TextBlock(TextBlock b, int index) {
        this.index = index;
        this.text = b.text;
        this.type = b.type;
        this.markup = b.markup; // shared: its class and id tokens, once made, are the same for both
        this.linkChars = b.linkChars;
        if (b.counted) {
            this.chars = b.chars;
            this.words = b.words;
            this.letters = b.letters;
            this.upperCase = b.upperCase;
            this.digits = b.digits;
            this.endsLikeSentence = b.endsLikeSentence;
            this.counted = true;
        }
        this.phrases = b.phrases;
    }

    TextBlock withIndex(int i) {
        return i == index ? this : new TextBlock(this, i); // features are copied, not computed again
    }

    /**
     * The normalised text with its words' places and hashes, cached: every built-in cleaner looks
     * its phrases up in it.
     */
    PhraseText phrases() {
        PhraseText p = phrases;
        if (p == null) {
            p = PhraseText.of(PhraseList.normalize(text));
            phrases = p; // a race computes the same value twice, harmlessly
        }
        return p;
    }

    /** {@link #phrases()} if a cleaner has made them already, else null (and none are made). */
    @Nullable PhraseText phrasesIfMade() {
        return phrases;
    }

    /** The normalised text, cached: {@link PhraseList#normalize(String)} of the text. */
    String phraseText() {
        return phrases().text();
    }

    /**
     * The normalised words, for the rules that read them one by one. Cut anew from the cached
     * {@link #phrases()} at each call, not kept: kept for every short block, an array and a string
     * per word were the largest share of a parse's heap for a page of many short lines (some 120
     * bytes a line of two words).
     */
    String[] phraseWords() {
        return phrases().words();
    }

    /**
     * Lets go of {@link #phrases()}. Only the built-in cleaners read it; kept past them, it was a
     * string and two arrays per line of a page of many short lines through the content finder and
     * the article's assembly.
     */
    void dropPhraseText() {
        phrases = null;
    }

    /** Whether {@link #phrases()} is held (for tests). */
    boolean hasPhraseText() {
        return phrases != null;
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
        return markup == null ? Optional.empty() : Optional.ofNullable(markup.tag);
    }

    /** Class and id tokens of the element and its ancestors, lower case, space separated; empty for text input. */
    public String classAndId() {
        Markup m = markup;
        if (m == null) {
            return "";
        }
        String c = m.classAndId;
        if (c == null) {
            c = lowerCase(m.classAndIdSource.get());
            m.classAndId = c; // a race computes the same value twice, harmlessly
        }
        return c;
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
        return counts().chars;
    }

    /** Words, counted as {@link io.github.tidings.model.Article#wordCount()} counts them. */
    public int words() {
        return counts().words;
    }

    /** Letters. */
    public int letters() {
        return counts().letters;
    }

    /** Upper-case letters. */
    public int upperCaseLetters() {
        return counts().upperCase;
    }

    /** Digits. */
    public int digits() {
        return counts().digits;
    }

    /** Whether the text ends like a sentence: with . ! ? … or their CJK and Arabic forms, optionally followed by a quote or bracket. */
    public boolean endsLikeSentence() {
        return counts().endsLikeSentence; // computed once: cleaners ask for nearly every block, many times
    }

    private static boolean computeEndsLikeSentence(String text) {
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
        TextBlock f = counts();
        return f.letters >= 2 && f.upperCase == f.letters;
    }

    @Override
    public String toString() {
        return "#" + index + " " + type + (markup == null || markup.tag == null ? "" : "<" + markup.tag + ">") + ": " + text;
    }
}
