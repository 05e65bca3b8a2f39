package io.github.cosxml.tests.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cosxml.tests.ci.Fixtures;
import io.github.cosxml.tests.ci.XmlSimilarity;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo prints what the README promises. */
class DemoTest {

    @Test
    void printsTheDocumentedAuthorizationTheSubmitRequestAndTheTable() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean matches;
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            matches = Demo.run(out);
        }
        String printed = bytes.toString(StandardCharsets.UTF_8);

        assertThat(matches).isTrue();
        assertThat(printed).contains("Authorization: " + UploadExample.DOCUMENTED_AUTHORIZATION + "\n")
                .contains("matches the documented Authorization: yes")
                .contains("Status: 1 (6 fields)")
                .contains("Name                              | xxx                   |    99 | 553,439 - 989,576\n")
                .contains("Identification Number (ID Number) | 43xxxx                |    99 | 842,1372 - 2284,1615\n");
        String xml = printed.substring(printed.indexOf("<Request>"), printed.indexOf("</Request>") + "</Request>".length());
        XmlSimilarity.assertSimilar(Fixtures.text("docs/job-request-example.xml"), xml);
    }

    @Test
    void boxHoldsEveryPoint() {
        assertThat(RecognitionTable.box(List.of(new CardPoint(5, -2), new CardPoint(-1, 7), new CardPoint(3, 3))))
                .isEqualTo("-1,-2 - 5,7");
    }

    @Test
    void pointsParseOrSayWhatIsWrong() {
        assertThat(CardPoint.parse("553,439")).isEqualTo(new CardPoint(553, 439));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CardPoint.parse("553;439"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'553;439'").hasMessageContaining("x,y");
    }
}
