package dev.ariadne.importer.internal.walk;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * Include or exclude patterns of an import, matched against a path relative to the root being walked.
 *
 * <p>The patterns are globs as {@link java.nio.file.FileSystem#getPathMatcher} reads them ({@code *}, {@code ?},
 * {@code **}, {@code [abc]}, {@code {a,b}}). A pattern without {@code /} is matched against the name of the file or
 * folder at any depth, so {@code *.pdf} finds PDFs everywhere (as in {@code .gitignore}); a pattern with {@code /} is
 * matched against the whole relative path, with {@code /} as separator, so {@code mail/**} covers everything under
 * the top-level folder {@code mail}. Immutable; safe on any thread.
 */
public final class GlobFilter {

    private record Pattern(String glob, PathMatcher matcher, boolean nameOnly) {
    }

    private final List<Pattern> patterns;

    /** A filter of {@code globs}; an empty list matches nothing. */
    public GlobFilter(List<String> globs) {
        List<Pattern> compiled = new ArrayList<>();
        for (String glob : globs) {
            String trimmed = glob.strip();
            while (trimmed.startsWith("./")) {
                trimmed = trimmed.substring(2);
            }
            if (trimmed.endsWith("/") && trimmed.length() > 1) {
                trimmed = trimmed.substring(0, trimmed.length() - 1);
            }
            if (trimmed.isEmpty()) {
                continue;
            }
            compiled.add(new Pattern(trimmed, FileSystems.getDefault().getPathMatcher("glob:" + trimmed),
                    trimmed.indexOf('/') < 0));
        }
        this.patterns = List.copyOf(compiled);
    }

    /** Whether there are no patterns. */
    public boolean isEmpty() {
        return patterns.isEmpty();
    }

    /**
     * Whether one of the patterns matches.
     *
     * @param relative the path relative to the root, with {@code /} as separator, not empty
     */
    public boolean matches(String relative) {
        if (patterns.isEmpty() || relative.isEmpty()) {
            return false;
        }
        Path path = Path.of(relative);
        Path name = path.getFileName();
        for (Pattern pattern : patterns) {
            if (pattern.nameOnly() ? name != null && pattern.matcher().matches(name)
                    : pattern.matcher().matches(path)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return patterns.stream().map(Pattern::glob).toList().toString();
    }
}
