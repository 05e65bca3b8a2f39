package io.github.cosxml.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cosxml.schema.Fixtures.Fixture;
import io.github.cosxml.schema.Fixtures.Verdict;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Acceptance 4: the XSDs load in libxml2 and it reaches the same verdict as the JDK validator on
 * every fixture. Fails (does not skip) when xmllint is missing.
 */
class XmllintAgreementTest {

    @BeforeAll
    static void xmllintIsInstalled() {
        Xmllint.requireInstalled();
    }

    static Stream<Fixture> fixtures() {
        return Fixtures.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(CiSchema.class)
    void everyEntrySchemaCompilesInLibxml2(CiSchema schema) throws IOException {
        Fixture any = Fixtures.all().get(0);

        Xmllint.Outcome outcome = Xmllint.validate(schema, any.path());

        assertThat(outcome.output()).doesNotContain("failed to compile")
                .doesNotContain("Schemas parser error");
        assertThat(outcome.exitCode()).as(outcome.output()).isIn(0, 1, 3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void xmllintAndTheJdkAgreeOnEveryFixture(Fixture fixture) throws IOException {
        ValidationResult jdk = fixture.schema().validate(fixture.path());
        Verdict jdkVerdict = jdk.isValid() ? Verdict.VALID
                : jdk.isWellFormed() ? Verdict.INVALID : Verdict.MALFORMED;

        Xmllint.Outcome libxml2 = Xmllint.validate(fixture.schema(), fixture.path());

        assertThat(libxml2.verdict()).as("xmllint said:%n%s%nthe JDK said:%n%s", libxml2.output(),
                jdk.report()).isEqualTo(jdkVerdict).isEqualTo(fixture.verdict());
    }
}
