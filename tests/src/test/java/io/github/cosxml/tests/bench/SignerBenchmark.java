package io.github.cosxml.tests.bench;

import com.qcloud.cos.auth.BasicCOSCredentials;
import com.qcloud.cos.auth.COSCredentials;
import com.qcloud.cos.auth.COSSigner;
import com.qcloud.cos.http.HttpMethodName;
import io.github.cosxml.core.sign.CosSigner;
import io.github.cosxml.core.sign.Credentials;
import io.github.cosxml.core.sign.HeaderPolicy;
import io.github.cosxml.core.sign.HmacSha1Engine;
import io.github.cosxml.core.sign.KeyTime;
import io.github.cosxml.core.sign.SignableRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One Authorization for the documented upload and download requests, signed with the header
 * set the official SDKs sign (no {@code Date}): by cosxml with the JDK engine and with Bouncy
 * Castle, by {@code cos_api}'s {@code COSSigner} with the same inputs, and the floor, which is only
 * the hashing no signer can avoid (with the JDK's primitives, and with Bouncy Castle's for its engine).
 *
 * <p>{@code COSSigner} starts from the header and parameter maps on every call, so
 * {@link #cosxmlJdk} and {@link #cosxmlBouncyCastle} do too: they build the
 * {@link SignableRequest} from the same maps (validation, canonical names, sorting, encoding) and
 * sign it, which is what one signed HTTP request costs. The {@code ...Prebuilt} variants sign a
 * request built once in the setup, the cost of signing alone. {@link #leanBuildAndSign} bounds
 * the building ones as the floor bounds signing: the same work from the same maps with no checks
 * ({@link LeanBuildAndSign}). Every signer gets the KeyTime explicitly (no clock), and cosxml's
 * signers use {@link HeaderPolicy#sdkDefault()}.
 *
 * <p>Every setup checks that its signer produces the cross-checked signature of spec §2.6 (D1
 * for upload, D2 for download), so a benchmark can never time a wrong answer.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class SignerBenchmark {

    /** Which documented request is signed. */
    @Param({"UPLOAD", "DOWNLOAD"})
    public SignerInputs request;

    private COSSigner cosSigner;
    private COSCredentials cosCredentials;
    private HttpMethodName cosMethod;
    private Date start;
    private Date end;

    private CosSigner cosxmlJdkSigner;
    private CosSigner cosxmlBouncyCastleSigner;
    private Credentials credentials;
    private KeyTime keyTime;
    private SignableRequest prebuilt;
    private LeanBuildAndSign lean;

    private MessageDigest sha1;
    private Mac signKeyMac;
    private byte[] httpString;
    private byte[] stringToSignPrefix;
    private SHA1Digest bouncyCastleSha1;
    private HMac bouncyCastleSignKeyMac;

    @Setup(Level.Trial)
    public void setUp() throws GeneralSecurityException {
        cosSigner = new COSSigner();
        cosCredentials = new BasicCOSCredentials(SignerInputs.SECRET_ID, SignerInputs.SECRET_KEY);
        cosMethod = HttpMethodName.valueOf(request.method.toUpperCase(Locale.ROOT));
        start = new Date(request.startSeconds * 1000);
        end = new Date(request.endSeconds * 1000);

        String expected = SdkDefaultVectors.signature(request);
        requireSignature("cos_api COSSigner", cosSigner(), expected);

        cosxmlJdkSigner = CosSigner.builder().engine(HmacSha1Engine.jdk()).headerPolicy(HeaderPolicy.sdkDefault()).build();
        cosxmlBouncyCastleSigner = CosSigner.builder().engine(HmacSha1Engine.bouncyCastle())
                .headerPolicy(HeaderPolicy.sdkDefault()).build();
        credentials = Credentials.of(SignerInputs.SECRET_ID, SignerInputs.SECRET_KEY);
        keyTime = KeyTime.of(request.startSeconds, request.endSeconds);
        prebuilt = buildRequest();
        requireSignature("cosxml (JDK)", cosxmlJdk(), expected);
        requireSignature("cosxml (Bouncy Castle)", cosxmlBouncyCastle(), expected);
        requireSignature("cosxml (JDK), prebuilt request", cosxmlJdkPrebuilt(), expected);
        requireSignature("cosxml (Bouncy Castle), prebuilt request", cosxmlBouncyCastlePrebuilt(), expected);
        requireSdkRule();
        lean = new LeanBuildAndSign(SignerInputs.SECRET_ID, request.keyTime(), SdkDefaultVectors.signKey(request),
                SDK_SIGNED_HEADERS, SDK_SIGNED_HEADER_PREFIXES);
        requireSignature("lean build and sign", leanBuildAndSign(), expected);
        if (!leanBuildAndSign().equals(cosSigner())) {
            throw new IllegalStateException("lean build and sign wrote " + leanBuildAndSign() + ", COSSigner " + cosSigner());
        }

        sha1 = MessageDigest.getInstance("SHA-1");
        signKeyMac = Mac.getInstance("HmacSHA1");
        signKeyMac.init(new SecretKeySpec(
                SdkDefaultVectors.signKey(request).getBytes(StandardCharsets.US_ASCII), "HmacSHA1"));
        httpString = SdkDefaultVectors.httpString(request).getBytes(StandardCharsets.UTF_8);
        stringToSignPrefix = ("sha1\n" + request.keyTime() + "\n").getBytes(StandardCharsets.US_ASCII);
        String floorSignature = Hex.lower(floorMac());
        if (!floorSignature.equals(expected)) {
            throw new IllegalStateException("hashing floor computes " + floorSignature + ", expected " + expected);
        }
        bouncyCastleSha1 = new SHA1Digest();
        bouncyCastleSignKeyMac = new HMac(new SHA1Digest());
        bouncyCastleSignKeyMac.init(new KeyParameter(SdkDefaultVectors.signKey(request).getBytes(StandardCharsets.US_ASCII)));
        String bouncyCastleFloorSignature = Hex.lower(hashingFloorBouncyCastle());
        if (!bouncyCastleFloorSignature.equals(expected)) {
            throw new IllegalStateException("Bouncy Castle hashing floor computes " + bouncyCastleFloorSignature + ", expected " + expected);
        }
    }

    /** The official Java SDK's signer, {@code COSSigner.buildAuthorizationStr}, same inputs. */
    @Benchmark
    public String cosSigner() {
        return cosSigner.buildAuthorizationStr(cosMethod, request.path, request.headers, request.params,
                cosCredentials, start, end, Boolean.TRUE);
    }

    /** cosxml, JDK engine: the request built from the same maps as {@code COSSigner}'s, then signed. */
    @Benchmark
    public String cosxmlJdk() {
        return cosxmlJdkSigner.authorization(buildRequest(), credentials, keyTime);
    }

    /** cosxml, Bouncy Castle engine: the request built from the same maps, then signed. */
    @Benchmark
    public String cosxmlBouncyCastle() {
        return cosxmlBouncyCastleSigner.authorization(buildRequest(), credentials, keyTime);
    }

    /** cosxml, JDK engine, signing a request built once in the setup. */
    @Benchmark
    public String cosxmlJdkPrebuilt() {
        return cosxmlJdkSigner.authorization(prebuilt, credentials, keyTime);
    }

    /** cosxml, Bouncy Castle engine, signing a request built once in the setup. */
    @Benchmark
    public String cosxmlBouncyCastlePrebuilt() {
        return cosxmlBouncyCastleSigner.authorization(prebuilt, credentials, keyTime);
    }

    /**
     * The bound for the two above: building and signing from the same maps with no checks and no
     * canonical form kept ({@link LeanBuildAndSign}), JDK hashing, SignKey cached.
     */
    @Benchmark
    public String leanBuildAndSign() {
        return lean.sign(request.method, request.path, request.headers, request.params);
    }

    /** The headers the official SDKs sign (spec §3.1), for the lean bound, which chooses as they do. */
    static final List<String> SDK_SIGNED_HEADERS = List.of("cache-control", "content-disposition", "content-encoding",
            "content-length", "content-md5", "content-type", "expect", "expires", "host", "if-match", "if-modified-since",
            "if-none-match", "if-unmodified-since", "origin", "range", "transfer-encoding", "pic-operations");
    /** The header name prefixes the official SDKs sign (spec §3.1). */
    static final List<String> SDK_SIGNED_HEADER_PREFIXES = List.of("x-cos-", "x-ci-");

    /** The lean bound's rule must be cosxml's {@link HeaderPolicy#sdkDefault()}, or it would time other work. */
    private static void requireSdkRule() {
        for (String name : SDK_SIGNED_HEADERS) {
            if (!HeaderPolicy.sdkDefault().signs(name)) {
                throw new IllegalStateException("HeaderPolicy.sdkDefault() does not sign '" + name + "'");
            }
        }
        for (String prefix : SDK_SIGNED_HEADER_PREFIXES) {
            if (!HeaderPolicy.sdkDefault().signs(prefix + "meta-a")) {
                throw new IllegalStateException("HeaderPolicy.sdkDefault() does not sign '" + prefix + "...'");
            }
        }
    }

    private SignableRequest buildRequest() {
        SignableRequest.Builder builder = SignableRequest.builder().method(request.method).path(request.path);
        for (Map.Entry<String, String> header : request.headers.entrySet()) {
            builder.header(header.getKey(), header.getValue());
        }
        for (Map.Entry<String, String> parameter : request.params.entrySet()) {
            builder.parameter(parameter.getKey(), parameter.getValue());
        }
        return builder.build();
    }

    /**
     * The floor: SHA-1 of the HttpString and HMAC-SHA1 (SignKey cached) of the StringToSign,
     * with the JDK's {@code MessageDigest} and {@code Mac}; no canonicalisation, no hex text.
     */
    @Benchmark
    public byte[] hashingFloor() {
        return floorMac();
    }

    private byte[] floorMac() {
        byte[] digest = sha1.digest(httpString);
        signKeyMac.update(stringToSignPrefix);
        signKeyMac.update(Hex.lowerAscii(digest));
        signKeyMac.update((byte) '\n');
        return signKeyMac.doFinal();
    }

    /** The floor with Bouncy Castle's {@code SHA1Digest} and {@code HMac}: the bound of its engine. */
    @Benchmark
    public byte[] hashingFloorBouncyCastle() {
        byte[] digest = new byte[bouncyCastleSha1.getDigestSize()];
        bouncyCastleSha1.update(httpString, 0, httpString.length);
        bouncyCastleSha1.doFinal(digest, 0);
        byte[] hex = Hex.lowerAscii(digest);
        bouncyCastleSignKeyMac.update(stringToSignPrefix, 0, stringToSignPrefix.length);
        bouncyCastleSignKeyMac.update(hex, 0, hex.length);
        bouncyCastleSignKeyMac.update((byte) '\n');
        byte[] signature = new byte[bouncyCastleSignKeyMac.getMacSize()];
        bouncyCastleSignKeyMac.doFinal(signature, 0);
        return signature;
    }

    static void requireSignature(String who, String authorization, String expected) {
        if (!authorization.endsWith("&q-signature=" + expected)) {
            throw new IllegalStateException(who + " produced " + authorization + ", expected q-signature=" + expected);
        }
    }
}
