package io.github.cosxml.schema;

import io.github.cosxml.schema.Fixtures.Fixture;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** What the pages' own examples show about repetition: the paths that repeat under a parent. */
final class ExampleShapes {

    private ExampleShapes() {
    }

    /** @return per page, the element paths seen more than once under one parent */
    static Map<String, Set<String>> repeatedPaths() {
        Map<String, Set<String>> repeated = new HashMap<>();
        for (Fixture fixture : Fixtures.all()) {
            String page = pageOf(fixture);
            if (page == null || fixture.verdict() != Fixtures.Verdict.VALID) {
                continue;
            }
            collect(parse(fixture), "", repeated.computeIfAbsent(page, p -> new HashSet<>()));
        }
        return repeated;
    }

    /** @return the page a documentation fixture comes from, or null for cosxml's own */
    static String pageOf(Fixture fixture) {
        if (fixture.name().startsWith("docs/job-")) {
            return Pages.JOB_PAGE;
        }
        if (fixture.name().startsWith("docs/ai-license-rec-")) {
            return Pages.SYNC_PAGE;
        }
        return null;
    }

    private static void collect(Element element, String parentPath, Set<String> repeated) {
        String path = parentPath + "/" + element.getTagName();
        Map<String, Integer> counts = new HashMap<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                if (counts.merge(child.getTagName(), 1, Integer::sum) > 1) {
                    repeated.add(path + "/" + child.getTagName());
                }
                collect(child, path, repeated);
            }
        }
    }

    private static Element parse(Fixture fixture) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder()
                    .parse(new java.io.ByteArrayInputStream(fixture.bytes())).getDocumentElement();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot parse " + fixture + ": " + e.getMessage(), e);
        }
    }
}
