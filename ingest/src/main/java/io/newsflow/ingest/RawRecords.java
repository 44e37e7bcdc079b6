package io.newsflow.ingest;

/** The headers every news.raw record carries, whatever source it came from. */
public final class RawRecords {
    /** Header carrying the post's source path on news.raw records. */
    public static final String SOURCE_PATH_HEADER = "newsflow.source.path";
    /** Header saying whether the record replays history ({@code true}) or is live input. */
    public static final String REPLAY_HEADER = "newsflow.replay";
    /** Largest post the ingest publishes; larger files are dead-lettered here. */
    public static final int MAX_RECORD_BYTES = 8 * 1024 * 1024 - 64 * 1024;

    private RawRecords() {}
}
