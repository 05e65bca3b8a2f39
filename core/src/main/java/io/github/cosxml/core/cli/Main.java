package io.github.cosxml.core.cli;

import io.github.cosxml.core.sign.CosSigner;
import io.github.cosxml.core.sign.Credentials;
import io.github.cosxml.core.sign.HeaderPolicy;
import io.github.cosxml.core.sign.HmacSha1Engine;
import io.github.cosxml.core.sign.KeyTime;
import io.github.cosxml.core.sign.SignableRequest;
import io.github.cosxml.core.sign.SignatureExplanation;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The command line of cosxml-core: {@code java -jar cosxml-core-<version>.jar sign|explain|presign|verify
 * [options]}. Exit codes: 0 done (or valid), 1 verification failed, 2 usage error.
 */
public final class Main {
    /** Exit code of success and of a valid signature. */
    public static final int OK = 0;
    /** Exit code of a signature that does not verify. */
    public static final int INVALID = 1;
    /** Exit code of a command line that cannot run. */
    public static final int USAGE = 2;

    static final String SECRET_KEY_ENV = "COSXML_SECRET_KEY";
    static final String SECURITY_TOKEN_ENV = "COSXML_SECURITY_TOKEN";
    private static final int MAX_KEY_FILE_LINE = 64 * 1024;

    private Main() {
    }

    /** Runs the CLI and exits the JVM with its exit code. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System.getenv()));
    }

    /**
     * Runs the CLI without exiting: the testable entry point.
     *
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        try {
            Arguments a = Arguments.parse(args);
            if (a.help) {
                out.print(Usage.TEXT);
                return OK;
            }
            return execute(a, out, env);
        } catch (UsageException | IllegalArgumentException | IllegalStateException e) {
            err.println("cosxml: " + e.getMessage());
            err.println("Run with --help for usage.");
            return USAGE;
        }
    }

    private static int execute(Arguments a, PrintStream out, Map<String, String> env) throws UsageException {
        Clock clock = a.has("--now") ? Clock.fixed(now(a), ZoneOffset.UTC) : Clock.systemUTC();
        HmacSha1Engine engine = engine(a);
        if (a.has("--scheme") && !a.command.equals("presign")) {
            throw new UsageException("--scheme applies to presign only (it prints the whole pre-signed URL); " + a.command
                    + " makes no URL");
        }
        if (a.command.equals("verify")) {
            return VerifyCommand.run(a, clock, engine, env, out);
        }
        if (a.has("--url")) {
            throw new UsageException("--url applies to verify only (it checks a pre-signed URL); to make one, run presign"
                    + " with --method, --path and --param");
        }
        SignableRequest request = request(a);
        if (a.has("--form") && !a.command.equals("explain")) {
            throw new UsageException("--form applies to explain only; sign is the header form, presign the pre-signed one");
        }
        Credentials credentials = credentials(a, a.required("--secret-id", "AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q"), env);
        if (a.has("--key-time") && a.has("--expires")) {
            throw new UsageException("--key-time and --expires both set the window; pass one of them");
        }
        HeaderPolicy policy = HeaderPolicy.parse(a.get("--sign-headers") == null ? "sdk" : a.get("--sign-headers"));
        CosSigner signer = CosSigner.builder()
                .clock(clock)
                .validity(Duration.ofSeconds(expires(a)))
                .backdate(Duration.ofSeconds(a.seconds("--backdate", 0)))
                .engine(engine)
                .headerPolicy(policy)
                .build();
        KeyTime keyTime = a.has("--key-time") ? KeyTime.parse(a.get("--key-time")) : signer.keyTimeNow();
        String host = request.header("host");
        if (a.has("--scheme") && (host == null || host.isEmpty())) {
            throw new UsageException("--scheme needs --header 'Host: ...' with the host the URL goes to, e.g."
                    + " --header 'Host: examplebucket-1250000000.cos.ap-beijing.myqcloud.com'");
        }
        if (policy.requiresHost() && request.header("host") == null) {
            throw new UsageException("no --header 'Host: ...': --sign-headers sdk (the default) signs Host, as the"
                    + " official SDKs do; pass --header 'Host: examplebucket-1250000000.cos.ap-beijing.myqcloud.com',"
                    + " or --sign-headers all to sign exactly the headers given");
        }
        if (a.command.equals("sign")) {
            out.println(signer.authorization(request, credentials, keyTime));
        } else if (a.command.equals("presign")) {
            out.println(a.has("--scheme") ? signer.presignedUrl(a.get("--scheme"), request, credentials, keyTime)
                    : signer.presignedQuery(request, credentials, keyTime));
        } else {
            SignatureExplanation explanation = presignedForm(a)
                    ? signer.explainPresigned(request, credentials, keyTime)
                    : signer.explain(request, credentials, keyTime);
            for (Map.Entry<String, String> e : explanation.labelled().entrySet()) {
                out.println(e.getKey() + ": " + e.getValue().replace("\n", "\\n"));
            }
        }
        return OK;
    }

    /** explain's {@code --form}: {@code header} (the default, as {@code sign}) or {@code presigned} (as {@code presign}). */
    private static boolean presignedForm(Arguments a) throws UsageException {
        String form = a.get("--form");
        if (form == null || form.equals("header")) {
            return false;
        }
        if (form.equals("presigned")) {
            return true;
        }
        throw new UsageException("--form '" + form + "' is not header or presigned; pass --form presigned to explain"
                + " what presign signs");
    }

    private static long expires(Arguments a) throws UsageException {
        long seconds = a.seconds("--expires", 3600);
        if (seconds == 0) {
            throw new UsageException("--expires 0 gives a window that ends as it starts; pass 1 or more seconds");
        }
        return seconds;
    }

