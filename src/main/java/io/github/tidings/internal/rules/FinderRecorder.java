package io.github.tidings.internal.rules;

import io.github.tidings.clean.Cleaner;
import io.github.tidings.clean.Page;
import io.github.tidings.clean.TextBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * A content finder that runs another one and then records what the page kept: how the profile
 * learner sees where each of a site's own pages has its article, without any gold. Records one
 * {@link Observation} per page it cleans, in order. Not thread-safe: one learner's parses only.
 */
public final class FinderRecorder implements Cleaner {
    private final Cleaner finder;
    private final List<Observation> observations = new ArrayList<>();

    /** Records after {@code finder}. */
    public FinderRecorder(Cleaner finder) {
        this.finder = finder;
    }

    /** A page's blocks in order, which the parser kept, and which hold the page's headline. */
    public record Observation(List<String> texts, boolean[] kept, boolean[] headline) {
    }

    @Override
    public void clean(Page page) {
        finder.clean(page);
        List<TextBlock> blocks = page.blocks();
        List<String> texts = new ArrayList<>(blocks.size());
        boolean[] kept = new boolean[blocks.size()];
        boolean[] headline = new boolean[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            texts.add(blocks.get(i).text());
            kept[i] = !page.isRemoved(blocks.get(i));
            headline[i] = SiteRule.isHeadline(page, blocks.get(i));
        }
        observations.add(new Observation(texts, kept, headline));
    }

    @Override
    public String name() {
        return finder.name();
    }

    /** What was recorded so far, one per page cleaned. */
    public List<Observation> observations() {
        return List.copyOf(observations);
    }
}
