package io.github.tidings.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A publication date as the source stated it: a year, a month, a day, or a day with a time, with or
 * without a UTC offset, together with its {@link Precision}. Nothing is invented: a source that
 * says {@code Date: 25.10.2017 15:00} gives {@code 2017-10-25T15:00} with {@link Precision#MINUTE}
 * and no offset; one that says {@code 2019-11-19T13:03:00Z} keeps its seconds and offset.
 *
 * <p>Immutable. {@link #toString()} gives ISO 8601 exactly to the stated precision.
 */
public final class Published {

    /** How much of a date and time the source stated. */
    public enum Precision {
        /** Only a year, e.g. {@code 2019}. */
        YEAR,
        /** A year and month, e.g. {@code 2019-11}. */
        MONTH,
        /** A calendar day, e.g. {@code 2019-11-19}. */
        DAY,
        /** A day and a time to the minute, e.g. {@code 2019-11-19T13:03}. */
        MINUTE,
        /** A day and a time to the second, e.g. {@code 2019-11-19T13:03:00}. */
        SECOND
    }

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?"
                    + "(Z|[+-]\\d{2}(?::?\\d{2})?)?)?)?)?");

    private final LocalDateTime value; // fields below the precision are at their minimum
    private final Precision precision;
    private final @Nullable ZoneOffset offset; // null when the source stated none

    private Published(LocalDateTime value, Precision precision, @Nullable ZoneOffset offset) {
        this.value = truncate(Objects.requireNonNull(value, "value"), precision);
        this.precision = Objects.requireNonNull(precision, "precision");
        if (offset != null && precision.compareTo(Precision.MINUTE) < 0) {
            throw new IllegalArgumentException("an offset needs a time of day, precision is " + precision);
        }
        this.offset = offset;
    }

    private static LocalDateTime truncate(LocalDateTime v, Precision p) {
        return switch (p) {
            case YEAR -> LocalDateTime.of(v.getYear(), 1, 1, 0, 0);
            case MONTH -> LocalDateTime.of(v.getYear(), v.getMonth(), 1, 0, 0);
            case DAY -> v.toLocalDate().atStartOfDay();
            case MINUTE -> v.truncatedTo(ChronoUnit.MINUTES);
            case SECOND -> v.truncatedTo(ChronoUnit.SECONDS);
        };
    }

    /** A year only. */
    public static Published ofYear(int year) {
        return new Published(LocalDateTime.of(year, 1, 1, 0, 0), Precision.YEAR, null);
    }

    /** A year and month. */
    public static Published of(YearMonth month) {
        return new Published(month.atDay(1).atStartOfDay(), Precision.MONTH, null);
    }

    /** A calendar day. */
    public static Published of(LocalDate date) {
        return new Published(date.atStartOfDay(), Precision.DAY, null);
    }

    /**
     * A local date and time without offset, to minute or second precision.
     *
     * @throws IllegalArgumentException if {@code precision} is coarser than {@link Precision#MINUTE}
     */
    public static Published of(LocalDateTime dateTime, Precision precision) {
        requireTime(precision);
        return new Published(dateTime, precision, null);
    }

    /**
     * A date and time with a UTC offset, to minute or second precision.
     *
     * @throws IllegalArgumentException if {@code precision} is coarser than {@link Precision#MINUTE}
     */
    public static Published of(OffsetDateTime dateTime, Precision precision) {
        requireTime(precision);
        return new Published(dateTime.toLocalDateTime(), precision, dateTime.getOffset());
    }

    private static void requireTime(Precision precision) {
        if (precision.compareTo(Precision.MINUTE) < 0) {
            throw new IllegalArgumentException("a time of day needs MINUTE or SECOND precision, not " + precision);
        }
    }

    /**
     * Parses ISO 8601 as this class prints it: {@code 2019}, {@code 2019-11}, {@code 2019-11-19},
     * {@code 2019-11-19T13:03}, {@code 2019-11-19T13:03:00}, each time form optionally followed by
     * {@code Z} or an offset such as {@code +05:30}. Fractions of a second are accepted and dropped.
     *
     * @throws DateTimeParseException if the text is not such a value or names an impossible date
     */
    public static Published parse(CharSequence iso) {
        String s = iso.toString().trim();
        Matcher m = ISO.matcher(s);
        if (!m.matches()) {
            throw new DateTimeParseException("not an ISO 8601 date: " + s, s, 0);
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return ofYear(year);
            }
            int month = Integer.parseInt(m.group(2));
            if (m.group(3) == null) {
                return of(YearMonth.of(year, month));
            }
            LocalDate date = LocalDate.of(year, month, Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return of(date);
            }
            int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            LocalDateTime dt = date.atTime(LocalTime.of(Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5)), second));
            Precision p = m.group(6) == null ? Precision.MINUTE : Precision.SECOND;
            ZoneOffset off = m.group(7) == null ? null : parseOffset(m.group(7));
            return new Published(dt, p, off);
        } catch (DateTimeException e) {
            throw new DateTimeParseException("impossible date: " + s, s, 0, e);
        }
    }

    private static ZoneOffset parseOffset(String s) {
        if (s.equals("Z")) {
            return ZoneOffset.UTC;
        }
        String digits = s.replace(":", "");
        int hours = Integer.parseInt(digits.substring(1, 3));
        int minutes = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
        int sign = digits.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    /** How much the source stated. */
    public Precision precision() {
        return precision;
    }

    /** The calendar day; for {@link Precision#YEAR} and {@link Precision#MONTH} the first day of the period. */
    public LocalDate date() {
        return value.toLocalDate();
    }

    /** The local date and time as stated, fields below the precision set to their minimum. */
    public LocalDateTime localDateTime() {
        return value;
    }

    /** The time of day, when the source stated one. */
    public Optional<LocalTime> time() {
        return precision.compareTo(Precision.MINUTE) >= 0 ? Optional.of(value.toLocalTime()) : Optional.empty();
    }

    /** The UTC offset, when the source stated one (or the hints supplied a zone). */
    public Optional<ZoneOffset> offset() {
        return Optional.ofNullable(offset);
    }

    /** The value as an offset date-time, when both time and offset are known. */
    public Optional<OffsetDateTime> offsetDateTime() {
        return offset == null ? Optional.empty() : Optional.of(value.atOffset(offset));
    }

    /**
     * The value as the most specific {@code java.time} type that fits what was stated:
     * {@link Year}, {@link YearMonth}, {@link LocalDate}, {@link LocalDateTime} or
     * {@link OffsetDateTime}.
     */
    public Temporal temporal() {
        return switch (precision) {
            case YEAR -> Year.of(value.getYear());
            case MONTH -> YearMonth.from(value);
            case DAY -> value.toLocalDate();
            case MINUTE, SECOND -> offset == null ? value : value.atOffset(offset);
        };
    }

    /**
     * An instant for ordering and comparisons: the stated offset if any, else {@code zone} at the
     * start of the stated period.
     */
    public Instant toInstant(ZoneId zone) {
        return offset != null ? value.toInstant(offset) : value.atZone(zone).toInstant();
    }

    /**
     * This value with a time zone applied, when it has a time of day but no offset; otherwise this
     * value unchanged.
     */
    public Published withZone(ZoneId zone) {
        if (offset != null || precision.compareTo(Precision.MINUTE) < 0) {
            return this;
        }
        return new Published(value, precision, zone.getRules().getOffset(value));
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Published p && p.value.equals(value) && p.precision == precision
                && Objects.equals(p.offset, offset);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, precision, offset);
    }

    /** ISO 8601 to the stated precision: {@code 2017}, {@code 2017-10}, {@code 2017-10-25}, {@code 2017-10-25T15:00}, {@code 2019-11-19T13:03:00Z}. */
    @Override
    public String toString() {
        // Built by hand, not with String.format: every parse writes its date this way (the
        // provenance too), and a Formatter costs more than the rest of it; nor may the default
        // locale's digits get into an ISO 8601 text.
        StringBuilder b = new StringBuilder(32);
        switch (precision) {
            case YEAR -> year(b, value.getYear());
            case MONTH -> twoDigits(year(b, value.getYear()).append('-'), value.getMonthValue());
            case DAY -> b.append(value.toLocalDate());
            case MINUTE -> twoDigits(twoDigits(b.append(value.toLocalDate()).append('T'), value.getHour()).append(':'),
                    value.getMinute());
            case SECOND -> twoDigits(twoDigits(twoDigits(b.append(value.toLocalDate()).append('T'), value.getHour())
                    .append(':'), value.getMinute()).append(':'), value.getSecond());
        }
        return offset == null ? b.toString() : b.append(offset.getId()).toString();
    }

    /** The year as {@code %04d} writes it: four digits at least, a sign when negative. */
    private static StringBuilder year(StringBuilder b, int year) {
        if (year < 0) {
            b.append('-');
        }
        String digits = Integer.toString(Math.abs(year));
        for (int i = digits.length() + (year < 0 ? 1 : 0); i < 4; i++) {
            b.append('0');
        }
        return b.append(digits);
    }

    /** A number from 0 to 99 in two digits. */
    private static StringBuilder twoDigits(StringBuilder b, int n) {
        return b.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
    }
}
