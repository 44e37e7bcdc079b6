package io.newsflow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.schema.NewsflowSerdes;
import io.newsflow.schema.RecordJson;
import io.newsflow.schema.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.avro.generic.IndexedRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** Turns a record of any Newsflow topic into one JSON line: coordinates, key, headers, decoded value. */
final class RecordPrinter {
    private final String topic;

    RecordPrinter(String topic) {
        this.topic = topic;
    }

    ObjectNode toJson(ConsumerRecord<byte[], byte[]> r) {
        ObjectNode json = RecordJson.MAPPER.createObjectNode();
        json.put("topic", r.topic());
        json.put("partition", r.partition());
        json.put("offset", r.offset());
        json.put("timestamp", Instant.ofEpochMilli(r.timestamp()).toString());
        json.put("key", r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8));
        if (r.headers().toArray().length > 0) {
            ObjectNode headers = json.putObject("headers");
            for (Header h : r.headers()) {
                headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
            }
        }
        json.set("value", value(r.value()));
        return json;
    }

    private JsonNode value(byte[] bytes) {
        if (bytes == null) {
            return RecordJson.MAPPER.nullNode();
        }
        try {
            IndexedRecord avro = switch (topic) {
                case Topics.RAW -> NewsflowSerdes.rawArticle().decode(bytes);
                case Topics.ENRICHED -> NewsflowSerdes.enrichedArticle().decode(bytes);
                case Topics.DLQ -> NewsflowSerdes.deadLetter().decode(bytes);
                default -> null;
            };
            if (avro != null) {
                return RecordJson.toJson(avro);
            }
            return RecordJson.MAPPER.readTree(bytes);
        } catch (Exception e) {
            return RecordJson.MAPPER.getNodeFactory().textNode(new String(bytes, StandardCharsets.UTF_8));
        }
    }
}
