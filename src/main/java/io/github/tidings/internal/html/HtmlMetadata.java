package io.github.tidings.internal.html;

import io.github.tidings.internal.metadata.DateParser;
import io.github.tidings.internal.metadata.Found;
import io.github.tidings.internal.words.TextNormalizer;
import io.github.tidings.model.Hints;
import io.github.tidings.model.Limits;
import io.github.tidings.model.Published;
import java.text.Normalizer;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * Reads what a page's markup states about its article: JSON-LD (schema.org Article and its kinds,
 * also inside {@code @graph}, with {@code @id} references resolved), OpenGraph and
 * {@code article:*} metas, other named metas, {@code <time datetime>}, {@code <html lang>} and
 * {@code <title>}. Each field takes the first usable source in a fixed order of preference; the
 * title is settled later against the page's visible blocks ({@link TitleChooser}).
 */
final class HtmlMetadata {
    static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting",
            "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle",
            "reviewnewsarticle", "askpublicnewsarticle", "satiricalarticle", "techarticle", "scholarlyarticle",
            "report", "socialmediaposting", "liveblogposting", "discussionforumposting", "posting");
    private static final Set<String> PAGE_TYPES = Set.of("webpage", "itempage", "medicalwebpage");
    /** Page-level nodes whose date is the article's when no article node states one. */
    private static final Set<String> DATED_PAGE_TYPES = Set.of("webpage", "itempage", "medicalwebpage",
            "aboutpage", "claimreview", "creativework");

    private static final List<String> TITLE_META = List.of("og:title", "twitter:title", "headline", "title",
            "parsely-title", "sailthru.title", "dc.title", "dcterms.title");
    private static final List<String> DATE_META = List.of("article:published_time",
            "og:article:published_time", "article:published", "og:published_time", "datepublished",
            "pubdate", "publishdate", "publish-date", "publish_date", "dc.date.issued", "dcterms.issued",
            "sailthru.date", "parsely-pub-date", "article.published", "og:pubdate", "pub_date", "published_at",
            "published");
    /**
     * Metas that name a date without saying of what: content systems stamp them with a document's
     * creation or last edit as often as with its publication, so a date the markup marks as
     * published ({@code itemprop=datePublished}) goes before them.
     */
    private static final List<String> GENERIC_DATE_META = List.of("date", "dc.date", "dcterms.date",
            "dcterms.created", "datecreated");
    private static final List<String> AUTHOR_META = List.of("article:author", "og:article:author", "author",
            "sailthru.author", "parsely-author", "dc.creator", "dcterms.creator", "article_author", "byl");
    private static final List<String> LANGUAGE_META = List.of("content-language", "language", "dc.language",
            "og:locale", "inlanguage");
    private static final List<String> SITE_META = List.of("og:site_name");
    private static final List<String> APP_NAME_META = List.of("application-name", "apple-mobile-web-app-title");

    /** Title separators, tried in this order; ": " only cuts a prefix that names the site. */
    private static final List<String> SEPARATORS = List.of(" | ", " - ", " – ", " — ", " :: ", " · ", " • ",
            " « ", " » ", " ~ ", " / ");

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d{1,9})?)?\\s?(Z|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final Pattern LANG = Pattern.compile("\\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8}){0,3}\\s*");
    private static final Pattern BY = Pattern.compile("(?i)^(?:by|von|par|por|di|door|av|od)[:\\s]+");
    /** "Analysis by Name": up to two words before a "by". */
    private static final Pattern LEADING_BY = Pattern.compile("(?i)^(?:[\\p{L}]{1,20}\\s){1,2}by\\s+");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(\\p{L}{3,})\\.\\s+(?=\\p{Lu})");
    // Compiled once here rather than by String.split, matches and replaceAll on every call.
    private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\s*(?:;|\\band\\b|&|\\+)\\s*");
    private static final Pattern AFFILIATION_SEPARATOR = Pattern.compile("\\s*[,|]\\s*");
    private static final Pattern OUTER_PUNCTUATION = Pattern.compile("^[ .,;:\\-–—]+|[ .,;:\\-–—]+$");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]{1,40}");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");

    /** Queries compiled once: compiling one costs more than running it over a head. */
    private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical][href]");
    private static final Evaluator TITLE = QueryParser.parse("title");

    /** Metadata titles, most preferred first. */
    final List<String> titles = new ArrayList<>();
    /** Site names, most preferred first. */
    final List<String> siteNames = new ArrayList<>();
    /** The {@code <title>} text. */
    String documentTitle = "";
    /** The page's host, which names the site where no metadata does. */
    private HostName host = HostName.of("");
    /** The JSON-LD article's articleBody, if any. */
    String articleBody = "";
    final Found found = new Found();

    /** Meta values by lower-case name, as written; {@link #metaValues} cleans a name's values on first use. */
    private final Map<String, List<String>> metas = new HashMap<>();
    private final Set<String> cleanedMetas = new java.util.HashSet<>();
    private final List<String> authorCandidatesText = new ArrayList<>();
    /** Whether the authors were read from a byline the markup marks ({@link MarkupByline}), no metadata naming any. */
    private boolean authorsFromMarkedByline;
    /** The body's first breadcrumb markup, as the block walk found it, for {@link Categories}. */
    @Nullable Element breadcrumb;
    /** The head's first {@code title} and canonical link, as {@link #read} found them, or null. */
    @Nullable Element headTitle;
    @Nullable Element canonical;
    /** The body's first byline marks, as the block walk found them, for {@link MarkupByline}; null: not known. */
    private @Nullable List<Element> bylineMarks;

    private HtmlMetadata() {
    }

    /**
     * Reads the metadata.
     *
     * @param bodyElements the body's {@code meta}, JSON-LD {@code script}, {@code time} and
     *     {@code itemprop} elements, in document order (the block walk gathers them)
     */
    static HtmlMetadata read(Document doc, List<Element> bodyElements) {
        return read(doc, bodyElements, Categories.first(doc), Limits.defaults());
    }

    /**
     * Reads the metadata, with JSON-LD read within the limits.
     *
     * @param breadcrumb the body's first element marking a breadcrumb ({@link Categories#first}), or null
     */
    static HtmlMetadata read(Document doc, List<Element> bodyElements, @Nullable Element breadcrumb, Limits limits) {
        return read(doc, bodyElements, breadcrumb, null, limits);
    }

    /**
     * Reads the metadata, with JSON-LD read within the limits.
     *
     * @param breadcrumb the body's first element marking a breadcrumb ({@link Categories#first}), or null
     * @param bylineMarks the body's first byline marks as the block walk found them ({@link
     *     BlockCollector#bylineMarks}), or null to look for them in the document
     */
    static HtmlMetadata read(Document doc, List<Element> bodyElements, @Nullable Element breadcrumb,
            @Nullable List<Element> bylineMarks, Limits limits) {
        HtmlMetadata m = new HtmlMetadata();
        m.breadcrumb = breadcrumb;
        m.bylineMarks = bylineMarks;
        List<Element> all = new ArrayList<>();
        Element head = doc.head();
        if (head != null) {
            // Only the kinds of element the readers below look at, as the body walk gathers them:
            // a head holds many links, styles and scripts, each read several times otherwise. The
            // first title and canonical link are told on the same pass, not by a selector scan each.
            for (Element e : head.getAllElements()) {
                if (isMetadataElement(e)) {
                    all.add(e);
                }
                if (m.headTitle == null && TITLE.matches(head, e)) {
                    m.headTitle = e;
                }
                if (m.canonical == null && e.attributesSize() > 0 && CANONICAL.matches(head, e)) {
                    m.canonical = e;
                }
            }
        }
        all.addAll(bodyElements);
        m.readMetas(all);
        m.readAll(doc, all, limits);
        return m;
    }

    /** A {@code meta}, a JSON-LD {@code script}, a {@code time} with a datetime, or an element with an {@code itemprop}. */
    private static boolean isMetadataElement(Element e) {
        String tag = e.normalName();
        if (tag.equals("meta")) {
            return true;
        }
        if (e.attributesSize() == 0) {
            return false;
        }
        return tag.equals("script") && e.attr("type").contains("ld+json") || e.hasAttr("itemprop")
                || tag.equals("time") && e.hasAttr("datetime");
    }

    private void readMetas(List<Element> elements) {
        for (Element e : elements) {
            if (!e.normalName().equals("meta")) {
                continue;
            }
            String content = e.attr("content");
            if (content.isBlank()) {
                continue;
            }
            for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String k = e.attr(attr);
                if (!k.isEmpty()) {
                    // Cleaned when read: most metas (viewport, images, descriptions) never are.
                    metas.computeIfAbsent(k.strip().toLowerCase(Locale.ROOT), x -> new ArrayList<>()).add(content);
                    break;
                }
            }
        }
    }

    /** The cleaned values of the metas of that name, in document order. */
    private List<String> metaValues(String key) {
        List<String> values = metas.get(key);
        if (values == null) {
            return List.of();
        }
        if (cleanedMetas.add(key)) {
            values.replaceAll(HtmlMetadata::clean);
        }
        return values;
    }

    private List<String> meta(List<String> keys) {
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            for (String v : metaValues(k)) {
                if (!v.isEmpty()) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    private void readAll(Document doc, List<Element> elements, Limits limits) {
        JsonLd ld = JsonLd.read(elements, limits);
        Map<String, Object> art = ld.first(ARTICLE_TYPES);
        List<Map<String, Object>> pages = ld.ofType(PAGE_TYPES);

        // site name
        for (String s : meta(SITE_META)) {
            found.candidate("siteName", s, "meta:og:site_name");
            addSite(s);
        }
        if (art != null) {
            Object pub = ld.resolve(art.get("publisher"));
            if (pub instanceof List<?> l && !l.isEmpty()) {
                pub = ld.resolve(l.get(0));
            }
            String pubName = pub instanceof Map<?, ?> pm ? str(pm.get("name")) : str(pub);
            if (!pubName.isEmpty() && pubName.length() <= 120) {
                found.publisher(pubName);
                found.candidate("publisher", pubName, "json-ld:publisher.name");
                found.candidate("siteName", pubName, "json-ld:publisher.name");
            }
            addSite(pubName);
        }
        for (Map<String, Object> site : ld.ofType(Set.of("website"))) {
            found.candidate("siteName", str(site.get("name")), "json-ld:WebSite.name");
            addSite(str(site.get("name")));
        }
        for (String s : meta(APP_NAME_META)) {
            if (s.split(" ").length <= 4) {
                addSite(s);
            }
        }
        // a bare lower-case slug ("dailynews") gives way to a spelled-out name
        if (siteNames.size() > 1 && SLUG.matcher(siteNames.get(0)).matches()) {
            for (int i = 1; i < siteNames.size(); i++) {
                if (!SLUG.matcher(siteNames.get(i)).matches()) {
                    siteNames.add(0, siteNames.remove(i));
                    break;
                }
            }
        }

        // titles
        if (art != null) {
            for (String k : new String[] {"headline", "name", "alternativeHeadline"}) {
                String h = str(art.get(k));
                if (!h.isEmpty()) {
                    titles.add(h);
                    found.candidate("title", h, "json-ld:" + k);
                    break;
                }
            }
        }
        for (String k : TITLE_META) {
            for (String v : metaValues(k)) {
                if (!v.isEmpty()) {
                    titles.add(v);
                    found.candidate("title", v, "meta:" + k);
                }
            }
        }
        Element titleEl = headTitle;
        if (titleEl != null) {
            documentTitle = clean(titleEl.text());
            if (!documentTitle.isEmpty()) {
                titles.add(documentTitle);
                found.candidate("title", documentTitle, "html:<title>");
            }
        }

        // published
        List<Object> dates = new ArrayList<>();
        List<String> dateSources = new ArrayList<>();
        if (art != null) {
            dates.add(art.get("datePublished"));
            dateSources.add("json-ld:datePublished");
        }
        for (String k : DATE_META) {
            for (String v : metaValues(k)) {
                if (!v.isEmpty()) {
                    dates.add(v);
                    dateSources.add("meta:" + k);
                }
            }
        }
        for (Map<String, Object> p : ld.ofType(DATED_PAGE_TYPES)) {
            dates.add(p.get("datePublished"));
            dateSources.add("json-ld:WebPage.datePublished");
        }
        if (art != null) {
            dates.add(art.get("dateCreated"));
            dateSources.add("json-ld:dateCreated");
        }
        for (Element t : elements) {
            if (!t.normalName().equals("meta") && t.attr("itemprop").equalsIgnoreCase("datePublished")) {
                dates.add(t.hasAttr("datetime") ? t.attr("datetime")
                        : t.hasAttr("content") ? t.attr("content") : t.text());
                dateSources.add("html:itemprop=datePublished");
            }
        }
        for (String k : GENERIC_DATE_META) {
            for (String v : metaValues(k)) {
                if (!v.isEmpty()) {
                    dates.add(v);
                    dateSources.add("meta:" + k);
                }
            }
        }
        for (Element t : elements) {
            if (t.normalName().equals("time") && t.hasAttr("datetime")) {
                dates.add(t.attr("datetime"));
                dateSources.add("html:<time datetime>");
            }
        }
        // The first date that parses is taken; a few more are parsed as the rejected candidates of
        // the provenance (a page may have hundreds of <time> elements, and parsing costs).
        Published published = null;
        boolean local = false;
        for (int i = 0, parsed = 0; i < dates.size() && parsed < MAX_DATE_CANDIDATES; i++) {
            Published p = parseDate(str(dates.get(i)));
            if (p != null) {
                parsed++;
                if (published == null) {
                    published = p;
                } else if (!local && sameInstantInLocalTime(published, p)) {
                    // Sites often state the time in UTC in their metadata and in their own time zone
                    // on the page: the same instant, but the day readers saw is the local one.
                    published = p;
                    local = true;
                }
                // the value as the source wrote it: formatting each parsed date costs more than reading it
                found.candidate("published", str(dates.get(i)), dateSources.get(i));
            }
        }
        if (published != null) {
            found.published(published);
        }
        readModified(art, elements);

        // authors
        List<List<String>> authorSources = new ArrayList<>();
        List<String> authorSourceNames = new ArrayList<>();
        if (art != null) {
            authorSources.add(ldNames(ld, art.get("author")));
            authorSourceNames.add("json-ld:author");
            authorSources.add(ldNames(ld, art.get("creator")));
            authorSourceNames.add("json-ld:creator");
        }
        for (String k : AUTHOR_META) {
            for (String v : metaValues(k)) {
                authorSources.add(splitAuthors(v));
                authorSourceNames.add("meta:" + k);
            }
        }
        for (Map<String, Object> p : pages) {
            authorSources.add(ldNames(ld, p.get("author")));
            authorSourceNames.add("json-ld:WebPage.author");
        }
        for (int si = 0; si < authorSources.size(); si++) {
            List<String> names = authorSources.get(si);
            List<String> kept = new ArrayList<>();
            // a set, not a scan of the kept names: a page may list tens of thousands of authors
            Set<String> seen = new HashSet<>();
            for (String n : names) {
                if (isSiteName(n) || !seen.add(ignoringCase(n))) {
                    continue;
                }
                kept.add(n);
            }
            if (!kept.isEmpty()) {
                authorCandidatesText.add(String.join("\u0000", kept));
                found.candidate("authors", String.join(", ", kept), authorSourceNames.get(si));
            }
        }
        if (authorCandidatesText.isEmpty()) {
            // no metadata names the author: a byline the markup marks does
            List<String> marked = MarkupByline.names(doc, bylineMarks);
            if (!marked.isEmpty()) {
                authorsFromMarkedByline = true;
                authorCandidatesText.add(String.join("\u0000", marked));
                found.candidate("authors", String.join(", ", marked), "html:marked byline");
            }
        }
        if (!authorCandidatesText.isEmpty()) {
            found.authors().addAll(List.of(authorCandidatesText.get(0).split("\u0000")));
        }

        // language
        List<String> langs = new ArrayList<>();
        List<String> langSources = new ArrayList<>();
        Element html = doc.childrenSize() > 0 ? doc.child(0) : null;
        if (html != null) {
            langs.add(html.attr("lang"));
            langSources.add("html:<html lang>");
            langs.add(html.attr("xml:lang"));
            langSources.add("html:<html xml:lang>");
        }
        for (String k : LANGUAGE_META) {
            for (String v : metaValues(k)) {
                langs.add(v);
                langSources.add("meta:" + k);
            }
        }
        if (art != null) {
            langs.add(str(art.get("inLanguage")));
            langSources.add("json-ld:inLanguage");
        }
        for (int i = 0; i < langs.size(); i++) {
            Matcher lm = LANG.matcher(langs.get(i));
            if (lm.matches()) {
                String l = lm.group(1).toLowerCase(Locale.ROOT);
                if (found.language().isEmpty()) {
                    found.language(l);
                }
                found.candidate("declaredLanguage", l, langSources.get(i));
            }
        }

        // body, url, section
        if (art != null) {
            articleBody = str(art.get("articleBody"));
            String section = str(art.get("articleSection"));
            if (!section.isEmpty() && section.length() <= 80) {
                found.section(section);
                found.candidate("section", section, "json-ld:articleSection");
            }
        }
        for (String s : meta(List.of("article:section"))) {
            if (s.length() <= 80) {
                if (found.section().isEmpty()) {
                    found.section(s);
                }
                found.candidate("section", s, "meta:article:section");
            }
        }
        Element canonical = this.canonical;
        String url = canonical != null ? canonical.absUrl("href") : "";
        String urlSource = "link:canonical";
        if (url.isEmpty()) {
            url = meta(List.of("og:url")).stream().filter(u -> u.startsWith("http")).findFirst().orElse("");
            urlSource = "meta:og:url";
        }
        host = HostName.of(url.startsWith("http") ? url : doc.baseUri());
        if (url.startsWith("http")) {
            found.url(url);
            String web = io.github.tidings.internal.text.UrlResolver.webUrl(url);
            if (web != null) {
                found.canonicalUrl(web);
                found.candidate("canonicalUrl", web, urlSource);
                found.candidate("url", web, urlSource);
            }
        }
        dayFromAddress(url.startsWith("http") ? url : doc.baseUri());
        PageExtras.read(this, doc, art, ld);
        siteNames.stream().findFirst().ifPresent(found::siteName);
    }

    /**
     * Picks the author names that the page also shows: when the first source's names are not all
     * in the visible text but a later source's are, the later one is the byline readers see.
     */
    void preferVisibleAuthors(VisibleText visible) {
        if (authorCandidatesText.isEmpty()) {
            return;
        }
        if (allVisible(authorCandidatesText.get(0), visible)) {
            found.authorsShown(statedNames(authorCandidatesText.get(0)));
            return;
        }
        for (int i = 1; i < authorCandidatesText.size(); i++) {
            if (allVisible(authorCandidatesText.get(i), visible)) {
                found.authors().clear();
                found.authors().addAll(List.of(authorCandidatesText.get(i).split("\u0000")));
                found.authorsShown(statedNames(authorCandidatesText.get(i)));
                return;
            }
        }
    }

    /**
     * Whether the names are stated by the metadata, not read from a byline the markup marks, and
     * each has two words at least: a person's name, not an agency's, a site's or a user's.
     */
    private boolean statedNames(String joined) {
        if (authorsFromMarkedByline) {
            return false;
        }
        for (String n : joined.split("\u0000")) {
            if (n.strip().indexOf(' ') < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean allVisible(String joined, VisibleText visibleFolded) {
        for (String n : joined.split("\u0000")) {
            if (!visibleFolded.contains(fold(n))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The day the article's address states ({@link UrlDate}) is its publication day when the
     * metadata states none or another day: a metadata date that disagrees with the address is
     * most often a date the template stamps (the last edit, the page's rendering, a UTC time that
     * is already the next day), while the address keeps the day the article went out. The day
     * alone is kept, since the address says nothing of the time.
     */
    private void dayFromAddress(String address) {
        java.time.LocalDate day = UrlDate.of(address).orElse(null);
        if (day == null || found.published().filter(p -> p.date().equals(day)).isPresent()) {
            return;
        }
        found.published(Published.of(day));
        found.chosenCandidate("published", day.toString(), "url:path");
    }

    /** Dates parsed per field: the chosen one and a few rejected candidates for its provenance. */
    private static final int MAX_DATE_CANDIDATES = 4;

    /** The date of the last change: only from what states a change, never from a publication date's sources. */
    private void readModified(@Nullable Map<String, Object> art, List<Element> elements) {
        List<Object> dates = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        if (art != null) {
            dates.add(art.get("dateModified"));
            sources.add("json-ld:dateModified");
        }
        for (String k : List.of("article:modified_time", "og:updated_time", "last-modified", "dcterms.modified")) {
            for (String v : metaValues(k)) {
                dates.add(v);
                sources.add("meta:" + k);
            }
        }
        for (Element t : elements) {
            if (!t.normalName().equals("meta") && t.attr("itemprop").equalsIgnoreCase("dateModified")) {
                dates.add(t.hasAttr("datetime") ? t.attr("datetime") : t.hasAttr("content") ? t.attr("content") : t.text());
                sources.add("html:itemprop=dateModified");
            }
        }
        for (int i = 0, parsed = 0; i < dates.size() && parsed < MAX_DATE_CANDIDATES; i++) {
            Published p = parseDate(str(dates.get(i)));
            if (p != null) {
                parsed++;
                if (found.modified().isEmpty()) {
                    found.modified(p);
                }
                found.candidate("modified", str(dates.get(i)), sources.get(i));
            }
        }
    }

    /**
     * The values of the metas of a name as the page wrote them (cleaned if another reader has
     * asked for them already), for {@link PageExtras}, which cleans only what it keeps.
     */
    List<String> rawMetaOf(String key) {
        List<String> values = metas.get(key);
        return values == null ? List.of() : values;
    }

    /** The string a JSON-LD value holds (the first string of a list), uncleaned; empty when none. */
    static String rawStr(@Nullable Object o) {
        if (o instanceof String s) {
            return s;
        }
        if (o instanceof List<?> l) {
            for (Object x : l) {
                if (x instanceof String s) {
                    return s;
                }
            }
        }
        return "";
    }

    private void addSite(String s) {
        if (s.isEmpty() || s.length() > 80 || s.startsWith("@") || s.regionMatches(true, 0, "http", 0, 4)
                || s.regionMatches(true, 0, "www.", 0, 4)) {
            return;
        }
        int bar = s.indexOf(" | ");
        if (bar > 0) {
            s = s.substring(0, bar).strip();
        }
        if (s.equalsIgnoreCase("blogger") || s.equalsIgnoreCase("wordpress")) {
            return;
        }
        if (!siteNames.contains(s)) {
            siteNames.add(s);
        }
    }

    boolean isSiteName(String name) {
        String b = bare(name);
        for (String s : siteNames) {
            if (!b.isEmpty() && b.equals(bare(s))) {
                return true;
            }
        }
        return host.names(name);
    }

    /** The title with one leading or trailing segment cut: pairs of (rest, cut segment). */
    List<String[]> variants(String title) {
        List<String[]> out = new ArrayList<>();
        for (String sep : SEPARATORS) {
            int last = title.lastIndexOf(sep);
            if (last > 0) {
                String head = title.substring(0, last).strip();
                String tail = title.substring(last + sep.length()).strip();
                if (!head.isEmpty() && tail.length() <= 60) {
                    out.add(new String[] {head, tail});
                }
                int first = title.indexOf(sep);
                String pre = title.substring(0, first).strip();
                String post = title.substring(first + sep.length()).strip();
                if (!post.isEmpty() && pre.length() <= 60) {
                    out.add(new String[] {post, pre});
                }
            }
        }
        int colon = title.indexOf(": ");
        if (colon > 0 && colon <= 60 && isSiteName(title.substring(0, colon))) {
            out.add(new String[] {title.substring(colon + 2).strip(), title.substring(0, colon)});
        }
        return out;
    }

    /** When no metadata names the site, the segment a title carries beside the headline does. */
    void siteFromTitle(String chosenTitle) {
        if (!siteNames.isEmpty() || documentTitle.isEmpty() || chosenTitle.isEmpty()) {
            return;
        }
        for (String[] v : variants(documentTitle)) {
            if (fold(v[0]).equals(fold(chosenTitle)) && v[1].split(" ").length <= 4 && !HAS_DIGIT.matcher(v[1]).matches()) {
                siteNames.add(v[1]);
                found.siteName(v[1]);
                return;
            }
        }
    }

    // ------------------------------------------------------------------ values

    /** Whether {@code later} is the UTC time {@code first} as stated with a local, non-zero offset. */
    static boolean sameInstantInLocalTime(Published first, Published later) {
        if (first.offset().isEmpty() || !first.offset().get().equals(java.time.ZoneOffset.UTC)
                || later.offset().isEmpty() || later.offset().get().equals(java.time.ZoneOffset.UTC)) {
            return false;
        }
        long seconds = java.time.Duration.between(first.offsetDateTime().orElseThrow(),
                later.offsetDateTime().orElseThrow()).abs().getSeconds();
        return seconds <= 120;
    }

    static @Nullable Published parseDate(String value) {
        if (value.isEmpty()) {
            return null;
        }
        String v = value.length() > 64 ? value.substring(0, 64) : value;
        Matcher m = ISO.matcher(v.strip());
        if (!m.lookingAt()) {
            // Some pages put a written date in their metadata ("November 19, 2019, 07:47 PM EST").
            return DateParser.parse(v, Hints.none()).orElse(null);
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 1990 || year > 2100) {
            return null; // placeholders such as 0001-01-01
        }
        StringBuilder iso = new StringBuilder(m.group(1)).append('-').append(m.group(2)).append('-')
                .append(m.group(3));
        if (m.group(4) != null) {
            iso.append('T').append(m.group(4)).append(':').append(m.group(5));
            if (m.group(6) != null) {
                iso.append(':').append(m.group(6));
            }
            String off = m.group(7);
            if (off != null) {
                if (off.equals("Z")) {
                    iso.append('Z');
                } else if (off.length() == 3) {
                    iso.append(off).append(":00");
                } else if (off.length() == 5) {
                    iso.append(off, 0, 3).append(':').append(off, 3, 5);
                } else {
                    iso.append(off);
                }
            }
        }
        try {
            return Published.parse(iso);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return null;
        }
    }

    private static List<String> ldNames(JsonLd ld, @Nullable Object value) {
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        List<?> items = value instanceof List<?> l ? l : List.of(value);
        for (Object o : items) {
            Object v = ld.resolve(o);
            if (v instanceof String s) {
                out.addAll(splitAuthors(s));
            } else if (v instanceof Map<?, ?> m) {
                Object name = m.get("name");
                if (name instanceof List<?> nl) {
                    for (Object n : nl) {
                        out.addAll(splitAuthors(str(n)));
                    }
                } else {
                    out.addAll(splitAuthors(str(name)));
                }
            }
        }
        return out;
    }

    private static final Set<String> NOT_NAMES = Set.of("admin", "administrator", "webmaster", "editor", "author",
            "user", "root", "guest", "editorial", "staff");

    /** "By A and B, Staff Writer" gives A and B: a byline's names without titles or affiliations. */
    static List<String> splitAuthors(String raw) {
        List<String> out = new ArrayList<>();
        String s = clean(raw);
        if (s.isEmpty() || s.length() > 300 || s.regionMatches(true, 0, "http", 0, 4)
                || s.regionMatches(true, 0, "www.", 0, 4)) {
            return out;
        }
        s = LEADING_BY.matcher(s).replaceFirst("");
        s = BY.matcher(s).replaceFirst("");
        // "Name. Agency" reads as "Name, Agency"
        s = SENTENCE_BREAK.matcher(s).replaceAll("$1, ");
        for (String part : AUTHOR_SEPARATOR.split(s)) {
            // after a comma come job titles and affiliations ("Name, Staff Writer"), not names
            String[] segs = AFFILIATION_SEPARATOR.split(part);
            for (int i = 0; i < Math.min(1, segs.length); i++) {
                String n = segs[i].strip();
                n = BY.matcher(n).replaceFirst("");
                n = OUTER_PUNCTUATION.matcher(n).replaceAll("");
                if (n.isEmpty() || n.contains("@") || n.regionMatches(true, 0, "http", 0, 4)
                        || NOT_NAMES.contains(n.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                if (n.length() > 3 && n.indexOf(' ') > 0 && n.equals(n.toUpperCase(Locale.ROOT))) {
                    n = titleCase(n);
                }
                out.add(n);
            }
        }
        return out;
    }

    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return b.toString();
    }

    /** A JSON value as text: strings cleaned, the first string of a list, else empty. */
    static String str(@Nullable Object o) {
        if (o instanceof String s) {
            return clean(s);
        }
        if (o instanceof List<?> l) {
            for (Object x : l) {
                if (x instanceof String s) {
                    return clean(s);
                }
            }
        }
        return "";
    }

    /** Markup values carry entities (sometimes twice escaped) and stray tags: read them as text. */
    static String clean(String s) {
        if (s.isEmpty()) {
            return s;
        }
        String t = s.length() > 100_000 ? s.substring(0, 100_000) : s;
        if (t.indexOf('<') >= 0 || mayHoldEntity(t)) {
            t = org.jsoup.parser.Parser.unescapeEntities(t, false);
            if (t.indexOf('<') >= 0) {
                t = org.jsoup.Jsoup.parse(t).text(); // iterative; strips tags
            }
            if (mayHoldEntity(t)) {
                t = org.jsoup.parser.Parser.unescapeEntities(t, false);
            }
        }
        return TextNormalizer.normalize(t).replace('\n', ' ').strip();
    }

    /**
     * The key under which {@link String#equalsIgnoreCase} sees two names as one: each character
     * upper-cased, then lower-cased, as that method compares them.
     */
    static String ignoringCase(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Character.toLowerCase(Character.toUpperCase(s.charAt(i)));
        }
        return new String(out);
    }

    /**
     * Whether an entity may start in the text: an {@code &} followed by a letter or {@code #}.
     * Unescaping text without one changes nothing, and each unescape sets up a whole jsoup parser.
     */
    static boolean mayHoldEntity(String s) {
        int n = s.length();
        for (int i = s.indexOf('&'); i >= 0 && i + 1 < n; i = s.indexOf('&', i + 1)) {
            char c = s.charAt(i + 1);
            if (c == '#' || c >= 0x80 || (c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link #fold(String)} of a block's text: a {@linkplain BlockCollector.Raw#plainAscii plain
     * ASCII} text has single spaces and nothing to compose or map, so lower case is its fold.
     */
    static String fold(BlockCollector.Raw b) {
        String f = b.fold;
        if (f == null) {
            f = b.plainAscii ? b.text.toLowerCase(Locale.ROOT) : fold(b.text);
            b.fold = f;
        }
        return f;
    }

    /**
     * The text as compared with titles and names: NFKC, lower case, curly quotes and dashes
     * straightened, soft hyphens dropped, runs of spaces made one, no space at either end.
     */
    static String fold(String s) {
        // NFKC changes nothing in ASCII text, and normalising a whole page is costly.
        String t = (TextNormalizer.isAscii(s) ? s : TextNormalizer.nfkc(s)).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(t.length());
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032' -> c = '\'';
                case '\u201c', '\u201d', '\u201e' -> c = '"';
                case '\u2013', '\u2014', '\u2012', '\u2212' -> c = '-';
                case '\u00ad' -> {
                    continue;
                }
                default -> {
                }
            }
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(c);
        }
        return b.toString();
    }

    private static String bare(String name) {
        String f = fold(name);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < f.length(); i++) {
            if (Character.isLetterOrDigit(f.charAt(i))) {
                b.append(f.charAt(i));
            }
        }
        String a = b.toString();
        return a.startsWith("the") && a.length() > 5 ? a.substring(3) : a;
    }

    /** The JSON-LD nodes of a page, breadth first, with {@code @id} references resolvable. */
    static final class JsonLd {
        final List<Map<String, Object>> nodes = new ArrayList<>();
        final Map<String, Map<String, Object>> byId = new HashMap<>();

        @SuppressWarnings("unchecked")
        static JsonLd read(List<Element> elements, Limits limits) {
            JsonLd ld = new JsonLd();
            Deque<Object> queue = new ArrayDeque<>();
            long chars = 0;
            for (Element s : elements) {
                if (s.normalName().equals("script") && s.attr("type").contains("ld+json")) {
                    String data = s.data();
                    chars += data.length();
                    if (chars > limits.maxJsonLdChars()) {
                        break; // Limits#maxJsonLdChars: the scripts so far are what the page's metadata is read from
                    }
                    queue.addAll(JsonReader.readAll(data, limits.maxJsonArrayLength()));
                }
            }
            int budget = 100_000; // bounds work on hostile input
            while (!queue.isEmpty() && budget-- > 0) {
                Object x = queue.poll();
                if (x instanceof Map<?, ?> m) {
                    Map<String, Object> node = (Map<String, Object>) m;
                    ld.nodes.add(node);
                    queue.addAll(node.values());
                } else if (x instanceof List<?> l) {
                    queue.addAll(l);
                }
            }
            for (Map<String, Object> n : ld.nodes) {
                if (n.get("@id") instanceof String id && n.size() > 1) {
                    ld.byId.putIfAbsent(id, n);
                }
            }
            return ld;
        }

        @Nullable Object resolve(@Nullable Object x) {
            if (x instanceof Map<?, ?> m && m.get("@id") instanceof String id && m.size() <= 2
                    && (m.size() == 1 || m.containsKey("@type"))) {
                Map<String, Object> target = byId.get(id);
                return target != null ? target : x;
            }
            return x;
        }

        @Nullable Map<String, Object> first(Set<String> types) {
            for (Map<String, Object> n : nodes) {
                if (hasType(n, types)) {
                    return n;
                }
            }
            return null;
        }

        List<Map<String, Object>> ofType(Set<String> types) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (Map<String, Object> n : nodes) {
                if (hasType(n, types)) {
                    out.add(n);
                }
            }
            return out;
        }

        private static boolean hasType(Map<String, Object> n, Set<String> types) {
            Object t = n.containsKey("@type") ? n.get("@type") : n.get("type");
            List<?> ts = t instanceof List<?> l ? l : t == null ? List.of() : List.of(t);
            for (Object o : ts) {
                if (o instanceof String s) {
                    String k = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf(':')) + 1)
                            .toLowerCase(Locale.ROOT);
                    if (types.contains(k)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
