package io.github.tidings.model;

/** What kind of body element a {@link Block} is. */
public enum BlockType {
    /** Running text. */
    PARAGRAPH,
    /** A heading inside the article body (not the article's title). */
    HEADING,
    /** A quotation set apart from the running text. */
    QUOTE,
    /** One item of a bulleted or numbered list. */
    LIST_ITEM,
    /** A picture or video caption (kept only when the parser is asked to keep captions). */
    CAPTION,
    /** Preformatted text such as code, kept line for line. */
    PREFORMATTED,
    /** A table: {@link Block#table()} holds its rows of cells. */
    TABLE,
    /** An image with its caption and credit: {@link Block#figure()}; the block's text is empty. */
    FIGURE
}
