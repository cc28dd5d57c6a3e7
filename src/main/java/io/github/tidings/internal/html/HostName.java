package io.github.tidings.internal.html;

import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells a site's name by the page's host: a title segment such as "Four Years Remaining" on
 * fouryears.eu or "Nalas Löwenseiten" on nalas-loewenseiten.info is the site's name even where no
 * metadata states it. Small sites and old pages state no {@code og:site_name}, and their blog
 * header shows the name as the page's {@code h1}, where it passes for the headline.
 */
final class HostName {
    /** Host labels shorter than this say too little ("bbc", "dsv") to match a name by. */
    private static final int MIN_LABEL = 4;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final List<String> labels;

    private HostName(List<String> labels) {
        this.labels = labels;
    }

    /** The host's telling labels: neither "www" nor the top-level domain nor any of three letters or fewer. */
    static HostName of(String url) {
        List<String> out = new ArrayList<>();
        String host = null;
        try {
            host = url.isEmpty() ? null : URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            host = null;
        }
        if (host != null) {
            String[] parts = host.toLowerCase(Locale.ROOT).split("\\.");
            for (int i = 0; i < parts.length - 1; i++) {
                String l = parts[i].replace("-", "");
                if (l.length() >= MIN_LABEL && !l.equals("www") && !out.contains(l)) {
                    out.add(l);
                }
            }
        }
        return new HostName(out);
    }

    /**
     * Whether the name holds a label of the host and at most one word more ("Four Years
     * Remaining" on fouryears.example), so that a headline that mentions the site ("What is
     * Creative Commons?" on creativecommons.example) is not taken for its name.
     */
    boolean names(String name) {
        if (labels.isEmpty() || name.isEmpty()) {
            return false;
        }
        String[] words = NON_WORD.split(name.toLowerCase(Locale.ROOT).strip());
        for (int form = 0; form < FORMS; form++) {
            StringBuilder joined = new StringBuilder();
            int[] ends = new int[words.length];
            for (int i = 0; i < words.length; i++) {
                joined.append(form(words[i], form));
                ends[i] = joined.length();
            }
            for (String l : labels) {
                int at = joined.indexOf(l);
                if (at >= 0 && wordsOutside(ends, at, at + l.length()) <= 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many words end before {@code from} or start at or after {@code to}. */
    private static int wordsOutside(int[] ends, int from, int to) {
        int n = 0;
        int start = 0;
        for (int end : ends) {
            if (end > start && (end <= from || start >= to)) {
                n++;
            }
            start = end;
        }
        return n;
    }

    private static final int FORMS = 3;

    /** The word as written ({@code 0}), without its accents ({@code 1}), with German umlauts spelled out as hosts spell them ({@code 2}). */
    private static String form(String word, int form) {
        return switch (form) {
            case 0 -> word;
            case 1 -> MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
            default -> word.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        };
    }
}
