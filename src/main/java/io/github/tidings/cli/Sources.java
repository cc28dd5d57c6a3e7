package io.github.tidings.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the command line's arguments into the batch's inputs, in a fixed order: arguments in the
 * order given, then the lines of {@code --files-from}; a directory becomes the files below it that
 * match the globs, sorted by path, so that two runs see the same order.
 */
final class Sources {
    /** What a directory walk takes when no {@code --glob} is given: the formats the tool reads. */
    static final List<String> DEFAULT_GLOBS = List.of("*.{txt,text,md,markdown,html,htm,xhtml,warc,wet}",
            "*.{txt,text,md,markdown,html,htm,xhtml,warc,wet}.gz");

    private final List<PathMatcher> globs = new ArrayList<>();
    private final List<PathMatcher> nameGlobs = new ArrayList<>();

    /**
     * @param globs patterns ({@link java.nio.file.FileSystem#getPathMatcher glob syntax}) matched
     *     against a found file's path below the directory, or against its name when the pattern
     *     has no {@code /}
     */
    Sources(List<String> globs) {
        for (String g : globs.isEmpty() ? DEFAULT_GLOBS : globs) {
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + g);
            (g.contains("/") ? this.globs : nameGlobs).add(m);
        }
    }

    /**
     * The inputs.
     *
     * @param args files, directories and {@code -}
     * @param listFile a file with one path a line ({@code -}: standard input), or null
     * @throws UsageException when standard input is asked for twice, or a list cannot be read
     */
    List<Source> list(List<String> args, @org.jspecify.annotations.Nullable String listFile, InputStream stdin) {
        List<String> all = new ArrayList<>(args);
        if (listFile != null) {
            all.addAll(readList(listFile, stdin));
        }
        List<Source> out = new ArrayList<>();
        boolean stdinUsed = "-".equals(listFile);
        for (String a : all) {
            if (a.equals("-")) {
                if (stdinUsed) {
                    throw new UsageException("standard input (-) can be read only once");
                }
                stdinUsed = true;
                out.add(Source.stdin());
                continue;
            }
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                walk(p, out);
            } else {
                out.add(new Source(a, p, relative(p)));
            }
        }
        return out;
    }

    private static List<String> readList(String listFile, InputStream stdin) {
        try (BufferedReader r = listFile.equals("-")
                ? new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(listFile), StandardCharsets.UTF_8)) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        } catch (IOException | UncheckedIOException e) {
            throw new UsageException("cannot read the file list " + listFile + ": " + e.getMessage());
        }
    }

    /**
     * Adds the matching files below {@code dir}, sorted by path. A directory or file that cannot be
     * read on the way becomes an input that fails with the reason, so the batch reports it by name
     * and goes on; symbolic links are not followed, so a link loop cannot make the walk endless.
     */
    private void walk(Path dir, List<Source> out) {
        List<Source> found = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && matches(dir.relativize(f))) {
                        found.add(new Source(f.toString(), f, dir.relativize(f)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    found.add(new Source(f.toString(), f, dir.relativize(f), "cannot be read: " + Batch.message(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UsageException("cannot list the directory " + dir + ": " + e.getMessage());
        }
        found.sort(java.util.Comparator.comparing(Source::path));
        out.addAll(found);
    }

    private boolean matches(Path relative) {
        Path name = relative.getFileName();
        return globs.stream().anyMatch(m -> m.matches(relative))
                || name != null && nameGlobs.stream().anyMatch(m -> m.matches(name));
    }

    /** A file's place below the output directory: its path as given when that stays below, else its name. */
    private static Path relative(Path p) {
        Path n = p.normalize();
        Path name = p.getFileName();
        if (n.isAbsolute() || n.startsWith("..") || n.toString().isEmpty()) {
            return name == null ? Path.of("input") : name;
        }
        return n;
    }
}
