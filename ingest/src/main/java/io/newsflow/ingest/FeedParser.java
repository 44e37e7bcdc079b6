package io.newsflow.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.schema.RecordJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads the items of a feed response: RSS 2.0 ({@code item}), Atom ({@code entry}) or a JSON list
 * (through a {@link FeedMapping}). XML is read with jsoup's XML parser, which resolves no external
 * entities; markup inside titles and descriptions is reduced to text.
 */
public final class FeedParser {
    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

    private FeedParser() {}

    public static List<FeedItem> parse(byte[] body, FeedMapping mapping) throws IOException {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.startsWith("{") || text.startsWith("[")) {
            return json(RecordJson.MAPPER.readTree(text), mapping);
        }
        return xml(Jsoup.parse(text, "", Parser.xmlParser()));
    }

    private static List<FeedItem> xml(Document doc) {
        List<FeedItem> out = new ArrayList<>();
        for (Element item : doc.select("item")) {
            String link = item.selectFirst("link") == null ? "" : item.selectFirst("link").text().strip();
            String guid = item.selectFirst("guid") == null ? link : item.selectFirst("guid").text().strip();
            out.add(new FeedItem(guid.isEmpty() ? link : guid, text(item, "title"), text(item, "description"),
                    time(item.selectFirst("pubDate") == null ? null : item.selectFirst("pubDate").text()), link));
        }
        for (Element entry : doc.select("entry")) {
            Element link = entry.selectFirst("link[rel=alternate]");
            if (link == null) {
                link = entry.selectFirst("link");
            }
            String href = link == null ? "" : link.attr("href").strip();
            String id = entry.selectFirst("id") == null ? href : entry.selectFirst("id").text().strip();
            String summary = text(entry, "summary");
            Element published = entry.selectFirst("published");
            if (published == null) {
                published = entry.selectFirst("updated");
            }
            out.add(new FeedItem(id.isEmpty() ? href : id, text(entry, "title"), summary.isEmpty() ? text(entry, "content") : summary,
                    time(published == null ? null : published.text()), href));
        }
        return out;
    }

    private static List<FeedItem> json(JsonNode root, FeedMapping mapping) {
        JsonNode items = root;
        if (!mapping.itemsPath().isEmpty()) {
            for (String step : mapping.itemsPath().split("\\.")) {
                items = items.path(step);
            }
        }
        List<FeedItem> out = new ArrayList<>();
        if (!items.isArray()) {
            return out;
        }
        for (JsonNode item : items) {
            String url = field(item, mapping, "url");
            String id = field(item, mapping, "id");
            JsonNode time = item.path(mapping.fields().get("time"));
            Instant at = time.isNumber() ? epoch(time.asLong()) : time(time.asText(null));
            out.add(new FeedItem(id.isEmpty() ? url : id, plain(field(item, mapping, "title")), plain(field(item, mapping, "digest")), at, url));
        }
        return out;
    }

    private static String field(JsonNode item, FeedMapping mapping, String name) {
        JsonNode v = item.path(mapping.fields().get(name));
        return v.isMissingNode() || v.isNull() ? "" : v.asText().strip();
    }

    private static String text(Element parent, String tag) {
        Element e = parent.selectFirst(tag);
        return e == null ? "" : plain(e.text());
    }

    /** Feeds put escaped HTML into text fields; only its text is kept. */
    private static String plain(String s) {
        return s.indexOf('<') >= 0 ? Jsoup.parse(s).text().strip() : s.strip();
    }

    private static Instant epoch(long n) {
        return n > 100_000_000_000L ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
    }

    /** RFC 1123 (RSS), ISO-8601 (Atom), or {@code yyyy-MM-dd HH:mm:ss} in Beijing time (eastmoney). */
    static Instant time(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        try {
            return ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return LocalDateTime.parse(t, LOCAL).toInstant(BEIJING);
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }
}
