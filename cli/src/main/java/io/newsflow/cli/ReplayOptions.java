package io.newsflow.cli;

import io.newsflow.ingest.ArchiveReplay;
import io.newsflow.ingest.Pacer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options of an archive replay: order, pace, time window, resumption. */
final class ReplayOptions {
    @Option(names = "--order", paramLabel = "publication|file", defaultValue = "publication",
            description = "publication: by each post's own time (a bounded sort buffer, see --sort-buffer); "
                    + "file: in the order the files come (default: ${DEFAULT-VALUE}).")
    String order;

    @Option(names = "--rate", paramLabel = "N", description = "Publish at most N posts per second.")
    Double rate;

    @Option(names = "--speed", paramLabel = "X",
            description = "Replay the original timeline X times faster (e.g. 144: a day of news in 10 minutes).")
    Double speed;

    @Option(names = "--from", paramLabel = "TIME", converter = TimeConverter.class,
            description = "Only posts published at or after TIME (2022-03-27, 2022-03-27T08:00:00+08:00).")
    Instant from;

    @Option(names = "--until", paramLabel = "TIME", converter = TimeConverter.class,
            description = "Only posts published before TIME.")
    Instant until;

    @Option(names = "--sort-buffer", paramLabel = "N", defaultValue = "10000",
            description = "Posts held to sort by publication time; memory grows with it, not with the archive (default: ${DEFAULT-VALUE}).")
    int sortBuffer;

    @Option(names = "--restart", description = "Ignore where an earlier run of the same replay stopped and publish everything again.")
    boolean restart;

    ArchiveReplay.Options toOptions() {
        if (rate != null && speed != null) {
            throw new UserException("give --rate or --speed, not both");
        }
        if (!order.equals("publication") && !order.equals("file")) {
            throw new UserException("--order must be publication or file, not '" + order + "'");
        }
        if (sortBuffer < 1) {
            throw new UserException("--sort-buffer must be at least 1");
        }
        if (from != null && until != null && !from.isBefore(until)) {
            throw new UserException("--from must be before --until");
        }
        Pacer pacer;
        try {
            pacer = rate != null ? Pacer.rate(rate, System::nanoTime) : speed != null ? Pacer.speed(speed, System::nanoTime) : Pacer.unlimited();
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        return new ArchiveReplay.Options(order.equals("file") ? ArchiveReplay.Order.FILE : ArchiveReplay.Order.PUBLICATION,
                pacer, from, until, sortBuffer, 500, restart);
    }

    /** Dates are Beijing days (the news' own time zone); times need an offset. */
    static final class TimeConverter implements ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                if (value.length() == 10) {
                    return LocalDate.parse(value).atStartOfDay(ZoneOffset.ofHours(8)).toInstant();
                }
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date (2022-03-27) or a time with offset (2022-03-27T08:00:00+08:00)");
            }
        }
    }
}
