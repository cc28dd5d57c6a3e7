package io.github.tidings.model;

import java.net.URI;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the caller knows about an input beyond its text: where it came from, its language, the time
 * zone to read local times in, and the time it was fetched (needed to read relative dates such as
 * {@code 2 hours ago}, which are otherwise ignored). All optional; immutable.
 *
 * <pre>{@code
 * Hints hints = Hints.builder().url("https://example.com/news/1").zone(ZoneId.of("Europe/Istanbul")).build();
 * }</pre>
 */
public final class Hints {
    private static final Hints NONE = new Builder().build();

    private final @Nullable String url;
    private final @Nullable String host;
    private final @Nullable String language;
    private final @Nullable ZoneId zone;
    private final @Nullable ZonedDateTime referenceTime;

    private Hints(Builder b) {
        this.url = b.url;
        this.host = b.host != null ? b.host : hostOf(b.url);
        this.language = b.language;
        this.zone = b.zone;
        this.referenceTime = b.referenceTime;
    }

    /** No hints. */
    public static Hints none() {
        return NONE;
    }

    /** Hints carrying only the source URL (its host is derived from it). */
    public static Hints ofUrl(String url) {
        return builder().url(url).build();
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these hints. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.url = url;
        b.host = host;
        b.language = language;
        b.zone = zone;
        b.referenceTime = referenceTime;
        return b;
    }

    /** The source URL. */
    public Optional<String> url() {
        return Optional.ofNullable(url);
    }

    /** The source host in lower case, given directly or derived from the URL. */
    public Optional<String> host() {
        return Optional.ofNullable(host);
    }

    /** The language, as a BCP 47 tag, when the caller knows it. */
    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    /** The zone that local times without an offset are read in. */
    public Optional<ZoneId> zone() {
        return Optional.ofNullable(zone);
    }

    /** When the page was fetched; relative dates are read against it and later dates rejected. */
    public Optional<ZonedDateTime> referenceTime() {
        return Optional.ofNullable(referenceTime);
    }

    private static @Nullable String hostOf(@Nullable String url) {
        if (url == null) {
            return null;
        }
        try {
            String h = URI.create(url.trim()).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Hints h && Objects.equals(h.url, url) && Objects.equals(h.host, host)
                && Objects.equals(h.language, language) && Objects.equals(h.zone, zone)
                && Objects.equals(h.referenceTime, referenceTime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(url, host, language, zone, referenceTime);
    }

    @Override
    public String toString() {
        return "Hints{url=" + url + ", host=" + host + ", language=" + language + ", zone=" + zone
                + ", referenceTime=" + referenceTime + "}";
    }

    /** Builds {@link Hints}. Not thread-safe; the built hints are. */
    public static final class Builder {
        private @Nullable String url;
        private @Nullable String host;
        private @Nullable String language;
        private @Nullable ZoneId zone;
        private @Nullable ZonedDateTime referenceTime;

        private Builder() {
        }

        /** The source URL; its host becomes {@link Hints#host()} unless a host is set. */
        public Builder url(String url) {
            this.url = Objects.requireNonNull(url, "url");
            return this;
        }

        /** The source host, for inputs without a URL. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host").trim().toLowerCase(Locale.ROOT);
            return this;
        }

        /**
         * The language as a BCP 47 tag such as {@code en} or {@code pt-BR}.
         *
         * @throws IllegalArgumentException if the tag is not well-formed
         */
        public Builder language(String languageTag) {
            Objects.requireNonNull(languageTag, "languageTag");
            Locale l = Locale.forLanguageTag(languageTag);
            if (l.getLanguage().isEmpty()) {
                throw new IllegalArgumentException("not a BCP 47 language tag: " + languageTag);
            }
            this.language = l.toLanguageTag();
            return this;
        }

        /** The zone in which times stated without an offset are read. */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /** When the page was fetched. */
        public Builder referenceTime(ZonedDateTime referenceTime) {
            this.referenceTime = Objects.requireNonNull(referenceTime, "referenceTime");
            return this;
        }

        /** The hints. */
        public Hints build() {
            return new Hints(this);
        }
    }
}
