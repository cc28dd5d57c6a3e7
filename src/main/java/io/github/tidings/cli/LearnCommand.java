package io.github.tidings.cli;

import io.github.tidings.SiteProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tidings learn FILE... > site.json}: learns a site profile from several pages of one site
 * and writes it, a rules file, to standard output.
 */
@Command(name = "learn", mixinStandardHelpOptions = true,
        description = "Learns a site profile from several pages of one site (text, Markdown or HTML): the blocks that"
                + " recur across them, the lines articles start after and end at (text, three pages or more), the"
                + " element holding the article and the site's name (HTML), as a rules file for --rules, written to"
                + " standard output.")
final class LearnCommand implements Callable<Integer> {

    @Option(names = "--site", defaultValue = "site", description = "The site's name in the rules file (default: ${DEFAULT-VALUE}).")
    String site;

    @Option(names = "--host", paramLabel = "HOST", description = "A host of the site (repeatable); without one the profile"
            + " applies to pages with its signature line.")
    List<String> hosts = new ArrayList<>();

    @Parameters(arity = "2..*", paramLabel = "FILE", description = "Two or more pages of the site; .gz files are decompressed.")
    List<Path> files = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<String> pages = new ArrayList<>();
        for (Path f : files) {
            // read as a batch reads its files: size cap, gzip counted while it inflates
            byte[] bytes = new InputReader(io.github.tidings.ArticleParser.DEFAULT_MAX_INPUT_LENGTH)
                    .read(new Source(f.toString(), f, f), InputStream.nullInputStream());
            pages.add(new String(bytes, StandardCharsets.UTF_8));
        }
        PrintWriter err = spec.commandLine().getErr();
        SiteProfile profile;
        try {
            profile = SiteProfile.learn(site, hosts, pages);
        } catch (IllegalArgumentException e) {
            err.println("tidings learn: " + e.getMessage());
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(profile.json());
        out.flush();
        err.println("tidings learn: " + profile.ruleCount() + " rules from " + profile.pageCount() + " pages");
        return 0;
    }
}
