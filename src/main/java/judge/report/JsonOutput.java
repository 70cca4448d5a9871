package judge.report;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The object mappers every JSON report is written with. JSON's own escaping covers C0 controls only; these
 * also write DEL, C1 controls (U+0080-U+009F, which some terminals take as CSI and OSC), bidi controls and
 * every other invisible format character as {@code \}{@code uXXXX}: the same characters {@link HostileText}
 * shows as escapes, so that {@code --format json} printed to a terminal cannot drive it either. A JSON reader
 * gets the same strings back; only their spelling in the file changes.
 */
public final class JsonOutput {
    private static final CharacterEscapes ESCAPES = new CharacterEscapes() {
        private final int[] ascii;

        {
            ascii = standardAsciiEscapesForJSON();
            ascii[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            // Jackson hands over UTF-16 units: a surrogate half here is part of a pair (or a lone one, which
            // no writer of ours produces), and is left to Jackson; every other hostile unit is escaped.
            if (Character.isSurrogate((char) ch) || !HostileText.hostile(ch, false)) {
                return null;
            }
            return new SerializedString(String.format("\\u%04x", ch));
        }
    };

    private JsonOutput() {}

    /** A mapper writing one compact line per value. */
    public static ObjectMapper compact() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.getFactory().setCharacterEscapes(ESCAPES);
        return mapper;
    }

    /** A mapper writing indented JSON, for reports a person may read. */
    public static ObjectMapper pretty() {
        return compact().enable(SerializationFeature.INDENT_OUTPUT);
    }
}
