// The consumer on the module path: it names tidings only. jsoup comes with it (requires
// transitive), and its cleaner is found through the module's provides clause.
module consumer {
    requires io.github.tidings;

    provides io.github.tidings.clean.Cleaner with consumer.PodcastPromoCleaner;
}
