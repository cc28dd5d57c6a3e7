package io.github.tidings.internal.rules;

import io.github.tidings.clean.Scope;
import io.github.tidings.rules.RulesFormatException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * Reads a rules file (the format is documented in {@code io.github.tidings.rules}'s package
 * description) into sites and their rules, checking everything a rule needs so that a mistake
 * fails here, at its line and column, and never makes a rule that silently does nothing: unknown
 * keys, values of the wrong type, missing or extra actions, duplicate names, CSS selectors jsoup
 * cannot parse, patterns without literal text.
 */
final class RulesReader {
    /** The longest rules file read, in characters: far more than any site needs, and bounded memory. */
    static final int MAX_CHARS = 4 << 20;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,63}");
    private static final Pattern HOST = Pattern.compile("(\\*\\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");
    private static final Set<String> INFO_KEYS = Set.of("comment", "count");

    /** One site's rules as loaded. */
    record Site(String name, Scope scope, List<SiteRule> rules) {
    }

    private final String source;

    private RulesReader(String source) {
        this.source = source;
    }

    /**
     * The sites of a rules file.
     *
     * @throws RulesFormatException for any mistake
     */
    static List<Site> read(String text, String source) {
        RulesReader r = new RulesReader(source);
        if (text.length() > MAX_CHARS) {
            throw new RulesFormatException(source, 1, 1, "rules file of " + text.length()
                    + " characters is longer than the maximum " + MAX_CHARS);
        }
        Json.Node root = Json.read(text, source);
        Json.Obj top = r.object(root, "the rules file");
        r.onlyKeys(top, "the rules file", Set.of("sites", "comment"));
        Json.Member sites = r.required(top, "sites", "the rules file");
        Json.Arr list = r.array(sites.value(), "\"sites\"");
        if (list.items().isEmpty()) {
            throw r.error(list, "\"sites\" is empty: a rules file with no site does nothing");
        }
        List<Site> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Json.Node n : list.items()) {
            Site s = r.site(n);
            if (!names.add(s.name())) {
                throw r.error(n, "a second site named \"" + s.name() + "\"");
            }
            out.add(s);
        }
        return out;
    }

    private Site site(Json.Node n) {
        Json.Obj o = object(n, "a site");
        onlyKeys(o, "a site", Set.of("site", "hosts", "signature", "rules", "comment", "count"));
        String name = name(required(o, "site", "a site"), "site");
        List<String> hosts = new ArrayList<>();
        Json.Member h = o.members().get("hosts");
        if (h != null) {
            Json.Arr a = array(h.value(), "\"hosts\"");
            for (Json.Node item : a.items()) {
                hosts.add(host(item));
            }
            if (hosts.isEmpty()) {
                throw error(a, "\"hosts\" is empty");
            }
        }
        Json.Member sig = o.members().get("signature");
        String signature = sig == null ? null : nonBlank(sig.value(), "\"signature\"");
        if (hosts.isEmpty() && signature == null) {
            throw error(o, "site \"" + name + "\" needs \"hosts\" or a \"signature\" (or both) to know its pages");
        }
        Scope scope = signature == null ? Scope.hosts(hosts.toArray(new String[0]))
                : hosts.isEmpty() ? Scope.signature(signature)
                : Scope.hostsOrSignature(hosts, signature);
        Json.Arr rules = array(required(o, "rules", "site \"" + name + "\"").value(), "\"rules\"");
        if (rules.items().isEmpty()) {
            throw error(rules, "\"rules\" of site \"" + name + "\" is empty");
        }
        List<SiteRule> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Json.Node r : rules.items()) {
            SiteRule rule = rule(name, r);
            if (!names.add(rule.name)) {
                throw error(r, "a second rule named \"" + rule.name + "\" in site \"" + name + "\"");
            }
            out.add(rule);
        }
        return new Site(name, scope, SiteRule.rootsSparing(out));
    }

    private SiteRule rule(String site, Json.Node n) {
        Json.Obj o = object(n, "a rule");
        Set<String> allowed = new HashSet<>(INFO_KEYS);
        allowed.add("name");
        for (SiteRule.Action a : SiteRule.Action.values()) {
            allowed.add(a.key);
        }
        onlyKeys(o, "a rule", allowed);
        String name = site + "/" + name(required(o, "name", "a rule"), "name");
        Json.Member action = null;
        SiteRule.Action kind = null;
        for (SiteRule.Action a : SiteRule.Action.values()) {
            Json.Member m = o.members().get(a.key);
            if (m != null) {
                if (action != null) {
                    throw error(m.line(), m.column(), "rule \"" + name + "\" has two actions, \"" + action.key()
                            + "\" and \"" + a.key + "\": make two rules");
                }
                action = m;
                kind = a;
            }
        }
        if (action == null) {
            throw error(o, "rule \"" + name + "\" has no action: expected one of " + actionKeys());
        }
        Json.Node v = action.value();
        return switch (kind) {
            case REMOVE, REMOVE_FROM, REMOVE_UNTIL, KEEP -> SiteRule.ofMatch(name, kind, match(v, action.key()));
            case REMOVE_SELECTOR, KEEP_SELECTOR, ROOT_SELECTOR -> {
                String css = nonBlank(v, "\"" + action.key() + "\"");
                yield SiteRule.ofSelector(name, kind, selector(v, css), css);
            }
            case SITE_NAME -> SiteRule.siteName(name, nonBlank(v, "\"siteName\""));
            case TITLE, PUBLISHED, AUTHORS -> metadata(name, kind, v);
        };
    }

    private SiteRule metadata(String name, SiteRule.Action kind, Json.Node v) {
        String what = "\"" + kind.key + "\"";
        Json.Obj o = object(v, what + " (an object with \"selector\" or \"line\")");
        onlyKeys(o, what, Set.of("selector", "line"));
        Json.Member sel = o.members().get("selector");
        Json.Member line = o.members().get("line");
        if ((sel == null) == (line == null)) {
            throw error(o, what + " needs exactly one of \"selector\" (HTML) and \"line\" (a line pattern)");
        }
        if (sel != null) {
            String css = nonBlank(sel.value(), "\"selector\"");
            return SiteRule.ofSelector(name, kind, selector(sel.value(), css), css);
        }
        return SiteRule.ofMatch(name, kind, textMatch(TextMatch.Kind.PATTERN, line.value()));
    }

    private TextMatch match(Json.Node v, String key) {
        Json.Obj o = object(v, "\"" + key + "\" (an object with \"exact\", \"prefix\" or \"pattern\")");
        onlyKeys(o, "\"" + key + "\"", Set.of("exact", "prefix", "pattern"));
        if (o.members().size() != 1) {
            throw error(o, "\"" + key + "\" needs exactly one of \"exact\", \"prefix\" and \"pattern\"");
        }
        Json.Member m = o.members().values().iterator().next();
        TextMatch.Kind kind = TextMatch.Kind.valueOf(m.key().toUpperCase(Locale.ROOT));
        return textMatch(kind, m.value());
    }

    private TextMatch textMatch(TextMatch.Kind kind, Json.Node v) {
        String text = nonBlank(v, "\"" + kind.key + "\"");
        try {
            return TextMatch.of(kind, text);
        } catch (IllegalArgumentException e) {
            throw error(v, e.getMessage());
        }
    }

    private Evaluator selector(Json.Node at, String css) {
        try {
            return QueryParser.parse(css);
        } catch (Selector.SelectorParseException | IllegalArgumentException e) {
            throw error(at, "not a CSS selector jsoup can read: " + css + " (" + e.getMessage() + ")");
        }
    }

    private String host(Json.Node n) {
        String h = nonBlank(n, "a host").strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("www.")) {
            h = h.substring(4); // the site and all its subdomains, www. among them
        }
        if (!HOST.matcher(h).matches() || h.length() > 253) {
            throw error(n, "not a host name: \"" + ((Json.Str) n).value()
                    + "\" (write example.com, not a URL or a path)");
        }
        return h;
    }

    private String name(Json.Member m, String key) {
        String s = string(m.value(), "\"" + key + "\"");
        if (!NAME.matcher(s).matches()) {
            throw error(m.value(), "\"" + key + "\" must be a word of letters, digits, '.', '_' or '-' (at most 64): \""
                    + s + "\"");
        }
        return s;
    }

    private Json.Obj object(Json.Node n, String what) {
        if (n instanceof Json.Obj o) {
            return o;
        }
        throw error(n, what + " must be an object, not " + n.kind());
    }

    private Json.Arr array(Json.Node n, String what) {
        if (n instanceof Json.Arr a) {
            return a;
        }
        throw error(n, what + " must be an array, not " + n.kind());
    }

    private String string(Json.Node n, String what) {
        if (n instanceof Json.Str s) {
            return s.value();
        }
        throw error(n, what + " must be a string, not " + n.kind());
    }

    private String nonBlank(Json.Node n, String what) {
        String s = string(n, what);
        if (s.isBlank()) {
            throw error(n, what + " is blank");
        }
        return s;
    }

    private Json.Member required(Json.Obj o, String key, String what) {
        Json.Member m = o.members().get(key);
        if (m == null) {
            throw error(o, what + " has no \"" + key + "\"");
        }
        return m;
    }

    private void onlyKeys(Json.Obj o, String what, Set<String> allowed) {
        for (Map.Entry<String, Json.Member> e : o.members().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                String[] known = allowed.toArray(new String[0]);
                Arrays.sort(known);
                throw error(e.getValue().line(), e.getValue().column(), "unknown key \"" + e.getKey() + "\" in "
                        + what + "; expected " + String.join(", ", known));
            }
            Json.Node v = e.getValue().value();
            if (e.getKey().equals("comment") && !(v instanceof Json.Str)) {
                throw error(v, "\"comment\" must be a string, not " + v.kind());
            }
            if (e.getKey().equals("count") && !(v instanceof Json.Num)) {
                throw error(v, "\"count\" must be a number, not " + v.kind());
            }
        }
    }

    private static String actionKeys() {
        List<String> keys = new ArrayList<>();
        for (SiteRule.Action a : SiteRule.Action.values()) {
            keys.add(a.key);
        }
        return String.join(", ", keys);
    }

    private RulesFormatException error(Json.Node n, String problem) {
        return error(n.line(), n.column(), problem);
    }

    private RulesFormatException error(int line, int column, String problem) {
        return new RulesFormatException(source, line, column, problem);
    }
}
