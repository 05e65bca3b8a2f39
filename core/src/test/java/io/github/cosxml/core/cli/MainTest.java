package io.github.cosxml.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI run in-process through {@link Main#run}, plus one run in a separate JVM without dependencies. */
class MainTest {
    private static final String SECRET_ID = "AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q";
    private static final String SECRET_KEY = "BQYIM75p8x0iWVFSIgqEKwFprpRSVHlz";
    private static final String HOST = "Host: examplebucket-1250000000.cos.ap-beijing.myqcloud.com";
    private static final Map<String, String> ENV = Collections.singletonMap("COSXML_SECRET_KEY", SECRET_KEY);
    private static final String UPLOAD_AUTHORIZATION = "q-sign-algorithm=sha1&q-ak=AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q"
            + "&q-sign-time=1557989151;1557996351&q-key-time=1557989151;1557996351"
            + "&q-header-list=content-length;content-md5;content-type;date;host;x-cos-acl;x-cos-grant-read"
            + "&q-url-param-list=&q-signature=3b8851a11a569213c17ba8fa7dcf2abec6935172";

    /** Exit code and captured output of one run. */
    static final class Run {
        final int exit;
        final String out;
        final String err;

        Run(int exit, String out, String err) {
            this.exit = exit;
            this.out = out;
            this.err = err;
        }
    }

    static Run run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true), new PrintStream(err, true), env);
        return new Run(exit, new String(out.toByteArray(), StandardCharsets.UTF_8), new String(err.toByteArray(), StandardCharsets.UTF_8));
    }

    static String[] args(String[] head, String... tail) {
        List<String> all = new ArrayList<>(Arrays.asList(head));
        all.addAll(Arrays.asList(tail));
        return all.toArray(new String[0]);
    }

    static String[] upload(String command) {
        return new String[] {command, "--secret-id", SECRET_ID, "--method", "PUT", "--path", "/exampleobject(腾讯云)",
                "--header", "Date: Thu, 16 May 2019 06:45:51 GMT",
                "--header", "Host: examplebucket-1250000000.cos.ap-beijing.myqcloud.com",
                "--header", "Content-Type: text/plain", "--header", "Content-Length: 13",
                "--header", "Content-MD5: mQ/fVh815F3k6TAUm8m0eg==", "--header", "x-cos-acl: private",
                "--header", "x-cos-grant-read: uin=\"100000000011\""};
    }

    static String[] download(String command) {
        return new String[] {command, "--secret-id", SECRET_ID, "--method", "GET", "--path", "/exampleobject(腾讯云)",
                "--param", "response-content-type=application/octet-stream", "--param", "response-cache-control=max-age=600",
                "--header", "Date: Thu, 16 May 2019 06:55:53 GMT",
                "--header", "Host: examplebucket-1250000000.cos.ap-beijing.myqcloud.com",
                "--key-time", "1557989753;1557996953"};
    }

    @Test
    void signPrintsTheDocumentedUploadAuthorization() {
        Run r = run(ENV, args(upload("sign"), "--key-time", "1557989151;1557996351", "--sign-headers", "all"));
        assertThat(r.exit).isEqualTo(0);
        assertThat(r.out).isEqualTo(UPLOAD_AUTHORIZATION + System.lineSeparator());
        assertThat(r.err).isEmpty();
    }

    @Test
    void signPrintsTheDocumentedDownloadAuthorization() {
        Run r = run(ENV, args(download("sign"), "--sign-headers", "all"));
        assertThat(r.exit).isEqualTo(0);
        assertThat(r.out.trim()).isEqualTo("q-sign-algorithm=sha1&q-ak=AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q"
                + "&q-sign-time=1557989753;1557996953&q-key-time=1557989753;1557996953"
                + "&q-header-list=date;host&q-url-param-list=response-cache-control;response-content-type"
                + "&q-signature=01681b8c9d798a678e43b685a9f1bba0f6c0e012");
    }

    @Test
    void explainPrintsOneLabelledLinePerIntermediate() {
        Run r = run(ENV, args(upload("explain"), "--key-time", "1557989151;1557996351", "--sign-headers", "all"));
        assertThat(r.exit).isEqualTo(0);
        List<String> lines = Arrays.asList(r.out.split(System.lineSeparator()));
        assertThat(lines).containsExactly(
                "KeyTime: 1557989151;1557996351",
                "SignKey: eb2519b498b02ac213cb1f3d1a3d27a3b3c9bc5f",
                "UrlParamList: ",
                "HttpParameters: ",
                "HeaderList: content-length;content-md5;content-type;date;host;x-cos-acl;x-cos-grant-read",
                "HttpHeaders: content-length=13&content-md5=mQ%2FfVh815F3k6TAUm8m0eg%3D%3D&content-type=text%2Fplain&date=Thu%2C%2016%20May%202019%2006%3A45%3A51%20GMT&host=examplebucket-1250000000.cos.ap-beijing.myqcloud.com&x-cos-acl=private&x-cos-grant-read=uin%3D%22100000000011%22",
                "HttpString: put\\n/exampleobject(腾讯云)\\n\\ncontent-length=13&content-md5=mQ%2FfVh815F3k6TAUm8m0eg%3D%3D&content-type=text%2Fplain&date=Thu%2C%2016%20May%202019%2006%3A45%3A51%20GMT&host=examplebucket-1250000000.cos.ap-beijing.myqcloud.com&x-cos-acl=private&x-cos-grant-read=uin%3D%22100000000011%22\\n",
                "SHA1(HttpString): 8b2751e77f43a0995d6e9eb9477f4b685cca4172",
                "StringToSign: sha1\\n1557989151;1557996351\\n8b2751e77f43a0995d6e9eb9477f4b685cca4172\\n",
                "Signature: 3b8851a11a569213c17ba8fa7dcf2abec6935172",
                "Authorization: " + UPLOAD_AUTHORIZATION);
    }

    @Test
    void sdkHeadersReproduceD1D2AndG1() {
        assertThat(run(ENV, args(upload("sign"), "--key-time", "1557989151;1557996351", "--sign-headers", "sdk")).out)
                .contains("q-header-list=content-length;content-md5;content-type;host;x-cos-acl;x-cos-grant-read&")
                .endsWith("q-signature=fc4e4717b501da12715d5fc84a4880a87ad2b7ab" + System.lineSeparator());
        assertThat(run(ENV, args(download("sign"), "--sign-headers", "sdk")).out.trim())
                .endsWith("q-header-list=host&q-url-param-list=response-cache-control;response-content-type"
                        + "&q-signature=cf18ded2f669fcafa4b98e02c2a3fdb2b2e55c43");
        Run g1 = run(Collections.emptyMap(), "sign", "--secret-id", "QmFzZTY0IGlzIGEgZ2VuZXJp",
                "--secret-key", "AKIDZfbOA78asKUYBcXFrJD0a1ICvR98JM", "--method", "PUT", "--path", "/testfile2",
                "--header", "Host: testbucket-125000000.cos.ap-guangzhou.myqcloud.com",
                "--header", "x-cos-content-sha1: db8ac1c259eb89d4a131b253bacfca5f319d54f2",
                "--header", "x-cos-stroage-class: nearline", "--key-time", "1480932292;1481012292");
        assertThat(g1.exit).isEqualTo(0);
        assertThat(g1.out.trim()).isEqualTo("q-sign-algorithm=sha1&q-ak=QmFzZTY0IGlzIGEgZ2VuZXJp"
                + "&q-sign-time=1480932292;1481012292&q-key-time=1480932292;1481012292"
                + "&q-header-list=host;x-cos-content-sha1;x-cos-stroage-class&q-url-param-list="
                + "&q-signature=ce4ac0ecbcdb30538b3fee0a97cc6389694ce53a");
    }

    @Test
    void presignPrintsTheQueryString() {
        Run r = run(ENV, args(download("presign"), "--sign-headers", "all"));
        assertThat(r.exit).isEqualTo(0);
        assertThat(r.out.trim()).isEqualTo("response-content-type=application%2Foctet-stream&response-cache-control=max-age%3D600"
                + "&q-sign-algorithm=sha1&q-ak=AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q"
                + "&q-sign-time=1557989753%3B1557996953&q-key-time=1557989753%3B1557996953"
                + "&q-header-list=date%3Bhost&q-url-param-list=response-cache-control%3Bresponse-content-type"
                + "&q-signature=01681b8c9d798a678e43b685a9f1bba0f6c0e012");
    }

    @Test
    void verifyExitsZeroWhenValidAndOneWithTheReason() {
        String[] base = args(upload("verify"), "--authorization", UPLOAD_AUTHORIZATION);
        Run valid = run(ENV, args(base, "--now", "1557990000"));
        assertThat(valid.exit).isEqualTo(0);
        assertThat(valid.out.trim()).isEqualTo("valid");

        Run expired = run(ENV, base);
        assertThat(expired.exit).isEqualTo(1);
        assertThat(expired.out).startsWith("invalid (EXPIRED): q-sign-time 1557989151;1557996351 ended at 1557996351");

        String[] tampered = upload("verify");
        tampered[tampered.length - 1] = "x-cos-grant-read: uin=\"100000000012\"";
        Run mismatch = run(ENV, args(tampered, "--authorization", UPLOAD_AUTHORIZATION, "--now", "1557990000"));
        assertThat(mismatch.exit).isEqualTo(1);
        assertThat(mismatch.out).startsWith("invalid (SIGNATURE_MISMATCH): signature does not match")
                .contains("HttpString: put\\n/exampleobject(腾讯云)\\n\\n").contains("uin%3D%22100000000012%22")
                .contains("StringToSign: sha1\\n1557989151;1557996351\\n").doesNotContain(SECRET_KEY);

        Run malformed = run(ENV, args(upload("verify"), "--authorization", "q-sign-algorithm=sha1"));
        assertThat(malformed.exit).isEqualTo(1);
        assertThat(malformed.out).startsWith("invalid (MALFORMED)");
    }

    @Test
    void wirePathIsDecodedAsTheServerDecodesIt() {
        String[] upload = upload("sign");
        upload[5] = "--wire-path";
        upload[6] = "/exampleobject(%E8%85%BE%E8%AE%AF%E4%BA%91)";
        Run r = run(ENV, args(upload, "--key-time", "1557989151;1557996351", "--sign-headers", "all"));
        assertThat(r.exit).isEqualTo(0);
        assertThat(r.out.trim()).isEqualTo(UPLOAD_AUTHORIZATION);

        Run plus = run(ENV, "explain", "--secret-id", SECRET_ID, "--method", "GET", "--wire-path", "/resume-zh+en%2B1.png",
                "--header", HOST, "--key-time", "1;2");
        assertThat(plus.out).contains("HttpString: get\\n/resume-zh en+1.png\\n");
        Run both = run(ENV, "sign", "--secret-id", SECRET_ID, "--method", "GET", "--path", "/a", "--wire-path", "/a");
        assertThat(both.exit).isEqualTo(2);
        assertThat(both.err).contains("pass one of them");
        Run bad = run(ENV, "sign", "--secret-id", SECRET_ID, "--method", "GET", "--wire-path", "/a%2");
        assertThat(bad.exit).isEqualTo(2);
        assertThat(bad.err).contains("invalid percent-escape");
    }

    @Test
    void expiresCountsFromNow() {
        Run r = run(ENV, "sign", "--secret-id", SECRET_ID, "--method", "GET", "--path", "/", "--header", HOST,
                "--now", "1700000000", "--expires", "600", "--backdate", "60");
        assertThat(r.exit).isEqualTo(0);
        assertThat(r.out).contains("&q-sign-time=1699999940;1700000600&q-key-time=1699999940;1700000600&");
    }

    @Test
    void secretKeyFromAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("secret");
        Files.write(file, (SECRET_KEY + "\n").getBytes(StandardCharsets.UTF_8));
        Run r = run(Collections.emptyMap(), args(upload("sign"), "--key-time", "1557989151;1557996351",
                "--sign-headers", "all", "--secret-key-file", file.toString()));
        assertThat(r.exit).isEqualTo(0);
        assertThat(r.out.trim()).isEqualTo(UPLOAD_AUTHORIZATION);
    }

    @Test
    void temporaryCredentialsSignTheToken() {
        Map<String, String> env = new HashMap<>(ENV);
        env.put("COSXML_SECURITY_TOKEN", "tok");
        Run r = run(env, "explain", "--secret-id", SECRET_ID, "--method", "GET", "--path", "/a",
                "--header", "Host: b-1250000000.cos.ap-beijing.myqcloud.com", "--key-time", "1;2");
        assertThat(r.out).contains("HeaderList: host;x-cos-security-token").contains("x-cos-security-token=tok");
    }

    @Test
    void explainFormPresignedExplainsWhatPresignSigns() {
        Map<String, String> env = new HashMap<>(ENV);
        env.put("COSXML_SECURITY_TOKEN", "tok");
        String[] request = {"--secret-id", SECRET_ID, "--method", "GET", "--path", "/a", "--param", "ci-process=x",
                "--header", "Host: b-1250000000.ci.ap-beijing.myqcloud.com", "--key-time", "1;2"};
        Run presign = run(env, args(new String[] {"presign"}, request));
        Run explained = run(env, args(args(new String[] {"explain"}, request), "--form", "presigned"));
        assertThat(explained.exit).as(explained.err).isEqualTo(0);
        String signature = presign.out.trim().replaceAll(".*q-signature=", "");
        assertThat(explained.out).contains("UrlParamList: ci-process;x-ci-security-token")
                .contains("Signature: " + signature + "\n").doesNotContain("HeaderList: host;x-ci-security-token");
        assertThat(run(env, args(new String[] {"explain"}, request)).out).doesNotContain("Signature: " + signature);
        Run wrongForm = run(env, args(args(new String[] {"explain"}, request), "--form", "query"));
        assertThat(wrongForm.exit).isEqualTo(2);
        assertThat(wrongForm.err).contains("--form 'query' is not header or presigned");
        assertThat(run(env, args(args(new String[] {"sign"}, request), "--form", "presigned")).err)
                .contains("--form applies to explain only");
    }

    @Test
    void usageErrorsExitTwoWithAMessage() {
        Object[][] cases = {
                {new String[] {}, "no command given"},
                {new String[] {"sing"}, "unknown command 'sing'"},
                {new String[] {"sign", "--secret-id", SECRET_ID, "--path", "/"}, "sign needs --method"},
                {new String[] {"sign", "--secret-id", SECRET_ID, "--method", "GET"}, "sign needs --path"},
                {new String[] {"sign", "--method", "GET", "--path", "/"}, "sign needs --secret-id"},
                {new String[] {"sign", "--secret-id", SECRET_ID, "--method", "GET", "--path", "a"}, "does not start with '/'"},
                {new String[] {"sign", "--secret-id", SECRET_ID, "--method", "G ET", "--path", "/"}, "not an HTTP token"},
                {new String[] {"sign", "--secret-id", SECRET_ID, "--method", "GET", "--path", "/", "--header", "Host"}, "is not 'Name: value'"},
                {new String[] {"sign", "--secret-id", SECRET_ID, "--method", "GET", "--path", "/", "--key-time", "5;1"}, "before its start"},
                {new String[] {"sign", "--secret-id", SECRET_ID, "--method", "GET", "--path", "/", "--key-time", "1;2", "--expires", "5"}, "pass one of them"},
                {new String[] {"sign", "--secret-id", SECRET_ID, "--method", "GET", "--path", "/", "--expires", "soon"}, "not a whole number"},
                {new String[] {"sign", "--secret-id", SECRET_ID, "--method", "GET", "--path", "/", "--expires", "0"}, "pass 1 or more seconds"},
                {new String[] {"sign", "--secret-id", SECRET_ID, "--method", "GET", "--path", "/", "--colour"}, "unknown option '--colour'"},
                {new String[] {"sign", "--secret-id", SECRET_ID, "--method", "GET", "--path", "/", "--method", "PUT"}, "given twice"},
                {new String[] {"sign", "--secret-id", SECRET_ID, "--method", "GET", "--path", "/", "--engine", "md5"}, "pass 'jdk' or 'bc'"},
                {new String[] {"verify", "--method", "GET", "--path", "/"}, "verify needs --authorization"},
                {new String[] {"sign", "--secret-id", SECRET_ID, "--method", "GET", "--path", "/", "--param", "a=1", "--param", "A=2"}, "duplicates"},
                {new String[] {"sign", "--secret-id", SECRET_ID, "--method", "GET", "--path", "/"}, "no --header 'Host: ...': --sign-headers sdk (the default) signs Host"},
                {new String[] {"presign", "--secret-id", SECRET_ID, "--method", "GET", "--path", "/"}, "or --sign-headers all"},
                {new String[] {"explain", "--secret-id", SECRET_ID, "--method", "GET", "--path", "/", "--sign-headers", "sdk"}, "no --header 'Host: ...'"},
        };
        for (Object[] c : cases) {
            String[] arguments = (String[]) c[0];
            Run r = run(ENV, arguments);
            assertThat(r.exit).as(String.join(" ", arguments)).isEqualTo(2);
            assertThat(r.err).as(String.join(" ", arguments)).startsWith("cosxml: ").contains((String) c[1])
                    .contains("Run with --help");
            assertThat(r.out).isEmpty();
        }
    }

    @Test
    void missingSecretKeyIsAUsageError(@TempDir Path dir) {
        Run none = run(Collections.emptyMap(), "sign", "--secret-id", SECRET_ID, "--method", "GET", "--path", "/");
        assertThat(none.exit).isEqualTo(2);
        assertThat(none.err).contains("set the environment variable COSXML_SECRET_KEY");
        Run missingFile = run(Collections.emptyMap(), "sign", "--secret-id", SECRET_ID, "--method", "GET", "--path", "/",
                "--secret-key-file", dir.resolve("absent").toString());
        assertThat(missingFile.exit).isEqualTo(2);
        assertThat(missingFile.err).contains("cannot read --secret-key-file").contains("absent");
    }

    @Test
    void helpDocumentsEveryOption() {
        Run r = run(Collections.emptyMap(), "--help");
        assertThat(r.exit).isEqualTo(0);
        for (String option : new String[] {"sign", "explain", "presign", "verify", "--secret-id", "COSXML_SECRET_KEY",
                "--secret-key-file", "--secret-key", "--method", "--path", "--header", "--param", "--key-time",
                "--expires", "--sign-headers", "--authorization", "Exit codes"}) {
            assertThat(r.out).contains(option);
        }
        assertThat(run(Collections.emptyMap(), "sign", "--help").exit).isEqualTo(0);
    }

    @Test
    void helpIsAValueWhereAValueIsExpected() {
        Run r = run(ENV, "sign", "--secret-id", SECRET_ID, "--method", "GET", "--path", "/", "--param", "help",
                "--header", HOST, "--header", "x-cos-meta-note: -h", "--key-time", "1;2");
        assertThat(r.exit).as(r.err).isEqualTo(0);
        assertThat(r.out).startsWith("q-sign-algorithm=sha1").contains("q-url-param-list=help&").doesNotContain("Usage");
        Run headerValue = run(ENV, "sign", "--secret-id", SECRET_ID, "--method", "GET", "--path", "/", "--header", "-h");
        assertThat(headerValue.err).contains("--header '-h' is not 'Name: value'");
        Run optionPlace = run(ENV, "sign", "--secret-id", SECRET_ID, "-h");
        assertThat(optionPlace.exit).isEqualTo(0);
        assertThat(optionPlace.out).contains("Usage");
    }

    /** Acceptance point 4: the compiled classes alone (no Bouncy Castle, nothing else) run the CLI. */
    @Test
    void runsInAFreshJvmWithNothingButTheCoreClasses() throws Exception {
        Path classes = Paths.get(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(Arrays.asList(java, "-cp", classes.toString(), Main.class.getName()));
        // The path goes in its wire form: non-ASCII arguments would depend on the child's locale.
        String[] upload = upload("sign");
        upload[5] = "--wire-path";
        upload[6] = "/exampleobject(%E8%85%BE%E8%AE%AF%E4%BA%91)";
        command.addAll(Arrays.asList(upload));
        command.addAll(Arrays.asList("--key-time", "1557989151;1557996351", "--sign-headers", "all"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("COSXML_SECRET_KEY", SECRET_KEY);
        pb.redirectOutput(ProcessBuilder.Redirect.PIPE);
        Process p = pb.start();
        byte[] output = readAll(p);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(0);
        assertThat(new String(output, StandardCharsets.UTF_8).trim()).isEqualTo(UPLOAD_AUTHORIZATION);
        assertThat(classes.toString()).doesNotContain(File.pathSeparator);

        // Bouncy Castle is optional: choosing it without it on the class path is a clear usage error.
        command.addAll(Arrays.asList("--engine", "bc"));
        ProcessBuilder bcBuilder = new ProcessBuilder(command).redirectErrorStream(true);
        bcBuilder.environment().put("COSXML_SECRET_KEY", SECRET_KEY);
        Process bc = bcBuilder.start();
        String bcOutput = new String(readAll(bc), StandardCharsets.UTF_8);
        assertThat(bc.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(bc.exitValue()).isEqualTo(2);
        assertThat(bcOutput).contains("Bouncy Castle is not on the classpath").contains("bcprov-jdk18on")
                .contains("--engine jdk");
    }

    private static byte[] readAll(Process p) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        for (int n; (n = p.getInputStream().read(buffer)) > 0; ) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
