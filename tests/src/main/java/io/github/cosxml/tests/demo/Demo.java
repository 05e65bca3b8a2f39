package io.github.cosxml.tests.demo;

import io.github.cosxml.core.sign.SignatureExplanation;
import io.github.cosxml.core.xml.XmlReadOptions;
import io.github.cosxml.tests.ci.sync.AILicenseRecResponse;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The README's first command ({@code mvn -B -q -DskipTests -Pdemo verify}) runs this: the
 * documented upload example signed (and checked against the documentation), the documented
 * ImageLicenseRec submission built with the generated classes, and the documented AILicenseRec
 * response parsed into them, as a table.
 */
public final class Demo {
    /** The documented sync response, from the cosxml-schema fixtures (test-jar, on the demo's class path). */
    static final String SYNC_RESPONSE = "io/github/cosxml/schema/fixtures/docs/ai-license-rec-response-example.xml";

    private Demo() {
    }

    /**
     * Prints the demo.
     *
     * @param args ignored
     */
    public static void main(String[] args) throws IOException {
        // UTF-8 whatever the platform's console encoding: the example path is /exampleobject(腾讯云).
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        boolean matches = run(out);
        out.flush();
        if (!matches) {
            throw new IllegalStateException("the upload example's Authorization does not match the documentation;"
                    + " compare the HttpString above with shared/spec/signature.md section 2.2");
        }
    }

    /** Prints the three parts; returns whether the Authorization matches the documentation. */
    static boolean run(PrintStream out) throws IOException {
        SignatureExplanation upload = UploadExample.explain();
        boolean matches = upload.authorization().equals(UploadExample.DOCUMENTED_AUTHORIZATION);
        out.println("== 1. The documented upload example, signed (Request Signature docs, PUT Object) ==");
        out.println("HttpString:    " + upload.httpString().replace("\n", "\\n"));
        out.println("StringToSign:  " + upload.stringToSign().replace("\n", "\\n"));
        out.println("Signature:     " + upload.signature());
        out.println("Authorization: " + upload.authorization());
        out.println(matches ? "matches the documented Authorization: yes"
                : "DOES NOT match the documented Authorization:\n               " + UploadExample.DOCUMENTED_AUTHORIZATION);
        out.println();

        out.println("== 2. POST /jobs body built with the generated classes (ImageLicenseRec, documented example) ==");
        out.println(XmlIndenter.indent(DocumentedRequests.submitImageLicenseRec("input/test.jpg").toXml()));
        out.println();

        out.println("== 3. The documented AILicenseRec response, parsed into the generated classes ==");
        AILicenseRecResponse response;
        try (InputStream in = Demo.class.getClassLoader().getResourceAsStream(SYNC_RESPONSE)) {
            if (in == null) {
                throw new IOException(SYNC_RESPONSE + " is not on the class path; run the demo through the"
                        + " tests module's demo profile (it adds the cosxml-schema test-jar)");
            }
            response = AILicenseRecResponse.fromXml(in, XmlReadOptions.strict());
        }
        out.println("Status: " + response.getStatus() + " (" + response.getIdInfo().size() + " fields)");
        out.print(RecognitionTable.format(response));
        return matches;
    }
}
