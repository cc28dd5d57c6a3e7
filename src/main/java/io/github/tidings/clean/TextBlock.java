package io.github.tidings.clean;

import io.github.tidings.internal.words.Words;
import io.github.tidings.model.BlockType;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
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
    /**
     * The index and the type in one int: the index shifted by {@link #TYPE_BITS}, the type's
     * ordinal below it. As an int and a reference apart, with the link characters (now in {@link
     * Extras}), they made a block of a text dump 40 bytes rather than 32.
     */
    private final int place;
    /**
     * The text, as a String, or the {@link Extras} that hold it with what the block keeps beside
     * it: made with a block from markup; for a block without markup the String until it has
     * something to keep there, then the Extras, set once. One field for both, and the counts in an
     * int ({@link #counts}), make a block 24 bytes rather than 32: a page of many distinct short
     * lines holds one a line through the whole parse, beside its string. Volatile, as a final
     * field would be: a block handed to another thread without synchronisation is still seen with
     * its text (a volatile read costs a plain load on common hardware), and the Extras are set
     * once through {@link #DATA}.
     */
    private volatile Object data;

    private static final int TYPE_BITS = 4;
    private static final BlockType[] TYPES = BlockType.values();
    /** The most blocks a page may hold: more than any input within the largest limits gives. */
    static final int MAX_INDEX = (1 << (31 - TYPE_BITS)) - 1;

    static {
        if (TYPES.length > 1 << TYPE_BITS) {
            throw new ExceptionInInitializerError("TextBlock.TYPE_BITS too few for " + TYPES.length + " block types");
        }
    }

    /** Sets {@link #data} to the Extras once: threads that make them at once must all end up with one object. */
    private static final VarHandle DATA;

    static {
        try {
            DATA = MethodHandles.lookup().findVarHandle(TextBlock.class, "data", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * What some blocks have beside their text: the tag and class/id tokens of a block from markup,
     * its link characters, the counts of a text too long to {@link #pack}, the kept {@link #phrases()} of a text long
     * enough to keep them. An object of its own, made only for such a block: as fields of every
     * block, they were 12 bytes more per line of a text dump, most of whose lines have none.
     */
    private static final class Extras {
        final String text;
        final @Nullable String tag;
        /** The class and id tokens in lower case; null until first asked for when {@link #classAndIdSource} gives them. */
        volatile @Nullable String classAndId;
        final @Nullable Supplier<@Nullable String> classAndIdSource;
        final int linkChars;
        /** The counts of a text longer than {@link #MAX_PACKED}: chars, words, letters, upper case, digits. */
        volatile int @Nullable [] counts;
        /** The {@link #phrases()} of a text of at least {@link #PHRASES_KEPT_FROM} characters, once made. */
        volatile @Nullable PhraseText phrases;

        Extras(String text, @Nullable String tag, @Nullable String classAndId,
                @Nullable Supplier<@Nullable String> classAndIdSource, int linkChars) {
            this.text = text;
            this.tag = tag;
            this.classAndId = classAndId;
            this.classAndIdSource = classAndIdSource;
            this.linkChars = linkChars;
        }
    }

    /** The block's extras, or null while it has none. */
    private @Nullable Extras extrasIfAny() {
        return data instanceof Extras e ? e : null;
    }

    /** The block's extras, made (without markup) if it has none yet. */
    private Extras extras() {
        Object d = data;
        if (d instanceof Extras e) {
            return e;
        }
        Extras made = new Extras((String) d, null, "", null, 0);
        Object was = DATA.compareAndExchange(this, d, made);
        return was == d ? made : (Extras) was; // this thread's, or the one another set first
    }

    /*
     * The counts (chars, words, letters, upper case, digits) and whether the text ends like a
     * sentence, made on first use (the HTML reader makes blocks of navigation and other furniture
     * that it removes at once, and nothing ever asks for their counts) and packed into one long.
     * As five ints, a flag and a volatile flag they took 24 bytes of every block, the largest part
     * of a block of a page of many short lines after its text. Each count fits in COUNT_BITS bits
     * when the text is at most MAX_PACKED characters long (no count exceeds the text's length); a
     * longer text's counts are kept in its Extras object, written before this field and read after
     * it. 0 until counted (COUNTED is set once counted). A race at most counts twice, the same values.
     * An int, not a long (which packed texts up to 4095 characters): with the text and the extras
     * in one field, that makes a block 24 bytes rather than 32; the lines of a page of many short
     * lines are packed still, and a longer block's five ints beside it are little to its text.
     */
    private volatile int counts;
    private static final int COUNT_BITS = 6;
    /** The longest text whose counts are packed into {@link #counts}. */
    static final int MAX_PACKED = (1 << COUNT_BITS) - 1;
    private static final int COUNT_MASK = MAX_PACKED;
    private static final int ENDS_LIKE_SENTENCE = 1 << (5 * COUNT_BITS);
    /**
     * The count bits of a text longer than {@link #MAX_PACKED}, whose counts are in its Extras: all
     * set, which no packed text has (its letters and digits together are at most its length).
     */
    private static final int IN_EXTRAS = (1 << (5 * COUNT_BITS)) - 1;
    private static final int COUNTED = 1 << 31;

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
        Objects.requireNonNull(text, "text");
        this.place = place(index, Objects.requireNonNull(type, "type"));
        int links = Math.max(0, Math.min(linkChars, text.length()));
        // a block without a tag, without class and id tokens, without a source of them and without
        // link text has no extras (yet)
        boolean none = tag == null && classAndIdSource == null && (classAndId == null || classAndId.isEmpty())
                && links == 0;
        this.data = none ? text : new Extras(text, tag, classAndId, classAndIdSource, links);
    }

    private static int place(int index, BlockType type) {
        if (index < 0 || index > MAX_INDEX) {
            throw new IllegalArgumentException("block index out of range: " + index);
        }
        return index << TYPE_BITS | type.ordinal();
    }

    private static String lowerCase(@Nullable String classAndId) {
        return classAndId == null ? "" : classAndId.toLowerCase(Locale.ROOT);
    }

    /** Counts the text's characters in one pass, then sets {@link #counts}. */
    private void count() {
        {
            int c = 0, l = 0, u = 0, d = 0, w = 0;
            int in = 0; // whether inside a word, 0 or 1 (arithmetic instead of branches below)
            String text = text();
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
            int ends = computeEndsLikeSentence(text) ? ENDS_LIKE_SENTENCE : 0;
            if (n <= MAX_PACKED) {
                this.counts = pack(c, w, l, u, d) | ends | COUNTED;
            } else {
                extras().counts = new int[] {c, w, l, u, d}; // a race counts twice, the same values
                this.counts = ends | IN_EXTRAS | COUNTED; // last: publishes the counts above
            }
        }
    }

    /** The five counts in one int, {@link #COUNT_BITS} bits each; each at most {@link #MAX_PACKED}. */
    static int pack(int chars, int words, int letters, int upperCase, int digits) {
        return chars | words << COUNT_BITS | letters << 2 * COUNT_BITS | upperCase << 3 * COUNT_BITS
                | digits << 4 * COUNT_BITS;
    }

    /** The packed counts and flags, counted on first use. */
    private int counted() {
        int c = counts;
        if (c == 0) {
            count();
            c = counts;
        }
        return c;
    }

    /** Count {@code k} (0 chars, 1 words, 2 letters, 3 upper case, 4 digits), made on first use. */
    private int count(int k) {
        int c = counted();
        if ((c & IN_EXTRAS) != IN_EXTRAS) {
            return c >>> k * COUNT_BITS & COUNT_MASK;
        }
        return Objects.requireNonNull(Objects.requireNonNull(extrasIfAny(), "counted").counts, "counted")[k];
    }

    /** General categories (as bits by {@link Character#getType(int)}) of letters. */
    private static final int LETTERS = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER;
    /** General categories of the Unicode spaces {@link Character#isWhitespace(int)} counts (but three no-break spaces). */
    private static final int SEPARATORS = 1 << Character.SPACE_SEPARATOR | 1 << Character.LINE_SEPARATOR
            | 1 << Character.PARAGRAPH_SEPARATOR;

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
        this.place = place(index, b.type());
        int c = b.counts; // read before the extras: a long text's counts are written to them before it
        // shared: its class and id tokens, counts and phrases, once made, are the same for both
        this.data = b.data;
        this.counts = c;
    }

    TextBlock withIndex(int i) {
        return i == index() ? this : new TextBlock(this, i); // features are copied, not computed again
    }

    /**
     * Texts from this long have their {@link #phrases()} kept in the block (in its {@link Extras})
     * once made; a shorter one's are kept only in this thread's {@link ShortPhrases}. Kept in every
     * short block, the phrases (a string and two arrays, some 110 bytes for an 8-character line)
     * cost more than the line itself, and through the built-in cleaners they were the largest
     * share of a parse's heap for a page of many short lines.
     */
    static final int PHRASES_KEPT_FROM = 33;

    /**
     * The phrases of short blocks made lately on one thread, by the block's index: a page of up to
     * {@value #SLOTS} blocks has every short block's kept as if in the block (each built-in cleaner
     * asks for most blocks' in turn, and making them again for each was a quarter more garbage per
     * parse); a larger page's blocks share slots, and a block whose slot another took makes its
     * phrases again. A fixed size whatever the page's size. A slot is emptied when its block lets go
     * of its phrases ({@link #dropPhraseText()}), as every parse with a content finder or another
     * cleaner past the built-ins does.
     */
    private static final class ShortPhrases {
        static final int SLOTS = 1024;
        final @Nullable TextBlock[] blocks = new TextBlock[SLOTS];
        final @Nullable PhraseText[] phrases = new PhraseText[SLOTS];
    }

    private static final ThreadLocal<ShortPhrases> SHORT_PHRASES = ThreadLocal.withInitial(ShortPhrases::new);

    /**
     * The normalised text with its words' places and hashes: every built-in cleaner looks its
     * phrases up in it. Kept once made, in the block for a text of at least {@value
     * #PHRASES_KEPT_FROM} characters, else in this thread's table of short ones while its slot lasts.
     */
    PhraseText phrases() {
        String text = text();
        if (text.length() < PHRASES_KEPT_FROM) {
            ShortPhrases recent = SHORT_PHRASES.get();
            int slot = index() & (ShortPhrases.SLOTS - 1);
            if (recent.blocks[slot] == this) {
                return Objects.requireNonNull(recent.phrases[slot], "phrases");
            }
            PhraseText p = PhraseText.of(PhraseList.normalize(text));
            recent.blocks[slot] = this;
            recent.phrases[slot] = p;
            return p;
        }
        Extras e = extrasIfAny();
        PhraseText p = e == null ? null : e.phrases;
        if (p == null) {
            p = PhraseText.of(PhraseList.normalize(text));
            extras().phrases = p; // a race computes the same value twice, harmlessly
        }
        return p;
    }

    /** {@link #phrases()} if they are held (by the block or this thread), else null (and none are made). */
    @Nullable PhraseText phrasesIfMade() {
        if (text().length() < PHRASES_KEPT_FROM) {
            ShortPhrases recent = SHORT_PHRASES.get();
            int slot = index() & (ShortPhrases.SLOTS - 1);
            return recent.blocks[slot] == this ? recent.phrases[slot] : null;
        }
        Extras e = extrasIfAny();
        return e == null ? null : e.phrases;
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
     * Lets go of {@link #phrases()}. Only the built-in cleaners read them; kept past them, they
     * were a string and two arrays per line of a page of many short lines through the content
     * finder and the article's assembly.
     */
    void dropPhraseText() {
        if (text().length() < PHRASES_KEPT_FROM) {
            ShortPhrases recent = SHORT_PHRASES.get();
            int slot = index() & (ShortPhrases.SLOTS - 1);
            if (recent.blocks[slot] == this) {
                recent.blocks[slot] = null;
                recent.phrases[slot] = null;
            }
            return;
        }
        Extras e = extrasIfAny();
        if (e != null) {
            e.phrases = null;
        }
    }

    /** Whether {@link #phrases()} are held, by the block or (a short one's) by this thread (for tests). */
    boolean hasPhraseText() {
        return phrasesIfMade() != null;
    }

    /** Position in the page, from 0. */
    public int index() {
        return place >>> TYPE_BITS;
    }

    /** The normalised text, never blank. */
    public String text() {
        Object d = data;
        return d instanceof String s ? s : ((Extras) d).text;
    }

    /** The block's type as the input marked it (a Markdown {@code #} line or an HTML {@code h2} is a heading). */
    public BlockType type() {
        return TYPES[place & ((1 << TYPE_BITS) - 1)];
    }

    /** The HTML tag name, for blocks from HTML. */
    public Optional<String> tag() {
        Extras e = extrasIfAny();
        return e == null ? Optional.empty() : Optional.ofNullable(e.tag);
    }

    /** Class and id tokens of the element and its ancestors, lower case, space separated; empty for text input. */
    public String classAndId() {
        Extras m = extrasIfAny();
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
        Extras e = extrasIfAny();
        return e == null ? 0 : e.linkChars;
    }

    /** Share of the text that is link text, 0 to 1. */
    public double linkDensity() {
        String text = text();
        return text.isEmpty() ? 0 : (double) linkChars() / text.length();
    }

    /** Non-whitespace characters. */
    public int chars() {
        return count(0);
    }

    /** Words, counted as {@link io.github.tidings.model.Article#wordCount()} counts them. */
    public int words() {
        return count(1);
    }

    /** Letters. */
    public int letters() {
        return count(2);
    }

    /** Upper-case letters. */
    public int upperCaseLetters() {
        return count(3);
    }

    /** Digits. */
    public int digits() {
        return count(4);
    }

    /** Whether the text ends like a sentence: with . ! ? … or their CJK and Arabic forms, optionally followed by a quote or bracket. */
    public boolean endsLikeSentence() {
        return (counted() & ENDS_LIKE_SENTENCE) != 0; // computed once: cleaners ask for nearly every block, many times
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
        int letters = count(2);
        return letters >= 2 && count(3) == letters;
    }

    @Override
    public String toString() {
        return "#" + index() + " " + type() + (tag().map(t -> "<" + t + ">").orElse("")) + ": " + text();
    }
}
