package io.newsflow.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Opens what a user names as a stream of posts: a directory (searched recursively, in path order),
 * a {@code .zip}, a {@code .tar}, a {@code .tar.gz}/{@code .tgz}, a single post file, or {@code -}
 * for a tar or tar.gz stream on stdin (recognized by its first bytes). Archives are read
 * sequentially; nothing is unpacked to disk or held in memory beyond one entry.
 */
public final class PostSources {
    /** The name a user gives for stdin. */
    public static final String STDIN = "-";

    private PostSources() {}

    public static PostStream open(String spec, int maxBytes) {
        try {
            if (spec.equals(STDIN)) {
                return archiveStream(new BufferedInputStream(System.in), maxBytes);
            }
            Path path = Path.of(spec);
            if (Files.isDirectory(path) || Files.isRegularFile(path) && PostFiles.isPost(path)) {
                return directory(path, maxBytes);
            }
            String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
            InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
            if (name.endsWith(".zip")) {
                return zip(in, maxBytes).withSize(zipPosts(path));
            }
            if (name.endsWith(".tar") || name.endsWith(".tar.gz") || name.endsWith(".tgz")) {
                return archiveStream(in, maxBytes);
            }
            in.close();
            throw new IllegalArgumentException(spec + " is not a directory, a post, or a .zip/.tar/.tar.gz archive");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + spec + ": " + e.getMessage(), e);
        }
    }

    private static PostStream directory(Path root, int maxBytes) {
        PostFiles.Listing listing = PostFiles.list(List.of(root));
        Iterator<PostFiles.PostFile> files = listing.posts().iterator();
        PostStream stream = new PostStream() {
            @Override
            protected PostEntry read() throws IOException {
                if (!files.hasNext()) {
                    return null;
                }
                PostFiles.PostFile f = files.next();
                return PostStream.file(f.sourcePath(), f.path(), maxBytes);
            }

            @Override
            public void close() {}
        };
        for (long i = 0; i < listing.skipped(); i++) {
            stream.skip();
        }
        return stream.withSize(listing.posts().size());
    }

    /** The number of posts a zip file holds, from its central directory (the entries are not read). */
    private static long zipPosts(Path path) {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(path.toFile())) {
            return zip.stream().filter(e -> !e.isDirectory() && PostFiles.isPost(Path.of(e.getName()).getFileName())).count();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static PostStream zip(InputStream raw, int maxBytes) {
        ZipInputStream in = new ZipInputStream(raw);
        return new PostStream() {
            @Override
            protected PostEntry read() throws IOException {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    if (e.isDirectory()) {
                        continue;
                    }
                    if (!PostFiles.isPost(Path.of(e.getName()).getFileName())) {
                        skip();
                        continue;
                    }
                    return PostStream.entry(e.getName(), in, maxBytes);
                }
                return null;
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        };
    }

    /** A tar, gzip-compressed or not (told apart by the gzip magic bytes, so stdin works too). */
    private static PostStream archiveStream(InputStream raw, int maxBytes) throws IOException {
        raw.mark(2);
        int b1 = raw.read();
        int b2 = raw.read();
        raw.reset();
        InputStream in = b1 == 0x1f && b2 == 0x8b ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16) : raw;
        TarArchiveInputStream tar = new TarArchiveInputStream(in);
        return new PostStream() {
            @Override
            protected PostEntry read() throws IOException {
                for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                    if (!e.isFile()) {
                        continue;
                    }
                    String name = e.getName().startsWith("./") ? e.getName().substring(2) : e.getName();
                    if (!PostFiles.isPost(Path.of(name).getFileName())) {
                        skip();
                        continue;
                    }
                    return PostStream.entry(name, tar, maxBytes);
                }
                return null;
            }

            @Override
            public void close() throws IOException {
                tar.close();
            }
        };
    }
}
