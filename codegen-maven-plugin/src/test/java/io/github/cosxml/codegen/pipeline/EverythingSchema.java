package io.github.cosxml.codegen.pipeline;

import io.github.cosxml.codegen.xjc.XjcRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.List;
import java.util.Map;

/** The test schema exercising every supported construct (src/test/resources/everything). */
final class EverythingSchema {
    static final String CATALOG_NS = "urn:cosxml:test:catalog";
    static final String COMMON_NS = "urn:cosxml:test:common";
    static final String CATALOG_PACKAGE = "io.github.cosxml.test.catalog";
    static final String COMMON_PACKAGE = "io.github.cosxml.test.common";

    private EverythingSchema() {
    }

    /** The request the golden files are generated from. */
    static XjcRequest request() {
        return new XjcRequest(List.of(resource("catalog.xsd")), List.of(resource("bindings.xjb")), null,
                Map.of(CATALOG_NS, CATALOG_PACKAGE, COMMON_NS, COMMON_PACKAGE), Map.of());
    }

    static URI resource(String name) {
        URL url = EverythingSchema.class.getResource("/everything/" + name);
        if (url == null) {
            throw new IllegalStateException("missing test resource everything/" + name);
        }
        try {
            return url.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
