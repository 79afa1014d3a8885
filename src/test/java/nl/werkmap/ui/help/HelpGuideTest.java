package nl.werkmap.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The F1 guide is the same text as docs/handleiding.md and splits into the daily tasks. */
class HelpGuideTest {

    @Test
    void bundledGuideIsTheSameTextAsTheDocsGuide() throws Exception {
        String docs = Files.readString(Path.of("docs", "handleiding.md"), StandardCharsets.UTF_8);
        try (var in = HelpGuide.class.getResourceAsStream(HelpGuide.RESOURCE)) {
            assertEquals(docs, new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    "copy docs/handleiding.md to src/main/resources" + HelpGuide.RESOURCE + " (or back)");
        }
    }

    @Test
    void guideHasOneTopicPerDailyTask() {
        HelpGuide guide = HelpGuide.load();
        assertEquals("Handleiding Werkmap", guide.title());
        assertEquals(List.of("Handleiding Werkmap", "Eerste start", "Een werkplekbezoek vastleggen",
                "Een plaatsing door de tijd heen", "Corrigeren, verwijderen en ongedaan maken", "De agenda",
                "De rapportage", "Baankansen", "Privacy van een kandidaat", "Documenten voor de verantwoording",
                "Uren accorderen en termijnen", "Bewaartermijnen", "Synchroniseren met de gemeente", "Sneltoetsen"),
                guide.topics().stream().map(HelpGuide.Topic::title).toList());
        assertTrue(guide.topics().stream().flatMap(t -> t.blocks().stream())
                .noneMatch(b -> b.text().contains("![") || b.text().contains("img/")), "images are left out");
    }

    @Test
    void paragraphsJoinLinesAndListsKeepTheirMarkers() {
        HelpGuide guide = HelpGuide.parse("# T\n\nIntro een\nen twee.\n\n## A\n\n1. Eerst\n2. Dan\n- **Vet**: uitleg\n"
                + "![plaatje](img/x.png)\n\nSlot.\n");
        assertEquals(List.of(new HelpGuide.Block("", "Intro een en twee.")), guide.topics().get(0).blocks());
        assertEquals(List.of(new HelpGuide.Block("1.", "Eerst"), new HelpGuide.Block("2.", "Dan"),
                new HelpGuide.Block("•", "**Vet**: uitleg"), new HelpGuide.Block("", "Slot.")),
                guide.topics().get(1).blocks());
    }
}
