package io.github.tidings.clean;

/**
 * Removes the blocks that the metadata readers consumed: the title repeated at the top, the date
 * line, the byline. Their content lives on in the article's fields.
 */
final class MetadataLineCleaner implements Cleaner {
    @Override
    public void clean(Page page) {
        for (TextBlock b : page.kept()) {
            page.role(b).ifPresent(role -> page.remove(b, switch (role) {
                case TITLE -> "title, read as metadata";
                case DATE -> "date line, read as metadata";
                case BYLINE -> "byline, read as authors";
            }));
        }
    }
}
