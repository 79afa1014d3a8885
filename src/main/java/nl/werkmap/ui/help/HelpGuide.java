package nl.werkmap.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The coaches' guide, read from the same Markdown text as docs/handleiding.md, split into topics at its "## "
 * headings. Only the few Markdown forms the guide uses are understood: headings, paragraphs, "- " and "1. " list
 * items and **bold**; image lines are left out, because the help window shows text only.
 */
public record HelpGuide(String title, List<Topic> topics) {

    static final String RESOURCE = "/nl/werkmap/ui/help/handleiding_nl.md";

    /** One "## " section; the text before the first section is the topic named after the guide's title. */
    public record Topic(String title, List<Block> blocks) {
    }

    /** A paragraph or list item; {@code marker} is "•", "1." or empty for a paragraph. */
    public record Block(String marker, String text) {
    }

    public static HelpGuide load() {
        try (InputStream in = HelpGuide.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The guide " + RESOURCE + " is missing from the application");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HelpGuide parse(String markdown) {
        String title = "";
        List<Topic> topics = new ArrayList<>();
        String topicTitle = null;
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String raw : markdown.split("\\R", -1)) {
            String line = raw.strip();
            boolean item = line.startsWith("- ") || line.matches("\\d+\\. .*");
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("![") || item) {
                flush(paragraph, blocks);
            }
            if (line.startsWith("## ")) {
                addTopic(topics, topicTitle == null ? title : topicTitle, blocks);
                blocks = new ArrayList<>();
                topicTitle = line.substring(3).strip();
            } else if (line.startsWith("# ")) {
                title = line.substring(2).strip();
            } else if (line.startsWith("- ")) {
                blocks.add(new Block("•", line.substring(2).strip()));
            } else if (item) {
                int dot = line.indexOf(". ");
                blocks.add(new Block(line.substring(0, dot + 1), line.substring(dot + 2).strip()));
            } else if (!line.isEmpty() && !line.startsWith("![")) {
                paragraph.append(paragraph.length() == 0 ? "" : " ").append(line);
            }
        }
        flush(paragraph, blocks);
        addTopic(topics, topicTitle == null ? title : topicTitle, blocks);
        return new HelpGuide(title, List.copyOf(topics));
    }

    private static void flush(StringBuilder paragraph, List<Block> blocks) {
        if (paragraph.length() > 0) {
            blocks.add(new Block("", paragraph.toString()));
            paragraph.setLength(0);
        }
    }

    private static void addTopic(List<Topic> topics, String title, List<Block> blocks) {
        if (!blocks.isEmpty()) {
            topics.add(new Topic(title, List.copyOf(blocks)));
        }
    }
}
