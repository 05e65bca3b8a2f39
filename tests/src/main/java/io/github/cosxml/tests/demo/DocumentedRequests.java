package io.github.cosxml.tests.demo;

import io.github.cosxml.tests.ci.job.request.CallBackFormat;
import io.github.cosxml.tests.ci.job.request.CardType;
import io.github.cosxml.tests.ci.job.request.ImageLicenseRec;
import io.github.cosxml.tests.ci.job.request.ImageLicenseRecJobRequest;
import io.github.cosxml.tests.ci.job.request.ImageLicenseRecTag;
import io.github.cosxml.tests.ci.job.request.JobInput;
import io.github.cosxml.tests.ci.job.request.JobRequestOperation;

/** The documented requests, built with the generated classes. */
public final class DocumentedRequests {
    private DocumentedRequests() {
    }

    /**
     * The {@code POST /jobs} body of the ImageLicenseRec page ("Practical Example" uses
     * {@code input/test.jpg}, the "Request Body" section {@code input/test.doc}).
     *
     * @param inputObject the object key to recognise
     */
    public static ImageLicenseRecJobRequest submitImageLicenseRec(String inputObject) {
        return ImageLicenseRecJobRequest.builder()
                .tag(ImageLicenseRecTag.IMAGE_LICENSE_REC)
                .input(JobInput.builder().object(inputObject).build())
                .operation(JobRequestOperation.builder()
                        .imageLicenseRec(ImageLicenseRec.builder().cardType(CardType.ID_CARD).build())
                        .userData("This is my data.")
                        .jobLevel(0)
                        .build())
                .callBack("http://callback.demo.com")
                .callBackFormat(CallBackFormat.JSON)
                .build();
    }
}
