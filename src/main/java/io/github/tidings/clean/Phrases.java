package io.github.tidings.clean;

/**
 * The built-in cleaners' phrase lists, loaded once from the classpath when a cleaner first needs
 * them (class initialisation is the lazy, thread-safe holder). Immutable.
 */
final class Phrases {
    /** Share, social, print and font-size tool words. */
    static final PhraseList SHARE = PhraseList.load("share");
    /** Words counted next to a number: comments, shares, views. */
    static final PhraseList COUNTS = PhraseList.load("counts");
    /** Copyright and legal statements. */
    static final PhraseList FOOTER = PhraseList.load("footer");
    /** Footer menu entries. */
    static final PhraseList FOOTER_LINKS = PhraseList.load("footerlinks");
    /** Contact labels (Tel, Fax, Address). */
    static final PhraseList CONTACT = PhraseList.load("contact");
    /** Headings of related-content lists. */
    static final PhraseList RELATED = PhraseList.load("related");
    /** Advertisement and sponsor labels. */
    static final PhraseList ADS = PhraseList.load("ads");
    /** Newsletter, subscription, cookie and login prompts. */
    static final PhraseList PROMPTS = PhraseList.load("prompts");
    /** Image credit labels. */
    static final PhraseList CREDITS = PhraseList.load("credits");
    /** Caption labels ("Image caption", "File photo"). */
    static final PhraseList CAPTIONS = PhraseList.load("captions");
    /** Openings only captions use ("This illustration shows"). */
    static final PhraseList CAPTION_OPENERS = PhraseList.load("captionopeners");
    /** Openings that make a caption with a picture word after them ("In this ... photo,"). */
    static final PhraseList CAPTION_FRAMES = PhraseList.load("captionframes");
    /** Places in a picture ("left", "second from right"). */
    static final PhraseList POSITIONS = PhraseList.load("positions");
    /** Openings of contributor credits ("Reporting by"). */
    static final PhraseList CONTRIBUTORS = PhraseList.load("contributors");
    /** Endings of contributor credits ("contributed to this report"). */
    static final PhraseList CONTRIBUTED = PhraseList.load("contributed");
    /** Headings of a note about the author, before the name ("About"). */
    static final PhraseList ABOUT_AUTHOR = PhraseList.load("aboutauthor");
    /** Picture agencies. */
    static final PhraseList AGENCIES = PhraseList.load("agencies");
    /** Relative times ("13 hours ago"). */
    static final PhraseList AGO = PhraseList.load("ago");
    /** Tag list labels. */
    static final PhraseList TAGS = PhraseList.load("tags");
    /** Comment section prompts and headings. */
    static final PhraseList COMMENTS = PhraseList.load("comments");

    private Phrases() {
    }
}
