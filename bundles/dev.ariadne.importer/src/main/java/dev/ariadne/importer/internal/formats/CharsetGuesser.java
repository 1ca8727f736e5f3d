package dev.ariadne.importer.internal.formats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.txt.Icu4jEncodingDetector;
import org.apache.tika.parser.txt.UniversalEncodingDetector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Guesses the character set of text from its first bytes: a byte order mark wins; then bytes that are valid UTF-8
 * (pure ASCII included) are UTF-8; otherwise Tika's detectors (juniversalchardet, then Tika's port of ICU's) decide,
 * and windows-1252 is the last resort. Stateless; safe on any thread.
 */
public final class CharsetGuesser {

    private static final Logger LOG = LoggerFactory.getLogger(CharsetGuesser.class);

    /** How many bytes the guess looks at. */
    public static final int SAMPLE = 64 * 1024;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CharsetGuesser() {
    }

    /**
     * The character set of bytes starting with {@code sample[0, length)}.
     *
     * @param complete whether the sample holds all the bytes (so a multi-byte sequence cut at its end is an error)
     */
    public static Charset guess(byte[] sample, int length, boolean complete) {
        if (length >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB && (sample[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (length >= 2 && (sample[0] & 0xFF) == 0xFE && (sample[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (length >= 2 && (sample[0] & 0xFF) == 0xFF && (sample[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (isUtf8(sample, length, complete)) {
            return StandardCharsets.UTF_8;
        }
        for (EncodingDetector detector : new EncodingDetector[] {new UniversalEncodingDetector(),
                new Icu4jEncodingDetector()}) {
            try {
                Charset detected = detector.detect(new ByteArrayInputStream(sample, 0, length), new Metadata());
                if (detected != null) {
                    return detected;
                }
            } catch (IOException | RuntimeException e) {
                LOG.debug("The encoding detector {} failed", detector.getClass().getSimpleName(), e);
            }
        }
        return WINDOWS_1252;
    }

    /** Whether the bytes are valid UTF-8 (a sequence cut by the end of an incomplete sample is allowed). */
    static boolean isUtf8(byte[] sample, int length, boolean complete) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(sample, 0, length);
        CharBuffer out = CharBuffer.allocate(4096);
        while (true) {
            CoderResult result = decoder.decode(in, out, complete);
            if (result.isError()) {
                return false;
            }
            if (result.isOverflow()) {
                out.clear();
                continue;
            }
            break;
        }
        if (complete) {
            out.clear();
            return !decoder.flush(out).isError();
        }
        return true;
    }
}
