package judge.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValueFormatTest {

    @Test
    void parsesEveryKindOfLeetCodeValue() {
        Value v = ValueFormat.parse("[1,null,-2,\"a\\\"b\",true,false,[2.5,[]]]");
        assertEquals(new Value.Arr(List.of(new Value.Int(1), Value.Null.INSTANCE, new Value.Int(-2),
                new Value.Str("a\"b"), new Value.Bool(true), new Value.Bool(false),
                new Value.Arr(List.of(new Value.Dbl(2.5), new Value.Arr(List.of()))))), v);
    }

    @Test
    void printsOnOneLineAndParsesBackToTheSameValue() {
        String text = "[[1,2],[3],\"x\\ny\\t\\\"z\\\\\",null,-9223372036854775808,1.5]";
        Value v = ValueFormat.parse(text);
        assertEquals(text, v.format());
        assertEquals(v, ValueFormat.parse(v.format()));
    }

    @Test
    void controlCharactersAreEscapedAsUnicode() {
        assertEquals("\"\\u0001\"", new Value.Str("\u0001").format());
        assertEquals(new Value.Str("\u0001é"), ValueFormat.parse("\"\\u0001é\""));
    }

    @Test
    void aSequenceOfValuesMayBeSeparatedByAnyWhiteSpace() {
        List<ValueFormat.Located> values = ValueFormat.parseLocated("\"ADOBECODEBANC\"\n\"ABC\"  [1]\n\n2");
        assertEquals(4, values.size());
        assertEquals(new Value.Str("ABC"), values.get(1).value());
        assertEquals(List.of(1, 2, 2, 4), values.stream().map(ValueFormat.Located::line).toList());
    }

    @Test
    void valuesWrittenTogetherWithoutSpaceAreRejected() {
        ValueFormatException e = assertThrows(ValueFormatException.class, () -> ValueFormat.parseSequence("\"a\"\"b\""));
        assertTrue(e.getMessage().contains("white space"), e.getMessage());
    }

    @Test
    void errorsSayWhatWasExpectedAndWhere() {
        ValueFormatException e = assertThrows(ValueFormatException.class, () -> ValueFormat.parse("\"a\"\n[1,2"));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("expected ',' or ']'"), e.getMessage());

        e = assertThrows(ValueFormatException.class, () -> ValueFormat.parse("\"abc"));
        assertTrue(e.getMessage().contains("unterminated string"), e.getMessage());

        e = assertThrows(ValueFormatException.class, () -> ValueFormat.parse("abc"));
        assertTrue(e.getMessage().contains("found 'a'"), e.getMessage());
        assertEquals(1, e.column());

        e = assertThrows(ValueFormatException.class, () -> ValueFormat.parse("99999999999999999999"));
        assertTrue(e.getMessage().contains("does not fit in 64 bits"), e.getMessage());
    }

    @Test
    void deeplyNestedInputIsAnErrorNotAStackOverflow() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        ValueFormatException e = assertThrows(ValueFormatException.class, () -> ValueFormat.parse(deep));
        assertTrue(e.getMessage().contains("nested deeper"), e.getMessage());
    }
}
