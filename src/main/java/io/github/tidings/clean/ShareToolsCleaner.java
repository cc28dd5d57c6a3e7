package io.github.tidings.clean;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Removes the residue of share, social, print and font-size tools: lines made only of tool words
 * ({@code email Print zoom+ zoom-}, {@code Facebook Twitter WhatsApp}, {@code A A A}), share
 * prompts ({@code Share this article}, {@code Click to share on Reddit (Opens in new window)}),
 * counters ({@code 12 Comments}, {@code 0 shares}, bare numbers next to such tools), "follow us"
 * prompts that name a social network, and lines with no letters or digits at all ({@code •}).
 *
 * <p>The words come from the {@code phrases/share.*.txt} and {@code phrases/counts.*.txt} lists.
 * A line is removed only when every word of it is a tool word or a number, or when it is short and
 * starts with a share prompt; prose that mentions Facebook is never touched.
 */
final class ShareToolsCleaner implements Cleaner {
    private static final int MAX_WORDS = 30;

    /** A cleaner; stateless. */
    ShareToolsCleaner() {
    }

    @Override
    public void clean(Page page) {
        List<TextBlock> kept = page.kept();
        boolean[] tool = new boolean[page.blocks().size()];
        for (TextBlock b : kept) {
            String reason = reason(b);
            if (reason != null) {
                page.remove(b, reason);
                tool[b.index()] = true;
            }
        }
        // bare numbers (share and comment counts) go only when they sit next to the tools
        for (TextBlock b : kept) {
            if (page.isRemoved(b) || b.words() > 3 || b.letters() > 2 || b.digits() == 0) {
                continue;
            }
            int i = b.index();
            boolean nearTool = i > 0 && tool[i - 1] || i + 1 < tool.length && tool[i + 1];
            if (nearTool && isNumbers(b.phrases())) {
                page.remove(b, "share or comment count");
                tool[i] = true;
            }
        }
    }

    /** Why the block is tool residue, or null. */
    static @Nullable String reason(TextBlock b) {
        if (b.letters() == 0 && b.digits() == 0) {
            return "widget residue without words";
        }
        String t = b.text().strip();
        if ((t.startsWith("{{") && t.endsWith("}}") || t.startsWith("{*") && t.endsWith("*}")
                || t.startsWith("{%") && t.endsWith("%}")) && t.length() < 200) {
            return "template placeholder";
        }
        if (b.words() > MAX_WORDS || Lines.isProse(b)) {
            return null;
        }
        // Phrases are looked up in the normalised text itself: a long block's words are not kept,
        // and most lines asked about here are no tool. Words are cut out only for the rare line
        // that a test below needs them of.
        PhraseText phrases = b.phrases();
        String n = phrases.text();
        if (n.isEmpty()) {
            return null;
        }
        if (Phrases.SHARE.covers(phrases, true) && !isNumbers(phrases)) {
            return "share, social or print tool";
        }
        int words = phrases.size();
        if (words <= 4 && isCount(phrases)) {
            return "share or comment count";
        }
        int lead = Phrases.SHARE.prefixWords(phrases);
        if (lead >= 2 && words <= 10 && !b.endsLikeSentence() && !startsWithWord(n, "email")
                && !startsWithWord(n, "print")) {
            // "share this ...", "click to share ...", but not a line that merely starts with "email" or "print"
            return "share prompt";
        }
        if (words <= 25 && isFollowPrompt(phrases, b.text())) {
            return "follow-us prompt";
        }
        return null;
    }

    /** Whether the normalised text's first word is {@code word}. */
    private static boolean startsWithWord(String normalized, String word) {
        return normalized.startsWith(word) && (normalized.length() == word.length()
                || normalized.charAt(word.length()) == ' ');
    }

    /** First words of a follow-us prompt. */
    private static final PhraseList FOLLOW = PhraseList.of("follow", "takip", "folgen", "suivez", "síguenos",
            "siga", "seguici", "ikuti", "подписывайтесь", "تابعونا", "تابعنا", "like");

    private static boolean isFollowPrompt(PhraseText normalized, String text) {
        if (FOLLOW.prefixWords(normalized) == 0) {
            return false;
        }
        // "Follow AP's full coverage at https://...", "Follow him @handle"
        return NETWORKS.occursIn(normalized)
                || startsWithWord(normalized.text(), "follow") && (text.contains("://") || text.contains(" @"));
    }

    private static final PhraseList NETWORKS = PhraseList.of("facebook", "twitter", "instagram", "youtube",
            "linkedin", "pinterest", "telegram", "whatsapp", "tiktok", "vk", "vkontakte", "flipboard", "snapchat",
            "threads", "mastodon", "bluesky", "x");

    private static boolean isNumbers(PhraseText w) {
        if (w.size() == 0) {
            return false;
        }
        for (int k = 0; k < w.size(); k++) {
            if (!isNumber(w, k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNumber(PhraseText w, int k) {
        return PhraseList.isNumber(w.text(), w.start(k), w.end(k));
    }

    /** "12 comments", "comments 12", "(42) Comments", "3 409 letture" style counters. */
    private static boolean isCount(PhraseText w) {
        int i = 0;
        while (i < w.size() && isNumber(w, i)) {
            i++;
        }
        int j = w.size();
        while (j > i && isNumber(w, j - 1)) {
            j--;
        }
        if (i == 0 && j == w.size() || i == j) {
            return false;
        }
        String[] rest = new String[j - i]; // the words between the numbers, cut out only here
        for (int k = i; k < j; k++) {
            rest[k - i] = w.word(k);
        }
        return Phrases.COUNTS.covers(rest, false);
    }
}
