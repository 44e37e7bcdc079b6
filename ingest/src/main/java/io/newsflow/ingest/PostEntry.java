package io.newsflow.ingest;

/**
 * One post read from a source: the name it is published under and its bytes.
 *
 * @param tooLarge the entry is larger than a record may be; {@code content} then holds only its start
 */
public record PostEntry(String sourcePath, byte[] content, boolean tooLarge) {}
