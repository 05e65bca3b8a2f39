package io.github.cosxml.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What schema/README.md says the schemas do not check, pinned so the README stays true. */
class BeyondTheSchemaTest {

    @Test
    void aTdmqCallbackWithoutItsQueueConfigIsValidToXsd10() {
        String request = "<Request><Tag>ImageLicenseRec</Tag><Input><Object>a.jpg</Object></Input>"
                + "<Operation><ImageLicenseRec><CardType>IDCard</CardType></ImageLicenseRec></Operation>"
                + "<CallBackType>TDMQ</CallBackType></Request>";

        assertThat(CiSchema.IMAGE_LICENSE_REC_JOB_REQUEST.validate(request).violations()).isEmpty();
    }

    @Test
    void serverTimeInAnErrorIsReportedBecauseNoPublishedTableListsIt() {
        ValidationResult result = CiSchema.ERROR.validate("<Error><Code>RequestTimeTooSkewed</Code>"
                + "<Message>skewed</Message><ServerTime>2026-11-22T01:00:00Z</ServerTime></Error>");

        assertThat(result.violations()).singleElement().satisfies(v -> assertThat(v.message()).contains("ServerTime"));
    }
}
