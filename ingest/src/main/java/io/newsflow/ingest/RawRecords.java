package io.newsflow.ingest;

import io.newsflow.enrich.PostKeys;
import io.newsflow.schema.AvroSerde;
import io.newsflow.schema.NewsflowSerdes;
import io.newsflow.schema.RawArticle;
import io.newsflow.schema.SourceKind;
import io.newsflow.schema.Topics;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The news.raw record of a post, whatever source it came from: key = article id, timestamp =
 * publication time (the ingest time when the post has none), the source path and the replay flag
 * in headers.
 */
public final class RawRecords {
    /** Header carrying the post's source path on news.raw records. */
    public static final String SOURCE_PATH_HEADER = "newsflow.source.path";
    /** Header saying whether the record replays history ({@code true}) or is live input. */
    public static final String REPLAY_HEADER = "newsflow.replay";
    /** Largest post the ingest publishes; larger files are dead-lettered here. */
    public static final int MAX_RECORD_BYTES = 8 * 1024 * 1024 - 64 * 1024;

    /** One encoder for every record (thread-safe): building one per post cost a schema fingerprint each time. */
    private static final AvroSerde<RawArticle> RAW = NewsflowSerdes.rawArticle();

    private RawRecords() {}

    /** The record of one post; {@code keys} are the post's {@link PostKeys#of keys}. */
    public static ProducerRecord<byte[], byte[]> record(String sourcePath, byte[] content, PostKeys.Keys keys, SourceKind kind,
                                                        boolean replay, Instant now) {
        Instant at = keys.publishedAt().orElse(null);
        RawArticle raw = RawArticle.newBuilder()
                .setContent(ByteBuffer.wrap(content))
                .setSourcePath(sourcePath)
                .setSourceKind(kind)
                .setReplay(replay)
                .setIngestedAt(now)
                .setPublishedAt(at)
                .build();
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(Topics.RAW, null, (at != null ? at : now).toEpochMilli(),
                keys.key().getBytes(StandardCharsets.UTF_8), RAW.encode(raw));
        record.headers().add(SOURCE_PATH_HEADER, sourcePath.getBytes(StandardCharsets.UTF_8));
        record.headers().add(REPLAY_HEADER, Boolean.toString(replay).getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
