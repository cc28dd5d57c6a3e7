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
            if (nearTool && isNumbers(Lines.words(b))) {
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
        String[] w = Lines.words(b);
        if (w.length == 0) {
            return null;
        }
        if (!isNumbers(w) && Phrases.SHARE.covers(w, true)) {
            return "share, social or print tool";
        }
        if (w.length <= 4 && isCount(w)) {
            return "share or comment count";
        }
        int lead = Phrases.SHARE.prefixWords(w);
        if (lead > 0 && w.length <= 10 && !b.endsLikeSentence() && startsWithSharePrompt(w)) {
            return "share prompt";
        }
        if (w.length <= 25 && isFollowPrompt(w, b.text())) {
            return "follow-us prompt";
        }
        return null;
    }

    private static boolean startsWithSharePrompt(String[] w) {
        // "share this ...", "click to share ...", but not a line that merely starts with "email" or "print"
        String first = w[0];
        return Phrases.SHARE.prefixWords(w) >= 2 && !first.equals("email") && !first.equals("print");
    }

    private static boolean isFollowPrompt(String[] w, String text) {
        String f = w[0];
        if (!(f.equals("follow") || f.equals("takip") || f.equals("folgen") || f.equals("suivez")
                || f.equals("síguenos") || f.equals("siga") || f.equals("seguici") || f.equals("ikuti")
                || f.equals("подписывайтесь") || f.equals("تابعونا") || f.equals("تابعنا") || f.equals("like"))) {
            return false;
        }
        int networks = 0;
        for (String x : w) {
            if (NETWORKS.matches(x)) {
                networks++;
            }
        }
        // "Follow AP's full coverage at https://...", "Follow him @handle"
        return networks > 0 || f.equals("follow") && (text.contains("://") || text.contains(" @"));
    }

    private static final PhraseList NETWORKS = PhraseList.of("facebook", "twitter", "instagram", "youtube",
            "linkedin", "pinterest", "telegram", "whatsapp", "tiktok", "vk", "vkontakte", "flipboard", "snapchat",
            "threads", "mastodon", "bluesky", "x");

    private static boolean isNumbers(String[] w) {
        if (w.length == 0) {
            return false;
        }
        for (String x : w) {
            if (!PhraseList.isNumber(x)) {
                return false;
            }
        }
        return true;
    }

    /** "12 comments", "comments 12", "(42) Comments", "3 409 letture" style counters. */
    private static boolean isCount(String[] w) {
        int i = 0;
        while (i < w.length && PhraseList.isNumber(w[i])) {
            i++;
        }
        int j = w.length;
        while (j > i && PhraseList.isNumber(w[j - 1])) {
            j--;
        }
        if (i == 0 && j == w.length || i == j) {
            return false;
        }
        String[] rest = java.util.Arrays.copyOfRange(w, i, j);
        return Phrases.COUNTS.covers(rest, false);
    }
}
