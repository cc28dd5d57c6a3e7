package consumer;

import io.github.tidings.clean.Cleaner;
import io.github.tidings.clean.Page;
import io.github.tidings.clean.Scope;
import io.github.tidings.clean.TextBlock;
import java.util.Locale;

/** README's cleaner, word for word. */
public final class PodcastPromoCleaner implements Cleaner {

    @Override
    public void clean(Page page) {
        for (TextBlock block : page.kept()) {
            if (block.text().toLowerCase(Locale.ROOT).startsWith("listen to the example daily")) {
                page.removeRange(block.index(), page.blocks().size(), "podcast promotion and what follows");
                return;
            }
        }
    }

    @Override
    public Scope scope() {
        return Scope.hosts("news.example.com");
    }
}
