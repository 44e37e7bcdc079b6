package io.newsflow.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The posts of one source, read one at a time so that memory does not grow with the archive:
 * a directory, a zip, a tar or tar.gz archive, or a tar stream on stdin. Entries that are not
 * posts are counted in {@link #skipped()}, never published.
 */
public abstract class PostStream implements Iterator<PostEntry>, Closeable {
    private PostEntry next;
    private long skipped;
    private long size = -1;

    /** How many posts the source holds, when it tells cheaply (directories, zip files); -1 otherwise. */
    public long size() {
        return size;
    }

    PostStream withSize(long posts) {
        this.size = posts;
        return this;
    }

    /** The next post, or null at the end. */
    protected abstract PostEntry read() throws IOException;

    protected void skip() {
        skipped++;
    }

    public long skipped() {
        return skipped;
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = read();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the archive: " + e.getMessage(), e);
            }
        }
        return next != null;
    }

    @Override
    public PostEntry next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        PostEntry out = next;
        next = null;
        return out;
    }

    /** Reads an entry's bytes, at most {@code limit + 1} of them: enough to tell that it is too large. */
    static PostEntry entry(String sourcePath, InputStream in, int limit) throws IOException {
        byte[] content = in.readNBytes(limit + 1);
        if (content.length > limit) {
            return new PostEntry(sourcePath, java.util.Arrays.copyOf(content, 1024), true);
        }
        return new PostEntry(sourcePath, content, false);
    }

    static PostEntry file(String sourcePath, java.nio.file.Path file, int limit) throws IOException {
        if (Files.size(file) > limit) {
            try (InputStream in = Files.newInputStream(file)) {
                return new PostEntry(sourcePath, in.readNBytes(1024), true);
            }
        }
        return new PostEntry(sourcePath, Files.readAllBytes(file), false);
    }
}
