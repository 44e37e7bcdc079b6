package io.newsflow.enrich.post;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the date strings found in posts into instants. A date without an offset is site time,
 * Asia/Shanghai, never UTC. Dates outside 1990–2100 are treated as no date at all.
 */
public final class PublicationDates {
    /** The mirror's time zone, used for every date that does not carry an offset. */
    public static final ZoneId SITE_ZONE = ZoneId.of("Asia/Shanghai");

    private static final Pattern NUMERIC = Pattern.compile(
            "^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?"
                    + "\\s*(Z|[+-]\\d{2}:?\\d{2})?\\s*$");
    private static final Pattern OFFSET_ONLY = Pattern.compile("^\\s*(?:Z|[+-]\\d{2}:?\\d{2})?\\s*$");
    private static final Pattern FILE_NAME_DATE = Pattern.compile("(?:^|_)(\\d{4})-(\\d{1,2})-(\\d{1,2})-");
    private static final Pattern ID_DATE = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})\\d{9,10}$");
    private static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

    private PublicationDates() {}

    /**
     * A publication time and how it was found.
     *
     * @param instant  empty when no source had one
     * @param warnings {@code UNREADABLE_DATE} when the date line was there but unreadable,
     *                 {@code DATE_FROM_FILE_NAME} / {@code DATE_FROM_ID} / {@code DATE_FROM_BODY} for the fallbacks
     */
    public record Resolved(Optional<Instant> instant, List<String> warnings) {}

    /** The time a mirrored page's header shows in the body: {@code <span class="time">2021-07-23 16:08:04</span>} (not timeline, time-ago). */
    private static final Pattern BODY_TIME = Pattern.compile(
            "class=[\"']?time(?=[\"'\\s>])[^>]*>\\s*(\\d{4}-\\d{1,2}-\\d{1,2}(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?)\\s*<");

    /**
     * The publication time of a post by the documented order: the front matter {@code date}, else
     * the date in the file name, else the {@code yyyyMMdd} prefix of its eastmoney id, else the time
     * the page header copied into the body shows (每经网 mirrors write {@code date: Invalid Date} and keep it there).
     */
    public static Resolved resolve(String dateField, String fileName, String eastmoneyId, String body) {
        Resolved resolved = resolve(dateField, fileName, eastmoneyId);
        if (resolved.instant().isPresent() || body == null || body.indexOf("time") < 0) {
            return resolved;
        }
        Matcher m = BODY_TIME.matcher(body);
        // a tab or a line break between the day and the time is still a space to the date reader
        Optional<Instant> fromBody = m.find() ? parse(m.group(1).replaceAll("\\s+", " ")) : Optional.empty();
        return fromBody.isEmpty() ? resolved : new Resolved(fromBody, concat(resolved.warnings(), "DATE_FROM_BODY"));
    }

    /**
     * The publication time of a post by the documented order: the front matter {@code date}, else
     * the date in the file name, else the {@code yyyyMMdd} prefix of its eastmoney id.
     */
    private static Resolved resolve(String dateField, String fileName, String eastmoneyId) {
        Optional<Instant> fromFrontMatter = parse(dateField);
        if (fromFrontMatter.isPresent()) {
            return new Resolved(fromFrontMatter, List.of());
        }
        List<String> unreadable = isAbsent(dateField) ? List.of() : List.of("UNREADABLE_DATE");
        Optional<Instant> fromName = fromFileName(fileName);
        if (fromName.isPresent()) {
            return new Resolved(fromName, concat(unreadable, "DATE_FROM_FILE_NAME"));
        }
        Optional<Instant> fromId = fromArticleId(eastmoneyId);
        return new Resolved(fromId, fromId.isPresent() ? concat(unreadable, "DATE_FROM_ID") : unreadable);
    }

    private static List<String> concat(List<String> first, String last) {
        return first.isEmpty() ? List.of(last) : List.of(first.get(0), last);
    }

    /**
     * True when a front matter date says nothing: blank, or only an offset as the generator writes
     * it for posts without a date ({@code date:  +0800}).
     */
    public static boolean isAbsent(String text) {
        return text == null || OFFSET_ONLY.matcher(text).matches();
    }

    /** Parses a front matter date: {@code 2022-03-27 22:02:05 +0800}, without offset, ISO, or RFC 1123. */
    public static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        Matcher m = NUMERIC.matcher(t);
        try {
            if (m.matches()) {
                LocalDateTime local = LocalDateTime.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                        m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
                        m.group(5) == null ? 0 : Integer.parseInt(m.group(5)),
                        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                ZoneId zone = m.group(7) == null ? SITE_ZONE : offset(m.group(7));
                return inRange(local.atZone(zone).toInstant());
            }
            return inRange(ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static ZoneOffset offset(String text) {
        if (text.equals("Z")) {
            return ZoneOffset.UTC;
        }
        String digits = text.replace(":", "");
        return ZoneOffset.ofHoursMinutes(Integer.parseInt(digits.substring(0, 3)),
                Integer.parseInt(digits.charAt(0) + digits.substring(3)));
    }

    /** Start of the day named by a file name such as {@code 2024-8-31-title.md}, site time. */
    public static Optional<Instant> fromFileName(String fileName) {
        Matcher m = FILE_NAME_DATE.matcher(fileName);
        return m.find() ? day(m.group(1), m.group(2), m.group(3)) : Optional.empty();
    }

    /** Start of the day in an eastmoney id's {@code yyyyMMdd} prefix, site time. */
    public static Optional<Instant> fromArticleId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Matcher m = ID_DATE.matcher(id);
        return m.matches() ? day(m.group(1), m.group(2), m.group(3)) : Optional.empty();
    }

    private static Optional<Instant> day(String y, String mo, String d) {
        try {
            return inRange(LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d))
                    .atStartOfDay(SITE_ZONE).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> inRange(Instant instant) {
        return instant.isBefore(EARLIEST) || !instant.isBefore(LATEST) ? Optional.empty() : Optional.of(instant);
    }
}
