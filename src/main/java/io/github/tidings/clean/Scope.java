package io.github.tidings.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where a {@link Cleaner} applies: on every page, on pages from some hosts, on pages that contain a
 * signature (a line a site's boilerplate always has), or both. Immutable.
 *
 * <p>Host patterns are matched against the host in the parse's hints (or found in the page). A
 * pattern {@code example.com} matches {@code example.com} and every subdomain such as
 * {@code www.example.com}; {@code *.example.com} matches subdomains only. Matching ignores case.
 * A cleaner limited to hosts does not run when the host is unknown.
 */
public final class Scope {
    private static final Scope EVERYWHERE = new Scope(List.of(), null, false);

    private final List<String> hosts;
    private final @Nullable Pattern signature;
    /** Whether the signature stands in for the hosts when the host is unknown, rather than adding to them. */
    private final boolean signatureWithoutHost;

    private Scope(List<String> hosts, @Nullable Pattern signature) {
        this(hosts, signature, false);
    }

    private Scope(List<String> hosts, @Nullable Pattern signature, boolean signatureWithoutHost) {
        this.hosts = List.copyOf(hosts);
        this.signature = signature;
        this.signatureWithoutHost = signatureWithoutHost;
    }

    /** Applies to every page. */
    public static Scope everywhere() {
        return EVERYWHERE;
    }

    /**
     * Applies to pages from the given hosts and their subdomains.
     *
     * @throws IllegalArgumentException if no pattern is given or a pattern is blank
     */
    public static Scope hosts(String... patterns) {
        if (patterns.length == 0) {
            throw new IllegalArgumentException("at least one host pattern is needed");
        }
        List<String> hs = new ArrayList<>();
        for (String p : patterns) {
            String h = Objects.requireNonNull(p, "host pattern").trim().toLowerCase(Locale.ROOT);
            if (h.isEmpty() || h.equals("*.")) {
                throw new IllegalArgumentException("blank host pattern");
            }
            hs.add(h);
        }
        return new Scope(hs, null);
    }

    /**
     * Applies to pages with a block in which {@code signature} is found
     * ({@link java.util.regex.Matcher#find()}). Keep the pattern simple: it runs over every block.
     */
    public static Scope signature(Pattern signature) {
        return new Scope(List.of(), Objects.requireNonNull(signature, "signature"));
    }

    /** Applies to pages with a block containing {@code text} literally. */
    public static Scope signature(String text) {
        return signature(Pattern.compile(Pattern.quote(Objects.requireNonNull(text, "text"))));
    }

    /**
     * Applies to pages from the hosts (and their subdomains), and to pages whose host is unknown
     * that have a block containing {@code signature} literally: a site known by its URL when
     * there is one, by a line of its template when there is none (a text dump without a URL).
     *
     * @throws IllegalArgumentException if no host is given or a host pattern is blank
     */
    public static Scope hostsOrSignature(List<String> hosts, String signature) {
        Scope h = hosts(hosts.toArray(new String[0]));
        Pattern p = Pattern.compile(Pattern.quote(Objects.requireNonNull(signature, "signature")));
        return new Scope(h.hosts, p, true);
    }

    /** This scope further limited to pages with the given signature. */
    public Scope withSignature(Pattern signature) {
        return new Scope(hosts, Objects.requireNonNull(signature, "signature"));
    }

    /** The host patterns, empty when any host will do. */
    public List<String> hostPatterns() {
        return hosts;
    }

    /** The signature, when one is required. */
    public Optional<Pattern> signature() {
        return Optional.ofNullable(signature);
    }

    /** Whether a cleaner with this scope runs on the page. */
    public boolean appliesTo(Page page) {
        if (signatureWithoutHost && page.host().isPresent()) {
            return matchesHost(page.host().get());
        }
        if (!hosts.isEmpty() && !signatureWithoutHost) {
            Optional<String> host = page.host();
            if (host.isEmpty() || !matchesHost(host.get())) {
                return false;
            }
        }
        if (signature != null) {
            for (TextBlock b : page.blocks()) {
                if (signature.matcher(b.text()).find()) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    /** Whether the host (lower case) matches one of the patterns. */
    boolean matchesHost(String host) {
        for (String p : hosts) {
            if (p.startsWith("*.")) {
                if (host.endsWith(p.substring(1))) {
                    return true;
                }
            } else if (host.equals(p) || host.endsWith("." + p)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Scope s && s.hosts.equals(hosts) && s.signatureWithoutHost == signatureWithoutHost
                && Objects.equals(s.signature == null ? null : s.signature.pattern(),
                        signature == null ? null : signature.pattern());
    }

    @Override
    public int hashCode() {
        return Objects.hash(hosts, signature == null ? null : signature.pattern(), signatureWithoutHost);
    }

    @Override
    public String toString() {
        if (hosts.isEmpty() && signature == null) {
            return "Scope{everywhere}";
        }
        return "Scope{hosts=" + hosts + (signature == null ? ""
                : (signatureWithoutHost ? ", or without a host signature=" : ", signature=") + signature.pattern()) + "}";
    }
}
