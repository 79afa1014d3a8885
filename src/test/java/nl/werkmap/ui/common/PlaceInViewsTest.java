package nl.werkmap.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.ProcessingInstruction;

/**
 * Every view places its nodes with {@link Place}, and each such node's class finds its setter at FXMLLoader's first or
 * second look: the panes' own static attributes cost some twenty missed lookups each, at every load (issue 13).
 */
class PlaceInViewsTest {

    @ParameterizedTest
    @EnumSource(FxmlView.class)
    void theViewUsesPlaceForItsLayoutAttributes(FxmlView view) throws IOException {
        String text;
        try (InputStream in = view.url().openStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher attribute = Pattern.compile("\\s([A-Z][A-Za-z]*\\.[a-z][A-Za-z]*)=\"").matcher(text);
        while (attribute.find()) {
            assertEquals("Place.at", attribute.group(1), view + " sets " + attribute.group(1)
                    + ": write it as Place.at (nl.werkmap.ui.common.Place)");
        }
    }

    @ParameterizedTest
    @EnumSource(FxmlView.class)
    void everyPlacedNodeFindsItsSetterAtOnce(FxmlView view) throws Exception {
        Document document;
        try (InputStream in = view.url().openStream()) {
            document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        Map<String, String> imported = new HashMap<>();
        NodeList top = document.getChildNodes();
        for (int i = 0; i < top.getLength(); i++) {
            if (top.item(i) instanceof ProcessingInstruction pi && pi.getTarget().equals("import")) {
                String name = pi.getData().trim();
                imported.put(name.substring(name.lastIndexOf('.') + 1), name);
            }
        }
        NodeList elements = document.getElementsByTagName("*");
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            if (!element.hasAttribute("Place.at")) {
                continue;
            }
            String className = imported.get(element.getTagName());
            assertNotNull(className, view + ": " + element.getTagName() + " is not imported by name");
            Class<?> type = Class.forName(className, false, getClass().getClassLoader());
            // FXMLLoader asks for the node's own class first, then (after its interfaces) its superclass.
            assertTrue(hasSetter(type) || hasSetter(type.getSuperclass()), view + ": Place has no setAt("
                    + type.getSimpleName() + ", String); add one, or FXMLLoader searches for it at every load");
        }
    }

    private static boolean hasSetter(Class<?> type) {
        try {
            Place.class.getMethod("setAt", type, String.class);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