    private static Instant now(Arguments a) throws UsageException {
        long seconds = a.seconds("--now", 0);
        // Clock.millis() must hold now in milliseconds: beyond Long.MAX_VALUE / 1000 s it overflows
        if (seconds > Long.MAX_VALUE / 1000) {
            throw new UsageException("--now '" + a.get("--now") + "' is later than the clock can count (at most "
                    + Long.MAX_VALUE / 1000 + " s); pass Unix seconds such as 1700000000");
        }
        return Instant.ofEpochSecond(seconds);
    }

    static SignableRequest request(Arguments a) throws UsageException {
        SignableRequest.Builder b = SignableRequest.builder().method(a.required("--method", "PUT"));
        path(a, b);
        headers(a, b);
        for (String param : a.all("--param")) {
            int eq = param.indexOf('=');
            if (eq == 0) {
                throw new UsageException("--param '" + param + "' has no name; pass name=value, or name alone (--param acl)");
            }
            if (eq < 0) {
                b.parameter(param);
            } else {
                b.parameter(param.substring(0, eq), param.substring(eq + 1));
            }
        }
        return b.build();
    }

    /** Adds the {@code --header} options to {@code b}; returns whether one of them is {@code Host}. */
    static boolean headers(Arguments a, SignableRequest.Builder b) throws UsageException {
        boolean host = false;
        for (String header : a.all("--header")) {
            int colon = header.indexOf(':');
            if (colon <= 0) {
                throw new UsageException("--header '" + header + "' is not 'Name: value'; e.g. --header 'Host: bucket-1250000000.cos.ap-beijing.myqcloud.com'");
            }
            String name = header.substring(0, colon).trim();
            b.header(name, header.substring(colon + 1));
            host |= name.equalsIgnoreCase("Host");
        }
        return host;
    }

    private static HmacSha1Engine engine(Arguments a) throws UsageException {
        try {
            return HmacSha1Engine.named(a.get("--engine") == null ? "jdk" : a.get("--engine"));
        } catch (IllegalStateException noBouncyCastle) {
            throw new UsageException("--engine bc: Bouncy Castle is not on the classpath (java -jar ignores -cp); run"
                    + " java -cp cosxml-core-<version>.jar:bcprov-jdk18on-<version>.jar io.github.cosxml.core.cli.Main"
                    + " ... --engine bc, or use --engine jdk");
        }
    }

    private static void path(Arguments a, SignableRequest.Builder b) throws UsageException {
        if (a.has("--path") && a.has("--wire-path")) {
            throw new UsageException("--path and --wire-path both give the path; pass one of them");
        }
        if (a.has("--wire-path")) {
            b.wirePath(a.get("--wire-path")); // as the COS server decodes a request line (spec §1.3)
        } else {
            b.path(a.required("--path",
                    "'/exampleobject(腾讯云)' (or --wire-path '/exampleobject(%E8%85%BE%E8%AE%AF%E4%BA%91)')"));
        }
    }

    static Credentials credentials(Arguments a, String secretId, Map<String, String> env) throws UsageException {
        return credentials(secretId, secretKey(a, env), securityToken(a, env));
    }

    static Credentials credentials(String secretId, String secretKey, String securityToken) {
        return securityToken == null || securityToken.isEmpty() ? Credentials.of(secretId, secretKey)
                : Credentials.temporary(secretId, secretKey, securityToken);
    }

    /** The SecretKey from --secret-key, --secret-key-file or the environment, trimmed. */
    static String secretKey(Arguments a, Map<String, String> env) throws UsageException {
        String key;
        if (a.has("--secret-key") && a.has("--secret-key-file")) {
            throw new UsageException("--secret-key and --secret-key-file both give the SecretKey; pass one of them");
        } else if (a.has("--secret-key")) {
            key = a.get("--secret-key");
        } else if (a.has("--secret-key-file")) {
            key = readKeyFile(a.get("--secret-key-file"));
        } else {
            key = env.get(SECRET_KEY_ENV);
            if (key == null || key.trim().isEmpty()) {
                throw new UsageException("no SecretKey: set the environment variable " + SECRET_KEY_ENV
                        + ", or pass --secret-key-file FILE");
            }
        }
        return key.trim();
    }

    /** The session token from --security-token or the environment, or null. */
    static String securityToken(Arguments a, Map<String, String> env) {
        return a.has("--security-token") ? a.get("--security-token") : env.get(SECURITY_TOKEN_ENV);
    }

    private static String readKeyFile(String file) throws UsageException {
        Path path = Paths.get(file);
        // Only the first line is needed; reading no further keeps /dev/zero or a huge file from exhausting memory.
        byte[] head = new byte[MAX_KEY_FILE_LINE + 1];
        int length = 0;
        try (InputStream in = Files.newInputStream(path)) {
            int n;
            while (length < head.length && (n = in.read(head, length, head.length - length)) >= 0) {
                length += n;
            }
            String text = new String(head, 0, length, StandardCharsets.UTF_8);
            int newline = text.indexOf('\n');
            if (newline < 0 && length > MAX_KEY_FILE_LINE) {
                throw new UsageException("--secret-key-file '" + file + "' has no line break in its first "
                        + MAX_KEY_FILE_LINE + " bytes; pass a file whose first line is the SecretKey");
            }
            return (newline >= 0 ? text.substring(0, newline) : text).trim();
        } catch (IOException e) {
            throw new UsageException("cannot read --secret-key-file '" + file + "' (" + e.getClass().getSimpleName()
                    + "); pass a readable file whose first line is the SecretKey");
        }
    }
}
