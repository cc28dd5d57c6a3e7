package io.github.tidings.internal.html;

/**
 * Class tokens that name a post's categories and tags, not the element's role. Publishing systems
 * put the post's terms on its element as classes ({@code category-<term>}, {@code tag-<term>}, with
 * the markers {@code hentry}, {@code type-post}, {@code status-publish}, {@code format-standard}
 * beside them): a post filed under "promo videos" or tagged "social media" is no promo box and no
 * sharing bar, so these tokens are left out where class words judge the element.
 */
final class TaxonomyClasses {
    private TaxonomyClasses() {
    }

    /** The class text without its term tokens when it carries a post's markers; else the text itself. */
    static String withoutTerms(String cls) {
        if (cls.indexOf("category-") < 0 && cls.indexOf("tag-") < 0) {
            return cls; // most class texts: no copy
        }
        String[] tokens = cls.split("\\s+");
        boolean post = false;
        for (String t : tokens) {
            if (t.equals("hentry") || t.startsWith("type-") || t.startsWith("status-") || t.startsWith("format-")) {
                post = true;
                break;
            }
        }
        if (!post) {
            return cls;
        }
        StringBuilder out = new StringBuilder(cls.length());
        for (String t : tokens) {
            if (t.startsWith("category-") || t.startsWith("tag-")) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(t);
        }
        return out.toString();
    }
}
